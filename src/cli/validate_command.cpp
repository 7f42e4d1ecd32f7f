// `frise validate FILE...`: the stories checked as the reader would read them.
#include <cstdio>
#include <filesystem>
#include <map>
#include <mutex>

#include "cli/commands.hpp"
#include "core/image.hpp"
#include "core/paths.hpp"
#include "core/story_json.hpp"
#include "platform/files.hpp"

namespace frise::cli {

// `frise validate FILE...`: every problem of every file, compiler style (or JSON with --json);
// the exit code says whether any error (with --strict, any problem) was found.
int validate(const CommandLine& command) {
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
      // `frise DIR` opens a folder's stories; validate checks files, named one by one.
      fail("is a folder, not a story file (frise validate " + (fs::path(path) / "*.json").generic_string() +
           " checks the stories in it)");
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

}  // namespace frise::cli
