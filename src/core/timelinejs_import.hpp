// `frise import`: a TimelineJS3 file written out as a Frise story (format version 1) that
// validates clean, with the list of what could not be carried. Plain C++: the caller reads
// and writes the files, and measures the images (core reads no files).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/story_json.hpp"

namespace frise {

struct TimelineImportOptions {
  StoryLoadOptions load;     // limits, threads, asset root (file_exists / check_image for the input)
  std::string output_path;   // where the story will be written: image paths are rebased onto it
  // The width and height of an image file (already resolved against the TimelineJS file), when
  // it can be read: a Frise layer declares them.
  std::function<std::optional<std::pair<int, int>>(const std::string& path)> image_size;
};

struct TimelineImport {
  std::string story_json;             // the Frise story; empty when the input could not be read
  std::vector<Diagnostic> diagnostics;  // the input's problems (errors stop the import)
  std::vector<Diagnostic> losses;       // what the Frise story does not carry, at its place in the input
  bool ok() const { return !story_json.empty(); }
};

TimelineImport import_timelinejs(const std::string& text, const std::string& input_path, const TimelineImportOptions& options);

}  // namespace frise
