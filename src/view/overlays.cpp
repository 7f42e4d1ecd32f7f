#include "view/overlays.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/embedded.hpp"
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
  return ImGui::Begin(title, open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_AlwaysAutoResize);
}

void apply_list_scroll(const ProblemsScroll& scroll) {
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

const Locale& InterfaceText::in(const std::string& language) const { return language == "fr" ? fr_ : en_; }

bool draw_help(const Locale& text, float px) {
  static constexpr std::array keys{"help.keys.arrows", "help.keys.page",     "help.keys.space",      "help.keys.home_end",
                                   "help.keys.click_sides", "help.keys.click_centre", "help.keys.wheel", "help.keys.drag",
                                   "help.keys.swipe", "help.keys.pinch",    "help.keys.timeline",   "help.keys.overview",
                                   "help.keys.fullscreen", "help.keys.search", "help.keys.autoplay", "help.keys.language",
                                   "help.keys.theme", "help.keys.text_size", "help.keys.settings", "help.keys.reload",
                                   "help.keys.warnings", "help.keys.glossary", "help.keys.help", "help.keys.escape"};
  bool open = true;
  const std::string title = text.text("help.title") + "###help";
  if (begin_overlay(title.c_str(), &open, px, 34)) {
    for (const char* key : keys) ImGui::TextWrapped("%s", text.text(key).c_str());
  }
  ImGui::End();
  return open;
}

int draw_story_picker(const Locale& text, const std::vector<StoryEntry>& stories, const std::string& language,
                      const std::string& current_file, bool& open, float px) {
  int picked = -1;
  const std::string title = text.text("story.pick") + "###picker";
  if (begin_overlay(title.c_str(), &open, px, 26)) {
    for (std::size_t i = 0; i < stories.size(); ++i) {
      const std::string& name = stories[i].title.get(language, "fr");
      const bool current = current_file.ends_with(stories[i].file);
      if (ImGui::Selectable((name + "##" + stories[i].file).c_str(), current)) picked = static_cast<int>(i);
    }
  }
  ImGui::End();
  return picked;
}

bool draw_settings(const InterfaceText& texts, ReaderSettings& s, bool& open, float px) {
  const Locale& text = texts.in(s.language);
  bool changed = false;
  const std::string title = text.text("settings.title") + "###settings";
  if (begin_overlay(title.c_str(), &open, px, 24)) {
    ImGui::TextDisabled("%s", text.text("settings.language").c_str());
    for (const std::string& language : s.languages) {
      // Each language is named in itself ("Français", "English").
      const std::string& name = texts.in(language).text("language.name");
      const std::string label = (language == "fr" || language == "en" ? name : language) + "##" + language;
      if (ImGui::RadioButton(label.c_str(), s.language == language)) {
        s.language = language;
        changed = true;
      }
      ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::TextDisabled("%s", text.text("theme.title").c_str());
    const char* themes[] = {"theme.light", "theme.dark", "theme.contrast"};
    for (int i = 0; i < 3; ++i) {
      changed |= ImGui::RadioButton(text.text(themes[i]).c_str(), &s.theme, i);
      if (i < 2) ImGui::SameLine();
    }
    ImGui::TextDisabled("%s", text.text("settings.text_size").c_str());
    ImGui::SetNextItemWidth(-1);
    changed |= ImGui::SliderFloat("##text_size", &s.text_scale, 0.8f, 1.6f, "%.1f");
    ImGui::TextDisabled("%s", text.text("settings.line_spacing").c_str());
    ImGui::SetNextItemWidth(-1);
    changed |= ImGui::SliderFloat("##line_spacing", &s.line_spacing, 1.0f, 1.8f, "%.1f");
    changed |= ImGui::Checkbox(text.text("settings.motion").c_str(), &s.reduce_motion);
    changed |= ImGui::Checkbox(text.text("settings.dyslexia_font").c_str(), &s.dyslexia_font);
    ImGui::TextDisabled("%s", text.text("settings.timeline").c_str());
    const char* places[] = {"settings.timeline.top", "settings.timeline.bottom", "settings.timeline.hidden"};
    for (int i = 0; i < 3; ++i) {
      changed |= ImGui::RadioButton(text.text(places[i]).c_str(), &s.timeline, i);
      if (i < 2) ImGui::SameLine();
    }
  }
  ImGui::End();
  return changed;
}

bool draw_problems(const Locale& text, const std::vector<std::string>& lines, const ProblemsScroll& scroll, float px) {
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

int draw_search(const Locale& text, SearchBox& box, float px) {
  int picked = -1;
  const std::string title = text.text("search.title") + "###search";
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos({io.DisplaySize.x / 2, px * 2}, ImGuiCond_Always, {0.5f, 0});
  const float width = std::min(io.DisplaySize.x * 0.94f, px * 30);
  ImGui::SetNextWindowSizeConstraints({width, 0}, {width, io.DisplaySize.y * 0.8f});
  if (ImGui::Begin(title.c_str(), &box.open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    if (box.focus) {
      ImGui::SetKeyboardFocusHere();
      box.focus = false;
    }
    ImGui::SetNextItemWidth(-1);
    const bool changed = ImGui::InputTextWithHint("##query", text.text("search.placeholder").c_str(), box.query,
                                                  sizeof box.query, ImGuiInputTextFlags_EnterReturnsTrue);
    box.hits = search(box.index, box.query, 50);
    if (changed && !box.hits.empty()) picked = box.hits.front().panel;  // Enter jumps to the first result
    if (box.query[0] != '\0') {
      if (box.hits.empty()) {
        ImGui::TextDisabled("%s", text.format("search.no_results", {{"query", box.query}}).c_str());
      } else {
        ImGui::TextDisabled("%s", text.format("search.results", {{"count", std::to_string(box.hits.size())}}).c_str());
        for (std::size_t i = 0; i < box.hits.size(); ++i) {
          const SearchHit& hit = box.hits[i];
          char label[32];
          std::snprintf(label, sizeof label, "%d", hit.panel + 1);
          ImGui::PushID(static_cast<int>(i));
          if (ImGui::Selectable(label, false, ImGuiSelectableFlags_SpanAllColumns)) picked = hit.panel;
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
          ImGui::PopID();
        }
      }
    }
  }
  ImGui::End();
  if (picked >= 0) box.open = false;
  return picked;
}

}  // namespace frise::view
