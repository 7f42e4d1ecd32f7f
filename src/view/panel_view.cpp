#include "view/panel_view.hpp"

#include "core/deep_time.hpp"
#include "view/media_view.hpp"
#include "view/text_block.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>

namespace frise::view {

std::string date_text(const Panel& panel, const TextStyle& style) {
  std::string date = panel.display_date.get(style.language, style.fallback_language);
  // Deep time reads as years ago ("66 million years ago"), not as a year of eight digits.
  if (date.empty() && panel.date) date = is_deep_time(*panel.date) ? deep_time_text(*panel.date, style.language) : panel.date->to_string();
  return date;
}

namespace {

ImVec2 to_im(Vec2 v) { return {v.x, v.y}; }
ImVec2 top_left(const Rect& r) { return {r.x, r.y}; }
ImVec2 bottom_right(const Rect& r) { return {r.right(), r.bottom()}; }

// Diagonal hatching over a flat fill: reads as "picture to come" without any text.
void draw_placeholder(ImDrawList& draw, const Rect& r, const Theme& theme, float line_width) {
  draw.AddRectFilled(top_left(r), bottom_right(r), theme.placeholder);
  draw.PushClipRect(top_left(r), bottom_right(r), true);
  const float step = std::max(r.w, r.h) / 18.0f;
  for (float d = -r.h; d < r.w; d += step)
    draw.AddLine({r.x + d, r.bottom()}, {r.x + d + r.h, r.y}, theme.placeholder_hatch, line_width);
  draw.PopClipRect();
}

// Fills the art rectangle with the image, cropping the excess of a different aspect ratio.
void draw_cover_image(ImDrawList& draw, const Rect& r, const LayerImage& image) {
  ImVec2 uv0{0, 0}, uv1{1, 1};
  const float image_aspect = static_cast<float>(image.width) / static_cast<float>(std::max(1, image.height));
  const float rect_aspect = r.w / std::max(1.0f, r.h);
  if (image_aspect > rect_aspect) {
    const float keep = rect_aspect / image_aspect;
    uv0.x = (1 - keep) / 2;
    uv1.x = 1 - uv0.x;
  } else if (image_aspect < rect_aspect) {
    const float keep = image_aspect / rect_aspect;
    uv0.y = (1 - keep) / 2;
    uv1.y = 1 - uv0.y;
  }
  draw.AddImage(image.texture, top_left(r), bottom_right(r), uv0, uv1);
}

// Black or white, whichever reads better on `c` (a slide's background colour).
ImU32 ink_on(const Colour& c) {
  const float luminance = 0.2126f * static_cast<float>(c.r) + 0.7152f * static_cast<float>(c.g) + 0.0722f * static_cast<float>(c.b);
  return luminance > 140 ? IM_COL32(28, 26, 30, 255) : IM_COL32(250, 248, 240, 255);
}

}  // namespace


// Room for a link's title: the drawn arrow after it takes about one em.
float link_text_width(float width, float px) { return std::max(px, width - px * 1.2f); }

// A link: its title underlined in the accent colour, and a small arrow out of a box after it
// (the fonts have no ↗). Returns the height used.
float draw_link_line(ImDrawList& draw, const FontSet& fonts, float px, ImVec2 at, float width, const std::string& title,
                     ImU32 colour, Rect& drawn) {
  const float text_width = link_text_width(width, px);
  const Vec2 size = measure_text_block(fonts.bold, px, text_width, title, 1);
  const float h = draw_text_block(draw, fonts.bold, px, at, text_width, colour, title, 1);
  const float line = std::max(1.0f, px * 0.07f);
  const float last_line_y = at.y + h - px;
  draw.AddLine({at.x, at.y + h - px * 0.08f}, {at.x + std::min(size.x, text_width), at.y + h - px * 0.08f}, colour, line);
  const float s = px * 0.55f, x = at.x + std::min(size.x, text_width) + px * 0.3f, y = last_line_y + px * 0.25f;
  draw.AddRect({x, y + s * 0.3f}, {x + s * 0.7f, y + s}, colour, 0, 0, line);
  draw.AddLine({x + s * 0.4f, y + s * 0.6f}, {x + s, y}, colour, line);
  draw.AddLine({x + s * 0.55f, y}, {x + s, y}, colour, line);
  draw.AddLine({x + s, y}, {x + s, y + s * 0.45f}, colour, line);
  drawn = Rect{at.x, at.y, std::min(size.x, text_width) + px * 1.2f, h};
  return h;
}

void draw_panel(ImDrawList& draw, const PanelScene& scene, const Panel& panel, std::span<const LayerImage> images,
                const TextStyle& style, PanelHotspots* hotspots) {
  const PanelLayout& layout = scene.layout;
  Theme theme = *style.theme;
  if (layout.art.h <= 0 && panel.art.background) {
    // A slide of words on its own colour: the words in black or white, whichever reads on it.
    const Colour& c = *panel.art.background;
    theme.caption_fill = IM_COL32(c.r, c.g, c.b, 255);
    theme.ink = theme.accent = theme.muted = ink_on(c);
  }
  const FontSet& fonts = *style.fonts;
  const float px = fonts.text_px * layout.text_scale;

  // Header: above the frame, or at the top of the column beside the art (drawn after its paper).
  const auto draw_header = [&] {
    const std::string date = date_text(panel, style);
    const std::string& headline = panel.headline.get(style.language, style.fallback_language);
    float y = layout.header.y;
    if (!date.empty()) y += draw_text_block(draw, fonts.regular, px, {layout.header.x, y}, layout.header.w, theme.accent, date, 1);
    y += draw_text_block(draw, fonts.bold, px * headline_scale, {layout.header.x, y}, layout.header.w, theme.ink, headline, 1);
    if (!scene.subtitle.empty())
      draw_text_block(draw, fonts.regular, px * subtitle_scale, {layout.header.x, y + px * 0.15f}, layout.header.w,
                      theme.muted, scene.subtitle, 1);
  };
  if (!layout.caption_beside && !layout.header_inside) draw_header();

  // Frame: paper, art, then caption band, then the ink border over all.
  // With paper above the art (a tall window), the frame still starts at the art: the balloons up
  // there break out of the panel's top border into the page, as comics do, instead of sitting in
  // a band of their own that would read as another panel.
  const Rect& framed = layout.frame;
  draw.AddRectFilled(top_left(framed), bottom_right(framed), theme.caption_fill);
  const Rect& art = layout.art;
  const bool card_or_quote = panel.media.has_value();
  if (art.h <= 0) {
    // No art area: nothing to draw but the words (below), on the slide's colour if it has one.
  } else if (panel.art.background) {
    const Colour& c = *panel.art.background;
    draw.AddRectFilled(top_left(art), bottom_right(art), IM_COL32(c.r, c.g, c.b, c.a));
  } else if (images.empty() && !card_or_quote) {
    draw_placeholder(draw, art, theme, layout.border);
  }
  draw.PushClipRect(top_left(art), bottom_right(art), true);
  for (const LayerImage& image : images) {
    const bool full = image.x == 0 && image.y == 0 && image.scale == 1;
    if (image.status == LayerImage::Status::ready && full) {
      draw_cover_image(draw, art, image);
    } else if (image.status == LayerImage::Status::ready) {
      // A placed layer keeps its own aspect ratio: its width is `scale` times the art's.
      const float w = art.w * image.scale;
      const float h = w * static_cast<float>(image.height) / static_cast<float>(std::max(1, image.width));
      const ImVec2 at{art.x + art.w * image.x, art.y + art.h * image.y};
      draw.AddImage(image.texture, at, {at.x + w, at.y + h});
    } else {
      draw_placeholder(draw, art, theme, layout.border);
      if (image.status == LayerImage::Status::broken) {
        // A broken image keeps its place and says so, in the reader's language.
        const char* mark = style.image_unavailable.c_str();
        const ImVec2 size = fonts.regular->CalcTextSizeA(px, FLT_MAX, 0, mark);
        draw.AddText(fonts.regular, px, {art.x + (art.w - size.x) / 2, art.y + (art.h - size.y) / 2},
                     theme.error_ink, mark);
      }
    }
  }
  if (card_or_quote && art.h > 0) {
    const MediaStyle media_style{&fonts, &theme, style.language, style.fallback_language, px,
                                 kMinTextPx * fonts.size_per_css_px, layout.border};
    if (panel.media->kind == MediaKind::quote) {
      draw_media_quote(draw, art, *panel.media, media_style);
    } else {
      const bool over_picture = std::any_of(images.begin(), images.end(),
                                            [](const LayerImage& i) { return i.status == LayerImage::Status::ready; });
      const Rect link = draw_media_card(draw, art, *panel.media, media_style, over_picture);
      if (hotspots && link.w > 0) hotspots->links.push_back({PanelHotspots::media_link, link});
    }
  }
  draw.PopClipRect();
  // Glossary terms: dotted in the ink's own colour, faded, as a browser marks an abbreviation; in
  // the accent's red they read as a spellchecker's complaints.
  const ImU32 term_mark = (theme.ink & ~IM_COL32_A_MASK) | (static_cast<ImU32>(0x99) << IM_COL32_A_SHIFT);
  const TermMarking marking{term_mark, hotspots ? &hotspots->terms : nullptr};
  const bool beside = has_page_beside(layout);
  if (layout.lettering.h > 0) {
    // The frame's top edge goes under the balloons that break out of it (the rest of the frame
    // is drawn last, over everything).
    const Rect& l = layout.lettering;
    const float top = framed.y + layout.border / 2;
    draw.AddLine({framed.x, top}, {framed.right(), top}, theme.ink, layout.border);
    draw.PushClipRect({l.x, l.y}, bottom_right(art), true);
  } else if (beside) {
    // Balloons overhang the frame's sides: the whole border goes under them.
    const float half = layout.border / 2;
    draw.AddRect(to_im({framed.x + half, framed.y + half}), to_im({framed.right() - half, framed.bottom() - half}),
                 theme.ink, 0, 0, layout.border);
    const Rect band = art_with_page_beside(layout);
    draw.PushClipRect(top_left(band), bottom_right(band), true);
  } else {
    draw.PushClipRect(top_left(art), bottom_right(art), true);
  }
  {
    const float balloon_px = fonts.text_px * layout.text_scale * scene.balloons.text_scale;
    for (std::size_t i = 0; i < scene.balloons.balloons.size(); ++i)
      draw_balloon(draw, scene.balloons.balloons[i], i > 0 ? &scene.balloons.balloons[i - 1] : nullptr,
                   panel.balloons[i].kind, scene.texts[i], fonts, theme, balloon_px,
                   std::max(1.0f, layout.border * 0.6f), style.line_spacing, &marking);
  }
  draw.PopClipRect();
  const std::string& caption = panel.caption.get(style.language, style.fallback_language);
  if (layout.caption.h > 0) {
    const Rect& c = layout.caption;
    const float width = c.w - 2 * layout.padding;
    draw.AddRectFilled(top_left(c), bottom_right(c), theme.caption_fill);
    if (layout.caption_beside)
      draw.AddLine({c.x - layout.border / 2, c.y}, {c.x - layout.border / 2, c.bottom()}, theme.ink, layout.border);
    else
      draw.AddLine({c.x, c.y - layout.border / 2}, {c.right(), c.y - layout.border / 2}, theme.ink, layout.border);
    draw.PushClipRect(top_left(c), bottom_right(c), true);  // only clips when caption_overflow
    if (layout.caption_beside || layout.header_inside) draw_header();
    float line_y = layout.caption_text_y;
    if (!caption.empty()) {
      const TextMarks marks{scene.caption_terms, term_mark, c, marking.spots};
      line_y += draw_text_block(draw, fonts.regular, px, {c.x + layout.padding, line_y}, width, theme.ink, caption,
                                style.line_spacing, Align::left, {}, &marks) + px * 0.4f;
    }
    for (std::size_t i = scene.strip_from; i < scene.texts.size(); ++i)
      line_y += draw_dialogue_line(draw, {c.x + layout.padding, line_y}, width, scene.texts[i], fonts, theme.ink, px,
                                   style.line_spacing, &marking) + px * 0.4f;
    for (std::size_t i = 0; i < scene.links.size(); ++i) {
      Rect drawn;
      line_y += draw_link_line(draw, fonts, px, {c.x + layout.padding, line_y}, width, scene.links[i], theme.accent, drawn) +
                px * 0.4f;
      if (hotspots) hotspots->links.push_back({i, drawn});
    }
    // The cover's credits close the band, apart from its words (caption_text_height's measure).
    if (!scene.credits.empty() && line_y > layout.caption_text_y) line_y += px * 0.6f - px * 0.4f;
    for (const std::string& credit : scene.credits)
      line_y += draw_text_block(draw, fonts.regular, credits_px(fonts, px), {c.x + layout.padding, line_y}, width, theme.muted,
                                credit, 1);
    draw.PopClipRect();
  }
  const Rect& f = framed;
  const float half = layout.border / 2;
  if (beside) {
    // Already drawn, under the balloons.
  } else if (layout.lettering.h > 0) {  // the top edge is already drawn, under the balloons
    const ImVec2 top_left{f.x + half, f.y}, top_right{f.right() - half, f.y};
    const ImVec2 low_left{f.x + half, f.bottom() - half}, low_right{f.right() - half, f.bottom() - half};
    draw.AddLine(top_left, low_left, theme.ink, layout.border);
    draw.AddLine({low_left.x - half, low_left.y}, {low_right.x + half, low_right.y}, theme.ink, layout.border);
    draw.AddLine(low_right, top_right, theme.ink, layout.border);
  } else {
    draw.AddRect(to_im({f.x + half, f.y + half}), to_im({f.right() - half, f.bottom() - half}), theme.ink, 0, 0,
                 layout.border);
  }
}

}  // namespace frise::view
