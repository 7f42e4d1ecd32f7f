// The overview: the whole story as a grid of thumbnails, in reading order, the current panel
// outlined, to jump anywhere with one click. Only the visible rows are drawn, and only their
// images are requested, so it stays fast at thousands of panels.
#pragma once
#include <imgui.h>

#include "core/geometry.hpp"
#include "core/story.hpp"
#include "view/fonts.hpp"
#include "view/image_store.hpp"
#include "view/theme.hpp"

namespace frise::view {

class Overview {
 public:
  // Opens with the current panel's row in view.
  void open(std::size_t current, const Rect& area, float px, std::size_t count);
  // Draws and handles the pointer; returns the panel clicked, or -1.
  int draw(ImDrawList& draw, const Rect& area, std::size_t current, const Story& story, ImageStore& images,
           const FontSet& fonts, const Theme& theme, const std::string& language);

 private:
  struct Grid {
    int columns = 1;
    float cell_w = 0, cell_h = 0, gap = 0;
  };
  Grid grid(const Rect& area, float px) const;
  float scroll_ = 0;  // pixels scrolled from the top of the grid
};

}  // namespace frise::view
