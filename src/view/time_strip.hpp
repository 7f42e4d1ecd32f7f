// The time strip: the story laid on a time axis under (or over) the panel. Chapter bands in
// their colours (the full title in a tooltip over the band), date ticks that adapt to the zoom, a
// marker per panel (those of one date fanned out around it), the current one highlighted with
// its date written under it. An undated story shows its chapters and one mark per panel in
// reading order. The layout is core's (strip_labels.hpp); this draws it. The reader zooms it with
// the wheel, drags it, and clicks a marker to jump there: core's pointer map says so (zoom_at,
// pan_by, and the markers it picks from).
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "core/story.hpp"
#include "core/strip_labels.hpp"
#include "core/time_axis.hpp"
#include "view/fonts.hpp"
#include "view/theme.hpp"

namespace frise::view {

class TimeStrip {
 public:
  void reset(const Story& story);
  // Keeps the current panel in view (re-centres only when it left the visible range).
  void follow(std::size_t current);
  // Draws the strip in `area` (with the title of the chapter under the pointer).
  void draw(ImDrawList& draw, const Rect& area, std::size_t current, const Story& story, const FontSet& fonts,
            const Theme& theme, const std::string& language);
  // The wheel over the strip: its axis zooms by `factor` around the window's `x`.
  void zoom_at(float x, double factor);
  // A drag along it: the axis moves so that its drawing follows the pointer by `dx` pixels.
  void pan_by(float dx);
  // The markers as last drawn, and how far from one a click still picks it.
  const std::vector<StripMarker>& markers() const { return markers_; }
  float marker_reach() const { return marker_reach_; }
  // What draw() draws in `area` for the current view, measured with the interface font: the
  // rows, bands, ticks, markers and every label (for a headless report of the strip).
  TimeStripLayout layout(const Rect& area, std::size_t current, const Story& story, const FontSet& fonts,
                         const std::string& language) const;
  const TimeAxis& axis() const { return axis_; }
  const AxisView& view() const { return view_; }
  // The labels' size for body text of `text_px`: the interface's small size, never below 14 CSS
  // pixels.
  static float label_px(float text_px);
  // The height the strip's rows need for body text of `text_px` (strip_height): what the reader
  // should give it (it still fits its rows into less, dropping tick labels, then band titles).
  float preferred_height(float text_px) const { return strip_height(label_px(text_px), axis_.dated); }

 private:
  TimeAxis axis_;
  AxisView view_;
  Rect area_;
  std::vector<StripMarker> markers_;
  float marker_reach_ = 0;
};

}  // namespace frise::view
