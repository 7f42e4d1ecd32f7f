#include "core/layout.hpp"

#include <algorithm>
#include <array>

namespace frise {
namespace {

struct Attempt {
  bool fits = false;
  float frame_w = 0, art_w = 0, art_h = 0, caption_h = 0, header_h = 0;
};

float header_height(const PanelLayoutInput& input, float width, float text_scale) {
  return input.header_height_for_width ? input.header_height_for_width(width, text_scale) : 0.0f;
}

// Fits the frame for one text scale. The caption's height depends on the frame's width, which
// shrinks towards the art's width as the caption grows: a few rounds settle it. Each round's
// values are consistent with each other, so stopping early still yields a valid layout.
Attempt fit(const PanelLayoutInput& input, float text_scale, float max_w, float max_h, float border,
            float padding, float gap, float min_art_h, float min_frame_w) {
  const float aspect = std::clamp(input.art_aspect, 0.2f, 5.0f);
  Attempt best;  // the last candidate that fitted
  float frame_w = max_w;
  for (int round = 0; round < 6; ++round) {
    const float header_h = header_height(input, frame_w, text_scale);
    const float inner_w = std::max(1.0f, frame_w - 2 * border);
    const float caption_h =
        input.caption_height_for_width
            ? input.caption_height_for_width(std::max(1.0f, inner_w - 2 * padding), text_scale) + 2 * padding
            : 0.0f;
    const float art_h_available =
        max_h - header_h - (header_h > 0 ? gap : 0) - 2 * border - caption_h - (caption_h > 0 ? border : 0);
    if (art_h_available < min_art_h) break;  // too narrow for this caption: keep the last fit
    Attempt candidate{true, frame_w, 0, 0, caption_h, header_h};
    candidate.art_w = std::min(inner_w, art_h_available * aspect);
    candidate.art_h = candidate.art_w / aspect;
    best = candidate;
    const float wanted_w = std::max(candidate.art_w + 2 * border, min_frame_w);
    if (wanted_w >= frame_w - 0.5f) break;
    frame_w = wanted_w;
  }
  if (!best.fits) best.header_h = header_height(input, max_w, text_scale);
  return best;
}

// The caption in a column right of the art, for one text scale: the narrowest column (from
// `min_column_w`) whose text fits beside the art, so the art stays as large as it can.
Attempt fit_beside(const PanelLayoutInput& input, float text_scale, float max_w, float max_h, float border,
                   float padding, float gap, float min_art_h, float min_column_w) {
  const float aspect = std::clamp(input.art_aspect, 0.2f, 5.0f);
  const float max_column_w = max_w * 0.5f;
  for (int step = 0; step <= 8; ++step) {
    const float column_w = min_column_w + (max_column_w - min_column_w) * static_cast<float>(step) / 8;
    if (column_w > max_column_w + 0.5f) break;
    float art_w = max_w - 3 * border - column_w;
    // The header spans the frame; measured at the width the frame would have.
    float header_h = header_height(input, art_w + column_w + 3 * border, text_scale);
    const float art_h_available = max_h - header_h - (header_h > 0 ? gap : 0) - 2 * border;
    float art_h = std::min(art_w / aspect, art_h_available);
    art_w = art_h * aspect;
    if (art_h < min_art_h) break;  // wider columns leave even less for the art
    header_h = header_height(input, art_w + column_w + 3 * border, text_scale);
    if (header_h + (header_h > 0 ? gap : 0) + 2 * border + art_h > max_h + 0.5f) continue;
    const float caption_h = input.caption_height_for_width(column_w - 2 * padding, text_scale) + 2 * padding;
    if (caption_h > art_h) continue;  // too tall for the column: try a wider one
    return {true, art_w + column_w + 3 * border, art_w, art_h, caption_h, header_h};
  }
  return {};
}

}  // namespace

PanelLayout layout_panel(const PanelLayoutInput& input) {
  PanelLayout out;
  const Rect& view = input.viewport;
  const float unit = std::min(view.w, view.h);
  const float margin = unit * 0.04f;
  out.border = std::max(1.0f, unit * 0.006f);
  out.padding = unit * 0.02f;
  const float gap = margin * 0.5f;
  const float aspect = std::clamp(input.art_aspect, 0.2f, 5.0f);
  const float max_w = std::max(1.0f, view.w - 2 * margin);
  const float max_h = std::max(1.0f, view.h - 2 * margin);
  const float min_art_h = max_h * 0.3f;
  const float min_frame_w = max_w * 0.55f;

  // Wide and low: a column beside the art, at full text size, when its text fits there.
  if (input.caption_height_for_width && view.w >= view.h * 1.4f) {
    const Attempt b = fit_beside(input, 1.0f, max_w, max_h, out.border, out.padding, gap, min_art_h,
                                 std::max(max_w * 0.28f, unit * 0.5f));
    if (b.fits) {
      const float frame_h = 2 * out.border + b.art_h;
      const float header_gap = b.header_h > 0 ? gap : 0;
      const float top = view.y + std::max(margin, (view.h - b.header_h - header_gap - frame_h) * 0.5f);
      const float left = view.x + (view.w - b.frame_w) * 0.5f;
      out.caption_beside = true;
      out.header = {left, top, b.frame_w, b.header_h};
      out.frame = {left, top + b.header_h + header_gap, b.frame_w, frame_h};
      out.art = {left + out.border, out.frame.y + out.border, b.art_w, b.art_h};
      out.caption = {out.art.right() + out.border, out.art.y, b.frame_w - 3 * out.border - b.art_w, b.art_h};
      return out;
    }
  }

  Attempt a;
  for (float text_scale : std::array{1.0f, 0.9f, 0.8f, 0.7f, 0.6f}) {
    a = fit(input, text_scale, max_w, max_h, out.border, out.padding, gap, min_art_h, min_frame_w);
    out.text_scale = text_scale;
    if (a.fits) break;
  }
  if (!a.fits) {
    // Smallest text and smallest art: the caption takes what is left and is clipped.
    out.caption_overflow = true;
    a.frame_w = max_w;
    a.art_h = std::min(min_art_h, (max_w - 2 * out.border) / aspect);
    a.art_w = a.art_h * aspect;
    a.header_h = std::min(a.header_h, max_h * 0.3f);
    a.caption_h = std::max(0.0f, max_h - a.header_h - (a.header_h > 0 ? gap : 0) - 3 * out.border - a.art_h);
  }

  const float inner_w = a.frame_w - 2 * out.border;
  const float frame_h = 2 * out.border + a.art_h + (a.caption_h > 0 ? a.caption_h + out.border : 0);
  const float header_gap = a.header_h > 0 ? gap : 0;
  const float block_h = a.header_h + header_gap + frame_h;
  const float top = view.y + std::max(margin, (view.h - block_h) * 0.5f);
  const float left = view.x + (view.w - a.frame_w) * 0.5f;

  out.header = {left, top, a.frame_w, a.header_h};
  out.frame = {left, top + a.header_h + header_gap, a.frame_w, frame_h};
  out.art = {left + out.border + (inner_w - a.art_w) * 0.5f, out.frame.y + out.border, a.art_w, a.art_h};
  out.caption = {left + out.border, out.art.bottom() + (a.caption_h > 0 ? out.border : 0), inner_w, a.caption_h};
  return out;
}

}  // namespace frise
