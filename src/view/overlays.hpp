// The reader's overlays, drawn with Dear ImGui windows over the panel: the help listing every
// key, the story picker, and the search box with its results. Each returns what the reader
// chose; the reader acts on it.
#pragma once
#include <string>
#include <vector>

#include "core/locale.hpp"
#include "core/search.hpp"
#include "core/settings.hpp"
#include "core/story_index.hpp"

namespace frise::view {

// The interface's texts in French and English, from the locale files compiled into the program.
class InterfaceText {
 public:
  InterfaceText();
  // French for "fr" (and "fr-CA"…), English otherwise (the two locales fall back on each other).
  const Locale& in(const std::string& language) const;

 private:
  Locale fr_, en_;
};

// A centred window sized for the screen (`width_em` wide at most), as overlays want; call
// ImGui::End() after it whatever it returns.
bool begin_overlay(const char* title, bool* open, float px, float width_em);

// Keys that move the open list: lines (Up, Down) and pages (Page Up, Page Down), or to its
// start or end (Home, End).
struct ListScroll {
  int lines = 0;
  int pages = 0;
  int to = 0;  // -1 the start, +1 the end
};

// The keys, generated from the input map's table, then the pointer's gestures. Returns false
// when the reader closed it.
// `desktop_app`: the desktop's help, which lists its own keys (F12) too.
bool draw_help(const Locale& text, const ListScroll& scroll, float px, bool desktop_app);

// Returns the index of the story picked, or -1; `open` turns false when closed. `highlight` is
// the keyboard's choice.
int draw_story_picker(const Locale& text, const std::vector<StoryEntry>& stories, const std::string& language,
                      const std::string& current_file, std::size_t highlight, bool& open, float px);

// The reader's comfort settings, edited in place; returns true when one changed. `focus` is the
// control the keyboard is on (ringed); a control clicked becomes `clicked`.
bool draw_settings(const InterfaceText& texts, Settings& settings, const std::vector<std::string>& languages,
                   SettingsControl focus, SettingsControl& clicked, bool& open, float px);

// Moves the current window's list by what the keys asked (inside an overlay).
void apply_list_scroll(const ListScroll& scroll);

// The story's warnings, one `file:line:column: JSON path: warning: message` each; returns
// false when the reader closed it.
bool draw_problems(const Locale& text, const std::vector<std::string>& lines, const ListScroll& scroll, float px);

// The search field (its text as typed; the session searches).
struct SearchBox {
  bool focus = false;  // give the text field the keyboard on the next frame
  bool scroll_to_selected = false;  // the arrows moved the selection: bring it into view
  char query[256] = {};
};
// Draws the field and `hits` (`selected` ringed); returns the index of the hit clicked, or -1.
int draw_search(const Locale& text, SearchBox& box, const std::vector<SearchHit>& hits, std::size_t selected, bool& open,
                float px);

}  // namespace frise::view
