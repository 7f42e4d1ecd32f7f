#include "view/media_view.hpp"

#include <algorithm>
#include <cmath>

#include "view/panel_view.hpp"
#include "view/text_block.hpp"

namespace frise::view {
namespace {

ImU32 with_alpha(ImU32 colour, int alpha) {
  return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

const std::string& text_of(const LocalizedText& text, const MediaStyle& style) {
  return text.get(style.language, style.fallback_language);
}

}  // namespace

std::string media_link_text(const std::string& url, const std::string& language) {
  const MediaService service = classify_media_url(url);
  const bool fr = language == "fr";
  const std::string host = media_host(url);
  // A generic sort names the site it is on; a service names itself.
  const bool generic = service == MediaService::page || service == MediaService::image || service == MediaService::video ||
                       service == MediaService::audio || service == MediaService::pdf || service == MediaService::document;
  if (generic) return (fr ? "Ouvrir sur " : "Open on ") + (host.empty() ? url : host);
  return (fr ? "Ouvrir sur " : "Open on ") + service_name(service, language);
}

void draw_media_mark(ImDrawList& draw, MediaCategory category, ImVec2 c, float size, ImU32 ink, ImU32 paper) {
  const float s = size / 2, line = std::max(1.5f, size * 0.07f);
  switch (category) {
    case MediaCategory::video: {  // a screen with a play button
      draw.AddRectFilled({c.x - s, c.y - s * 0.72f}, {c.x + s, c.y + s * 0.72f}, ink, s * 0.25f);
      draw.AddTriangleFilled({c.x - s * 0.3f, c.y - s * 0.4f}, {c.x - s * 0.3f, c.y + s * 0.4f}, {c.x + s * 0.45f, c.y}, paper);
      break;
    }
    case MediaCategory::audio: {  // a sound wave: bars of varied heights
      constexpr float heights[5] = {0.45f, 0.85f, 1.0f, 0.65f, 0.35f};
      const float w = size / 5;
      for (int i = 0; i < 5; ++i) {
        const float x = c.x - s + w * static_cast<float>(i) + w * 0.15f, h = s * heights[i];
        draw.AddRectFilled({x, c.y - h}, {x + w * 0.7f, c.y + h}, ink, w * 0.3f);
      }
      break;
    }
    case MediaCategory::post: {  // a speech bubble with lines of text
      draw.AddRectFilled({c.x - s, c.y - s * 0.8f}, {c.x + s, c.y + s * 0.45f}, ink, s * 0.3f);
      draw.AddTriangleFilled({c.x - s * 0.55f, c.y + s * 0.4f}, {c.x - s * 0.05f, c.y + s * 0.4f}, {c.x - s * 0.7f, c.y + s * 0.95f}, ink);
      for (float y : {-0.4f, -0.05f}) draw.AddLine({c.x - s * 0.6f, c.y + s * y}, {c.x + s * 0.6f, c.y + s * y}, paper, line * 1.4f);
      break;
    }
    case MediaCategory::map: {  // a map pin
      const ImVec2 head{c.x, c.y - s * 0.25f};
      draw.AddCircleFilled(head, s * 0.62f, ink, 32);
      draw.AddTriangleFilled({c.x - s * 0.55f, head.y + s * 0.3f}, {c.x + s * 0.55f, head.y + s * 0.3f}, {c.x, c.y + s}, ink);
      draw.AddCircleFilled(head, s * 0.25f, paper, 24);
      break;
    }
    case MediaCategory::document: {  // a page with a folded corner
      const float x0 = c.x - s * 0.72f, x1 = c.x + s * 0.72f, y0 = c.y - s, y1 = c.y + s, fold = s * 0.45f;
      draw.AddRectFilled({x0, y0}, {x1 - fold, y1}, ink);
      draw.AddRectFilled({x1 - fold, y0 + fold}, {x1, y1}, ink);
      draw.AddTriangleFilled({x1 - fold, y0}, {x1 - fold, y0 + fold}, {x1, y0 + fold}, ink);
      for (float y : {-0.2f, 0.2f, 0.6f}) draw.AddLine({x0 + s * 0.25f, c.y + s * y}, {x1 - s * 0.25f, c.y + s * y}, paper, line);
      break;
    }
    case MediaCategory::image: {  // a framed landscape: mountains and a sun
      draw.AddRectFilled({c.x - s, c.y - s * 0.75f}, {c.x + s, c.y + s * 0.75f}, ink, s * 0.12f);
      draw.AddTriangleFilled({c.x - s * 0.8f, c.y + s * 0.55f}, {c.x - s * 0.2f, c.y - s * 0.25f}, {c.x + s * 0.4f, c.y + s * 0.55f}, paper);
      draw.AddTriangleFilled({c.x + s * 0.05f, c.y + s * 0.55f}, {c.x + s * 0.42f, c.y + s * 0.05f}, {c.x + s * 0.8f, c.y + s * 0.55f}, paper);
      draw.AddCircleFilled({c.x + s * 0.45f, c.y - s * 0.35f}, s * 0.16f, paper, 16);
      break;
    }
    case MediaCategory::page: {  // a globe
      draw.AddCircle(c, s * 0.92f, ink, 40, line * 1.3f);
      // A meridian: an ellipse, as a closed path (this Dear ImGui has no AddEllipse).
      for (int i = 0; i < 32; ++i) {
        const float a = static_cast<float>(i) / 32 * 6.2831853f;
        draw.PathLineTo({c.x + s * 0.42f * std::cos(a), c.y + s * 0.92f * std::sin(a)});
      }
      draw.PathStroke(ink, ImDrawFlags_Closed, line);
      draw.AddLine({c.x, c.y - s * 0.92f}, {c.x, c.y + s * 0.92f}, ink, line);
      draw.AddLine({c.x - s * 0.92f, c.y}, {c.x + s * 0.92f, c.y}, ink, line);
      for (float y : {-0.48f, 0.48f}) {
        const float half = s * 0.92f * std::sqrt(1 - y * y / (0.92f * 0.92f));
        draw.AddLine({c.x - half, c.y + s * y}, {c.x + half, c.y + s * y}, ink, line);
      }
      break;
    }
  }
}

Rect draw_media_card(ImDrawList& draw, const Rect& art, const PanelMedia& card, const MediaStyle& style, bool over_picture) {
  const FontSet& fonts = *style.fonts;
  const Theme& theme = *style.theme;
  const MediaService service = classify_media_url(card.url);
  const std::string name = service_name(service, style.language);
  // A card without a title would be a mark and a link in an empty box: the address often names
  // the page ("…/wiki/Apollo_11").
  const std::string title = text_of(card.title, style).empty() ? media_title_from_url(card.url) : text_of(card.title, style);
  const std::string& caption = text_of(card.caption, style);
  const std::string& credit = text_of(card.credit, style);
  const std::string link = card.url.empty() ? std::string() : media_link_text(card.url, style.language);
  const float pad = std::min(art.w, art.h) * 0.06f;
  const float width = std::max(1.0f, art.w - 2 * pad);

  // The words at a size, measured as drawn: name row, title, caption, credit, link. The mark
  // and the service's name are larger when the card has room for them.
  bool big = true;
  const auto measure = [&](float px) {
    float h = px * (big ? 4.2f : 2.2f);  // the mark's row
    if (!title.empty()) h += px * 0.5f + measure_text_block(fonts.bold, px * 1.3f, width, title, 1).y;
    if (!caption.empty()) h += px * 0.5f + measure_text_block(fonts.regular, px, width, caption, 1).y;
    if (!credit.empty()) h += px * 0.3f + measure_text_block(fonts.regular, px, width, credit, 1).y;
    if (!link.empty()) h += px * 0.8f + measure_text_block(fonts.bold, px, link_text_width(width, px), link, 1).y;
    return h;
  };
  float px = style.px;
  if (over_picture || measure(px) > art.h - 4 * pad) big = false;
  while (px * 0.9f >= style.min_px && measure(px) > art.h - 2 * pad) px *= 0.9f;
  const float content_h = measure(px);

  // Over a thumbnail: a band of paper at the bottom, the picture above it. Else the card fills
  // the art area with paper and a thin frame inside it, its words centred.
  Rect box = art;
  if (over_picture) {
    box = {art.x, std::max(art.y, art.bottom() - content_h - 2 * pad), art.w, std::min(art.h, content_h + 2 * pad)};
    draw.AddRectFilled({box.x, box.y}, {box.right(), box.bottom()}, with_alpha(theme.caption_fill, 238));
    draw.AddLine({box.x, box.y}, {box.right(), box.y}, theme.ink, style.border);
  } else {
    // Inset, so that a slide's colour (drawn under it as the art's background) frames it.
    const float inset = pad * 0.4f;
    draw.AddRectFilled({art.x + inset, art.y + inset}, {art.right() - inset, art.bottom() - inset}, theme.caption_fill, pad * 0.3f);
    draw.AddRect({art.x + inset, art.y + inset}, {art.right() - inset, art.bottom() - inset}, with_alpha(theme.muted, 120),
                 pad * 0.3f, 0, std::max(1.0f, style.border * 0.6f));
  }
  draw.PushClipRect({box.x, box.y}, {box.right(), box.bottom()}, true);
  const float x = box.x + pad;
  float y = over_picture ? box.y + pad : box.y + std::max(pad, (box.h - content_h) / 2);
  const float row = px * (big ? 4.2f : 2.2f), mark = row * 0.82f, name_px = px * (big ? 1.5f : 1.1f);
  draw_media_mark(draw, category_of(service), {x + mark / 2, y + row / 2}, mark, theme.accent, theme.caption_fill);
  draw_text_block(draw, fonts.bold, name_px, {x + mark + px * 0.7f, y + (row - name_px) / 2},
                  std::max(1.0f, width - mark - px * 0.7f), theme.accent, name, 1);
  y += row;
  if (!title.empty()) y += px * 0.5f + draw_text_block(draw, fonts.bold, px * 1.3f, {x, y + px * 0.5f}, width, theme.ink, title, 1);
  if (!caption.empty()) y += px * 0.5f + draw_text_block(draw, fonts.regular, px, {x, y + px * 0.5f}, width, theme.ink, caption, 1);
  if (!credit.empty()) y += px * 0.3f + draw_text_block(draw, fonts.regular, px, {x, y + px * 0.3f}, width, theme.muted, credit, 1);
  Rect link_rect{x, y, 0, 0};
  if (!link.empty()) draw_link_line(draw, fonts, px, {x, y + px * 0.8f}, width, link, theme.accent, link_rect);
  draw.PopClipRect();
  return link_rect;
}

void draw_media_quote(ImDrawList& draw, const Rect& art, const PanelMedia& quote, const MediaStyle& style) {
  const FontSet& fonts = *style.fonts;
  const Theme& theme = *style.theme;
  const std::string& words = text_of(quote.text, style);
  const std::string credit = text_of(quote.credit, style).empty() ? std::string() : "— " + text_of(quote.credit, style);
  const std::string& caption = text_of(quote.caption, style);
  const float pad = std::min(art.w, art.h) * 0.08f;
  const float width = std::max(1.0f, art.w - 2 * pad);
  const float inset = pad * 0.25f;
  draw.AddRectFilled({art.x + inset, art.y + inset}, {art.right() - inset, art.bottom() - inset}, theme.caption_fill, inset);
  // The words as large as fit, from one and a half times the body size down to it (then
  // smaller, never under the floor).
  const auto measure = [&](float words_px, float px) {
    float h = measure_text_block(fonts.regular, words_px, width, words, 1.1f).y;
    if (!credit.empty()) h += px * 0.8f + measure_text_block(fonts.bold, px, width, credit, 1).y;
    if (!caption.empty()) h += px * 0.4f + measure_text_block(fonts.regular, px, width, caption, 1).y;
    return h;
  };
  float scale = 1.6f, px = style.px;
  while (scale > 1.0f && measure(px * scale, px) > art.h - 2 * pad) scale -= 0.1f;
  while (px * 0.9f >= style.min_px && measure(px * scale, px) > art.h - 2 * pad) px *= 0.9f;
  const float words_px = px * scale;
  const float h = measure(words_px, px);
  // The opening quotation mark, large and light in the accent colour, before the words.
  float y = art.y + std::max(pad, (art.h - h) / 2);
  const float mark_px = words_px * 2.6f;
  draw.AddText(fonts.bold, mark_px, {art.x + pad * 0.3f, std::max(art.y, y - mark_px * 0.35f)}, with_alpha(theme.accent, 110),
               "\u201C");
  draw.PushClipRect({art.x, art.y}, {art.right(), art.bottom()}, true);
  y += draw_text_block(draw, fonts.regular, words_px, {art.x + pad, y}, width, theme.ink, words, 1.1f);
  if (!credit.empty()) y += px * 0.8f + draw_text_block(draw, fonts.bold, px, {art.x + pad, y + px * 0.8f}, width, theme.accent, credit, 1);
  if (!caption.empty()) draw_text_block(draw, fonts.regular, px, {art.x + pad, y + px * 0.4f}, width, theme.muted, caption, 1);
  draw.PopClipRect();
}

}  // namespace frise::view
