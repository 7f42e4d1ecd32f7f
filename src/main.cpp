// Frise's entry point: read the command line, then run the reader or the validator.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/command_line.hpp"
#include "core/story_json.hpp"
#include "platform/app.hpp"
#include "platform/host.hpp"
#include "platform/paths.hpp"
#include "view/reader_app.hpp"

namespace {

int validate(const frise::CommandLine& command) {
  bool any_error = false;
  for (const std::string& path : command.files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const auto result = in ? frise::parse_story(text.str(), path)
                           : frise::StoryLoadResult{{}, {{frise::Severity::error, path, 0, 0, "", "cannot open file"}}};
    for (const auto& d : result.diagnostics) std::printf("%s\n", frise::format_diagnostic(d).c_str());
    any_error |= !result.ok();
  }
  return any_error ? 1 : 0;
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

  frise::platform::set_host_events_printed(command.print_events);
  frise::view::ReaderApp reader({frise::platform::find_data_file(command.story), command.language, command.panel});
  frise::platform::RunOptions options;
  options.width = command.width;
  options.height = command.height;
  options.fixed_size = command.size_given;
  options.screenshot_path = command.screenshot;
  return frise::platform::run(reader, options);
}
