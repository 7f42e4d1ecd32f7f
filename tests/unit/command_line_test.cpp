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
