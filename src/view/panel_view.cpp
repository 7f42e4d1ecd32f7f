#include "view/panel_view.hpp"

#include "core/deep_time.hpp"
#include "view/media_view.hpp"
#include "view/text_block.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>

namespace frise::view {
namespace {

ImVec2 to_im(Vec2 v) { return {v.x, v.y}; }
ImVec2 top_left(const Rect& r) { return {r.x, r.y}; }
ImVec2 bottom_right(const Rect& r) { return {r.right(), r.bottom()}; }

std::string date_text(const Panel& panel, const TextStyle& style) {
  std::string date = panel.display_date.get(style.language, style.fallback_language);
  // Deep time reads as years ago ("66 million years ago"), not as a year of eight digits.
  if (date.empty() && panel.date) date = is_deep_time(*panel.date) ? deep_time_text(*panel.date, style.language) : panel.date->to_string();
  return date;
}

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

// The face that gives the balloon's speaker a mouth, in the panel's art; nullptr when there is
// none (the speaker is off the panel, or the art has no regions). Where one id stands for several
// figures (a team), the author's tail point says which one speaks: the nearest mouth to it.
// Which side of the art a placement hint names: 0 left, 1 right, none for the middle.
std::optional<float> hinted_side(Placement placement) {
  switch (placement) {
    case Placement::top_left:
    case Placement::left:
    case Placement::bottom_left: return 0.0f;
    case Placement::top_right:
    case Placement::right:
    case Placement::bottom_right: return 1.0f;
    default: return std::nullopt;
  }
}

const ArtRegion* speaker_mouth(const Panel& panel, const Balloon& balloon) {
  if (balloon.speaker.empty()) return nullptr;
  const ArtRegion* best = nullptr;
  float best_distance = 0;
  // A character drawn twice (a split panel: before and after) speaks from the face nearest the
  // author's tail point, else from the side the balloon is placed on, else from the first.
  const std::optional<float> side = hinted_side(balloon.placement);
  for (const ArtLayer& layer : panel.art.layers) {
    for (const ArtRegion& region : layer.regions) {
      if (region.kind != RegionKind::face || !region.mouth || region.who != balloon.speaker) continue;
      const float distance = balloon.tail ? std::hypot(region.mouth->x - balloon.tail->x, region.mouth->y - balloon.tail->y)
                             : side       ? std::fabs(region.mouth->x - *side)
                                          : 0.0f;
      if (!best || distance < best_distance) {
        best = &region;
        best_distance = distance;
      }
    }
  }
  return best;
}

std::vector<PanelScene::Region> regions_in_window(const Panel& panel, const Rect& art) {
  std::vector<PanelScene::Region> out;
  for (const ArtLayer& layer : panel.art.layers)
    for (const ArtRegion& r : layer.regions)
      out.push_back({{art.x + r.x * art.w, art.y + r.y * art.h, r.w * art.w, r.h * art.h},
                     r.kind,
                     r.who,
                     r.mouth ? std::optional<Vec2>(Vec2{art.x + r.mouth->x * art.w, art.y + r.mouth->y * art.h}) : std::nullopt});
  return out;
}

// Black or white, whichever reads better on `c` (a slide's background colour).
ImU32 ink_on(const Colour& c) {
  const float luminance = 0.2126f * static_cast<float>(c.r) + 0.7152f * static_cast<float>(c.g) + 0.0722f * static_cast<float>(c.b);
  return luminance > 140 ? IM_COL32(28, 26, 30, 255) : IM_COL32(250, 248, 240, 255);
}

}  // namespace

bool panel_has_art(const Panel& panel) { return !panel.art.layers.empty() || panel.media || !panel.balloons.empty(); }

// Height of the caption band's text: the narration, then the dialogue strip's lines.
// Room for a link's title: the drawn arrow after it takes about one em.
float link_text_width(float width, float px) { return std::max(px, width - px * 1.2f); }

float caption_text_height(const FontSet& fonts, float px, float width, const std::string& caption,
                          std::span<const BalloonText> dialogue, std::span<const std::string> links, float spacing) {
  float h = measure_text_block(fonts.regular, px, width, caption, spacing).y;
  for (const BalloonText& line : dialogue) {
    if (h > 0) h += px * 0.4f;
    h += dialogue_line_height(fonts, px, width, line, spacing);
  }
  for (const std::string& link : links) {
    if (h > 0) h += px * 0.4f;
    h += measure_text_block(fonts.bold, px, link_text_width(width, px), link, 1).y;
  }
  return h;
}

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

void move_scene(PanelScene& scene, Vec2 by) {
  const auto move = [&](Rect& r) {
    r.x += by.x;
    r.y += by.y;
  };
  const auto move_point = [&](Vec2& p) {
    p.x += by.x;
    p.y += by.y;
  };
  PanelLayout& layout = scene.layout;
  for (Rect* r : {&layout.header, &layout.frame, &layout.art, &layout.lettering, &layout.lettering_left,
                  &layout.lettering_right, &layout.caption})
    move(*r);
  layout.caption_text_y += by.y;
  for (PlacedBalloon& balloon : scene.balloons.balloons) {
    move(balloon.box);
    move(balloon.text);
    if (balloon.tail) {
      move_point(balloon.tail->base_a);
      move_point(balloon.tail->base_b);
      move_point(balloon.tail->tip);
    }
  }
  for (PanelScene::Region& region : scene.regions) {
    move(region.rect);
    if (region.mouth) move_point(*region.mouth);
  }
}

const PanelScene& SceneCache::scene(const Story& story, std::size_t index, const Rect& area, const TextStyle& style,
                                    const Shape& shape) {
  ++clock_;
  for (Entry& entry : entries_) {
    if (entry.index != index || entry.area.w != area.w || entry.area.h != area.h || !(entry.shape == shape)) continue;
    if (entry.area.x != area.x || entry.area.y != area.y) {
      move_scene(entry.scene, {area.x - entry.area.x, area.y - entry.area.y});
      entry.area = area;
    }
    entry.used = clock_;
    return entry.scene;
  }
  if (entries_.size() >= capacity) {
    const auto oldest = std::min_element(entries_.begin(), entries_.end(),
                                         [](const Entry& a, const Entry& b) { return a.used < b.used; });
    entries_.erase(oldest);
  }
  entries_.push_back({index, area, shape, compose_panel(story, story.panels[index], area, style), clock_});
  return entries_.back().scene;
}

bool SceneCache::has(std::size_t index, const Rect& area, const Shape& shape) const {
  return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& entry) {
    return entry.index == index && entry.area.w == area.w && entry.area.h == area.h && entry.shape == shape;
  });
}

PanelScene compose_panel(const Story& story, const Panel& panel, const Rect& viewport, const TextStyle& style) {
  const FontSet& fonts = *style.fonts;
  const float px = fonts.text_px;
  const std::string date = date_text(panel, style);
  const std::string& headline = panel.headline.get(style.language, style.fallback_language);
  const std::string& caption = panel.caption.get(style.language, style.fallback_language);
  const PanelTerms terms = panel_terms(story, panel, style.language);

  PanelScene scene;
  scene.caption_terms = terms.caption;
  for (const Source& link : panel.links) scene.links.push_back(link.title.get(style.language, style.fallback_language));
  for (const Balloon& balloon : panel.balloons) {
    BalloonText& text = scene.texts.emplace_back();
    text.text = balloon.text.get(style.language, style.fallback_language);
    text.terms = terms.balloons[scene.texts.size() - 1];
    text.thought = balloon.kind == BalloonKind::thought;
    text.speaker_colour = style.theme->ink;
    if (const Character* speaker = story.find_character(balloon.speaker)) {
      text.speaker = speaker->name.get(style.language, style.fallback_language);
      if (speaker->colour) text.speaker_colour = IM_COL32(speaker->colour->r, speaker->colour->g, speaker->colour->b, 255);
    }
  }
  // Over the art, readers know who speaks from the tail: the name stays for a speaker off the
  // panel (no tail). In the dialogue strip, with no tails, a line is named when the speaker
  // changes. `over_art` balloons go over the art, the others in the strip.
  const std::size_t count = panel.balloons.size();
  std::vector<std::string> speakers, names;
  std::vector<bool> has_tail;
  for (std::size_t i = 0; i < count; ++i) {
    const Balloon& balloon = panel.balloons[i];
    speakers.push_back(balloon.speaker);
    has_tail.push_back(balloon.kind != BalloonKind::caption && (balloon.tail || speaker_mouth(panel, balloon)));
    names.push_back(scene.texts[i].speaker);
  }
  const auto name_lines = [&](std::size_t over_art) {
    for (std::size_t i = 0; i < count; ++i) {
      const bool named = i < over_art ? shows_speaker_name(speakers, has_tail, i) : i == over_art || speakers[i - 1] != speakers[i];
      scene.texts[i].speaker = named ? names[i] : std::string();
    }
  };

  PanelLayoutInput input;
  input.viewport = viewport;
  input.art_aspect = panel.aspect;
  input.has_art = panel_has_art(panel);
  // Header: the date, the headline, each wrapped to the width they are drawn at.
  if (!date.empty() || !headline.empty()) {
    input.header_height_for_width = [&fonts, px, &date, &headline](float width, float scale) {
      return (date.empty() ? 0.0f : measure_text_block(fonts.regular, px * scale, width, date, 1).y) +
             measure_text_block(fonts.bold, px * scale * 1.3f, width, headline, 1).y;
    };
  }
  // The caption's height with the dialogue strip's lines from balloon `from` on.
  const auto caption_measure = [&](std::size_t from) -> std::function<float(float, float)> {
    if (caption.empty() && from >= count && scene.links.empty()) return nullptr;
    return [&fonts, px, &caption, lines = std::span<const BalloonText>(scene.texts).subspan(from),
            links = std::span<const std::string>(scene.links), spacing = style.line_spacing](float width, float scale) {
      return caption_text_height(fonts, px * scale, width, caption, lines, links, spacing);
    };
  };
  input.text_px = px;
  // Sizes here are ImGui's (the font's line); the floor is 14 CSS pixels of em.
  const float min_px = kMinTextPx * fonts.size_per_css_px;
  input.min_text_px = min_px;

  // The first `over_art` balloons placed over the art (and the paper above it, `lettering_h`
  // high, or either side of it when `beside`), laid out for the rest in the strip.
  const auto place = [&](std::size_t over_art, float lettering_h, bool beside) {
    name_lines(over_art);
    input.caption_height_for_width = caption_measure(over_art);
    input.lettering_h = lettering_h;
    input.lettering_beside = beside;
    scene.layout = layout_panel(input);
    scene.strip_from = over_art;
    scene.balloons = {};
    if (over_art == 0) return true;
    if (lettering_h > 0 && (scene.layout.caption_beside || scene.layout.caption_overflow)) return false;
    const Rect& art = scene.layout.art;
    const auto to_window = [&art](float x, float y) { return Vec2{art.x + x * art.w, art.y + y * art.h}; };
    BalloonLayoutInput balloons;
    balloons.art = art;
    for (const Rect& sheet : {scene.layout.lettering, scene.layout.lettering_left, scene.layout.lettering_right})
      if (sheet.w > 0 && sheet.h > 0) balloons.paper.push_back(sheet);
    if (beside && balloons.paper.empty()) return false;  // the panel has words for a column
    balloons.text_px = px * scene.layout.text_scale;
    balloons.min_text_px = min_px;
    for (const PanelScene::Region& region : regions_in_window(panel, art)) {
      (region.kind == RegionKind::calm ? balloons.calm : balloons.keep_clear).push_back(region.rect);
      if (region.kind == RegionKind::face) balloons.faces.push_back(region.rect);
    }
    for (std::size_t i = 0; i < over_art; ++i) {
      const Balloon& balloon = panel.balloons[i];
      const BalloonText& text = scene.texts[i];
      BalloonSpec& spec = balloons.balloons.emplace_back();
      spec.kind = balloon.kind;
      spec.placement = balloon.placement;
      // The speaker's mouth in the art, else the author's point.
      if (const ArtRegion* face = speaker_mouth(panel, balloon)) {
        spec.target = to_window(face->mouth->x, face->mouth->y);
        const Vec2 at = to_window(face->x, face->y);
        spec.speaker_face = Rect{at.x, at.y, face->w * art.w, face->h * art.h};
      } else if (balloon.tail) {
        spec.target = to_window(balloon.tail->x, balloon.tail->y);
      }
      // A speaker going on in a second balloon: glued to the first, no second tail.
      spec.continues = i > 0 && spec.target && !balloon.speaker.empty() &&
                       panel.balloons[i - 1].speaker == balloon.speaker && panel.balloons[i - 1].kind == balloon.kind &&
                       balloon.kind != BalloonKind::caption &&
                       speaker_mouth(panel, panel.balloons[i - 1]) == speaker_mouth(panel, balloon);
      spec.measure_text = [&fonts, &text, base = balloons.text_px, spacing = style.line_spacing](float max_width,
                                                                                                 float scale) {
        return measure_balloon_text(fonts, base * scale, max_width, text, spacing);
      };
    }
    scene.balloons = layout_balloons(balloons);
    // Paper no balloon went to would be an empty band above the picture: not that way.
    const auto on_paper = [&art](const PlacedBalloon& b) { return !art.contains(b.box); };
    if (lettering_h > 0 && std::none_of(scene.balloons.balloons.begin(), scene.balloons.balloons.end(), on_paper))
      scene.balloons.fits = false;
    if (!scene.balloons.fits) scene.balloons.balloons.clear();
    return scene.balloons.fits;
  };
  // All the balloons over the art; else, in a tall window whose art is small, over the art and
  // the paper above it, and in a wide one, over the art overhanging its sides; else as many of
  // the first as fit there (a small window, or many words), the others in the dialogue strip,
  // in reading order. The paper above is as low as the words allow.
  const bool tall = viewport.h > viewport.w * 1.2f;
  const auto place_with_paper = [&](std::size_t over_art) {
    if (!tall) return over_art == count && place(over_art, 0, true);
    for (const float lines : {3.5f, 5.5f, 8.0f, 11.0f})
      if (place(over_art, lines * px, false)) return true;
    return false;
  };
  for (std::size_t over_art = count;; --over_art)
    if (place(over_art, 0, false) || over_art == 0 || place_with_paper(over_art)) break;
  scene.dialogue_strip = scene.strip_from < count;
  scene.regions = regions_in_window(panel, scene.layout.art);
  return scene;
}

float smallest_text_px(const PanelScene& scene, const Panel& panel, const TextStyle& style) {
  const float px = style.fonts->text_px * scene.layout.text_scale;
  float smallest = 1e9f;
  const auto drawn = [&smallest](float size) { smallest = std::min(smallest, size); };
  if (!date_text(panel, style).empty()) drawn(px);
  if (!panel.headline.get(style.language, style.fallback_language).empty()) drawn(px * 1.3f);
  if (!panel.caption.get(style.language, style.fallback_language).empty()) drawn(px);
  for (std::size_t i = 0; i < scene.texts.size(); ++i) {
    const BalloonText& text = scene.texts[i];
    const float words_px = i < scene.strip_from ? px * scene.balloons.text_scale : px;
    if (!text.text.empty()) drawn(words_px);
    if (!text.speaker.empty()) drawn(speaker_name_px(*style.fonts, words_px));
  }
  // In CSS pixels of em, as a browser would size the same text.
  return smallest == 1e9f ? 0.0f : smallest / style.fonts->size_per_css_px;
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
    draw_text_block(draw, fonts.bold, px * 1.3f, {layout.header.x, y}, layout.header.w, theme.ink, headline, 1);
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
        // A broken image keeps its place and says so, in the story's own words below.
        const char* mark = "image indisponible / image unavailable";
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
  const bool beside = layout.lettering_left.w > 0 || layout.lettering_right.w > 0;
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
    const float left = layout.lettering_left.w > 0 ? layout.lettering_left.x : art.x;
    const float right = layout.lettering_right.w > 0 ? layout.lettering_right.right() : art.right();
    draw.PushClipRect({left, art.y}, {right, art.bottom()}, true);
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
