// Reading a story from its JSON text. Never throws: every problem becomes a Diagnostic that
// names the file, the position and the JSON path, and says what was expected.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/story.hpp"

namespace frise {

// Explicit limits on what a story file may hold; past them the load stops with a clear error.
struct StoryLimits {
  std::size_t max_file_bytes = 64u << 20;   // 64 MiB
  std::size_t max_panels = 200000;
  std::size_t max_string_bytes = 64u << 10; // one text field
  int max_image_side = 8192;                // declared art width or height, in pixels
};

struct StoryLoadResult {
  Story story;
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return !has_errors(diagnostics); }
};

// `file_name` is only used in diagnostics. A UTF-8 byte-order mark is accepted.
StoryLoadResult parse_story(const std::string& json_text, const std::string& file_name,
                            const StoryLimits& limits = {});

}  // namespace frise
