// The list of bundled stories (panels/index.json), for the story picker: the browser cannot
// list a folder, so the stories a build ships are named in this small file.
#pragma once
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

StoryIndex parse_story_index(const std::string& json_text, const std::string& file_name);

}  // namespace frise
