// `frise layout STORY --size WxH --lang L`: every panel laid out headless (no window, no GL) by
// the very code the reader draws with, printed as one JSON line per panel in window pixels, for
// tests, for authors checking their lettering, and for the editor. Rectangles are [x, y, w, h].
#pragma once
#include <functional>
#include <string>

#include "core/story.hpp"

namespace frise::view {

struct LayoutReportOptions {
  float window_w = 1280, window_h = 800;
  std::string language;  // empty: the story's default
  std::string story_path;  // to resolve the art's files
  std::function<bool(const std::string&)> file_exists;  // null: every file counts as there
};

// Calls `line` with each panel's JSON line, in reading order. Needs no ImGui context: it makes
// (and destroys) its own, with the reader's fonts.
void report_layout(const Story& story, const LayoutReportOptions& options, const std::function<void(const std::string&)>& line);

}  // namespace frise::view
