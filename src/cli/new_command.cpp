#include "cli/commands.hpp"
namespace frise::cli {
int new_story(const CommandLine&) { return 1; }
}
