#include "view/overview.hpp"

#include "core/camera.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace frise::view {

Overview::Grid Overview::grid(const Rect& area, float px) const {
  Grid g;
  g.gap = px * 0.6f;
  g.columns = std::max(2, static_cast<int>((area.w - g.gap) / (px * 9 + g.gap)));
  g.cell_w = (area.w - g.gap * static_cast<float>(g.columns + 1)) / static_cast<float>(g.columns);
  g.cell_h = g.cell_w / 1.5f + px * 1.6f;  // a 3:2 thumbnail and a line of headline
  return g;
}

void Overview::open(std::size_t current, const Rect& area, float px, std::size_t count, double now, bool reduced_motion) {
  opened_at_ = reduced_motion ? -1 : now;
  shown_highlight_ = current;
  const Grid g = grid(area, px);
  const float row = std::floor(static_cast<float>(current) / static_cast<float>(g.columns));
  const float rows = std::ceil(static_cast<float>(count) / static_cast<float>(g.columns));
  const float content = rows * (g.cell_h + g.gap) + g.gap;
  scroll_ = std::clamp(row * (g.cell_h + g.gap) - (area.h - g.cell_h) / 2, 0.0f, std::max(0.0f, content - area.h));
}

void Overview::scroll_by(float notches, float pixels) { scroll_ -= notches * row_height_ * 0.5f + pixels; }

void Overview::draw(ImDrawList& draw, const Rect& area, std::size_t current, std::size_t highlight, const Story& story,
                    ImageStore& images, const FontSet& fonts, const Theme& theme, const std::string& language, double now) {
  const float px = fonts.text_px;
  const Grid g = grid(area, px);
  columns_ = static_cast<std::size_t>(g.columns);
  rows_in_view_ = static_cast<std::size_t>(std::max(1.0f, std::floor(area.h / (g.cell_h + g.gap))));
  const std::size_t count = story.panels.size();
  const float rows = std::ceil(static_cast<float>(count) / static_cast<float>(g.columns));
  const float content = rows * (g.cell_h + g.gap) + g.gap;
  // The keyboard moved the highlight: its row comes into view (the wheel scrolls freely otherwise).
  if (highlight != shown_highlight_) {
    shown_highlight_ = highlight;
    const float top = static_cast<float>(highlight / columns_) * (g.cell_h + g.gap);
    if (top < scroll_) scroll_ = top;
    if (top + g.cell_h + 2 * g.gap > scroll_ + area.h) scroll_ = top + g.cell_h + 2 * g.gap - area.h;
  }
  row_height_ = g.cell_h;
  scroll_ = std::clamp(scroll_, 0.0f, std::max(0.0f, content - area.h));
  thumbnails_.clear();
  draw.PushClipRect({area.x, area.y}, {area.right(), area.bottom()}, true);
  const std::size_t vertex_start = static_cast<std::size_t>(draw.VtxBuffer.Size);
  const int first_row = static_cast<int>(scroll_ / (g.cell_h + g.gap));
  const int last_row = static_cast<int>((scroll_ + area.h) / (g.cell_h + g.gap));
  for (int row = first_row; row <= last_row; ++row) {
    for (int column = 0; column < g.columns; ++column) {
      const std::size_t index = static_cast<std::size_t>(row) * static_cast<std::size_t>(g.columns) + static_cast<std::size_t>(column);
      if (index >= count) break;
      const Panel& panel = story.panels[index];
      const float x = area.x + g.gap + static_cast<float>(column) * (g.cell_w + g.gap);
      const float y = area.y + g.gap + static_cast<float>(row) * (g.cell_h + g.gap) - scroll_;
      const Rect thumb{x, y, g.cell_w, g.cell_w / 1.5f};
      images.request_panel(story, index);
      draw.AddRectFilled({thumb.x, thumb.y}, {thumb.right(), thumb.bottom()}, theme.placeholder);
      for (const LayerImage& image : images.layer_images(story, panel, 0)) {  // thumbnails: normal files
        if (image.status != LayerImage::Status::ready) continue;
        // Fit the art into the 3:2 box, cropping the excess.
        const float aspect = static_cast<float>(image.width) / static_cast<float>(std::max(1, image.height));
        ImVec2 uv0{0, 0}, uv1{1, 1};
        if (aspect > 1.5f) uv0.x = (1 - 1.5f / aspect) / 2, uv1.x = 1 - uv0.x;
        else uv0.y = (1 - aspect / 1.5f) / 2, uv1.y = 1 - uv0.y;
        draw.AddImage(image.texture, {thumb.x, thumb.y}, {thumb.right(), thumb.bottom()}, uv0, uv1);
        break;
      }
      const bool is_current = index == current;
      draw.AddRect({thumb.x, thumb.y}, {thumb.right(), thumb.bottom()}, is_current ? theme.accent : theme.ink, 0, 0,
                   is_current ? std::max(3.0f, px * 0.2f) : 1.5f);
      if (index == highlight) {  // where Enter goes: a ring around the whole cell, apart from the "current" frame
        const float ring = std::max(2.0f, px * 0.15f), out = g.gap * 0.45f;
        draw.AddRect({x - out, y - out}, {x + g.cell_w + out, y + g.cell_h + out}, theme.ink, px * 0.3f, 0, ring);
      }
      char number[24];
      std::snprintf(number, sizeof number, "%zu", index + 1);
      const std::string& headline = panel.headline.get(language, story.default_language);
      draw.PushClipRect({x, y}, {x + g.cell_w, y + g.cell_h}, true);
      draw.AddText(fonts.ui_bold, px * 0.8f, {x, thumb.bottom() + px * 0.25f}, theme.accent, number);
      const float number_w = fonts.ui_bold->CalcTextSizeA(px * 0.8f, FLT_MAX, 0, number).x + px * 0.4f;
      draw.AddText(fonts.regular, px * 0.8f, {x + number_w, thumb.bottom() + px * 0.25f}, theme.ink, headline.c_str());
      draw.PopClipRect();
      thumbnails_.push_back({{x, y, g.cell_w, g.cell_h}, index});
    }
  }
  // Zooming out: the grid starts scaled up around the current panel's thumbnail, filling the
  // view, and eases to its own size (the vertices drawn this frame are moved, text included).
  if (opened_at_ >= 0) {
    const float t = std::clamp(static_cast<float>((now - opened_at_) / 0.25), 0.0f, 1.0f);
    if (t >= 1) {
      opened_at_ = -1;
    } else {
      const float e = ease_in_out(t);  // the reader camera's easing
      const int row = static_cast<int>(current) / g.columns, column = static_cast<int>(current) % g.columns;
      const ImVec2 cell{area.x + g.gap + static_cast<float>(column) * (g.cell_w + g.gap) + g.cell_w / 2,
                        area.y + g.gap + static_cast<float>(row) * (g.cell_h + g.gap) - scroll_ + g.cell_h / 2};
      const ImVec2 middle{area.x + area.w / 2, area.y + area.h / 2};
      const float start_scale = std::min(area.w / g.cell_w, area.h / g.cell_h);
      const float scale = start_scale + (1 - start_scale) * e;
      const ImVec2 centre{middle.x + (cell.x - middle.x) * e, middle.y + (cell.y - middle.y) * e};
      for (int i = static_cast<int>(vertex_start); i < draw.VtxBuffer.Size; ++i) {
        ImVec2& p = draw.VtxBuffer[i].pos;
        p = {centre.x + (p.x - cell.x) * scale, centre.y + (p.y - cell.y) * scale};
      }
    }
  }
  draw.PopClipRect();
}

}  // namespace frise::view
