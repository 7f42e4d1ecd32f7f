// Frise's entry point: read the command line, then run the command it names (src/cli/).
#include <cstdio>

#include "cli/commands.hpp"
#include "core/command_line.hpp"
#include "core/version.hpp"

int main(int argc, char** argv) {
  const frise::CommandLine command = frise::parse_command_line(argc, argv);
  if (!command.error.empty()) {
    std::fprintf(stderr, "frise: %s\n\n%s", command.error.c_str(), frise::usage_text());
    return 2;
  }
  using Mode = frise::CommandLine::Mode;
  switch (command.mode) {
    case Mode::help: std::printf("%s", frise::usage_text()); return 0;
    case Mode::version: std::printf("%s\n", frise::version_text()); return 0;
    case Mode::validate: return frise::cli::validate(command);
    case Mode::layout: return frise::cli::layout(command);
    case Mode::new_story: return frise::cli::new_story(command);
    case Mode::publish: return frise::cli::publish(command);
    case Mode::import_timeline: return frise::cli::import_timeline(command);
    case Mode::read: break;
  }
  return frise::cli::read(command);
}
