// Reading a story from its JSON text (the Frise format, or a TimelineJS3 file, detected by its
// shape), and writing it back. Never throws: every problem becomes a Diagnostic that names the
// file, line, column and JSON path, and says what was expected and what was found.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/image.hpp"
#include "core/story.hpp"

namespace frise {

// Explicit limits on what a story file may hold; past them the load stops with a clear error.
struct StoryLimits {
  std::size_t max_file_bytes = 64u << 20;    // 64 MiB
  std::size_t max_depth = 64;                // nesting of JSON values
  std::size_t max_panels = 200000;
  std::size_t max_string_bytes = 64u << 10;  // one text field
  int max_image_side = 8192;                 // declared image width or height, in pixels
  std::uint64_t max_image_pixels = std::uint64_t{4096} * 4096;  // declared width x height (image.hpp decodes no more)
  std::size_t max_diagnostics = 1000;        // shown; past it one more says how many were not
};

// What an image file holds, as StoryLoadOptions::check_image found it.
struct ImageFileReport {
  bool found = false;         // false: no such file (nothing else is said)
  std::string unreadable;     // found but cannot be read: why ("permission denied")
  ImageInspection inspection;  // what the file holds (image.hpp)
};

struct StoryLoadOptions {
  StoryLimits limits;
  // When set, image paths (already resolved against the story file) are checked with it, and a
  // missing file is a warning. The browser cannot check cheaply, so it leaves this empty. Never
  // called for a path the asset-path policy refuses.
  std::function<bool(const std::string& path)> file_exists;
  // When set (frise validate), used instead of file_exists: each image file is read and
  // inspected by the caller (core reads no files), and what it holds is checked against the
  // story: a file that is missing, is not a PNG or JPEG, cannot be decoded or does not have the
  // declared width and height is a warning. Called from the reading threads too, once per
  // path named (image and image_2x), never for a path the asset-path policy refuses.
  std::function<ImageFileReport(const std::string& path)> check_image;
  // Where the story's media must stay (paths.hpp): the root folder is this many folders above
  // the story's own. -1: found from the file name (asset_root_depth: 1 in a folder named
  // "panels", else 0). Natively, give asset_root_depth(the story's absolute path).
  int asset_root_depth = -1;
  // Threads that may share the reading of a long story's panels (with file_exists called from
  // them too). The diagnostics are the same whatever the count.
  unsigned threads = 1;
  // When set, what a TimelineJS file holds that its Frise form cannot carry is listed here (one
  // line each, at its place in the file), besides the diagnostics: what `frise import` reports.
  std::vector<Diagnostic>* losses = nullptr;
};

struct StoryLoadResult {
  Story story;
  std::vector<Diagnostic> diagnostics;
  bool from_timelinejs = false;  // the file was a TimelineJS3 timeline
  bool ok() const { return !has_errors(diagnostics); }
};

// `file_name` names the file in diagnostics and is the base for image paths. A UTF-8 byte-order
// mark is accepted.
StoryLoadResult parse_story(const std::string& json_text, const std::string& file_name,
                            const StoryLoadOptions& options = {});

// The story as Frise JSON (2-space indented), which parse_story reads back to an equal story.
std::string write_story(const Story& story);


}  // namespace frise
