// Frise's entry point: read the command line, then run the reader, the validator or the layout report.
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>

#include "core/command_line.hpp"
#include "core/image.hpp"
#include "core/paths.hpp"
#include "core/story_json.hpp"
#include "core/timelinejs_import.hpp"
#include "platform/app.hpp"
#include "platform/files.hpp"
#include "platform/host.hpp"
#include "platform/paths.hpp"
#include "view/layout_report.hpp"
#include "view/reader_app.hpp"

namespace {

// `frise validate FILE...`: every problem of every file, compiler style (or JSON with --json);
// the exit code says whether any error (with --strict, any problem) was found.
int validate(const frise::CommandLine& command) {
  namespace fs = std::filesystem;
  frise::StoryLoadOptions options;
  options.threads = frise::platform::threads_for_reading();
  // Each image file is read and inspected as the reader would decode it (an image over the
  // limits is never decoded), once however many panels name it.
  std::mutex inspected_mutex;
  std::map<std::string, frise::ImageFileReport> inspected;
  options.check_image = [&](const std::string& path) {
    {
      std::lock_guard lock(inspected_mutex);
      if (const auto it = inspected.find(path); it != inspected.end()) return it->second;
    }
    frise::ImageFileReport report;
    std::error_code error;
    report.found = fs::exists(path, error);
    if (report.found) {
      frise::platform::FileResult file = frise::platform::read_file(path);
      const std::string prefix = "cannot read " + path + ": ";
      if (!file.ok()) report.unreadable = file.error.starts_with(prefix) ? file.error.substr(prefix.size()) : file.error;
      else report.inspection = frise::inspect_image(file.bytes);
    }
    std::lock_guard lock(inspected_mutex);
    return inspected.emplace(path, std::move(report)).first->second;
  };
  std::vector<frise::Diagnostic> all;
  for (const std::string& path : command.files) {
    const auto fail = [&](std::string message) { all.push_back({frise::Severity::error, path, 0, 0, "", std::move(message)}); };
    std::error_code error;
    if (fs::is_directory(path, error)) {
      fail("is a folder, not a story file");
      continue;
    }
    if (const auto size = fs::file_size(path, error); !error && size > options.limits.max_file_bytes) {
      fail("file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(options.limits.max_file_bytes));
      continue;  // not read
    }
    // Read as the reader reads it: a FIFO, a device or an unreadable file is refused, never waited on.
    frise::platform::FileResult file = frise::platform::read_file(path);
    if (!file.ok()) {
      const std::string prefix = "cannot read " + path + ": ";
      fail("cannot read the file: " + (file.error.starts_with(prefix) ? file.error.substr(prefix.size()) : file.error));
      continue;
    }
    const std::string text(file.bytes.begin(), file.bytes.end());
    file.bytes = {};
    // The root the story's media must stay in, found from where the file really is.
    const fs::path absolute = fs::absolute(path, error);
    options.asset_root_depth = frise::asset_root_depth(error ? path : absolute.lexically_normal().generic_string());
    auto result = frise::parse_story(text, path, options);
    all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
  }
  if (command.json) {
    std::printf("%s\n", frise::diagnostics_to_json(all).c_str());
  } else {
    for (const auto& d : all) std::printf("%s\n", frise::format_diagnostic(d).c_str());
  }
  return frise::has_errors(all) || (command.strict && !all.empty()) ? 1 : 0;
}

// `frise layout STORY`: every panel laid out for the window size, one JSON line each; a story
// that does not load prints its errors, as validate does, and exits 1.
int layout(const frise::CommandLine& command) {
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

// `frise import TIMELINE.json -o STORY.json`: the timeline as a Frise story, what it could not
// carry listed on stderr (compiler style), then the written story checked as validate would.
int import_timeline(const frise::CommandLine& command) {
  namespace fs = std::filesystem;
  const std::string& path = command.files.front();
  frise::platform::FileResult file = frise::platform::read_file(path);
  if (!file.ok()) {
    std::fprintf(stderr, "%s\n", file.error.c_str());
    return 1;
  }
  std::error_code error;
  frise::TimelineImportOptions options;
  options.load.threads = frise::platform::threads_for_reading();
  const fs::path absolute = fs::absolute(path, error);
  options.load.asset_root_depth = frise::asset_root_depth(error ? path : absolute.lexically_normal().generic_string());
  options.load.file_exists = [](const std::string& image) {
    std::error_code ignored;
    return fs::is_regular_file(image, ignored);
  };
  options.output_path = command.output;
  options.image_size = [](const std::string& image) -> std::optional<std::pair<int, int>> {
    frise::platform::FileResult bytes = frise::platform::read_file(image);
    if (!bytes.ok()) return std::nullopt;
    const frise::ImageInspection inspection = frise::inspect_image(bytes.bytes);
    if (!inspection.image || inspection.width <= 0 || inspection.height <= 0) return std::nullopt;
    return std::pair{inspection.width, inspection.height};
  };
  const frise::TimelineImport result =
      frise::import_timelinejs(std::string(file.bytes.begin(), file.bytes.end()), path, options);
  for (const auto& d : result.diagnostics) std::fprintf(stderr, "%s\n", frise::format_diagnostic(d).c_str());
  if (!result.ok()) return 1;
  for (const auto& d : result.losses)
    std::fprintf(stderr, "%s\n", frise::format_diagnostic({d.severity, d.file, d.line, d.column, d.path, "not carried: " + d.message}).c_str());
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

}  // namespace

int main(int argc, char** argv) {
  const frise::CommandLine command = frise::parse_command_line(argc, argv);
  if (!command.error.empty()) {
    std::fprintf(stderr, "frise: %s\n\n%s", command.error.c_str(), frise::usage_text());
    return 2;
  }
  if (command.mode == frise::CommandLine::Mode::help) {
    std::printf("%s", frise::usage_text());
    return 0;
  }
  if (command.mode == frise::CommandLine::Mode::validate) return validate(command);
  if (command.mode == frise::CommandLine::Mode::layout) return layout(command);
  if (command.mode == frise::CommandLine::Mode::import_timeline) return import_timeline(command);

  frise::platform::set_host_events_printed(command.print_events);
  frise::SessionOptions reader_options;
  reader_options.story_path = frise::platform::find_data_file(command.story);
  // A story on disk is read under its full path: the folder it sits in decides where its images
  // may be (`frise road45.json` from inside panels/ reaches ../assets like panels/road45.json).
  {
    std::error_code error;
    if (std::filesystem::is_regular_file(reader_options.story_path, error)) {
      const std::filesystem::path absolute = std::filesystem::absolute(reader_options.story_path, error);
      if (!error) reader_options.story_path = absolute.lexically_normal().generic_string();
    }
  }
  reader_options.start_panel = command.panel;
  reader_options.overrides = command.settings;
  reader_options.autoplay = command.autoplay;
  frise::view::ReaderApp reader(reader_options);
  frise::platform::RunOptions options;
  options.width = command.width;
  options.height = command.height;
  options.fixed_size = command.size_given;
  options.screenshot_path = command.screenshot;
  return frise::platform::run(reader, options);
}
