#include "core/command_line.hpp"

#include <algorithm>
#include <charconv>
#include <initializer_list>

#include "core/site_publish.hpp"

namespace frise {

const char* usage_text() {
  return "usage: frise [STORY.json | FOLDER] [options]\n"
         "       frise STORY.json --export DIR [--size WxH] [--lang CODE]\n"
         "       frise STORY.json --export-strip OUT.png [--size WxH] [--lang CODE]\n"
         "       frise validate [--json] [--strict] FILE...\n"
         "       frise layout STORY.json [--size WxH] [--lang CODE]\n"
         "       frise import TIMELINE.json -o STORY.json\n"
         "       frise new FOLDER\n"
         "       frise publish STORY.json --out FOLDER [--embed-origin https://blog.example] [--web WEB_BUILD] [--force]\n"
         "       frise --version\n"
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
         "  --export DIR         write every panel to DIR/NNN-ID.png as the window shows it, then quit\n"
         "  --export-strip OUT.png  write the whole frise as one long image: the panels side by side\n"
         "                       under their chapters, each with its date (--size: one panel's size)\n"
         "  --print-events       print what is shown as JSON lines on stdout\n"
         "  --version            the program's version\n"
         "  --help               this text\n"
         "\n"
         "A FOLDER opens the story picker on the stories in it (its *.json files that are stories,\n"
         "and those its index.json lists). F12 saves a screenshot beside the story.\n"
         "\n"
         "validate prints every problem of each story, file:line:column first (--json: as JSON), and\n"
         "exits 1 on any error (--strict: on any warning too).\n"
         "\n"
         "layout prints every panel laid out for a window of that size (default 1280x800), one JSON\n"
         "line per panel: frame, art, caption, balloons and tails, faces and props, text size.\n"
         "\n"
         "import writes a TimelineJS3 timeline as a Frise story, and lists on stderr what it could\n"
         "not carry; it exits 1 when the timeline has errors.\n"
         "\n"
         "new writes a starter story into FOLDER (story.json, its placeholder art, the schema) that\n"
         "frise validate --strict passes: edit it from there.\n"
         "\n"
         "publish writes a folder ready for any static host: the web edition's pages and engine, this\n"
         "story and only the images it uses, embed.html with the iframe code, and the headers to send\n"
         "(_headers, frise.nginx.conf). --embed-origin (repeatable) names the sites whose pages may\n"
         "frame the comic. The web edition is taken from --web, else found beside the program.\n"
         "\n"
         "keys: Left/Right, PageUp/PageDown, Space, Home/End move between panels; L changes language;\n"
         "? lists every key\n";
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

// The subcommands that read exactly one file or folder.
bool takes_one_file(CommandLine::Mode mode) {
  return mode == CommandLine::Mode::layout || mode == CommandLine::Mode::new_story || mode == CommandLine::Mode::publish;
}

const char* mode_name(CommandLine::Mode mode) {
  switch (mode) {
    case CommandLine::Mode::layout: return "layout";
    case CommandLine::Mode::new_story: return "new";
    case CommandLine::Mode::publish: return "publish";
    default: return "frise";
  }
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
    // The value of an option that takes one of `allowed`; a value outside them is an error that
    // lists them ("--theme expects light, dark or contrast; found …").
    const auto one_of = [&](const char* name, std::initializer_list<const char*> allowed) -> std::string {
      const std::string chosen = value(name);
      if (!out.error.empty() || std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return chosen == a; }))
        return chosen;
      std::string list;
      for (std::size_t k = 0; k < allowed.size(); ++k) {
        if (k > 0) list += k + 1 == allowed.size() ? " or " : ", ";
        list += allowed.begin()[k];
      }
      out.error = std::string(name) + " expects " + list + "; found \"" + chosen + "\"";
      return chosen;
    };
    const bool reading = out.mode == CommandLine::Mode::read;
    const bool publishing = out.mode == CommandLine::Mode::publish;
    if (arg == "--help" || arg == "-h") {
      out.mode = CommandLine::Mode::help;
    } else if (arg == "--version" || (i == 1 && arg == "version")) {
      out.mode = CommandLine::Mode::version;
    } else if (arg == "--export" && reading) {
      out.export_dir = value("--export");
    } else if (arg == "--export-strip" && reading) {
      out.export_strip = value("--export-strip");
    } else if (arg == "--out" && publishing) {
      out.out = value("--out");
    } else if (arg == "--web" && publishing) {
      out.web_build = value("--web");
    } else if (arg == "--force" && publishing) {
      out.force = true;
    } else if (arg == "--embed-origin" && publishing) {
      const std::string origin = value("--embed-origin");
      if (out.error.empty() && !is_embed_origin(origin))
        out.error = "--embed-origin expects a site's origin such as https://blog.example (no path); found \"" + origin + "\"";
      out.embed_origins.push_back(origin);
    } else if (arg == "--lang") {
      const std::string language = value("--lang");
      if (out.error.empty() && !is_language_tag(language))
        out.error = "--lang expects a language tag such as fr or en; found \"" + language + "\"";
      out.settings.language = language;
    } else if (arg == "--panel") {
      out.panel = value("--panel");
    } else if (arg == "--screenshot") {
      out.screenshot = value("--screenshot");
    } else if (arg == "--json" && out.mode == CommandLine::Mode::validate) {
      out.json = true;
    } else if (arg == "--strict" && out.mode == CommandLine::Mode::validate) {
      out.strict = true;
    } else if (arg == "--theme") {
      out.settings.theme = parse_theme(one_of("--theme", {"light", "dark", "contrast"}));
    } else if (arg == "--autoplay") {
      out.autoplay = true;
    } else if (arg == "--timeline") {
      out.settings.timeline = parse_timeline_place(one_of("--timeline", {"top", "bottom", "hidden"}));
    } else if (arg == "--font") {
      out.settings.dyslexia_font = one_of("--font", {"dyslexia", "comic"}) == "dyslexia";
    } else if (arg == "--motion") {
      out.settings.reduced_motion = one_of("--motion", {"reduce", "full"}) == "reduce";
    } else if (arg == "--print-events") {
      out.print_events = true;
    } else if (arg == "--size") {
      const std::string size = value("--size");
      if (out.error.empty() && !parse_size(size, out.width, out.height))
        out.error = "--size expects WIDTHxHEIGHT between 64 and 16384, like 1280x800; found \"" + size + "\"";
      out.size_given = true;
    } else if (i == 1 && arg == "validate") {
      out.mode = CommandLine::Mode::validate;
    } else if (i == 1 && arg == "layout") {
      out.mode = CommandLine::Mode::layout;
    } else if (i == 1 && arg == "import") {
      out.mode = CommandLine::Mode::import_timeline;
    } else if ((arg == "-o" || arg == "--output") && out.mode == CommandLine::Mode::import_timeline) {
      out.output = value(arg.c_str());
    } else if (i == 1 && arg == "new") {
      out.mode = CommandLine::Mode::new_story;
    } else if (i == 1 && arg == "publish") {
      out.mode = CommandLine::Mode::publish;
    } else if (!arg.empty() && arg[0] == '-') {
      out.error = "unknown option " + arg;
    } else if (out.mode == CommandLine::Mode::validate || (takes_one_file(out.mode) && out.files.empty())) {
      out.files.push_back(arg);
    } else if (out.mode == CommandLine::Mode::import_timeline) {
      if (!out.files.empty()) out.error = "import reads one timeline; found \"" + out.files.front() + "\" and \"" + arg + "\"";
      out.files.push_back(arg);
    } else if (takes_one_file(out.mode)) {
      out.error = std::string(mode_name(out.mode)) + " takes one " + (out.mode == CommandLine::Mode::new_story ? "folder" : "story") +
                  "; found \"" + out.files.front() + "\" and \"" + arg + "\"";
    } else if (!story_given) {
      out.story = arg;
      story_given = true;
    } else {
      out.error = "only one story can be read at a time; found \"" + out.story + "\" and \"" + arg + "\"";
    }
    if (!out.error.empty()) return out;
  }
  if (out.mode == CommandLine::Mode::validate && out.files.empty()) out.error = "validate needs at least one file";
  if (out.mode == CommandLine::Mode::layout && out.files.empty()) out.error = "layout needs a story file";
  if (out.mode == CommandLine::Mode::import_timeline && out.files.empty()) out.error = "import needs a TimelineJS file";
  else if (out.mode == CommandLine::Mode::import_timeline && out.output.empty())
    out.error = "import needs -o STORY.json: where to write the story";
  if (out.mode == CommandLine::Mode::new_story && out.files.empty())
    out.error = "new needs the folder to write the story in, like: frise new my-story";
  if (out.mode == CommandLine::Mode::publish && out.files.empty()) out.error = "publish needs a story file";
  else if (out.mode == CommandLine::Mode::publish && out.out.empty())
    out.error = "publish needs --out FOLDER: where to write the site";
  // One way out of the reader at a time: each writes its own images and quits.
  const int outputs = !out.screenshot.empty() + !out.export_dir.empty() + !out.export_strip.empty();
  if (out.error.empty() && outputs > 1) out.error = "--screenshot, --export and --export-strip cannot be combined: pick one";
  return out;
}

}  // namespace frise
