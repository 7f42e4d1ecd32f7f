// The reader's overlays, drawn with Dear ImGui windows over the panel: the help listing every
// key, the story picker, and the search box with its results. Each returns what the reader
// chose; the reader acts on it.
#pragma once
#include <string>
#include <vector>

#include "core/locale.hpp"
#include "core/search.hpp"
#include "core/story_index.hpp"

namespace frise::view {

// The interface's texts in French and English, from the locale files compiled into the program.
class InterfaceText {
 public:
  InterfaceText();
  // French for "fr", English otherwise (the two locales fall back on each other).
  const Locale& in(const std::string& language) const;

 private:
  Locale fr_, en_;
};

// A centred window sized for the screen (`width_em` wide at most), as overlays want; call
// ImGui::End() after it whatever it returns.
bool begin_overlay(const char* title, bool* open, float px, float width_em);

// Returns false when the reader closed it.
bool draw_help(const Locale& text, float px);

// Returns the index of the story picked, or -1; `open` turns false when closed.
int draw_story_picker(const Locale& text, const std::vector<StoryEntry>& stories, const std::string& language,
                      const std::string& current_file, bool& open, float px);

// The reader's comfort settings, edited in place; returns true when one changed.
struct ReaderSettings {
  std::string language;
  std::vector<std::string> languages;  // the story's
  int theme = 0;                       // 0 light, 1 dark, 2 contrast
  float text_scale = 1;
  float line_spacing = 1;
  bool reduce_motion = false;
  int timeline = 1;                    // 0 top, 1 bottom, 2 hidden
  bool dyslexia_font = false;
};
bool draw_settings(const InterfaceText& texts, ReaderSettings& settings, bool& open, float px);

// Keys that move the list of warnings: lines (Up, Down) and pages (Page Up, Page Down), or to
// its start or end (Home, End).
struct ProblemsScroll {
  int lines = 0;
  int pages = 0;
  int to = 0;  // -1 the start, +1 the end
};
// Moves the current window's list by what the keys asked (inside an overlay).
void apply_list_scroll(const ProblemsScroll& scroll);

// The story's warnings, one `file:line:column: JSON path: warning: message` each; returns
// false when the reader closed it.
bool draw_problems(const Locale& text, const std::vector<std::string>& lines, const ProblemsScroll& scroll, float px);

struct SearchBox {
  bool open = false;
  bool focus = false;  // give the text field the keyboard on the next frame
  char query[256] = {};
  std::vector<SearchHit> hits;
  std::string indexed_language;  // the index is rebuilt when the language changes
  SearchIndex index;
};
// Returns the panel to jump to, or -1.
int draw_search(const Locale& text, SearchBox& box, float px);

}  // namespace frise::view
