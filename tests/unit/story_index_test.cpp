#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "core/story_index.hpp"
#include "core/story_json.hpp"
#include "source_file.hpp"

using namespace frise;

TEST_CASE("the story index names every bundled story, with the story's own title") {
  const std::filesystem::path panels = FRISE_SOURCE_DIR "/panels";
  const StoryIndex index = parse_story_index(test::read_source_file("panels/index.json"), "index.json");
  REQUIRE(index.diagnostics.empty());
  std::set<std::string> listed;
  for (const StoryEntry& entry : index.stories) {
    CAPTURE(entry.file);
    listed.insert(entry.file);
    const StoryLoadResult story = parse_story(test::read_source_file("panels/" + entry.file), "panels/" + entry.file);
    REQUIRE(story.ok());
    CHECK(entry.title == story.story.title);
  }
  std::set<std::string> on_disk;
  for (const auto& file : std::filesystem::directory_iterator(panels)) {
    const std::string name = file.path().filename().string();
    if (file.path().extension() == ".json" && name != "index.json" && name != "story.schema.json") on_disk.insert(name);
  }
  CHECK(listed == on_disk);
}

// The index's diagnostics as text, one per line.
std::string listed_problems(const StoryIndex& index) {
  std::string out;
  for (const Diagnostic& d : index.diagnostics) out += format_diagnostic(d) + "\n";
  return out;
}

TEST_CASE("a malformed index is reported with its place, not fatal") {
  CHECK(listed_problems(parse_story_index("{\"stories\": 3}", "i.json")) ==
        "i.json:1:13: /stories: error: expected an array of stories, found an integer\n");
  CHECK(listed_problems(parse_story_index("{\"stories\": [", "i.json")).starts_with("i.json:1:14: error: "));
  CHECK(listed_problems(parse_story_index("[]", "i.json")) ==
        "i.json:1:1: error: expected a story list {\"stories\": [{\"file\", \"title\"}, …]}, found an array\n");
  const StoryIndex partial = parse_story_index(R"({"stories": [{"file": "a.json", "title": "A"}, {"nope": 1}]})", "i.json");
  REQUIRE(partial.stories.size() == 1);
  CHECK(partial.stories[0].file == "a.json");
  CHECK(listed_problems(partial) ==
        "i.json:1:48: /stories/1: error: missing \"file\": the story's file, relative to the index\n"
        "i.json:1:49: /stories/1/nope: warning: unknown key \"nope\" (ignored)\n");
}

TEST_CASE("an index is read within limits: its size, its length, its strings, its nesting, its UTF-8") {
  const std::string entry = R"({"file": "a.json", "title": "A"})";
  std::string many = R"({"stories": [)";
  for (int i = 0; i < 1001; ++i) many += (i ? "," : "") + entry;
  many += "]}";
  CHECK(listed_problems(parse_story_index(many, "i.json")) ==
        "i.json:1:13: /stories: error: the list has 1001 stories; the limit is 1000\n");
  CHECK(parse_story_index(many, "i.json").stories.empty());
  const std::string big = R"({"stories": []})" + std::string((1u << 20) - 14, ' ');
  CHECK(listed_problems(parse_story_index(big, "i.json")) ==
        "i.json:1:1: error: file is 1048577 bytes; the limit for a story list is 1048576\n");
  const StoryIndex long_title =
      parse_story_index(R"({"stories": [{"file": "a.json", "title": ")" + std::string(5000, 'x') + R"("}]})", "i.json");
  CHECK(listed_problems(long_title) == "i.json:1:42: /stories/0/title: error: text is 5000 bytes long; the limit is 4096\n");
  CHECK(listed_problems(parse_story_index(R"({"stories": [{"file": "a.json", "title": )" + std::string(40, '[') +
                                              std::string(40, ']') + "}]}", "i.json"))
            .find("error: values nest deeper than 16 levels") != std::string::npos);
  CHECK(listed_problems(parse_story_index("{\"stories\": [{\"file\": \"\xC3(.json\"}]}", "i.json")) ==
        "i.json:1:24: error: invalid UTF-8 byte sequence: save the file as UTF-8\n");
}

TEST_CASE("an index names only files inside its folder (the asset-path policy), each once") {
  const StoryIndex index = parse_story_index(R"({"stories": [
    {"file": "https://evil.example/x.json"}, {"file": "/etc/passwd"}, {"file": "../../x.json"},
    {"file": "sub\\x.json"}, {"file": "ok.json", "title": {"fr": "Bien", "en": "Fine"}}, {"file": "./ok.json"},
    {"file": "../assets/other.json"}]})",
                                             "site/panels/index.json");
  const std::string problems = listed_problems(index);
  CAPTURE(problems);
  REQUIRE(index.stories.size() == 2);  // ok.json, and ../assets/other.json: inside the site above panels/
  CHECK(index.stories[0].file == "ok.json");
  CHECK(index.stories[0].title.get("en", "fr") == "Fine");
  CHECK(index.stories[1].file == "../assets/other.json");
  CHECK(problems.find("site/panels/index.json:2:14: /stories/0/file: error: ") == 0);
  CHECK(problems.find("/stories/1/file: error: ") != std::string::npos);
  CHECK(problems.find("/stories/2/file: error: ") != std::string::npos);
  CHECK(problems.find("/stories/3/file: error: ") != std::string::npos);
  CHECK(problems.find("/stories/5: warning: the list names \"./ok.json\" twice: listed once") != std::string::npos);
  // In a folder not named panels/, the index's own folder is the root.
  CHECK(parse_story_index(R"({"stories": [{"file": "../x.json"}]})", "mine/index.json").stories.empty());
}
