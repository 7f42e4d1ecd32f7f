// The overview: the whole story as a grid of thumbnails, in reading order, the current panel
// outlined, to jump anywhere with one click. Only the visible rows are drawn, and only their
// images are requested, so it stays fast at thousands of panels. The pointer is core's pointer
// map's: it scrolls the grid (scroll_by) and picks among the thumbnails drawn (thumbnails()).
#pragma once
#include <imgui.h>

#include <vector>

#include "core/geometry.hpp"
#include "core/pointer_map.hpp"
#include "core/story.hpp"
#include "view/fonts.hpp"
#include "view/image_store.hpp"
#include "view/theme.hpp"

namespace frise::view {

class Overview {
 public:
  // Opens with the current panel's row in view, zooming out from that panel over 250 ms (at
  // once with reduced motion).
  void open(std::size_t current, const Rect& area, float px, std::size_t count, double now, bool reduced_motion);
  // Draws the grid. `highlight` is the keyboard's choice (ringed, and scrolled into view when it moves).
  void draw(ImDrawList& draw, const Rect& area, std::size_t current, std::size_t highlight, const Story& story,
            ImageStore& images, const FontSet& fonts, const Theme& theme, const std::string& language, double now);
  // Scrolls by wheel `notches` (> 0: up, half a row each), or so that the grid follows a drag
  // of `pixels`.
  void scroll_by(float notches, float pixels);
  // The cells drawn last frame, each with its panel.
  const std::vector<PointerScreen::Thumbnail>& thumbnails() const { return thumbnails_; }
  // The grid as last drawn, for the keyboard: Up and Down move by a row, Page keys by a screen.
  std::size_t columns() const { return columns_; }
  std::size_t rows_in_view() const { return rows_in_view_; }

 private:
  struct Grid {
    int columns = 1;
    float cell_w = 0, cell_h = 0, gap = 0;
  };
  Grid grid(const Rect& area, float px) const;
  float scroll_ = 0;  // pixels scrolled from the top of the grid
  double opened_at_ = -1;  // when the zoom-out started; < 0: no animation
  std::size_t shown_highlight_ = 0;
  std::size_t columns_ = 1, rows_in_view_ = 1;
  float row_height_ = 0;  // a cell's height, as last drawn
  std::vector<PointerScreen::Thumbnail> thumbnails_;
};

}  // namespace frise::view
