// The command line of the `frise` program, parsed into plain values (no side effects).
#pragma once
#include <string>
#include <vector>

#include "core/settings.hpp"

namespace frise {

struct CommandLine {
  enum class Mode { read, validate, layout, import_timeline, help, version, new_story, publish };
  Mode mode = Mode::read;
  std::string story = "panels/road45.json";  // story to read
  std::string panel;                         // --panel: id to open at
  std::string screenshot;                    // --screenshot OUT.png
  std::string export_dir;                    // --export DIR: every panel to DIR/NNN-ID.png, then quit
  std::string export_strip;                  // --export-strip OUT.png: the whole frise as one image
  int width = 1280, height = 800;            // --size WxH
  bool size_given = false;
  bool print_events = false;                 // --print-events: JSON lines on stdout
  // --lang CODE, --theme light|dark|contrast, --timeline top|bottom|hidden, --motion reduce|full,
  // --font dyslexia|comic: over the saved settings, only where given.
  SettingsOverrides settings;
  bool autoplay = false;                     // --autoplay
  std::vector<std::string> files;            // validate FILE..., layout FILE, import FILE, new DIR, publish STORY
  std::string out;                           // publish --out DIR
  std::string web_build;                     // publish --web DIR: the web edition to take the pages from
  bool force = false;                        // publish --force: write into a folder that is not empty
  std::vector<std::string> embed_origins;    // publish --embed-origin ORIGIN: pages that may frame the comic
  std::string output;                        // import -o STORY.json
  bool json = false;                         // validate --json: diagnostics as JSON
  bool strict = false;                       // validate --strict: warnings fail too
  std::string error;                         // non-empty when the command line is wrong
};

CommandLine parse_command_line(int argc, const char* const* argv);
const char* usage_text();

}  // namespace frise
