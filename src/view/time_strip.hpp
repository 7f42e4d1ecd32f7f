// The time strip: the story laid on a time axis under (or over) the panel. Chapter bands in
// their colours, date ticks that adapt to the zoom, a marker per panel (stacked in lanes where
// they crowd), the current one highlighted. The reader zooms it with the wheel, drags it, and
// clicks a marker to jump there.
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "core/story.hpp"
#include "core/time_axis.hpp"
#include "view/fonts.hpp"
#include "view/theme.hpp"

namespace frise::view {

class TimeStrip {
 public:
  void reset(const Story& story);
  // Keeps the current panel in view (re-centres only when it left the visible range).
  void follow(std::size_t current);
  // Draws the strip in `area` and handles the pointer over it. Returns the panel the reader
  // clicked, or -1.
  int draw(ImDrawList& draw, const Rect& area, std::size_t current, const Story& story, const FontSet& fonts,
           const Theme& theme, const std::string& language);
  // True while the pointer is busy with the strip (its clicks and drags are not page turns).
  bool owns_pointer(ImVec2 at) const;
  const TimeAxis& axis() const { return axis_; }

 private:
  TimeAxis axis_;
  AxisView view_;
  std::vector<int> lanes_;
  double lanes_span_ = 0;  // scale the lanes were computed for
  float lanes_width_ = 0;
  Rect area_;
  bool dragging_ = false;
  bool dragged_ = false;
  float drag_last_x_ = 0;
};

}  // namespace frise::view
