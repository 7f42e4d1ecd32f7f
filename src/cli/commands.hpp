// The `frise` program's commands, one file each; main.cpp only picks one.
#pragma once
#include "core/command_line.hpp"

namespace frise::cli {

int read(const CommandLine& command);      // the reader: a story, a folder's picker, or an export
int validate(const CommandLine& command);  // frise validate FILE...
int layout(const CommandLine& command);    // frise layout STORY
int new_story(const CommandLine& command); // frise new DIR
int publish(const CommandLine& command);   // frise publish STORY --out DIR
int import_timeline(const CommandLine& command);  // frise import TIMELINE -o STORY

}  // namespace frise::cli
