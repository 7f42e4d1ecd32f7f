#include "core/layout.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

namespace frise {
namespace {

struct Attempt {
  bool fits = false;
  float frame_w = 0, art_w = 0, art_h = 0, caption_h = 0, header_h = 0;
  float reference_w = 0;   // beside: the frame's width with the narrowest column, which sets its origin
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
    const float lettering_h = input.lettering_h > 0 ? input.lettering_h + border : 0.0f;
    const float art_h_available = max_h - header_h - (header_h > 0 ? gap : 0) - 2 * border - lettering_h - caption_h -
                                  (caption_h > 0 ? border : 0);
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

// The narrowest column width in [low, high] whose words (`height` at a width) are at most
// `max_h` tall; a negative value when even `high` is too narrow. The height only falls as the
// column widens, so halving the interval finds it to a pixel.
float narrowest_column(const std::function<float(float)>& height, float low, float high, float max_h) {
  const auto fits = [&](float w) { return height(w) <= max_h; };
  if (high < low || !fits(high)) return -1;
  if (fits(low)) return low;
  for (int i = 0; i < 12 && high - low > 1; ++i) {
    const float middle = (low + high) / 2;
    (fits(middle) ? high : low) = middle;
  }
  return high;
}

// The caption in a column right of the art, for one text scale, the header at the column's top.
// The art is first sized as if the column were its narrowest (`min_column_w`), so that every
// panel whose words fit there, or that has none, has the same art; longer words widen the
// column, and only if that is not enough does the art shrink.
Attempt fit_beside(const PanelLayoutInput& input, float text_scale, float max_w, float max_h, float border,
                   float padding, float gap, float min_art_h, float min_column_w) {
  const float aspect = std::clamp(input.art_aspect, 0.2f, 5.0f);
  const float max_column_w = max_w * 0.5f;
  // The column's words at a width: the header, a gap, the caption.
  const auto column_h = [&](float w) {
    const float text_w = std::max(1.0f, w - 2 * padding);
    const float header_h = header_height(input, text_w, text_scale);
    const float caption_h = input.caption_height_for_width ? input.caption_height_for_width(text_w, text_scale) : 0.0f;
    return header_h + (header_h > 0 && caption_h > 0 ? gap : 0.0f) + caption_h + 2 * padding;
  };
  for (int step = 0; step <= 8; ++step) {
    const float column_w = min_column_w + (max_column_w - min_column_w) * static_cast<float>(step) / 8;
    const float art_h = std::min((max_w - 3 * border - column_w) / aspect, max_h - 2 * border);
    const float art_w = art_h * aspect;
    if (art_h < min_art_h) break;  // wider columns leave even less for the art
    const float room = max_w - 3 * border - art_w;  // beside the art, for the column
    const float fitted = narrowest_column(column_h, column_w, room, art_h);
    if (fitted < 0) continue;  // too tall for the column: try a smaller art
    Attempt a{true, art_w + fitted + 3 * border, art_w, art_h, 0, 0};
    a.header_h = header_height(input, fitted - 2 * padding, text_scale);
    a.caption_h = column_h(fitted);
    a.reference_w = art_w + min_column_w + 3 * border;
    return a;
  }
  return {};
}

// A panel without art: one frame holding its header and caption, as wide as a comfortable
// line allows (about 34 ems), centred; smaller text before clipping, as for the others.
PanelLayout layout_text_only(const PanelLayoutInput& input, PanelLayout out, float margin, float gap) {
  const Rect& view = input.viewport;
  const float max_w = std::max(1.0f, view.w - 2 * margin);
  const float max_h = std::max(1.0f, view.h - 2 * margin);
  const float frame_w = std::min(max_w, std::max(max_w * 0.55f, input.text_px * 34));
  const float text_w = std::max(1.0f, frame_w - 2 * out.border - 2 * out.padding);
  float header_h = 0, caption_h = 0;
  for (float scale : std::array{1.0f, 0.9f, 0.8f, 0.7f, 0.6f}) {
    if (scale < 1.0f && input.text_px * scale < input.min_text_px) break;
    out.text_scale = scale;
    header_h = header_height(input, text_w, scale);
    caption_h = input.caption_height_for_width ? input.caption_height_for_width(text_w, scale) : 0.0f;
    if (header_h + (header_h > 0 && caption_h > 0 ? gap : 0) + caption_h + 2 * out.padding + 2 * out.border <= max_h) break;
  }
  const float words_h = header_h + (header_h > 0 && caption_h > 0 ? gap : 0) + caption_h;
  const float frame_h = std::min(max_h, words_h + 2 * out.padding + 2 * out.border);
  out.caption_overflow = words_h + 2 * out.padding + 2 * out.border > max_h;
  out.header_inside = true;
  out.frame = {view.x + (view.w - frame_w) * 0.5f, view.y + std::max(margin, (view.h - frame_h) * 0.5f), frame_w, frame_h};
  out.art = {out.frame.x + out.border, out.frame.y + out.border, frame_w - 2 * out.border, 0};
  out.caption = {out.art.x, out.art.y, out.art.w, frame_h - 2 * out.border};
  out.header = {out.caption.x + out.padding, out.caption.y + out.padding, text_w, header_h};
  out.caption_text_y = out.header.bottom() + (header_h > 0 && caption_h > 0 ? gap : 0);
  return out;
}

// The page either side of the frame, as high as the art, where balloons may overhang it.
void page_beside_art(PanelLayout& out, const Rect& view, float margin) {
  const float inner_left = view.x + margin, inner_right = view.right() - margin;
  out.lettering_left = {inner_left, out.art.y, std::max(0.0f, out.frame.x - inner_left), out.art.h};
  out.lettering_right = {out.frame.right(), out.art.y, std::max(0.0f, inner_right - out.frame.right()), out.art.h};
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
  if (!input.has_art) return layout_text_only(input, out, margin, gap);

  // Wide and low: a column beside the art, at full text size, when its words fit there. A panel
  // without a caption keeps the same frame as its neighbours, its column holding the header; one
  // with no words for the column at all keeps the same art, centred, and no column.
  const bool wide = view.w >= view.h * 1.4f;
  // A header alone would take a column beside the art: with balloons overhanging the art's
  // sides, it goes above the frame instead, leaving the page either side free (measured only then).
  const bool header_above =
      input.lettering_beside && !input.caption_height_for_width && header_height(input, max_w, 1.0f) > 0;
  if (wide && !header_above) {
    const Attempt b = fit_beside(input, 1.0f, max_w, max_h, out.border, out.padding, gap, min_art_h,
                                 std::max(max_w * 0.28f, unit * 0.5f));
    if (b.fits) {
      const float frame_h = 2 * out.border + b.art_h;
      const float frame_y = view.y + std::max(margin, (view.h - frame_h) * 0.5f);
      // The origin of the frame with the narrowest column: the art stays put from panel to panel.
      const float left = std::min(view.x + (view.w - b.reference_w) * 0.5f, view.right() - margin - b.frame_w);
      if (!input.caption_height_for_width && header_height(input, max_w, 1.0f) <= 0) {
        // No words for the column (every balloon is over the art): no empty column beside it.
        // The art keeps its neighbours' size; where their art is when asked (their column's
        // place left as bare page), else centred.
        const float frame_w = b.art_w + 2 * out.border;
        out.frame = {input.art_where_columns_put_it ? left : view.x + (view.w - frame_w) * 0.5f, frame_y, frame_w, frame_h};
        out.art = {out.frame.x + out.border, frame_y + out.border, b.art_w, b.art_h};
        out.caption = {out.art.right(), out.art.y, 0, 0};
        out.header = {out.art.x, out.art.y, 0, 0};
        out.caption_text_y = out.art.y;
        if (input.lettering_beside) page_beside_art(out, view, margin);
        return out;
      }
      out.caption_beside = true;
      out.frame = {left, frame_y, b.frame_w, frame_h};
      out.art = {left + out.border, out.frame.y + out.border, b.art_w, b.art_h};
      out.caption = {out.art.right() + out.border, out.art.y, b.frame_w - 3 * out.border - b.art_w, b.art_h};
      out.header = {out.caption.x + out.padding, out.caption.y + out.padding, out.caption.w - 2 * out.padding, b.header_h};
      out.caption_text_y = out.header.bottom() + (b.header_h > 0 ? gap : 0);
      return out;
    }
  }

  // Smaller text before clipping, never below the smallest readable size; then a smaller art.
  std::vector<float> scales;
  for (float scale : std::array{1.0f, 0.9f, 0.8f, 0.7f, 0.6f})
    if (scale == 1.0f || input.text_px * scale >= input.min_text_px) scales.push_back(scale);
  Attempt a;
  for (float text_scale : scales) {
    a = fit(input, text_scale, max_w, max_h, out.border, out.padding, gap, min_art_h, min_frame_w);
    out.text_scale = text_scale;
    if (a.fits) break;
  }
  if (!a.fits) a = fit(input, out.text_scale, max_w, max_h, out.border, out.padding, gap, max_h * 0.12f, min_frame_w);
  if (!a.fits) {
    // Smallest text and smallest art: the caption takes what is left and is clipped.
    out.caption_overflow = true;
    a.frame_w = max_w;
    a.art_h = std::min(max_h * 0.12f, (max_w - 2 * out.border) / aspect);
    a.art_w = a.art_h * aspect;
    a.header_h = std::min(a.header_h, max_h * 0.3f);
    a.caption_h = std::max(0.0f, max_h - a.header_h - (a.header_h > 0 ? gap : 0) - 3 * out.border - a.art_h -
                                     (input.lettering_h > 0 ? input.lettering_h + out.border : 0.0f));
  }

  const float inner_w = a.frame_w - 2 * out.border;
  const float lettering_h = input.lettering_h > 0 ? input.lettering_h + out.border : 0.0f;
  const float frame_h = 2 * out.border + lettering_h + a.art_h + (a.caption_h > 0 ? a.caption_h + out.border : 0);
  const float header_gap = a.header_h > 0 ? gap : 0;
  const float block_h = a.header_h + header_gap + frame_h;
  const float top = view.y + std::max(margin, (view.h - block_h) * 0.5f);
  const float left = view.x + (view.w - a.frame_w) * 0.5f;

  out.header = {left, top, a.frame_w, a.header_h};
  const float paper_top = top + a.header_h + header_gap;
  out.lettering = {left + out.border, paper_top + out.border, inner_w, std::max(0.0f, lettering_h - out.border)};
  out.frame = {left, paper_top + lettering_h, a.frame_w, frame_h - lettering_h};
  out.art = {left + out.border + (inner_w - a.art_w) * 0.5f, out.frame.y + out.border, a.art_w, a.art_h};
  out.caption = {left + out.border, out.art.bottom() + (a.caption_h > 0 ? out.border : 0), inner_w, a.caption_h};
  out.caption_text_y = out.caption.y + out.padding;
  if (wide && input.lettering_beside && a.caption_h <= 0 && lettering_h <= 0) page_beside_art(out, view, margin);
  return out;
}

bool has_page_beside(const PanelLayout& layout) { return layout.lettering_left.w > 0 || layout.lettering_right.w > 0; }

Rect art_with_page_beside(const PanelLayout& layout) {
  const float left = layout.lettering_left.w > 0 ? layout.lettering_left.x : layout.art.x;
  const float right = layout.lettering_right.w > 0 ? layout.lettering_right.right() : layout.art.right();
  return {left, layout.art.y, right - left, layout.art.h};
}

ReaderScreen reader_screen(float window_w, float window_h, float text_px, bool chrome, float strip_h, bool strip_shown,
                           bool strip_on_top) {
  ReaderScreen out;
  out.bar = chrome ? text_px * 1.8f : 0.0f;
  const bool strip = chrome && strip_shown;
  strip_h = strip ? std::min(strip_h, window_h * 0.2f) : 0.0f;
  float top = out.bar, bottom = window_h - out.bar;
  if (strip) {
    out.strip = {0, strip_on_top ? top : bottom - strip_h, window_w, strip_h};
    if (strip_on_top) top += strip_h;
    else bottom -= strip_h;
  }
  out.viewport = {0, top, window_w, std::max(1.0f, bottom - top)};
  return out;
}

float body_text_px(float window_w, float window_h, float preference, float min_px) {
  const float base = std::clamp(std::min(window_w * 0.045f, window_h * 0.03f), min_px, std::max(min_px, 56.0f));
  return std::max(min_px, base * preference);
}

}  // namespace frise
