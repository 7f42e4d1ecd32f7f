#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/starter_story.hpp"
#include "core/story_folder.hpp"
#include "core/story_json.hpp"

using namespace frise;

namespace {
void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}
}  // namespace

TEST_CASE("folder: its stories are those that load, after those its index lists, the rest say why") {
  namespace fs = std::filesystem;
  const fs::path folder = fs::temp_directory_path() / "frise-folder-test";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const std::string story = R"({"frise": 1, "title": "B story", "panels": [{"id": "a"}]})";
  write(folder / "b.json", story);
  write(folder / "a.json", R"({"frise": 1, "title": {"fr": "A", "en": "A story"}, "panels": [{"id": "a"}]})");
  write(folder / "listed.json", story);
  write(folder / "index.json", R"({"stories": [{"file": "listed.json", "title": "Listed"}, {"file": "gone.json"}]})");
  write(folder / "story.schema.json", "{}");
  write(folder / "notes.json", R"({"todo": 1})");
  write(folder / "broken.json", "{");
  write(folder / "readme.txt", "not json");
  const FolderStories found = list_folder_stories(folder.string());
  CHECK(found.error == "");
  REQUIRE(found.stories.size() == 3);
  CHECK(found.stories[0].file == (folder / "listed.json").generic_string());
  CHECK(found.stories[1].file == (folder / "a.json").generic_string());
  CHECK(found.stories[1].title.get("en", "fr") == "A story");
  CHECK(found.stories[2].file == (folder / "b.json").generic_string());
  REQUIRE(found.skipped.size() == 3);
  CHECK(found.skipped[0].find("gone.json, which is not there") != std::string::npos);
  CHECK(found.skipped[1].starts_with("broken.json: not a story that loads: "));
  CHECK(found.skipped[2].starts_with("notes.json: not a story that loads: "));
  fs::remove_all(folder);
}

TEST_CASE("folder: a missing folder or a file says so") {
  CHECK(list_folder_stories("/nonexistent/frise").error == "/nonexistent/frise: no such folder");
  CHECK(list_folder_stories("/etc/hostname").error == "/etc/hostname: not a folder");
}

TEST_CASE("new: the starter story loads clean, two characters and three panels over its placeholder") {
  const StoryLoadResult loaded = parse_story(starter_story_json(), "my-story/story.json", {});
  for (const Diagnostic& d : loaded.diagnostics) INFO(format_diagnostic(d));
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.story.characters.size() == 2);
  CHECK(loaded.story.panels.size() == 3);
  const StarterImage image = starter_image();
  CHECK(image.rgba.size() == static_cast<std::size_t>(StarterImage::width * StarterImage::height * 4));
  for (const Panel& panel : loaded.story.panels) {
    REQUIRE(panel.art.layers.size() == 1);
    CHECK(panel.art.layers[0].image.width == StarterImage::width);
    CHECK(panel.art.layers[0].image.height == StarterImage::height);
  }
}
