// `frise layout STORY`: every panel laid out headless with the reader's own code.
#include <cstdio>
#include <filesystem>

#include "cli/commands.hpp"
#include "core/story_json.hpp"
#include "platform/files.hpp"
#include "view/layout_report.hpp"

namespace frise::cli {

// `frise layout STORY`: every panel laid out for the window size, one JSON line each; a story
// that does not load prints its errors, as validate does, and exits 1.
int layout(const CommandLine& command) {
  const std::string& path = command.files.front();
  // Read as validate and the reader read it: a folder, a FIFO or an unreadable file is an error,
  // never waited on.
  frise::platform::FileResult file = frise::platform::read_file(path);
  if (!file.ok()) {
    std::fprintf(stderr, "%s\n", file.error.c_str());
    return 1;
  }
  frise::StoryLoadOptions load;
  load.threads = frise::platform::threads_for_reading();
  const auto result = frise::parse_story(std::string(file.bytes.begin(), file.bytes.end()), path, load);
  if (frise::has_errors(result.diagnostics)) {
    for (const auto& d : result.diagnostics) std::fprintf(stderr, "%s\n", frise::format_diagnostic(d).c_str());
    return 1;
  }
  frise::view::LayoutReportOptions options;
  options.window_w = static_cast<float>(command.width);
  options.window_h = static_cast<float>(command.height);
  options.language = command.settings.language.value_or("");
  options.story_path = path;
  options.file_exists = [](const std::string& image) {
    std::error_code ignored;
    return std::filesystem::is_regular_file(image, ignored);
  };
  frise::view::report_layout(result.story, options, [](const std::string& line) { std::printf("%s\n", line.c_str()); });
  return 0;
}

}  // namespace frise::cli
