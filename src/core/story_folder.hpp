// The stories in a folder, for `frise DIR` (and a folder dropped on the window): the picker
// lists them. A folder is not a site: its .json files are read and kept when they load as
// stories (a schema, a list or a broken story is left out, with why), after those its
// index.json lists, in that order.
#pragma once
#include <string>
#include <vector>

#include "core/story_index.hpp"

namespace frise {

struct FolderStories {
  std::vector<StoryEntry> stories;   // files by their full path, titles in every language given
  std::vector<std::string> skipped;  // "notes.json: not a story: …", for the terminal
  std::string error;                 // the folder cannot be listed at all ("" when it can)
};

// `folder`: an absolute path is best (the entries' files are under it as given).
// `threads`: for reading long stories.
FolderStories list_folder_stories(const std::string& folder, unsigned threads = 1);

}  // namespace frise
