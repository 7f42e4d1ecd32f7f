#include "view/glossary_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <numeric>

#include "core/glossary.hpp"
#include "view/text_block.hpp"

namespace frise::view {
namespace {

bool contains(const Rect& r, Vec2 p) { return p.x >= r.x && p.x <= r.right() && p.y >= r.y && p.y <= r.bottom(); }

bool intersects(const Rect& a, const Rect& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

// The related entries' terms, for "see also".
std::string see_also(const GlossaryEntry& entry, const Story& story, const std::string& language) {
  std::string out;
  for (const std::string& id : entry.see)
    if (const GlossaryEntry* other = story.find_term(id); other && other != &entry)
      out += (out.empty() ? "" : ", ") + other->term.get(language, story.default_language);
  return out;
}

}  // namespace

PanelHotspots& GlossaryView::hotspots_to_draw() {
  spots_.terms.clear();
  spots_.links.clear();
  return spots_;
}

void GlossaryView::panel_changed() {
  pinned_ = -1;
  focused_ = false;
}

int GlossaryView::spot_at(Vec2 at) const {
  for (std::size_t i = 0; i < spots_.terms.size(); ++i)
    if (contains(spots_.terms[i].rect, at)) return static_cast<int>(i);
  for (std::size_t i = 0; i < spots_.links.size(); ++i)
    if (contains(spots_.links[i].rect, at)) return static_cast<int>(spots_.terms.size() + i);
  return -1;
}

std::vector<Rect> GlossaryView::spot_rects() const {
  std::vector<Rect> rects;
  for (const TermSpot& term : spots_.terms) rects.push_back(term.rect);
  for (const PanelHotspots::Link& link : spots_.links) rects.push_back(link.rect);
  return rects;
}

bool GlossaryView::tap(Vec2 at, const Story& story, std::size_t panel) {
  const int spot = spot_at(at);
  if (spot < 0) {
    // A tap elsewhere closes an open card, and does only that.
    const bool was_open = pinned_ >= 0;
    pinned_ = -1;
    focused_ = false;
    return was_open;
  }
  focused_ = false;
  if (static_cast<std::size_t>(spot) >= spots_.terms.size()) {
    pinned_ = spot;
    return activate(story, panel);
  }
  pinned_ = pinned_ == spot ? -1 : spot;
  return true;
}

void GlossaryView::focus_next() {
  if (list_open_) {
    list_open_ = false;
    return;
  }
  const int next = pinned_ + 1;
  if (next >= static_cast<int>(spot_count())) {
    pinned_ = -1;
    focused_ = false;
    list_open_ = true;
    return;
  }
  pinned_ = next;
  focused_ = true;
}

bool GlossaryView::activate(const Story& story, std::size_t panel) {
  if (pinned_ < static_cast<int>(spots_.terms.size()) || static_cast<std::size_t>(pinned_) >= spot_count()) return false;
  const PanelHotspots::Link& link = spots_.links[static_cast<std::size_t>(pinned_) - spots_.terms.size()];
  if (panel >= story.panels.size()) return false;
  const Panel& shown = story.panels[panel];
  // The card's own link, or one of the panel's links under its caption.
  const bool media = link.index == PanelHotspots::media_link;
  if (media ? !shown.media : link.index >= shown.links.size()) return false;
  const std::string& url = media ? shown.media->url : shown.links[link.index].url;
  if (url.empty()) return false;  // refused when the story was read: never opened
  link_to_open_ = url;
  return true;
}

bool GlossaryView::close() {
  if (list_open_) return !(list_open_ = false);
  if (pinned_ >= 0) {
    pinned_ = -1;
    focused_ = false;
    return true;
  }
  return false;
}

void GlossaryView::draw(ImDrawList& draw, const Story& story, const std::string& language, const FontSet& fonts,
                        const Theme& theme, const Locale& text, const Rect& viewport, bool follow_mouse) {
  const ImGuiIO& io = ImGui::GetIO();
  if (pinned_ >= static_cast<int>(spot_count())) pinned_ = -1;  // the panel has fewer now (a reload)
  // The mouse over a term shows its card; else the one tapped or focused stays.
  int shown = io.WantCaptureMouse || !follow_mouse ? -1 : spot_at({io.MousePos.x, io.MousePos.y});
  if (shown >= 0 && static_cast<std::size_t>(shown) >= spots_.terms.size()) shown = -1;  // a link: no card
  if (shown < 0) shown = pinned_;
  if (focused_ && pinned_ >= 0 && static_cast<std::size_t>(pinned_) < spot_count()) {
    const Rect& r = static_cast<std::size_t>(pinned_) < spots_.terms.size()
                        ? spots_.terms[static_cast<std::size_t>(pinned_)].rect
                        : spots_.links[static_cast<std::size_t>(pinned_) - spots_.terms.size()].rect;
    const float pad = fonts.text_px * 0.15f;
    draw.AddRect({r.x - pad, r.y - pad}, {r.right() + pad, r.bottom() + pad}, theme.accent, pad, 0,
                 std::max(2.0f, fonts.text_px * 0.1f));
  }
  if (shown >= 0 && static_cast<std::size_t>(shown) < spots_.terms.size())
    draw_card(draw, spots_.terms[static_cast<std::size_t>(shown)], story, language, fonts, theme, text, viewport);
  if (list_open_) draw_list(story, language, fonts, text);
  list_scroll = {};
}

// The card sits beside the box the term came from (below, above, right or left of it, the
// first that fits in the viewport) so that it never hides the words it explains.
void GlossaryView::draw_card(ImDrawList& draw, const TermSpot& spot, const Story& story, const std::string& language,
                             const FontSet& fonts, const Theme& theme, const Locale& text, const Rect& viewport) {
  if (spot.entry < 0 || static_cast<std::size_t>(spot.entry) >= story.glossary.size()) return;
  const GlossaryEntry& entry = story.glossary[static_cast<std::size_t>(spot.entry)];
  const float px = fonts.text_px, pad = px * 0.6f;
  const float width = std::min(px * 22, viewport.w - 2 * pad);
  const float inner = width - 2 * pad;
  const std::string& term = entry.term.get(language, story.default_language);
  const std::string& definition = entry.definition.get(language, story.default_language);
  const std::string related = see_also(entry, story, language);
  const std::string see = related.empty() ? std::string() : text.format("glossary.see", {{"terms", related}});
  const float height = 2 * pad + measure_text_block(fonts.bold, px, inner, term, 1).y + px * 0.3f +
                       measure_text_block(fonts.regular, px, inner, definition, 1.1f).y +
                       (see.empty() ? 0 : px * 0.3f + measure_text_block(fonts.regular, px, inner, see, 1).y);
  const Rect& source = spot.source;
  const float gap = px * 0.4f;
  const float aligned_x = std::clamp(spot.rect.x - pad, viewport.x + pad, viewport.right() - width - pad);
  const float aligned_y = std::clamp(source.y, viewport.y + pad, viewport.bottom() - height - pad);
  const Rect candidates[] = {
      {aligned_x, source.bottom() + gap, width, height}, {aligned_x, source.y - gap - height, width, height},
      {source.right() + gap, aligned_y, width, height},   {source.x - gap - width, aligned_y, width, height}};
  Rect card = candidates[0];
  const auto inside = [&](const Rect& r) {
    return r.x >= viewport.x && r.y >= viewport.y && r.right() <= viewport.right() && r.bottom() <= viewport.bottom();
  };
  bool placed = false;
  for (const Rect& candidate : candidates)
    if (inside(candidate) && !intersects(candidate, source)) {
      card = candidate;
      placed = true;
      break;
    }
  if (!placed) {  // no room beside it: below the term itself, inside the viewport
    card.x = aligned_x;
    card.y = std::clamp(spot.rect.bottom() + gap, viewport.y, viewport.bottom() - height);
  }
  const float line = std::max(1.5f, px * 0.08f);
  draw.AddRectFilled({card.x + line * 2, card.y + line * 2}, {card.right() + line * 2, card.bottom() + line * 2}, theme.ink,
                     px * 0.4f);
  draw.AddRectFilled({card.x, card.y}, {card.right(), card.bottom()}, theme.caption_fill, px * 0.4f);
  draw.AddRect({card.x, card.y}, {card.right(), card.bottom()}, theme.accent, px * 0.4f, 0, line);
  float y = card.y + pad;
  y += draw_text_block(draw, fonts.bold, px, {card.x + pad, y}, inner, theme.accent, term, 1) + px * 0.3f;
  y += draw_text_block(draw, fonts.regular, px, {card.x + pad, y}, inner, theme.ink, definition, 1.1f);
  if (!see.empty()) draw_text_block(draw, fonts.regular, px, {card.x + pad, y + px * 0.3f}, inner, theme.muted, see, 1);
}

void GlossaryView::draw_list(const Story& story, const std::string& language, const FontSet& fonts, const Locale& text) {
  const float px = fonts.text_px;
  const std::string title = text.format("glossary.title", {{"count", std::to_string(story.glossary.size())}}) + "###glossary";
  if (begin_overlay(title.c_str(), &list_open_, px, 34)) {
    if (story.glossary.empty()) ImGui::TextWrapped("%s", text.text("glossary.none").c_str());
    // In the reader's alphabetical order of the terms as they read in its language.
    std::vector<std::size_t> order(story.glossary.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<std::string> keys;
    for (const GlossaryEntry& entry : story.glossary) keys.push_back(fold_case(entry.term.get(language, story.default_language)));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    for (std::size_t i : order) {
      const GlossaryEntry& entry = story.glossary[i];
      ImGui::Spacing();
      ImGui::PushFont(fonts.bold);
      ImGui::TextWrapped("%s", entry.term.get(language, story.default_language).c_str());
      ImGui::PopFont();
      ImGui::PushFont(fonts.regular);
      ImGui::TextWrapped("%s", entry.definition.get(language, story.default_language).c_str());
      ImGui::PopFont();
      if (const std::string related = see_also(entry, story, language); !related.empty())
        ImGui::TextDisabled("%s", text.format("glossary.see", {{"terms", related}}).c_str());
    }
    apply_list_scroll(list_scroll);
  }
  ImGui::End();
}

}  // namespace frise::view
