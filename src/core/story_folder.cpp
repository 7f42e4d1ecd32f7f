#include "core/story_folder.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/paths.hpp"
#include "core/story_json.hpp"

namespace frise {

namespace {

namespace fs = std::filesystem;

// The file's text, or why it could not be read (a file over the story limit is not read at all).
bool read_text(const fs::path& path, std::size_t limit, std::string& text, std::string& why) {
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (error) {
    why = error.message();
    return false;
  }
  if (size > limit) {
    why = "larger than " + std::to_string(limit) + " bytes";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    why = "cannot be read";
    return false;
  }
  text = bytes.str();
  return true;
}

}  // namespace

FolderStories list_folder_stories(const std::string& folder, unsigned threads) {
  FolderStories out;
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    out.error = folder + ": " + (fs::exists(folder, error) ? "not a folder" : "no such folder");
    return out;
  }
  StoryLoadOptions load;
  load.threads = threads;
  const fs::path root(folder);
  // Listed by the folder's index first, in its order, when it has one that reads.
  std::vector<std::string> listed;
  StoryIndex index;
  if (std::string text, why; fs::is_regular_file(root / "index.json", error)) {
    if (read_text(root / "index.json", StoryIndexLimits{}.max_file_bytes, text, why))
      index = parse_story_index(text, (root / "index.json").generic_string());
    else
      out.skipped.push_back("index.json: " + why);
    // What is wrong with the list is said; its entries that read are listed still.
    for (const Diagnostic& d : index.diagnostics) out.skipped.push_back(format_diagnostic(d));
    for (StoryEntry& entry : index.stories) {
      entry.file = resolve_relative((root / "index.json").generic_string(), entry.file);
      if (fs::is_regular_file(entry.file, error)) {
        listed.push_back(fs::path(entry.file).lexically_normal().generic_string());
        entry.file = listed.back();
        out.stories.push_back(std::move(entry));
      } else {
        out.skipped.push_back("index.json names " + entry.file + ", which is not there");
      }
    }
  }
  std::vector<fs::path> files;
  fs::directory_iterator it(root, error), end;
  if (error) {
    out.error = folder + ": " + error.message();
    return out;
  }
  for (; it != end; it.increment(error)) {
    if (error) break;
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    if (path.extension() != ".json" || name == "index.json" || name.ends_with(".schema.json")) continue;
    if (!it->is_regular_file(error)) continue;
    files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    const std::string file = path.lexically_normal().generic_string();
    if (std::find(listed.begin(), listed.end(), file) != listed.end()) continue;
    const std::string name = path.filename().string();
    std::string text, why;
    if (!read_text(path, load.limits.max_file_bytes, text, why)) {
      out.skipped.push_back(name + ": " + why);
      continue;
    }
    load.asset_root_depth = asset_root_depth(file);
    const StoryLoadResult result = parse_story(text, file, load);
    const auto error_at = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                       [](const Diagnostic& d) { return d.severity == Severity::error; });
    if (error_at != result.diagnostics.end()) {
      out.skipped.push_back(name + ": not a story that loads: " + format_diagnostic(*error_at));
      continue;
    }
    StoryEntry entry;
    entry.file = file;
    entry.title = result.story.title;
    if (entry.title.empty()) entry.title.add(result.story.default_language.empty() ? "fr" : result.story.default_language) = name;
    out.stories.push_back(std::move(entry));
  }
  return out;
}

}  // namespace frise
