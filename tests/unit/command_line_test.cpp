#include <doctest/doctest.h>

#include "core/command_line.hpp"

using namespace frise;

namespace {
CommandLine parse(std::vector<const char*> args) {
  args.insert(args.begin(), "frise");
  return parse_command_line(static_cast<int>(args.size()), args.data());
}
}  // namespace

TEST_CASE("the reader's options are parsed") {
  const CommandLine c = parse({"story.json", "--size", "320x480", "--screenshot", "out.png", "--lang", "en"});
  CHECK(c.error == "");
  CHECK(c.mode == CommandLine::Mode::read);
  CHECK(c.story == "story.json");
  CHECK(c.width == 320);
  CHECK(c.height == 480);
  CHECK(c.size_given);
  CHECK(c.screenshot == "out.png");
  CHECK(c.settings.language == "en");
  CHECK_FALSE(c.settings.dyslexia_font.has_value());  // not given: the saved setting stays
  CHECK(parse({"--font", "dyslexia"}).settings.dyslexia_font == true);
  CHECK(parse({"--font", "comic"}).settings.dyslexia_font == false);
  CHECK(parse({"--theme", "dark"}).settings.theme == ThemeName::dark);
  CHECK(parse({"--timeline", "bottom"}).settings.timeline == TimelinePlace::bottom);
  CHECK(parse({"--motion", "full"}).settings.reduced_motion == false);
  CHECK(parse({"--lang", "../x"}).error == "--lang expects a language tag such as fr or en; found \"../x\"");
}

TEST_CASE("without arguments the reader opens Road 45") {
  CHECK(parse({}).story == "panels/road45.json");
}

TEST_CASE("validate takes files") {
  const CommandLine c = parse({"validate", "a.json", "b.json"});
  CHECK(c.mode == CommandLine::Mode::validate);
  CHECK(c.files == std::vector<std::string>{"a.json", "b.json"});
  CHECK(parse({"validate"}).error == "validate needs at least one file");
  CHECK_FALSE(c.strict);
  const CommandLine strict = parse({"validate", "--strict", "--json", "a.json"});
  CHECK(strict.error == "");
  CHECK(strict.strict);
  CHECK(strict.json);
  CHECK(strict.files == std::vector<std::string>{"a.json"});
  CHECK(parse({"--strict"}).error == "unknown option --strict");  // validate's only
}

TEST_CASE("wrong command lines say what is wrong") {
  CHECK(parse({"--size", "big"}).error == "--size expects WIDTHxHEIGHT between 64 and 16384, like 1280x800; found \"big\"");
  CHECK(parse({"--size", "10x10"}).error.starts_with("--size expects"));
  CHECK(parse({"--bogus"}).error == "unknown option --bogus");
  CHECK(parse({"--lang"}).error == "--lang needs a value");
  CHECK(parse({"--font", "comic-sans"}).error == "--font expects dyslexia or comic; found \"comic-sans\"");
  CHECK(parse({"--theme", "pink"}).error == "--theme expects light, dark or contrast; found \"pink\"");
  CHECK(parse({"--timeline", "left"}).error == "--timeline expects top, bottom or hidden; found \"left\"");
  CHECK(parse({"--motion", "fast"}).error == "--motion expects reduce or full; found \"fast\"");
  CHECK(parse({"--theme"}).error == "--theme needs a value");
  CHECK(parse({"a.json", "b.json"}).error == "only one story can be read at a time; found \"a.json\" and \"b.json\"");
}

TEST_CASE("--version and version print the version, whatever follows") {
  CHECK(parse({"--version"}).mode == CommandLine::Mode::version);
  CHECK(parse({"version"}).mode == CommandLine::Mode::version);
  CHECK(parse({"story.json", "--version"}).mode == CommandLine::Mode::version);
  // Only as the first word: a story may still be called "version" when given as a path.
  CHECK(parse({"./version"}).mode == CommandLine::Mode::read);
}

TEST_CASE("--export and --export-strip take their target, with --size and --lang") {
  const CommandLine c = parse({"s.json", "--export", "out", "--size", "720x480", "--lang", "en"});
  CHECK(c.error == "");
  CHECK(c.mode == CommandLine::Mode::read);
  CHECK(c.story == "s.json");
  CHECK(c.export_dir == "out");
  CHECK(c.width == 720);
  CHECK(c.settings.language == "en");
  const CommandLine strip = parse({"s.json", "--export-strip", "strip.png"});
  CHECK(strip.error == "");
  CHECK(strip.export_strip == "strip.png");
  CHECK_FALSE(strip.size_given);
  CHECK(parse({"s.json", "--export"}).error == "--export needs a value");
  CHECK(parse({"s.json", "--export-strip"}).error == "--export-strip needs a value");
  CHECK(parse({"s.json", "--export", "a", "--export-strip", "b.png"}).error ==
        "--screenshot, --export and --export-strip cannot be combined: pick one");
  CHECK(parse({"s.json", "--export", "a", "--screenshot", "b.png"}).error.starts_with("--screenshot, --export"));
  CHECK(parse({"validate", "--export", "a", "s.json"}).error == "unknown option --export");  // the reader's only
}

TEST_CASE("new takes one folder") {
  const CommandLine c = parse({"new", "my-story"});
  CHECK(c.error == "");
  CHECK(c.mode == CommandLine::Mode::new_story);
  CHECK(c.files == std::vector<std::string>{"my-story"});
  CHECK(parse({"new"}).error == "new needs the folder to write the story in, like: frise new my-story");
  CHECK(parse({"new", "a", "b"}).error == "new takes one folder; found \"a\" and \"b\"");
  // As any other word, "new" names a story file when it is not the first.
  CHECK(parse({"--lang", "en", "new"}).story == "new");
}

TEST_CASE("publish takes one story, --out, and optionally --embed-origin, --web, --force") {
  const CommandLine c = parse({"publish", "s.json", "--out", "site", "--embed-origin", "https://blog.example",
                               "--embed-origin", "http://localhost:8080", "--web", "build/web", "--force"});
  CHECK(c.error == "");
  CHECK(c.mode == CommandLine::Mode::publish);
  CHECK(c.files == std::vector<std::string>{"s.json"});
  CHECK(c.out == "site");
  CHECK(c.web_build == "build/web");
  CHECK(c.force);
  CHECK(c.embed_origins == std::vector<std::string>{"https://blog.example", "http://localhost:8080"});
  CHECK(parse({"publish", "s.json"}).error == "publish needs --out FOLDER: where to write the site");
  CHECK(parse({"publish", "--out", "site"}).error == "publish needs a story file");
  CHECK(parse({"publish", "a.json", "b.json", "--out", "x"}).error == "publish takes one story; found \"a.json\" and \"b.json\"");
  CHECK(parse({"publish", "s.json", "--out", "x", "--embed-origin", "blog.example"}).error ==
        "--embed-origin expects a site's origin such as https://blog.example (no path); found \"blog.example\"");
  CHECK(parse({"publish", "s.json", "--out", "x", "--embed-origin", "https://blog.example/post"}).error.starts_with(
      "--embed-origin expects"));
  CHECK(parse({"s.json", "--out", "x"}).error == "unknown option --out");  // publish's only
  CHECK(parse({"s.json", "--force"}).error == "unknown option --force");
}

TEST_CASE("the help lists every command and option") {
  const std::string help = usage_text();
  for (const char* word : {"--version", "--export DIR", "--export-strip OUT.png", "frise new FOLDER", "frise publish",
                           "--embed-origin", "FOLDER", "F12"})
    CHECK_MESSAGE(help.find(word) != std::string::npos, word);
}
