#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <mutex>

#include "core/story_json.hpp"
#include "diagnostic_text.hpp"
#include "source_file.hpp"

using namespace frise;

namespace {
using frise::test::messages;
std::string lines(std::initializer_list<const char*> items) {
  std::string out;
  for (const char* item : items) out += std::string(item) + "\n";
  return out;
}
const char* minimal = R"({"frise": 1, "title": "T", "panels": [{"id": "p1", "caption": "Bonjour"}]})";
}  // namespace

TEST_CASE("a minimal story loads with its default language") {
  const StoryLoadResult r = parse_story(minimal, "s.json");
  CHECK(messages(r) == std::string());
  CHECK(r.story.default_language == "fr");
  REQUIRE(r.story.panels.size() == 1);
  CHECK(r.story.panels[0].caption.get("fr", "fr") == "Bonjour");
}

TEST_CASE("texts by language fall back to the default language, and a missing language is a warning") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": {"fr": "Titre", "en": "Title"}, "language": "fr",
      "languages": ["fr", "en"], "panels": [{"id": "a", "headline": {"fr": "Seulement en français"}}]})", "s.json");
  CHECK(messages(r) == lines({"s.json:2:69: /panels/0/headline: warning: missing the \"en\" text"}));
  CHECK(r.story.title.get("en", "fr") == "Title");
  CHECK(r.story.panels[0].headline.get("en", "fr") == "Seulement en français");
}

TEST_CASE("texts keep the order they were written in and compare whatever that order") {
  LocalizedText a, b;
  a.add("fr") = "bonjour";
  a.add("en") = "hello";
  b.add("en") = "hello";
  b.add("fr") = "bonjour";
  CHECK(a.by_language.front().first == "fr");
  CHECK(b.by_language.front().first == "en");
  CHECK(a == b);
  a.add("fr") = "salut";  // the same language again replaces its text
  CHECK(a.by_language.size() == 2);
  CHECK(*a.find("fr") == "salut");
  CHECK_FALSE(a == b);
  CHECK(a.find("de") == nullptr);
  CHECK(a.get("de", "xx") == "salut");  // neither: the first text written
}

TEST_CASE("malformed JSON names the line and column") {
  const StoryLoadResult r = parse_story("{\n  \"title\": \"T\",\n  \"panels\": [,]\n}", "bad.json");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].line == 3);
  CHECK(r.diagnostics[0].column == 14);
  CHECK(messages(r) == lines({"bad.json:3:14: error: malformed JSON: expected a value (an object, array, string, number, "
                              "true, false or null), found ','"}));
}

TEST_CASE("invalid UTF-8 is an error at its position, a byte-order mark is accepted") {
  const StoryLoadResult bad = parse_story("{\"title\": \"caf\xE9\"}", "latin1.json");
  CHECK(messages(bad) == lines({"latin1.json:1:15: error: invalid UTF-8 byte sequence: save the file as UTF-8"}));
  CHECK(parse_story(std::string("\xEF\xBB\xBF") + minimal, "bom.json").ok());
  // Positions after a BOM still count from the file's first character.
  const StoryLoadResult shifted = parse_story(std::string("\xEF\xBB\xBF") + R"({"frise": 1, "title": 3, "panels": [{"id": "a"}]})", "bom.json");
  CHECK(messages(shifted).starts_with("bom.json:1:24: /title: error:"));
}

TEST_CASE("every problem is reported with its position and JSON path, not just the first") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": 3, "panels": [
  {"caption": "x"},
  {"id": "b", "art": [{"image": "a.png", "width": 0, "height": 99999}]}
]})", "s.json");
  CHECK(messages(r) == lines({
      "s.json:1:23: /title: error: expected a string or an object of texts by language ({\"fr\": \"…\"}), found an integer",
      "s.json:2:3: /panels/0: error: missing \"id\": every panel needs a unique id for links",
      "s.json:3:23: /panels/1/art/0: warning: missing \"alt\": describe the image for people who cannot see it",
      "s.json:3:51: /panels/1/art/0/width: error: image side must be between 1 and 8192 pixels, found 0",
      "s.json:3:64: /panels/1/art/0/height: error: image side must be between 1 and 8192 pixels, found 99999",
  }));
}

TEST_CASE("an unknown key is a warning that suggests the near miss") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a", "baloons": [], "zzz": 1}]})", "s.json");
  CHECK(r.ok());
  CHECK(messages(r) == lines({
      "s.json:1:39: /panels/0: warning: the panel shows nothing: give it a headline, a caption, balloons, art or media",
      "s.json:1:51: /panels/0/baloons: warning: unknown key \"baloons\" (did you mean \"balloons\"?)",
      "s.json:1:66: /panels/0/zzz: warning: unknown key \"zzz\" (ignored)",
  }));
}

TEST_CASE("dangling references are warnings, a duplicate panel id is an error") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "T",
 "characters": [{"id": "aryana", "name": "Aryana"}],
 "panels": [
  {"id": "a", "chapter": "nope", "balloons": [{"speaker": "robin", "text": "Salut"}]},
  {"id": "a", "art": [{"sprite": "ghost"}]}
]})", "s.json");
  CHECK_FALSE(r.ok());  // links to "a" would be ambiguous
  CHECK(messages(r) == lines({
      "s.json:4:26: /panels/0/chapter: warning: no chapter has the id \"nope\"",
      "s.json:4:59: /panels/0/balloons/0/speaker: warning: no character has the id \"robin\"",
      "s.json:5:10: /panels/1/id: error: duplicate panel id \"a\": links to it would be ambiguous",
      "s.json:5:34: /panels/1/art/0/sprite: warning: no sprite has the id \"ghost\"",
  }));
}

TEST_CASE("a missing image file is a warning when files can be checked") {
  StoryLoadOptions options;
  options.file_exists = [](const std::string& path) { return path == "panels/art/here.png" || path == "panels/art/2x/here.png"; };
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a", "art": [
    {"image": "art/here.png", "image_2x": "art/2x/here.png", "width": 10, "height": 10, "alt": "x"},
    {"image": "art/gone.png", "image_2x": "art/2x/gone.png", "width": 10, "height": 10, "alt": "y"}]}]})", "panels/s.json", options);
  CHECK(messages(r) == lines({
      "panels/s.json:3:15: /panels/0/art/1/image: warning: image file \"art/gone.png\" not found (looked for panels/art/gone.png)",
      "panels/s.json:3:43: /panels/0/art/1/image_2x: warning: image file \"art/2x/gone.png\" not found (looked for panels/art/2x/gone.png)"}));
  CHECK(r.story.panels[0].art.layers[0].image.path_2x == "art/2x/here.png");
}

TEST_CASE("image files are checked against the story when the caller inspects them") {
  // What frise validate's callback would find in each file (core reads none itself).
  const auto image = [](int w, int h, std::string kind) {
    ImageFileReport r;
    r.found = true;
    r.inspection.image = true;
    r.inspection.width = w;
    r.inspection.height = h;
    r.inspection.kind = std::move(kind);
    return r;
  };
  std::vector<std::string> asked;
  std::mutex asked_mutex;
  StoryLoadOptions options;
  options.check_image = [&](const std::string& path) {
    {
      std::lock_guard lock(asked_mutex);
      asked.push_back(path);
    }
    if (path == "art/ok.png") return image(960, 640, "PNG, 8-bit RGB");
    if (path == "art/2x/ok.png") return image(1920, 1280, "PNG, 8-bit RGB");
    if (path == "art/small.png") return image(480, 320, "PNG, 8-bit grey");
    if (path == "art/2x/same.png") return image(960, 640, "JPEG, colour");
    if (path == "art/deep.png") {
      ImageFileReport r = image(960, 640, "PNG, 16-bit RGBA");
      r.inspection.advice = "the reader decodes it at twice the memory";
      return r;
    }
    if (path == "art/note.png") {
      ImageFileReport r;
      r.found = true;
      r.inspection.kind = "text";
      r.inspection.problem = "not a PNG or JPEG image: text";
      return r;
    }
    if (path == "art/locked.png") {
      ImageFileReport r;
      r.found = true;
      r.unreadable = "permission denied";
      return r;
    }
    return ImageFileReport{};  // not found
  };
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a", "art": [
    {"image": "art/ok.png", "image_2x": "art/2x/ok.png", "width": 960, "height": 640, "alt": "x"},
    {"image": "art/small.png", "image_2x": "art/2x/same.png", "width": 960, "height": 640, "alt": "x"},
    {"image": "art/deep.png", "width": 960, "alt": "x"},
    {"image": "art/note.png", "width": 960, "height": 640, "alt": "x"},
    {"image": "art/locked.png", "width": 960, "height": 640, "alt": "x"},
    {"image": "art/gone.png", "width": 960, "height": 640, "alt": "x"},
    {"image": "../../etc/passwd", "width": 960, "height": 640, "alt": "x"},
    {"image": "art/huge.png", "width": 8192, "height": 4096, "alt": "x"},
    {"image": "art/ok.png", "image_2x": "art/2x/ok.png", "width": 3000, "height": 2000, "alt": "x"}]}]})", "s.json", options);
  CHECK(messages(r) == lines({
      "s.json:3:15: /panels/0/art/1/image: warning: image file \"art/small.png\" is 480x320 pixels (PNG, 8-bit grey); the story declares 960x640",
      "s.json:3:44: /panels/0/art/1/image_2x: warning: image file \"art/2x/same.png\" is 960x640 pixels (JPEG, colour); as \"image_2x\" it should be twice the declared 960x640: 1920x1280",
      "s.json:4:5: /panels/0/art/2: warning: missing \"height\": the image's height in pixels (the file's is 640)",
      "s.json:4:15: /panels/0/art/2/image: warning: image file \"art/deep.png\" (PNG, 16-bit RGBA): the reader decodes it at twice the memory",
      "s.json:5:15: /panels/0/art/3/image: warning: image file \"art/note.png\" cannot be shown: not a PNG or JPEG image: text",
      "s.json:6:15: /panels/0/art/4/image: warning: image file \"art/locked.png\" cannot be read: permission denied",
      "s.json:7:15: /panels/0/art/5/image: warning: image file \"art/gone.png\" not found (looked for art/gone.png)",
      "s.json:8:15: /panels/0/art/6/image: error: the path \"../../etc/passwd\" leads out of \".\", the folder the story's images must stay in",
      "s.json:9:5: /panels/0/art/7: warning: image is declared 8192x4096 pixels (33.6 megapixels); the reader decodes at most 16.8 megapixels: it would show a placeholder (scale the image down)",
      "s.json:9:15: /panels/0/art/7/image: warning: image file \"art/huge.png\" not found (looked for art/huge.png)",
      "s.json:10:15: /panels/0/art/8/image: warning: image file \"art/ok.png\" is 960x640 pixels (PNG, 8-bit RGB); the story declares 3000x2000",
      "s.json:10:41: /panels/0/art/8/image_2x: warning: image file \"art/2x/ok.png\" is 1920x1280 pixels (PNG, 8-bit RGB); as \"image_2x\" it should be twice the declared 3000x2000: 6000x4000",
      "s.json:10:41: /panels/0/art/8/image_2x: warning: the image_2x file would be 6000x4000 pixels (24.0 megapixels); the reader decodes at most 16.8 megapixels: it would show a placeholder",
  }));
  // A refused path is never looked at; every other is, image_2x too.
  CHECK(std::find(asked.begin(), asked.end(), "../../etc/passwd") == asked.end());
  CHECK(std::count(asked.begin(), asked.end(), "art/2x/same.png") == 1);
}

TEST_CASE("empty texts and wrong values are reported with what was expected") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "", "panels": [{"id": "a", "date": "2021-13",
   "balloons": [{"speaker": "x", "kind": "yell", "text": "!", "placement": "middle", "tail": {"x": 1.5, "y": 0}}],
   "aspect": 9}]})", "s.json");
  CHECK(messages(r) == lines({
      "s.json:1:23: /title: warning: empty text",
      "s.json:1:58: /panels/0/date: error: expected a date \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", found \"2021-13\"",
      "s.json:2:29: /panels/0/balloons/0/speaker: warning: no character has the id \"x\"",
      "s.json:2:42: /panels/0/balloons/0/kind: error: expected speech, thought, shout, whisper or caption, found \"yell\"",
      "s.json:2:76: /panels/0/balloons/0/placement: error: expected auto, top-left, top, top-right, left, right, bottom-left, bottom or bottom-right, found \"middle\"",
      "s.json:2:100: /panels/0/balloons/0/tail/x: error: expected a number from 0 to 1, found 1.5",
      "s.json:3:14: /panels/0/aspect: error: expected a number from 0.2 to 5, found 9",
  }));
}

TEST_CASE("limits are explicit errors") {
  StoryLoadOptions options;
  options.limits.max_file_bytes = 10;
  CHECK(messages(parse_story(minimal, "big.json", options)).starts_with("big.json:1:1: error: file is "));
  options = {};
  options.limits.max_panels = 1;
  CHECK(messages(parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a"}, {"id": "b"}]})", "s.json", options)) ==
        lines({"s.json:1:38: /panels: error: story has 2 panels; the limit is 1"}));
  options = {};
  options.limits.max_string_bytes = 4;
  CHECK(messages(parse_story(R"({"frise": 1, "title": "Trop long", "panels": [{"id": "a", "caption": "ok"}]})", "s.json", options)) ==
        lines({"s.json:1:23: /title: error: text is 9 bytes long; the limit is 4"}));
  options = {};
  options.limits.max_depth = 3;
  CHECK(messages(parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a", "tags": [["x"]]}]})", "s.json", options)) ==
        lines({"s.json:1:59: error: values nest deeper than 3 levels"}));
}

TEST_CASE("the format version is required") {
  CHECK(messages(parse_story(R"({"title": "T", "panels": [{"id": "a", "caption": "c"}]})", "s.json")) ==
        lines({"s.json:1:1: error: missing \"frise\": the format version, 1"}));
  CHECK(messages(parse_story(R"({"frise": 2, "title": "T", "panels": [{"id": "a", "caption": "c"}]})", "s.json")) ==
        lines({"s.json:1:11: /frise: error: this reader knows version 1 of the format only, found version 2"}));
  CHECK(messages(parse_story(R"({"frise": "1", "title": "T", "panels": [{"id": "a", "caption": "c"}]})", "s.json")) ==
        lines({"s.json:1:11: /frise: error: expected the format version, the number 1, found a string"}));
}

TEST_CASE("a story saved as UTF-16 or UTF-32 is told to be saved as UTF-8") {
  const std::string story = R"({"frise": 1, "title": "T", "panels": [{"id": "a", "caption": "c"}]})";
  std::string le("\xFF\xFE", 2), be("\xFE\xFF", 2), bare, utf32("\xFF\xFE\0\0", 4);
  for (const char c : story) {
    le += {c, '\0'};
    be += {'\0', c};
    bare += {c, '\0'};
    utf32 += {c, '\0', '\0', '\0'};
  }
  for (const std::string* text : {&le, &be, &bare})
    CHECK(messages(parse_story(*text, "s.json")) == lines({"s.json:1:1: error: the file is saved as UTF-16: save it as UTF-8"}));
  CHECK(messages(parse_story(utf32, "s.json")) == lines({"s.json:1:1: error: the file is saved as UTF-32: save it as UTF-8"}));
}

TEST_CASE("the story's characters are all collected") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "Œ", "languages": ["fr", "en"],
    "panels": [{"id": "a", "caption": {"fr": "…", "en": "’"}}]})", "s.json");
  const auto cps = r.story.code_points();
  CHECK(cps.contains(U'Œ'));
  CHECK(cps.contains(U'…'));
  CHECK(cps.contains(U'’'));
}

TEST_CASE("loading, writing and loading again gives the same story") {
  const std::string text = R"({"frise": 1, "id": "rt", "language": "fr", "languages": ["fr", "en"],
    "title": {"fr": "Titre", "en": "Title"},
    "credits": [{"role": {"fr": "dessin", "en": "drawing"}, "name": "Aryana"}],
    "sources": [{"title": {"fr": "Article", "en": "Article"}, "url": "https://example.org/a"}],
    "theme": {"paper": "#F5EFE0", "accent": "#C8462A80"},
    "characters": [{"id": "aryana", "name": {"fr": "Aryana", "en": "Aryana"}, "colour": "#2E7D6B"}],
    "chapters": [{"id": "c1", "title": {"fr": "Début", "en": "Start"}, "start": "2022", "end": "2022-06-30"}],
    "sprites": [{"id": "logo", "image": "logo.png", "width": 64, "height": 32, "alt": {"fr": "logo", "en": "logo"}}],
    "panels": [{"id": "p1", "chapter": "c1", "date": "2022-03", "end_date": "2022-04-02",
      "headline": {"fr": "Un", "en": "One"},
      "balloons": [{"speaker": "aryana", "kind": "thought", "text": {"fr": "Hmm…", "en": "Hmm…"}, "placement": "top-left", "tail": {"x": 0.25, "y": 0.6}}],
      "art": {"background": "#CFE8F3", "layers": [{"image": "a.png", "image_2x": "a@2x.png", "width": 960, "height": 640, "alt": {"fr": "a", "en": "a"}},
                                                  {"sprite": "logo", "x": 0.7, "y": 0.1, "scale": 0.2}]},
      "tags": ["ops"], "group": "g", "duration": 7.5},
      {"id": "p2", "aspect": 0.75, "caption": {"fr": "Deux", "en": "Two"}}]})";
  const StoryLoadResult first = parse_story(text, "rt.json");
  REQUIRE(messages(first) == std::string());
  CHECK(first.story.panels[0].aspect == doctest::Approx(1.5));
  const std::string written = write_story(first.story);
  const StoryLoadResult second = parse_story(written, "rt.json");
  CHECK(messages(second) == std::string());
  CHECK(second.story == first.story);
  CHECK(write_story(second.story) == written);
}

TEST_CASE("diagnostics can be printed as JSON for tools") {
  const std::string json = diagnostics_to_json({{Severity::warning, "s.json", 2, 5, "/panels/0", "x \"y\""}});
  CHECK(json == "[\n  {\n    \"severity\": \"warning\",\n    \"file\": \"s.json\",\n    \"line\": 2,\n    \"column\": 5,\n"
                "    \"path\": \"/panels/0\",\n    \"message\": \"x \\\"y\\\"\"\n  }\n]");
}

TEST_CASE("the bundled stories load without any diagnostic") {
  StoryLoadOptions options;
  options.file_exists = [](const std::string& path) { return std::ifstream(FRISE_SOURCE_DIR "/" + path).good(); };
  for (const char* name : {"panels/road45.json", "panels/squad-interviews.json"}) {
    CAPTURE(name);
    const StoryLoadResult r = parse_story(test::read_source_file(name), name, options);
    CHECK(messages(r) == std::string());
    CHECK(r.story.panels.size() >= 3);
    CHECK(r.story.languages == std::vector<std::string>{"fr", "en"});
  }
}

TEST_CASE("a long story reads the same on one thread or several, problems and all") {
  std::string json = R"({"frise": 1, "title": "Long", "characters": [{"id": "a", "name": "A"}], "panels": [)";
  for (int i = 0; i < 6000; ++i) {
    const int id = i % 11 == 10 ? i - 1 : i;  // every eleventh panel repeats the id before it
    json += std::string(i ? ",\n" : "\n") + R"({"id": "p)" + std::to_string(id) + R"(", "caption": "Case )" +
            std::to_string(i) + "\"" + (i % 7 == 0 ? R"(, "baloons": [])" : "") + R"(, "balloons": [{"speaker": ")" +
            (i % 13 == 0 ? "nobody" : "a") + R"(", "text": "Salut"}]})";
  }
  json += "]}";
  StoryLoadOptions options;
  options.limits.max_diagnostics = 10000;  // all of them
  const StoryLoadResult one = parse_story(json, "long.json", options);
  options.threads = 4;
  const StoryLoadResult four = parse_story(json, "long.json", options);
  REQUIRE(one.story.panels.size() == 6000);
  CHECK(one.diagnostics.size() == 6000 / 7 + 1 + 6000 / 11 + 6000 / 13 + 1);
  CHECK(messages(four) == messages(one));
  CHECK(four.story == one.story);
  CHECK(messages(one).find("long.json:12:8: /panels/10/id: error: duplicate panel id \"p9\": links to it would be ambiguous") !=
        std::string::npos);
  // With the default limit, the first 1,000 in the file's order and one line for the rest,
  // whatever thread found them.
  options = {};
  const StoryLoadResult capped_one = parse_story(json, "long.json", options);
  options.threads = 4;
  const StoryLoadResult capped_four = parse_story(json, "long.json", options);
  REQUIRE(capped_one.diagnostics.size() == 1001);
  CHECK(messages(capped_four) == messages(capped_one));
  std::size_t errors_past = 0;
  for (std::size_t i = 0; i < one.diagnostics.size(); ++i) {
    if (i < 1000) CHECK(format_diagnostic(capped_one.diagnostics[i]) == format_diagnostic(one.diagnostics[i]));
    else errors_past += one.diagnostics[i].severity == Severity::error;
  }
  CHECK(errors_past == 253);
  CHECK(format_diagnostic(capped_one.diagnostics.back()) == "long.json: error: 865 more problems not shown (253 errors, 612 warnings)");
}

TEST_CASE("at most 1,000 diagnostics, then one line says how many more, an error past the limit still fails the load") {
  StoryLoadOptions options;
  options.limits.max_diagnostics = 2;
  std::string json = R"({"frise": 1, "title": "T", "panels": [)";
  for (int i = 0; i < 5; ++i) json += std::string(i ? ", " : "") + R"({"id": "p)" + std::to_string(i) + R"(", "caption": "c", "zz": 1})";
  json += R"(, {"id": "p0", "caption": "again"}]})";
  const StoryLoadResult r = parse_story(json, "s.json", options);
  CHECK_FALSE(r.ok());
  CHECK(messages(r) == lines({
      "s.json:1:68: /panels/0/zz: warning: unknown key \"zz\" (ignored)",
      "s.json:1:107: /panels/1/zz: warning: unknown key \"zz\" (ignored)",
      "s.json: error: 4 more problems not shown (1 error, 3 warnings)",
  }));
  options.limits.max_diagnostics = 5;
  CHECK(format_diagnostic(parse_story(json, "s.json", options).diagnostics.back()) ==
        "s.json: error: 1 more problem not shown (1 error, 0 warnings)");
  options.limits.max_diagnostics = 6;
  CHECK(messages(parse_story(json, "s.json", options)).ends_with(
      "s.json:1:241: /panels/5/id: error: duplicate panel id \"p0\": links to it would be ambiguous\n"));
}

TEST_CASE("a one-line 2 MB story with 100,000 problems loads in well under a second") {
  // 50,000 panels on one line, each with a caption of the wrong type (an error) and so nothing
  // to show (a warning); tags of accented letters so that columns count characters.
  std::string json = R"({"frise": 1, "title": "T", "panels": [)";
  for (int i = 0; i < 50000; ++i)
    json += std::string(i ? "," : "") + R"({"id":"p)" + std::to_string(i) + R"(","tags":["éèê"],"caption":1})";
  json += "]}";
  REQUIRE(json.size() > 2'000'000);
  for (unsigned threads : {1u, 4u}) {
    CAPTURE(threads);
    StoryLoadOptions options;
    options.threads = threads;
    const auto start = std::chrono::steady_clock::now();
    const StoryLoadResult r = parse_story(json, "one-line.json", options);
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    MESSAGE("one-line story of " << json.size() / 1024 << " KiB, 100,000 problems, " << threads << " thread(s): " << ms << " ms");
    REQUIRE(r.diagnostics.size() == 1001);
    CHECK(format_diagnostic(r.diagnostics[0]) ==
          "one-line.json:1:39: /panels/0: warning: the panel shows nothing: give it a headline, a caption, balloons, art or media");
    CHECK(format_diagnostic(r.diagnostics[1]) ==
          "one-line.json:1:75: /panels/0/caption: error: expected a string or an object of texts by language ({\"fr\": \"…\"}), found an integer");
    // Panel 499 starts at 39 + 39 * 10 + 40 * 90 + 41 * 399 (panels "p0" to "p9" take 38 characters and a comma, then one more
    // per digit); its caption 38 characters further.
    CHECK(format_diagnostic(r.diagnostics[999]) ==
          "one-line.json:1:20426: /panels/499/caption: error: expected a string or an object of texts by language ({\"fr\": \"…\"}), found an integer");
    CHECK(format_diagnostic(r.diagnostics[1000]) == "one-line.json: error: 99000 more problems not shown (49500 errors, 49500 warnings)");
  }
}

TEST_CASE("an unknown speaker, chapter or sprite gets a \"did you mean\" when a near id exists") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "T",
 "characters": [{"id": "aryana", "name": "Aryana"}, {"id": "thomas", "name": "Thomas"}],
 "chapters": [{"id": "debut", "title": "Début"}],
 "sprites": [{"id": "logo", "image": "logo.png", "width": 4, "height": 4, "alt": "logo"}],
 "panels": [
  {"id": "a", "chapter": "debuts", "balloons": [{"speaker": "aryna", "text": "Salut"}, {"speaker": "Thomas", "text": "Oui"},
                                               {"speaker": "b", "text": "?"}]},
  {"id": "b", "art": [{"sprite": "lgo"}]}
]})", "s.json");
  CHECK(messages(r) == lines({
      "s.json:6:26: /panels/0/chapter: warning: no chapter has the id \"debuts\" (did you mean \"debut\"?)",
      "s.json:6:61: /panels/0/balloons/0/speaker: warning: no character has the id \"aryna\" (did you mean \"aryana\"?)",
      "s.json:6:100: /panels/0/balloons/1/speaker: warning: no character has the id \"Thomas\" (did you mean \"thomas\"?)",
      "s.json:7:60: /panels/0/balloons/2/speaker: warning: no character has the id \"b\"",
      "s.json:8:34: /panels/1/art/0/sprite: warning: no sprite has the id \"lgo\" (did you mean \"logo\"?)",
  }));
}

TEST_CASE("every bad coordinate of a tail is reported, not only the first") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a",
   "balloons": [{"kind": "caption", "text": "x", "tail": {"x": 1.5, "y": -2}}, {"kind": "caption", "text": "y", "tail": {"x": "0"}}]}]})",
                                        "s.json");
  CHECK(messages(r) == lines({
      "s.json:2:64: /panels/0/balloons/0/tail/x: error: expected a number from 0 to 1, found 1.5",
      "s.json:2:74: /panels/0/balloons/0/tail/y: error: expected a number from 0 to 1, found -2",
      "s.json:2:121: /panels/0/balloons/1/tail: error: missing \"y\": from 0 (top) to 1 (bottom)",
      "s.json:2:127: /panels/0/balloons/1/tail/x: error: expected a number, found a string",
  }));
  CHECK_FALSE(r.story.panels[0].balloons[0].tail);
}

TEST_CASE("image paths go through the asset-path policy, a refused one is an error and never looked for") {
  std::vector<std::string> looked_for;
  StoryLoadOptions options;
  options.file_exists = [&](const std::string& path) {
    looked_for.push_back(path);
    return true;
  };
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a", "art": [
    {"image": "../assets/art/ok.png", "image_2x": "../../outside.png", "width": 10, "height": 10, "alt": "x"},
    {"image": "https://example.org/a.png", "image_2x": "//example.org/b.png", "width": 10, "height": 10, "alt": "x"},
    {"image": "/etc/hosts", "image_2x": "C:/x.png", "width": 10, "height": 10, "alt": "x"},
    {"image": "a\u0000.png", "image_2x": "art//b.png", "width": 10, "height": 10, "alt": "x"},
    {"image": "a.png?v=2", "image_2x": "%2e%2e/%2e%2e/x.png", "width": 10, "height": 10, "alt": "x"},
    {"image": "art/..", "image_2x": "", "width": 10, "height": 10, "alt": "x"}]}]})", "panels/s.json", options);
  CHECK(messages(r) == lines({
      "panels/s.json:2:51: /panels/0/art/0/image_2x: error: the path \"../../outside.png\" leads out of \".\", the folder the story's images must stay in",
      "panels/s.json:3:15: /panels/0/art/1/image: error: the path \"https://example.org/a.png\" is a web address: a story's images are files inside its folder (Frise works offline)",
      "panels/s.json:3:56: /panels/0/art/1/image_2x: error: the path \"//example.org/b.png\" is a web address: a story's images are files inside its folder (Frise works offline)",
      "panels/s.json:4:15: /panels/0/art/2/image: error: the path \"/etc/hosts\" is absolute: name the image relative to the story file",
      "panels/s.json:4:41: /panels/0/art/2/image_2x: error: the path \"C:/x.png\" is not a file path (\"C:\" is not allowed): name the image relative to the story file",
      "panels/s.json:5:15: /panels/0/art/3/image: error: the path \"a\\u0000.png\" holds a control character (U+0000)",
      "panels/s.json:5:42: /panels/0/art/3/image_2x: error: the path \"art//b.png\" has an empty folder name (\"//\")",
      "panels/s.json:6:15: /panels/0/art/4/image: error: the path \"a.png?v=2\" has a '?': file names here cannot hold '?', '#' or '%' (on the web they change the address)",
      "panels/s.json:6:40: /panels/0/art/4/image_2x: error: the path \"%2e%2e/%2e%2e/x.png\" has a '%': file names here cannot hold '?', '#' or '%' (on the web they change the address)",
      "panels/s.json:7:15: /panels/0/art/5/image: error: the path \"art/..\" names a folder, not a file",
      "panels/s.json:7:37: /panels/0/art/5/image_2x: error: expected the path of an image file, found an empty string",
  }));
  CHECK(looked_for == std::vector<std::string>{"assets/art/ok.png"});
  CHECK(r.story.panels[0].art.layers[0].image.path == "../assets/art/ok.png");
  CHECK(r.story.panels[0].art.layers[0].image.path_2x == "");  // refused: not kept for the view to load
  // A story outside "panels/" keeps its images in its own folder, unless the caller says where its root is.
  CHECK(messages(parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a", "art": [{"image": "../a.png", "width": 1, "height": 1, "alt": "x"}]}]})",
                             "stories/s.json")) ==
        lines({"stories/s.json:1:69: /panels/0/art/0/image: error: the path \"../a.png\" leads out of \"stories\", the folder the story's images must stay in"}));
  options = {};
  options.asset_root_depth = 1;
  CHECK(messages(parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a", "art": [{"image": "../a.png", "width": 1, "height": 1, "alt": "x"}]}]})",
                             "stories/s.json", options)) == "");
}

TEST_CASE("a key given twice in one object is a warning, and the last one is used") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "T", "title": "U",
  "panels": [{"id": "a", "caption": "first", "caption": "second"}]})", "s.json");
  CHECK(messages(r) == lines({"s.json:1:28: /title: warning: \"title\" is given twice in this object: only the last one is used",
                              "s.json:2:46: /panels/0/caption: warning: \"caption\" is given twice in this object: only the last one is used"}));
  CHECK(r.story.title.get("fr", "fr") == "U");
  CHECK(r.story.panels[0].caption.get("fr", "fr") == "second");
}

TEST_CASE("dates: four-digit years, and longer or negative ones for deep time, written back as read") {
  for (const char* text : {"2021", "2021-12", "2024-02-29", "0000", "-0500", "-0500-03", "20240", "-13800000", "2000000000",
                           "-13798000000", "100000000000"}) {
    const auto date = parse_date(text);
    REQUIRE_MESSAGE(date, text);
    CHECK(date->to_string() == text);
  }
  CHECK(parse_date("-0500")->year == -500);
  CHECK(parse_date("-13800000")->year == -13'800'000);
  for (const char* text : {"", "21", "021", "02024", "-500", "100000000001", "-100000000001", "999999999999", "1000000000000", "2021-1",
                           "2021-13", "2023-02-29", "2021-12-1", "2021-12-01-", "+2021", "--2021", "2021-12x"})
    CHECK_MESSAGE(!parse_date(text), text);
  // Ordered on the axis across year 0.
  CHECK(parse_date("-0001-12-31")->day_number() + 1 == parse_date("0000-01-01")->day_number());
  CHECK(parse_date("-2000000000")->day_number() < parse_date("-1999999999")->day_number());
  // The Big Bang, on TimelineJS's cosmological scale, has a day number (and a year back).
  CHECK(parse_date("-13798000000")->year == -13'798'000'000);
  CHECK(parse_date("-13798000000")->day_number() < parse_date("-2000000000")->day_number());
}

TEST_CASE("an art layer's image may be given per language, each file checked, and is written back as read") {
  StoryLoadOptions options;
  options.file_exists = [](const std::string& path) {
    return path == "panels/art/k.png" || path == "panels/art/en/k.png" || path == "panels/art/2x/k.png" ||
           path == "panels/art/2x/en/k.png" || path == "panels/art/plain.png";
  };
  const std::string text = R"({"frise": 1, "language": "fr", "languages": ["fr", "en"], "title": {"fr": "T", "en": "T"},
    "panels": [{"id": "a", "art": [
    {"image": {"fr": "art/k.png", "en": "art/en/k.png"}, "image_2x": {"fr": "art/2x/k.png", "en": "art/2x/en/k.png"},
     "width": 10, "height": 10, "alt": {"fr": "x", "en": "x"}},
    {"image": "art/plain.png", "width": 10, "height": 10, "alt": {"fr": "y", "en": "y"}}]}]})";
  const StoryLoadResult r = parse_story(text, "panels/s.json", options);
  CHECK(messages(r) == std::string());
  const ImageRef& k = r.story.panels[0].art.layers[0].image;
  CHECK(k.path == "art/k.png");  // the default language's, for layout and checks
  CHECK(k.path_2x == "art/2x/k.png");
  CHECK(k.file("en", "fr") == "art/en/k.png");
  CHECK(k.file_2x("en", "fr") == "art/2x/en/k.png");
  CHECK(k.file("fr", "fr") == "art/k.png");
  CHECK(k.file("de", "fr") == "art/k.png");  // no file of its own: the default language's
  CHECK(k.files().size() == 4);
  // A plain string is one file for every language.
  const ImageRef& plain = r.story.panels[0].art.layers[1].image;
  CHECK(plain.path_by_language.empty());
  CHECK(plain.file("en", "fr") == "art/plain.png");
  CHECK(plain.file_2x("en", "fr").empty());
  // Written back as read: an object of files where it was one, a string where it was one.
  const std::string written = write_story(r.story);
  CHECK(written.find(R"("image": {
              "fr": "art/k.png",
              "en": "art/en/k.png"
            })") != std::string::npos);
  CHECK(written.find(R"("image": "art/plain.png")") != std::string::npos);
  const StoryLoadResult again = parse_story(written, "panels/s.json", options);
  CHECK(messages(again) == std::string());
  CHECK(again.story == r.story);
}

TEST_CASE("an image per language: a missing file, an unknown language, a refused path and a missing large variant are told") {
  StoryLoadOptions options;
  options.file_exists = [](const std::string& path) { return path == "panels/art/k.png" || path == "panels/art/2x/k.png"; };
  const StoryLoadResult r = parse_story(R"({"frise": 1, "language": "fr", "languages": ["fr", "en"], "title": {"fr": "T", "en": "T"},
    "panels": [{"id": "a", "art": [
    {"image": {"fr": "art/k.png", "en": "art/en/k.png", "de": "/etc/k.png"}, "image_2x": "art/2x/k.png",
     "width": 10, "height": 10, "alt": {"fr": "x", "en": "x"}}]}]})", "panels/s.json", options);
  CHECK(messages(r) == lines({
      "panels/s.json:3:41: /panels/0/art/0/image/en: warning: image file \"art/en/k.png\" not found (looked for panels/art/en/k.png)",
      "panels/s.json:3:57: /panels/0/art/0/image/de: warning: language \"de\" is not among the story's \"languages\"",
      "panels/s.json:3:63: /panels/0/art/0/image/de: error: the path \"/etc/k.png\" is absolute: name the image relative to the story file",
      "panels/s.json:3:90: /panels/0/art/0/image_2x: warning: \"image\" has a file for \"en\" but \"image_2x\" has none: give it one too"}));
  const ImageRef& k = r.story.panels[0].art.layers[0].image;
  CHECK(k.file("en", "fr") == "art/en/k.png");  // missing, but still named: the reader shows its placeholder
  CHECK(k.path_by_language.find("de") == nullptr);  // refused: never opened
  CHECK(k.file("de", "fr") == "art/k.png");
  // The other way round: the large file by language, the normal one not.
  const StoryLoadResult twice = parse_story(R"({"frise": 1, "language": "fr", "languages": ["fr", "en"], "title": {"fr": "T", "en": "T"},
    "panels": [{"id": "a", "art": [
    {"image": "art/k.png", "image_2x": {"fr": "art/2x/k.png", "en": "art/2x/en/k.png"},
     "width": 10, "height": 10, "alt": {"fr": "x", "en": "x"}}]}]})", "panels/s.json", {});
  CHECK(messages(twice) == lines({
      "panels/s.json:3:15: /panels/0/art/0/image: warning: \"image_2x\" has a file for \"en\" but \"image\" has none: give it one too"}));
}

TEST_CASE("each language's image is checked against the one declared size") {
  StoryLoadOptions options;
  options.check_image = [](const std::string& path) {
    ImageFileReport r;
    r.found = true;
    r.inspection.image = true;
    r.inspection.kind = "PNG, 8-bit RGB";
    r.inspection.width = path == "art/en/k.png" ? 12 : 10;
    r.inspection.height = 10;
    return r;
  };
  const StoryLoadResult r = parse_story(R"({"frise": 1, "language": "fr", "languages": ["fr", "en"], "title": {"fr": "T", "en": "T"},
    "panels": [{"id": "a", "art": [
    {"image": {"fr": "art/k.png", "en": "art/en/k.png"}, "width": 10, "height": 10, "alt": {"fr": "x", "en": "x"}}]}]})",
                                        "s.json", options);
  CHECK(messages(r) == lines({
      "s.json:3:41: /panels/0/art/0/image/en: warning: image file \"art/en/k.png\" is 12x10 pixels (PNG, 8-bit RGB); the story declares 10x10"}));
}
