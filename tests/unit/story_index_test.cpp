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

TEST_CASE("a malformed index is reported, not fatal") {
  CHECK(parse_story_index("{\"stories\": 3}", "i.json").diagnostics.size() == 1);
  const StoryIndex partial = parse_story_index(R"({"stories": [{"file": "a.json", "title": "A"}, {"nope": 1}]})", "i.json");
  CHECK(partial.stories.size() == 1);
  CHECK(partial.diagnostics.size() == 1);
  CHECK(format_diagnostic(partial.diagnostics[0]) == "i.json: /stories/1: error: expected {\"file\": \"story.json\", \"title\": …}");
}
