// Composing a panel for a window: its frame, art and caption laid out, its balloons placed over
// the art (or the page beside it) with their tails, the rest in the dialogue strip. Plain layout
// from core, measured with the view's fonts; draw_panel (panel_view.cpp) draws the result.
#include "view/panel_view.hpp"

#include "view/text_block.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <optional>

namespace frise::view {
namespace {

// Where across the art a placement hint points: 0 left, 0.5 the middle, 1 right; none when the
// author gave no hint.
std::optional<float> hinted_side(Placement placement) {
  switch (placement) {
    case Placement::top_left:
    case Placement::left:
    case Placement::bottom_left: return 0.0f;
    case Placement::top_right:
    case Placement::right:
    case Placement::bottom_right: return 1.0f;
    case Placement::top:
    case Placement::bottom: return 0.5f;
    default: return std::nullopt;
  }
}

// The face that gives the balloon's speaker a mouth, in the panel's art; nullptr when there is
// none (the speaker is off the panel, or the art has no regions). Where one id stands for several
// figures (a team, or one person drawn twice in a split panel: before and after), the speaking
// face is the one nearest the author's tail point, else nearest the side the balloon is placed
// on, else the first.
const ArtRegion* speaker_mouth(const Panel& panel, const Balloon& balloon) {
  if (balloon.speaker.empty()) return nullptr;
  const ArtRegion* best = nullptr;
  float best_distance = 0;
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
                     r.mouth ? std::optional<Vec2>(Vec2{art.x + r.mouth->x * art.w, art.y + r.mouth->y * art.h}) : std::nullopt,
                     r.thin});
  return out;
}

}  // namespace

float credits_px(const FontSet& fonts, float px) { return std::max(px * 0.9f, kMinTextPx * fonts.size_per_css_px); }

std::vector<std::string> credit_lines(const Story& story, const TextStyle& style) {
  std::vector<std::string> lines;
  for (const Credit& credit : story.credits) {
    const std::string& role = credit.role.get(style.language, style.fallback_language);
    if (role.empty()) {
      lines.push_back(credit.name);
      continue;
    }
    std::string line = style.credit_line;
    if (const std::size_t at = line.find("{role}"); at != std::string::npos) line.replace(at, 6, role);
    if (const std::size_t at = line.find("{name}"); at != std::string::npos) line.replace(at, 6, credit.name);
    lines.push_back(std::move(line));
  }
  return lines;
}

bool panel_has_art(const Panel& panel) { return !panel.art.layers.empty() || panel.media || !panel.balloons.empty(); }

// Height of the caption band's text: the narration, then the dialogue strip's lines.
float caption_text_height(const FontSet& fonts, float px, float width, const std::string& caption,
                          std::span<const BalloonText> dialogue, std::span<const std::string> links, float spacing,
                          std::span<const std::string> credits) {
  float h = measure_text_block(fonts.regular, px, width, caption, spacing).y;
  for (const BalloonText& line : dialogue) {
    if (h > 0) h += px * 0.4f;
    h += dialogue_line_height(fonts, px, width, line, spacing);
  }
  for (const std::string& link : links) {
    if (h > 0) h += px * 0.4f;
    h += measure_text_block(fonts.bold, px, link_text_width(width, px), link, 1).y;
  }
  // The credits stand apart from the narration, a blank half line above them.
  if (!credits.empty() && h > 0) h += px * 0.6f;
  for (const std::string& credit : credits) h += measure_text_block(fonts.regular, credits_px(fonts, px), width, credit, 1).y;
  return h;
}

float header_text_height(const FontSet& fonts, float px, float width, const std::string& date, const std::string& headline,
                         const std::string& subtitle) {
  return (date.empty() ? 0.0f : measure_text_block(fonts.regular, px, width, date, 1).y) +
         measure_text_block(fonts.bold, px * headline_scale, width, headline, 1).y +
         (subtitle.empty() ? 0.0f : px * 0.15f + measure_text_block(fonts.regular, px * subtitle_scale, width, subtitle, 1).y);
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
  if (!story.panels.empty() && story.panels.front().id == panel.id) {
    scene.subtitle = story.subtitle.get(style.language, style.fallback_language);
    scene.credits = credit_lines(story, style);
  }
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
  if (!date.empty() || !headline.empty() || !scene.subtitle.empty()) {
    input.header_height_for_width = [&fonts, px, &date, &headline, &subtitle = scene.subtitle](float width, float scale) {
      return header_text_height(fonts, px * scale, width, date, headline, subtitle);
    };
  }
  // The caption's height with the dialogue strip's lines from balloon `from` on.
  const auto caption_measure = [&](std::size_t from) -> std::function<float(float, float)> {
    if (caption.empty() && from >= count && scene.links.empty() && scene.credits.empty()) return nullptr;
    return [&fonts, px, &caption, lines = std::span<const BalloonText>(scene.texts).subspan(from),
            links = std::span<const std::string>(scene.links), credits = std::span<const std::string>(scene.credits),
            spacing = style.line_spacing](float width, float scale) {
      return caption_text_height(fonts, px * scale, width, caption, lines, links, spacing, credits);
    };
  };
  input.text_px = px;
  // Sizes here are ImGui's (the font's line); the floor is 14 CSS pixels of em.
  const float min_px = kMinTextPx * fonts.size_per_css_px;
  input.min_text_px = min_px;

  // A panel without words for a column keeps its art where its neighbours', which have some,
  // have it; centred only when the page beside a centred art is what its balloons need, or
  // when no panel near it has a column (a run of panels without words stays centred). Only the
  // nearest few are looked at: a long story is not walked for each panel composed.
  const auto has_column_words = [&style](const Panel& p) {
    return !date_text(p, style).empty() || !p.headline.get(style.language, style.fallback_language).empty() ||
           !p.caption.get(style.language, style.fallback_language).empty();
  };
  constexpr std::size_t kNeighboursLooked = 4;  // on each side
  // How much better (in the balloon layout's cost) a centred art's lettering must be to be worth
  // the picture moving sideways from its neighbours'.
  constexpr float kSteadyFrameWorth = 1.5f;
  bool neighbours_have_columns = false;
  if (const std::ptrdiff_t index = &panel - story.panels.data();
      index >= 0 && static_cast<std::size_t>(index) < story.panels.size()) {
    const std::size_t here = static_cast<std::size_t>(index);
    const std::size_t first = here > kNeighboursLooked ? here - kNeighboursLooked : 0;
    const std::size_t last = std::min(story.panels.size(), here + kNeighboursLooked + 1);
    for (std::size_t k = first; k < last && !neighbours_have_columns; ++k)
      neighbours_have_columns = k != here && has_column_words(story.panels[k]);
  }
  input.art_where_columns_put_it = neighbours_have_columns;

  // The first `over_art` balloons placed over the art (and the paper above it, `lettering_h`
  // high, or either side of it when `beside`), laid out for the rest in the strip.
  float hidden_torso = 0;  // of the last arrangement placed: see most_hidden_torso
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
      (region.kind == RegionKind::calm ? balloons.calm : region.thin ? balloons.lines : balloons.keep_clear).push_back(region.rect);
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
    hidden_torso = scene.balloons.fits ? most_hidden_torso(balloons, scene.balloons) : 0.0f;
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
  // Over the art and the page either side: the art where its neighbours have it first, then
  // centred (more page on its left) when the balloons need that.
  const auto place_beside = [&](std::size_t over_art) {
    const bool steady = place(over_art, 0, true);
    if (!input.art_where_columns_put_it) return steady;
    // The steady place first; centred only when the balloons read clearly better there (the
    // page on the art's left lets them sit high instead of under the heads).
    PanelScene kept = scene;
    const float kept_torso = hidden_torso;
    input.art_where_columns_put_it = false;
    const bool centred = place(over_art, 0, true);
    input.art_where_columns_put_it = neighbours_have_columns;
    if (steady && (!centred || scene.balloons.cost > kept.balloons.cost - kSteadyFrameWorth)) {
      scene = std::move(kept);
      hidden_torso = kept_torso;
    }
    return steady || centred;
  };
  const auto place_with_paper = [&](std::size_t over_art) {
    if (!tall) return over_art == count && place_beside(over_art);
    constexpr std::array<float, 4> paper_lines{3.5f, 5.5f, 8.0f, 11.0f};
    for (std::size_t k = 0; k < paper_lines.size(); ++k) {
      if (!place(over_art, paper_lines[k] * px, false)) continue;
      // The balloons hide most of someone's body: more paper above may spare it (the art
      // moves down, smaller); kept only when it shows clearly more of them.
      for (std::size_t more = k + 1; more < paper_lines.size() && hidden_torso > 0.5f; ++more) {
        PanelScene lower = scene;
        const float hidden_before = hidden_torso;
        if (!place(over_art, paper_lines[more] * px, false) || hidden_torso > hidden_before - 0.2f) {
          scene = std::move(lower);
          hidden_torso = hidden_before;
        }
      }
      return true;
    }
    return false;
  };
  for (std::size_t over_art = count;; --over_art)
    if (place(over_art, 0, false) || over_art == 0 || place_with_paper(over_art)) break;
  // Every balloon fits on the art, but one leaves someone a floating head: on a wide window,
  // the page beside the art may spare them.
  if (!tall && !has_page_beside(scene.layout) && scene.strip_from == count && count > 0 && hidden_torso > 0.5f) {
    PanelScene on_art = scene;
    const float hidden_on_art = hidden_torso;
    if (!place_beside(count) || hidden_torso > hidden_on_art - 0.2f) scene = std::move(on_art);
  }
  scene.dialogue_strip = scene.strip_from < count;
  scene.regions = regions_in_window(panel, scene.layout.art);
  return scene;
}

float smallest_text_px(const PanelScene& scene, const Panel& panel, const TextStyle& style) {
  const float px = style.fonts->text_px * scene.layout.text_scale;
  float smallest = 1e9f;
  const auto drawn = [&smallest](float size) { smallest = std::min(smallest, size); };
  if (!date_text(panel, style).empty()) drawn(px);
  if (!panel.headline.get(style.language, style.fallback_language).empty()) drawn(px * headline_scale);
  if (!panel.caption.get(style.language, style.fallback_language).empty()) drawn(px);
  if (!scene.subtitle.empty()) drawn(px * subtitle_scale);
  if (!scene.credits.empty()) drawn(credits_px(*style.fonts, px));
  for (std::size_t i = 0; i < scene.texts.size(); ++i) {
    const BalloonText& text = scene.texts[i];
    const float words_px = i < scene.strip_from ? px * scene.balloons.text_scale : px;
    if (!text.text.empty()) drawn(words_px);
    if (!text.speaker.empty()) drawn(speaker_name_px(*style.fonts, words_px));
  }
  // In CSS pixels of em, as a browser would size the same text.
  return smallest == 1e9f ? 0.0f : smallest / style.fonts->size_per_css_px;
}

}  // namespace frise::view
