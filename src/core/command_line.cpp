#include "core/command_line.hpp"

#include <charconv>

namespace frise {

const char* usage_text() {
  return "usage: frise [STORY.json] [options]\n"
         "       frise validate [--json] FILE...\n"
         "\n"
         "options:\n"
         "  --lang CODE          language to read in (default: the story's)\n"
         "  --panel ID           open at this panel\n"
         "  --theme NAME         light, dark or contrast\n"
         "  --autoplay           move on by itself (P toggles)\n"
         "  --timeline WHERE     time axis at the top, bottom, or hidden\n"
         "  --motion reduce      cut between panels instead of easing\n"
         "  --font dyslexia      the story's words in OpenDyslexic\n"
         "  --size WxH           window size in pixels (exactly this size)\n"
         "  --screenshot OUT.png write the first fully drawn frame to OUT.png, then quit\n"
         "  --print-events       print what is shown as JSON lines on stdout\n"
         "  --help               this text\n"
         "\n"
         "keys: Left/Right, PageUp/PageDown, Space, Home/End move between panels; L changes language\n";
}

namespace {

bool parse_size(const std::string& text, int& width, int& height) {
  const auto x = text.find('x');
  if (x == std::string::npos) return false;
  const char* begin = text.data();
  const char* end = begin + text.size();
  auto [after_w, error_w] = std::from_chars(begin, begin + x, width);
  auto [after_h, error_h] = std::from_chars(begin + x + 1, end, height);
  return error_w == std::errc() && error_h == std::errc() && after_w == begin + x && after_h == end &&
         width >= 64 && height >= 64 && width <= 16384 && height <= 16384;
}

}  // namespace

CommandLine parse_command_line(int argc, const char* const* argv) {
  CommandLine out;
  bool story_given = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&](const char* name) -> std::string {
      if (i + 1 >= argc) {
        out.error = std::string(name) + " needs a value";
        return {};
      }
      return argv[++i];
    };
    if (arg == "--help" || arg == "-h") {
      out.mode = CommandLine::Mode::help;
    } else if (arg == "--lang") {
      out.language = value("--lang");
    } else if (arg == "--panel") {
      out.panel = value("--panel");
    } else if (arg == "--screenshot") {
      out.screenshot = value("--screenshot");
    } else if (arg == "--json" && out.mode == CommandLine::Mode::validate) {
      out.json = true;
    } else if (arg == "--theme") {
      out.theme = value("--theme");
      if (out.error.empty() && out.theme != "light" && out.theme != "dark" && out.theme != "contrast")
        out.error = "--theme expects light, dark or contrast; found \"" + out.theme + "\"";
    } else if (arg == "--autoplay") {
      out.autoplay = true;
    } else if (arg == "--timeline") {
      out.timeline = value("--timeline");
      if (out.error.empty() && out.timeline != "top" && out.timeline != "bottom" && out.timeline != "hidden")
        out.error = "--timeline expects top, bottom or hidden; found \"" + out.timeline + "\"";
    } else if (arg == "--font") {
      const std::string font = value("--font");
      if (out.error.empty() && font != "dyslexia" && font != "comic")
        out.error = "--font expects dyslexia or comic; found \"" + font + "\"";
      out.dyslexia_font = font == "dyslexia";
    } else if (arg == "--motion") {
      const std::string motion = value("--motion");
      if (out.error.empty() && motion != "reduce" && motion != "full")
        out.error = "--motion expects reduce or full; found \"" + motion + "\"";
      out.reduce_motion = motion == "reduce";
    } else if (arg == "--print-events") {
      out.print_events = true;
    } else if (arg == "--size") {
      const std::string size = value("--size");
      if (out.error.empty() && !parse_size(size, out.width, out.height))
        out.error = "--size expects WIDTHxHEIGHT between 64 and 16384, like 1280x800; found \"" + size + "\"";
      out.size_given = true;
    } else if (i == 1 && arg == "validate") {
      out.mode = CommandLine::Mode::validate;
    } else if (!arg.empty() && arg[0] == '-') {
      out.error = "unknown option " + arg;
    } else if (out.mode == CommandLine::Mode::validate) {
      out.files.push_back(arg);
    } else if (!story_given) {
      out.story = arg;
      story_given = true;
    } else {
      out.error = "only one story can be read at a time; found \"" + out.story + "\" and \"" + arg + "\"";
    }
    if (!out.error.empty()) return out;
  }
  if (out.mode == CommandLine::Mode::validate && out.files.empty()) out.error = "validate needs at least one file";
  return out;
}

}  // namespace frise
