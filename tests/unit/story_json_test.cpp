#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/embedded.hpp"
#include "core/story_json.hpp"

using namespace frise;

namespace {
std::vector<std::string> messages(const StoryLoadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics) out.push_back(format_diagnostic(d));
  return out;
}
const char* minimal = R"({"title": "T", "panels": [{"id": "p1", "caption": "Bonjour"}]})";
}  // namespace

TEST_CASE("a minimal story loads with its default language") {
  const StoryLoadResult r = parse_story(minimal, "s.json");
  REQUIRE(r.ok());
  CHECK(r.story.default_language == "fr");
  REQUIRE(r.story.panels.size() == 1);
  CHECK(r.story.panels[0].caption.get("fr", "fr") == "Bonjour");
}

TEST_CASE("texts by language fall back to the default language") {
  const StoryLoadResult r = parse_story(
      R"({"title": {"fr": "Titre", "en": "Title"}, "language": "fr", "languages": ["fr", "en"],
          "panels": [{"id": "a", "headline": {"fr": "Seulement en français"}}]})", "s.json");
  REQUIRE(r.ok());
  CHECK(r.story.title.get("en", "fr") == "Title");
  CHECK(r.story.panels[0].headline.get("en", "fr") == "Seulement en français");
}

TEST_CASE("malformed JSON names the line and column") {
  const StoryLoadResult r = parse_story("{\n  \"title\": \"T\",\n  \"panels\": [,]\n}", "bad.json");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].line == 3);
  CHECK(r.diagnostics[0].column == 14);
  CHECK(messages(r)[0].starts_with("bad.json:3:14: error: malformed JSON: syntax error"));
}

TEST_CASE("invalid UTF-8 is an error at its position; a byte-order mark is accepted") {
  const StoryLoadResult bad = parse_story("{\"title\": \"caf\xE9\"}", "latin1.json");
  CHECK(messages(bad) == std::vector<std::string>{
                             "latin1.json:1:15: error: invalid UTF-8 byte sequence: save the file as UTF-8"});
  CHECK(parse_story(std::string("\xEF\xBB\xBF") + minimal, "bom.json").ok());
}

TEST_CASE("every problem is reported with its JSON path, not just the first") {
  const StoryLoadResult r = parse_story(
      R"({"title": 3, "panels": [{"caption": "x"}, {"id": "b", "art": [{"image": "a.png", "width": 0, "height": 99999}]}]})",
      "s.json");
  CHECK(messages(r) == std::vector<std::string>{
      "s.json: /title: error: expected a string or an object of texts by language ({\"fr\": \"…\"}), found an integer",
      "s.json: /panels/0: error: missing \"id\": every panel needs a unique id for links",
      "s.json: /panels/1/art/0: warning: missing \"alt\": describe the image for people who cannot see it",
      "s.json: /panels/1/art/0/width: error: image side must be between 1 and 8192 pixels, found 0",
      "s.json: /panels/1/art/0/height: error: image side must be between 1 and 8192 pixels, found 99999",
  });
}

TEST_CASE("limits are explicit errors") {
  StoryLimits limits;
  limits.max_file_bytes = 10;
  CHECK(messages(parse_story(minimal, "big.json", limits))[0].starts_with("big.json:1:1: error: file is "));
  limits = {};
  limits.max_panels = 1;
  const StoryLoadResult r = parse_story(R"({"title": "T", "panels": [{"id": "a"}, {"id": "b"}]})", "s.json", limits);
  CHECK(messages(r) == std::vector<std::string>{"s.json: /panels: error: story has 2 panels; the limit is 1"});
}

TEST_CASE("the story's characters are all collected") {
  const StoryLoadResult r = parse_story(R"({"title": "Œ", "panels": [{"id": "a", "caption": {"fr": "…", "en": "’"}}]})", "s.json");
  const auto cps = r.story.code_points();
  CHECK(cps.contains(U'Œ'));
  CHECK(cps.contains(U'…'));
  CHECK(cps.contains(U'’'));
}

TEST_CASE("the bundled Road 45 story loads without any diagnostic") {
  std::ifstream in(FRISE_SOURCE_DIR "/panels/road45.json", std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  const StoryLoadResult r = parse_story(text.str(), "panels/road45.json");
  CHECK(messages(r) == std::vector<std::string>{});
  CHECK(r.story.panels.size() >= 3);
  CHECK(r.story.languages == std::vector<std::string>{"fr", "en"});
}
