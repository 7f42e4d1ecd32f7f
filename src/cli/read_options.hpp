// What `frise STORY` hands the reader and its window from the command line, the same on the
// desktop (read_command.cpp) and in the browser (read_command_web.cpp); each adds its own
// (a folder's stories, exports and screenshots on the desktop).
#pragma once

#include "cli/commands.hpp"
#include "platform/app.hpp"
#include "view/reader_app.hpp"

namespace frise::cli {

// The panel to open on, the settings given, autoplay.
inline void take_reading_options(const CommandLine& command, SessionOptions& reader) {
  reader.start_panel = command.panel;
  reader.overrides = command.settings;
  reader.autoplay = command.autoplay;
}

// The window's size, and whether --size fixed it.
inline platform::RunOptions window_options(const CommandLine& command) {
  platform::RunOptions options;
  options.width = command.width;
  options.height = command.height;
  options.fixed_size = command.size_given;
  return options;
}

}  // namespace frise::cli
