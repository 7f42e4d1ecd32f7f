// The list of bundled stories (panels/index.json), for the story picker: the browser cannot
// list a folder, so the stories a build ships are named in this small file. Read as strictly as
// a story (positions, UTF-8, nesting, string lengths), within limits of its own, and its files
// through the asset-path policy (paths.hpp): an entry that breaks a rule is left out, with an
// error that names its line, column and JSON path.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/story.hpp"

namespace frise {

struct StoryEntry {
  std::string file;     // relative to the index file
  LocalizedText title;
};

struct StoryIndex {
  std::vector<StoryEntry> stories;
  std::vector<Diagnostic> diagnostics;
};

// A picker lists a few stories: an index of 1 MiB or of a thousand stories is a mistake or a
// hostile file, refused whole.
struct StoryIndexLimits {
  std::size_t max_file_bytes = 1u << 20;
  std::size_t max_stories = 1000;
  std::size_t max_string_bytes = 4096;  // a file name or a title
  std::size_t max_depth = 16;
  std::size_t max_diagnostics = 100;
};

StoryIndex parse_story_index(const std::string& json_text, const std::string& file_name,
                             const StoryIndexLimits& limits = {});

}  // namespace frise
