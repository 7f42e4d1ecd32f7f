// The web edition's entry point: a page has no command line, only the reader. The desktop
// program's other commands (validate, layout, new, publish, import: main.cpp) would only add to
// what every reader downloads.
#include "cli/commands.hpp"
#include "core/command_line.hpp"

int main(int argc, char** argv) { return frise::cli::read(frise::parse_command_line(argc, argv)); }
