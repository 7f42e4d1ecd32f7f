// `frise [STORY | FOLDER]`: the reader in its window; on a folder, the picker over its stories;
// with --export or --export-strip, the same reader writing every panel as images, then quitting.
// What can be checked before a window opens is checked here, with the path in the message.
#include <cstdio>
#include <filesystem>

#include "cli/commands.hpp"
#include "cli/read_options.hpp"
#include "core/panel_export.hpp"
#include "core/paths.hpp"
#include "core/story_folder.hpp"
#include "core/story_json.hpp"
#include "platform/app.hpp"
#include "platform/files.hpp"
#include "platform/host.hpp"
#include "platform/paths.hpp"
#include "view/reader_app.hpp"

namespace frise::cli {

namespace {

namespace fs = std::filesystem;

// A path on disk under its full name: the folder a story sits in decides where its images may be
// (`frise road45.json` from inside panels/ reaches ../assets like panels/road45.json).
std::string full_path(const std::string& path) {
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  return error ? path : absolute.lexically_normal().generic_string();
}

// The story's panel count, read as the reader will read it; 0 with its errors printed when it
// does not load (nothing to export).
std::size_t count_panels(const std::string& path) {
  platform::FileResult file = platform::read_file(path);
  if (!file.ok()) {
    std::fprintf(stderr, "frise: %s\n", file.error.c_str());
    return 0;
  }
  StoryLoadOptions load;
  load.threads = platform::threads_for_reading();
  load.asset_root_depth = asset_root_depth(path);
  const StoryLoadResult result = parse_story(std::string(file.bytes.begin(), file.bytes.end()), path, load);
  if (has_errors(result.diagnostics)) {
    for (const Diagnostic& d : result.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    std::fprintf(stderr, "frise: nothing exported: %s does not load\n", path.c_str());
    return 0;
  }
  return result.story.panels.size();
}

// The folder the panels go to, made if needed; false with the reason printed.
bool prepare_export_folder(Host& host, const std::string& folder) {
  std::error_code error;
  if (fs::exists(folder, error) && !fs::is_directory(folder, error)) {
    std::fprintf(stderr, "frise: cannot export to %s: it is a file, not a folder\n", folder.c_str());
    return false;
  }
  fs::create_directories(folder, error);
  if (error) {
    std::fprintf(stderr, "frise: cannot export to %s: %s\n", folder.c_str(), error.message().c_str());
    return false;
  }
  if (!host.folder_is_writable(folder)) {
    std::fprintf(stderr, "frise: cannot export to %s: the folder cannot be written to\n", folder.c_str());
    return false;
  }
  return true;
}

bool check_strip_target(Host& host, const std::string& path) {
  const fs::path target(path);
  if (target.extension() != ".png") {
    std::fprintf(stderr, "frise: --export-strip writes a PNG: name it OUT.png (found %s)\n", path.c_str());
    return false;
  }
  std::error_code error;
  if (fs::is_directory(target, error)) {
    std::fprintf(stderr, "frise: cannot write the strip to %s: it is a folder\n", path.c_str());
    return false;
  }
  const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(folder, error)) {
    std::fprintf(stderr, "frise: cannot write the strip to %s: no folder %s\n", path.c_str(), folder.string().c_str());
    return false;
  }
  if (!host.folder_is_writable(folder.string())) {
    std::fprintf(stderr, "frise: cannot write the strip to %s: %s cannot be written to\n", path.c_str(),
                 folder.string().c_str());
    return false;
  }
  return true;
}

}  // namespace

int read(const CommandLine& command) {
  // The machine's services, handed to the app; they outlive it (the desktop's last save is
  // written when the host goes).
  const std::unique_ptr<platform::PlatformHost> host = platform::make_host({command.print_events});
  SessionOptions reader_options;
  reader_options.story_path = platform::find_data_file(command.story);
  std::error_code error;
  if (fs::is_directory(reader_options.story_path, error)) {
    // `frise DIR`: the first of its stories behind the picker (or the only one, without it).
    const std::string folder = full_path(reader_options.story_path);
    if (!command.export_dir.empty() || !command.export_strip.empty()) {
      std::fprintf(stderr, "frise: %s is a folder: export one story at a time (frise STORY.json --export DIR)\n",
                   folder.c_str());
      return 1;
    }
    FolderStories found = list_folder_stories(folder, platform::threads_for_reading());
    if (!found.error.empty()) {
      std::fprintf(stderr, "frise: %s\n", found.error.c_str());
      return 1;
    }
    for (const std::string& skipped : found.skipped) std::fprintf(stderr, "frise: left out %s\n", skipped.c_str());
    if (found.stories.empty()) {
      std::fprintf(stderr, "frise: no story in %s: none of its .json files loads as a story\n", folder.c_str());
      return 1;
    }
    reader_options.story_path = found.stories.front().file;
    reader_options.open_picker = found.stories.size() > 1;
    reader_options.stories = std::move(found.stories);
  } else if (fs::is_regular_file(reader_options.story_path, error)) {
    reader_options.story_path = full_path(reader_options.story_path);
  }
  if (reader_options.stories.empty()) reader_options.story_list = platform::story_list_for(reader_options.story_path);
  take_reading_options(command, reader_options);

  platform::RunOptions options = window_options(command);
  options.screenshot_path = command.screenshot;

  view::ExportRequest request;
  if (!command.export_dir.empty() || !command.export_strip.empty()) {
    const std::size_t panels = count_panels(reader_options.story_path);
    if (panels == 0) return 1;
    if (!command.export_dir.empty()) {
      if (!prepare_export_folder(*host, command.export_dir)) return 1;
      request.kind = view::ExportRequest::Kind::panels;
      request.target = command.export_dir;
    } else {
      if (!check_strip_target(*host, command.export_strip)) return 1;
      request.kind = view::ExportRequest::Kind::strip;
      request.target = command.export_strip;
      // --size is each panel's size here; the window is one column of the strip.
      request.strip = plan_strip(panels, command.width, command.height, command.size_given);
      if (!request.strip.error.empty()) {
        std::fprintf(stderr, "frise: cannot write the strip: %s\n", request.strip.error.c_str());
        return 1;
      }
      options.width = request.strip.column_width();
      options.height = request.strip.column_height();
    }
    // The window is exactly the images' size, panels cut in (no easing to wait for), autoplay off,
    // and the reader's saved place and settings left as they were.
    options.fixed_size = true;
    options.title = "Frise — exporting";
    reader_options.overrides.reduced_motion = true;
    reader_options.autoplay = false;
    reader_options.open_picker = false;
    reader_options.remember = false;
  }
  view::ReaderApp reader(*host, reader_options, request);
  if (!options.fixed_size) options.placement = reader.saved_window();
  const int code = platform::run(reader, *host, options);
  return code != 0 ? code : reader.exit_code();
}

}  // namespace frise::cli
