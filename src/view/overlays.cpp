#include "view/overlays.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "core/embedded.hpp"
#include "core/input_map.hpp"
#include "view/text_block.hpp"

namespace frise::view {
namespace {

Locale load_embedded_locale(const char* name) {
  const auto bytes = embedded_file(name);
  LocaleLoad loaded = Locale::parse(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), name);
  if (!loaded.ok()) std::fprintf(stderr, "frise: %s\n", loaded.error.c_str());
  return std::move(loaded.locale);
}

}  // namespace

// Centred, as wide as `width_em` allows on the screen, as tall as its contents up to 90%.
bool begin_overlay(const char* title, bool* open, float px, float width_em) {
  const ImGuiIO& io = ImGui::GetIO();
  const float width = std::min(io.DisplaySize.x * 0.92f, px * width_em);
  ImGui::SetNextWindowPos({io.DisplaySize.x / 2, io.DisplaySize.y / 2}, ImGuiCond_Always, {0.5f, 0.5f});
  ImGui::SetNextWindowSizeConstraints({width, 0}, {width, io.DisplaySize.y * 0.9f});
  // No navigation inputs: the input map has the keys (ImGui's own Tab would turn a slider into a
  // text field, and its arrows would fight the session's).
  return ImGui::Begin(title, open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoNavInputs);
}

void apply_list_scroll(const ListScroll& scroll) {
  const float line = ImGui::GetTextLineHeightWithSpacing();
  float y = ImGui::GetScrollY() + static_cast<float>(scroll.lines) * line * 2 +
            static_cast<float>(scroll.pages) * ImGui::GetWindowHeight() * 0.8f;
  if (scroll.to < 0) y = 0;
  if (scroll.to > 0) y = ImGui::GetScrollMaxY();
  if (y != ImGui::GetScrollY()) ImGui::SetScrollY(std::clamp(y, 0.0f, ImGui::GetScrollMaxY()));
}

InterfaceText::InterfaceText() : fr_(load_embedded_locale("fr.json")), en_(load_embedded_locale("en.json")) {
  en_.set_fallback(fr_);
  fr_.set_fallback(en_);
}

const Locale& InterfaceText::in(const std::string& language) const {
  const bool french = language == "fr" || language.starts_with("fr-") || language.starts_with("fr_");
  return french ? fr_ : en_;
}

namespace {

// A key as the help names it: "Page suivante", "Ctrl+F", "?".
std::string key_label(const Locale& text, const std::string& key) {
  if (key.starts_with("stacked:")) return text.format("help.keys.stacked", {{"key", key_label(text, key.substr(8))}});
  if (key.starts_with("key.")) return text.text(key);
  if (key.starts_with("ctrl:")) return "Ctrl+" + key.substr(5);
  return key.substr(key.find(':') + 1);
}

// The ring around the control the keyboard is on, in the text's colour so it shows in every theme.
void ring_last_item(float px) {
  const ImVec2 pad{px * 0.25f, px * 0.15f};
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRect({min.x - pad.x, min.y - pad.y}, {max.x + pad.x, max.y + pad.y},
                                      ImGui::GetColorU32(ImGuiCol_Text), px * 0.3f, 0, std::max(2.0f, px * 0.12f));
}

}  // namespace

bool draw_help(const Locale& text, const ListScroll& scroll, float px, bool desktop_app) {
  static constexpr std::array gestures{"help.keys.click_sides", "help.keys.click_centre", "help.keys.wheel",
                                       "help.keys.drag",        "help.keys.swipe",        "help.keys.pinch",
                                       "help.keys.timeline"};
  bool open = true;
  const std::string title = text.text("help.title") + "###help";
  if (begin_overlay(title.c_str(), &open, px, 34)) {
    ImGui::TextDisabled("%s", text.text("help.keys.title").c_str());
    for (const HelpRow& row : help_rows(desktop_app)) {
      std::string keys;
      for (const std::string& key : row.keys) {
        if (!keys.empty()) keys += ", ";
        keys += key_label(text, key);
      }
      // "Flèche droite, Page suivante : case suivante" (the colon as each language writes it).
      const std::string line = text.format("help.keys.row", {{"keys", keys}, {"action", text.text(row.description_key)}});
      ImGui::TextWrapped("%s", line.c_str());
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", text.text("help.gestures.title").c_str());
    for (const char* key : gestures) ImGui::TextWrapped("%s", text.text(key).c_str());
    apply_list_scroll(scroll);
  }
  ImGui::End();
  return open;
}

int draw_story_picker(const Locale& text, const std::vector<StoryEntry>& stories, const std::string& language,
                      const std::string& current_file, std::size_t highlight, bool& open, float px) {
  int picked = -1;
  const std::string title = text.text("story.pick") + "###picker";
  if (begin_overlay(title.c_str(), &open, px, 26)) {
    for (std::size_t i = 0; i < stories.size(); ++i) {
      const std::string& name = stories[i].title.get(language, "fr");
      const bool current = current_file.ends_with(stories[i].file);
      if (ImGui::Selectable((name + "##" + stories[i].file).c_str(), current)) picked = static_cast<int>(i);
      if (i == highlight) ring_last_item(px);
    }
  }
  ImGui::End();
  return picked;
}

bool draw_settings(const InterfaceText& texts, Settings& s, const std::vector<std::string>& languages,
                   SettingsControl focus, SettingsControl& clicked, bool& open, float px) {
  const Locale& text = texts.in(s.language);
  bool changed = false;
  const std::string title = text.text("settings.title") + "###settings";
  if (begin_overlay(title.c_str(), &open, px, 24)) {
    // Each control is a group: its label and its widgets, ringed when the keyboard is on it.
    // A check box is its own label; the other controls get theirs above them.
    const auto control = [&](SettingsControl which, auto&& widgets) {
      ImGui::BeginGroup();
      if (which != SettingsControl::reduced_motion && which != SettingsControl::dyslexia_font)
        ImGui::TextDisabled("%s", text.text(label_key(which)).c_str());
      if (widgets()) {
        changed = true;
        clicked = which;
      }
      ImGui::EndGroup();
      if (ImGui::IsItemClicked()) clicked = which;
      if (which == focus) ring_last_item(px);
      ImGui::Spacing();
    };
    control(SettingsControl::language, [&] {
      bool any = false;
      for (const std::string& language : languages) {
        // Each language is named in itself ("Français", "English").
        const std::string& name = texts.in(language).text("language.name");
        const std::string label = (language == "fr" || language == "en" ? name : language) + "##" + language;
        if (ImGui::RadioButton(label.c_str(), s.language == language)) {
          s.language = language;
          any = true;
        }
        ImGui::SameLine();
      }
      ImGui::NewLine();
      return any;
    });
    control(SettingsControl::theme, [&] {
      static constexpr std::array themes{ThemeName::light, ThemeName::dark, ThemeName::contrast};
      bool any = false;
      for (std::size_t i = 0; i < themes.size(); ++i) {
        const std::string label = text.text(std::string("theme.") + to_string(themes[i]));
        if (ImGui::RadioButton(label.c_str(), s.theme == themes[i])) {
          s.theme = themes[i];
          any = true;
        }
        if (i + 1 < themes.size()) ImGui::SameLine();
      }
      return any;
    });
    const auto slider = [&](const char* id, float& value, const NumberRange& range) {
      ImGui::SetNextItemWidth(-1);
      if (!ImGui::SliderFloat(id, &value, range.min, range.max, "%.1f")) return false;
      value = range.clamp(std::round(value / range.step) * range.step);  // on the steps the keys use
      return true;
    };
    control(SettingsControl::text_size, [&] { return slider("##text_size", s.text_size, text_size_range); });
    control(SettingsControl::line_spacing, [&] { return slider("##line_spacing", s.line_spacing, line_spacing_range); });
    control(SettingsControl::reduced_motion, [&] { return ImGui::Checkbox(text.text("settings.motion").c_str(), &s.reduced_motion); });
    control(SettingsControl::dyslexia_font,
            [&] { return ImGui::Checkbox(text.text("settings.dyslexia_font").c_str(), &s.dyslexia_font); });
    control(SettingsControl::timeline, [&] {
      static constexpr std::array places{TimelinePlace::top, TimelinePlace::bottom, TimelinePlace::hidden};
      bool any = false;
      for (std::size_t i = 0; i < places.size(); ++i) {
        const std::string label = text.text(std::string("settings.timeline.") + to_string(places[i]));
        if (ImGui::RadioButton(label.c_str(), s.timeline == places[i])) {
          s.timeline = places[i];
          any = true;
        }
        if (i + 1 < places.size()) ImGui::SameLine();
      }
      return any;
    });
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.text("settings.keys").c_str());
    ImGui::PopStyleColor();
  }
  ImGui::End();
  return changed;
}

bool draw_problems(const Locale& text, const std::vector<std::string>& lines, const ListScroll& scroll, float px) {
  bool open = true;
  const std::string title = text.format("problems.title", {{"count", std::to_string(lines.size())}}) + "###problems";
  if (begin_overlay(title.c_str(), &open, px, 40)) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.text(lines.empty() ? "problems.none" : "problems.intro").c_str());
    ImGui::PopStyleColor();
    for (const std::string& line : lines) {
      ImGui::Spacing();
      ImGui::TextWrapped("%s", line.c_str());
    }
    apply_list_scroll(scroll);  // the keyboard moves the list: a line, a page, its start or its end
  }
  ImGui::End();
  return open;
}

int draw_search(const Locale& text, SearchBox& box, const std::vector<SearchHit>& hits, std::size_t selected, bool& open,
                float px) {
  int picked = -1;
  const std::string title = text.text("search.title") + "###search";
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos({io.DisplaySize.x / 2, px * 2}, ImGuiCond_Always, {0.5f, 0});
  const float width = std::min(io.DisplaySize.x * 0.94f, px * 30);
  ImGui::SetNextWindowSizeConstraints({width, 0}, {width, io.DisplaySize.y * 0.8f});
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    // The field keeps the keyboard while the search is open (a click on a result would take it).
    if (box.focus || !ImGui::IsAnyItemActive()) {
      ImGui::SetKeyboardFocusHere();
      box.focus = false;
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##query", text.text("search.placeholder").c_str(), box.query, sizeof box.query);
    if (box.query[0] != '\0') {
      if (hits.empty()) {
        ImGui::TextDisabled("%s", text.format("search.no_results", {{"query", box.query}}).c_str());
      } else {
        ImGui::TextDisabled("%s", text.format("search.results", {{"count", std::to_string(hits.size())}}).c_str());
        for (std::size_t i = 0; i < hits.size(); ++i) {
          const SearchHit& hit = hits[i];
          char label[32];
          std::snprintf(label, sizeof label, "%d", hit.panel + 1);
          ImGui::PushID(static_cast<int>(i));
          ImGui::BeginGroup();
          if (ImGui::Selectable(label, i == selected, ImGuiSelectableFlags_SpanAllColumns)) picked = static_cast<int>(i);
          ImGui::SameLine(px * 2.5f);
          // The snippet, its match marked as a text selection would be.
          const float wrap = std::max(px * 4, ImGui::GetContentRegionAvail().x);
          ImFont* font = ImGui::GetFont();
          const float font_px = ImGui::GetFontSize();
          const Vec2 size = measure_text_block(font, font_px, wrap, hit.snippet, 1.0f);
          const ImVec2 at = ImGui::GetCursorScreenPos();
          draw_text_block(*ImGui::GetWindowDrawList(), font, font_px, at, wrap, ImGui::GetColorU32(ImGuiCol_Text),
                          hit.snippet, 1.0f, Align::left,
                          {hit.highlight_begin, hit.highlight_end, ImGui::GetColorU32(ImGuiCol_TextSelectedBg)});
          ImGui::Dummy({wrap, size.y});
          ImGui::EndGroup();
          if (i == selected) {
            ring_last_item(px);
            if (box.scroll_to_selected) ImGui::SetScrollHereY();
          }
          ImGui::PopID();
        }
      }
    }
    box.scroll_to_selected = false;
  }
  ImGui::End();
  return picked;
}

}  // namespace frise::view
