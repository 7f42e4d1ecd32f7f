#include <cstdio>
#include <filesystem>
#include <optional>
#include <utility>

#include "cli/commands.hpp"
#include "core/image.hpp"
#include "core/paths.hpp"
#include "core/timelinejs_import.hpp"
#include "platform/files.hpp"

namespace frise::cli {

// `frise import TIMELINE.json -o STORY.json`: the timeline as a Frise story, what it could not
// carry listed on stderr (compiler style), then the written story checked as validate would.
int import_timeline(const CommandLine& command) {
  namespace fs = std::filesystem;
  const std::string& path = command.files.front();
  platform::FileResult file = platform::read_file(path);
  if (!file.ok()) {
    std::fprintf(stderr, "%s\n", file.error.c_str());
    return 1;
  }
  std::error_code error;
  TimelineImportOptions options;
  options.load.threads = platform::threads_for_reading();
  const fs::path absolute = fs::absolute(path, error);
  options.load.asset_root_depth = asset_root_depth(error ? path : absolute.lexically_normal().generic_string());
  options.load.file_exists = [](const std::string& image) {
    std::error_code ignored;
    return fs::is_regular_file(image, ignored);
  };
  options.output_path = command.output;
  options.image_size = [](const std::string& image) -> std::optional<std::pair<int, int>> {
    platform::FileResult bytes = platform::read_file(image);
    if (!bytes.ok()) return std::nullopt;
    const ImageInspection inspection = inspect_image(bytes.bytes);
    if (!inspection.image || inspection.width <= 0 || inspection.height <= 0) return std::nullopt;
    return std::pair{inspection.width, inspection.height};
  };
  const TimelineImport result =
      import_timelinejs(std::string(file.bytes.begin(), file.bytes.end()), path, options);
  for (const auto& d : result.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
  if (!result.ok()) return 1;
  for (const auto& d : result.losses)
    std::fprintf(stderr, "%s\n", format_diagnostic({d.severity, d.file, d.line, d.column, d.path, "not carried: " + d.message}).c_str());
  std::FILE* out = std::fopen(command.output.c_str(), "wb");
  if (!out || std::fwrite(result.story_json.data(), 1, result.story_json.size(), out) != result.story_json.size() ||
      std::fclose(out) != 0) {
    std::fprintf(stderr, "frise: cannot write %s\n", command.output.c_str());
    return 1;
  }
  std::fprintf(stderr, "wrote %s (%zu bytes); %zu thing(s) not carried\n", command.output.c_str(), result.story_json.size(),
               result.losses.size());
  return 0;
}

}  // namespace frise::cli
