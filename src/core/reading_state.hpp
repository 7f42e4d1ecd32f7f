// What the reader leaves behind: the last panel read in each story, so reopening one resumes
// there (unless a link asks for another panel), and their preferences. This module turns that
// into JSON and back; where the JSON is kept (a file on the desktop, localStorage in the
// browser) is the platform layer's business.
//
// Reading never throws and never fails as a whole: the file may be old, hand-edited or cut
// short, and a bad field must cost only that field, never the reader's other settings.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/settings.hpp"
#include "core/story.hpp"

namespace frise {

struct ReadingStateLoad;

struct StoryPosition {
  std::string story_id;  // Story::id
  std::string panel_id;  // Panel::id of the last panel read
  bool operator==(const StoryPosition&) const = default;
};

// The desktop window as its reader left it: where it was (on the desktop, in logical pixels) and
// its size. Sizes outside [min_size, max_size] are not remembered (a corrupt file must not open
// a window of one pixel or of a million).
struct WindowPlace {
  static constexpr int min_size = 200, max_size = 16384;
  int x = 0, y = 0, width = 0, height = 0;
  bool operator==(const WindowPlace&) const = default;
};

struct ReadingState {
  // Past this many stories the one read longest ago is forgotten, so the file stays small.
  static constexpr std::size_t max_stories = 1000;
  // Longer ids are not remembered: nobody writes one, and they would bloat the file.
  static constexpr std::size_t max_id_bytes = 256;

  Settings preferences;  // the reader's settings as last left
  std::vector<StoryPosition> stories;  // least recently read first; one entry per story id
  std::optional<WindowPlace> window;   // the desktop's window, once it was moved or resized

  // Records the panel being read, making the story the most recently read. An empty or
  // over-long id is ignored.
  void remember(std::string_view story_id, std::string_view panel_id);
  // The last panel read in the story, or nullptr when it is not remembered.
  const std::string* last_panel(std::string_view story_id) const;

  // Reads what to_json wrote. Unknown fields are skipped; malformed ones keep their defaults;
  // numbers out of range are clamped; past max_stories the oldest entries are dropped.
  static ReadingStateLoad from_json(std::string_view json_text);

  bool operator==(const ReadingState&) const = default;
};

// Compact JSON: {"format":1,"preferences":{...},"stories":[{"story":"…","panel":"…"},…],
// "window":{"x":…,"y":…,"width":…,"height":…}} (window only once known).
// Never throws, even on invalid UTF-8 in an id (such bytes become U+FFFD).
std::string to_json(const ReadingState& state);

struct ReadingStateLoad {
  ReadingState state;                 // defaults wherever the input said nothing usable
  std::vector<std::string> ignored;   // what was skipped and why, for a log line; never shown to readers
};

// The panel to open the story at: `requested_panel_id` (from a link) when the story has it,
// else the remembered panel when the story still has it, else the first panel (0).
std::size_t starting_panel(const Story& story, const ReadingState& state, std::string_view requested_panel_id);

}  // namespace frise
