#include <doctest/doctest.h>

#include <string>

#include "core/reading_state.hpp"

using namespace frise;

namespace {

Story story_with_panels(const std::string& id, std::initializer_list<const char*> panel_ids) {
  Story story;
  story.id = id;
  for (const char* panel_id : panel_ids) {
    Panel panel;
    panel.id = panel_id;
    story.panels.push_back(panel);
  }
  return story;
}

}  // namespace

TEST_CASE("reading state round trip") {
  ReadingState state;
  state.preferences.language = "en";
  state.preferences.theme = ThemeName::contrast;
  state.preferences.text_size = 1.2f;
  state.preferences.line_spacing = 1.45f;  // saved as set, steps or not
  state.preferences.reduced_motion = true;
  state.preferences.dyslexia_font = true;
  state.preferences.timeline = TimelinePlace::hidden;
  state.preferences.save_by_rename = false;
  state.remember("road45", "p12");
  state.remember("écoles", "la-rentrée");  // ids are UTF-8
  const std::string json = to_json(state);
  CHECK(json.find("\"text_size\":1.2,") != std::string::npos);  // written tidily
  const ReadingStateLoad load = ReadingState::from_json(json);
  CHECK(load.ignored.empty());
  CHECK(load.state == state);
  CHECK(ReadingState::from_json(to_json(ReadingState{})).state == ReadingState{});
  // Invalid UTF-8 in an id is replaced, not thrown about.
  ReadingState odd;
  odd.remember("bad\xC3", "p1");
  CHECK_NOTHROW((void)to_json(odd));
}

TEST_CASE("reading state: malformed input keeps the defaults, field by field") {
  const Settings defaults;
  for (const char* text : {"", "not json", "[1,2]", "{\"preferences\": 3}", "{\"stories\": {}}", "{\"prefer", "null",
                           "{\"preferences\": {\"theme\": \"purple\", \"text_size\": \"big\", \"reduced_motion\": 1,"
                           " \"language\": \"../../etc\", \"timeline\": null}}"}) {
    CAPTURE(text);
    ReadingStateLoad load;
    CHECK_NOTHROW(load = ReadingState::from_json(text));
    CHECK(load.state.preferences == defaults);
    CHECK(load.state.stories.empty());
    CHECK_FALSE(load.ignored.empty());
  }
  // One bad field costs only itself.
  const ReadingStateLoad mixed = ReadingState::from_json(R"({
    "format": 1, "future_field": {"x": 1},
    "preferences": {"theme": "dark", "text_size": true, "line_spacing": 9, "colour": "red"},
    "stories": [{"story": "a", "panel": "p1"}, {"story": "b"}, 42, {"story": "", "panel": "p"},
                {"story": "c", "panel": 7}, {"story": "d", "panel": "p4", "extra": 1}]
  })");
  CHECK(mixed.state.preferences.theme == ThemeName::dark);
  CHECK(mixed.state.preferences.text_size == defaults.text_size);
  CHECK(mixed.state.preferences.line_spacing == line_spacing_range.max);  // clamped
  REQUIRE(mixed.state.stories.size() == 2);
  CHECK(mixed.state.stories[0] == StoryPosition{"a", "p1"});
  CHECK(mixed.state.stories[1] == StoryPosition{"d", "p4"});
  CHECK(mixed.ignored.size() == 7);  // future_field, text_size, colour, and 4 bad stories
  CHECK(ReadingState::from_json(R"({"preferences": {"text_size": 0.01}})").state.preferences.text_size == text_size_range.min);
}

TEST_CASE("reading state: starting panel") {
  const Story story = story_with_panels("road45", {"intro", "p1", "p2", "p3"});
  ReadingState state;
  SUBCASE("an unknown story opens at the start") {
    state.remember("other", "p2");
    CHECK(starting_panel(story, state, "") == 0);
  }
  SUBCASE("the remembered panel") {
    state.remember("road45", "p2");
    CHECK(starting_panel(story, state, "") == 2);
  }
  SUBCASE("a removed panel falls back to the start") {
    state.remember("road45", "p9");
    CHECK(starting_panel(story, state, "") == 0);
  }
  SUBCASE("a requested panel wins over the remembered one") {
    state.remember("road45", "p2");
    CHECK(starting_panel(story, state, "p3") == 3);
    CHECK(starting_panel(story, state, "intro") == 0);
    // A link to a panel that no longer exists resumes where the reader stopped.
    CHECK(starting_panel(story, state, "gone") == 2);
  }
  SUBCASE("an empty story") { CHECK(starting_panel(story_with_panels("road45", {}), state, "p1") == 0); }
  SUBCASE("the latest position of a story counts") {
    state.remember("road45", "p1");
    state.remember("road45", "p3");
    CHECK(state.stories.size() == 1);
    CHECK(starting_panel(story, state, "") == 3);
  }
}

TEST_CASE("reading state remembers at most 1,000 stories, forgetting the oldest") {
  ReadingState state;
  for (int i = 0; i < 1005; ++i) state.remember("story" + std::to_string(i), "p");
  CHECK(state.stories.size() == ReadingState::max_stories);
  CHECK(state.last_panel("story4") == nullptr);
  REQUIRE(state.last_panel("story5") != nullptr);
  CHECK(state.stories.front().story_id == "story5");
  // Reading an old story again makes it the newest: it survives the next arrivals.
  state.remember("story5", "p7");
  state.remember("new", "p");
  CHECK(*state.last_panel("story5") == "p7");
  CHECK(state.last_panel("story6") == nullptr);
  // Empty and over-long ids are not remembered.
  state.remember("", "p");
  state.remember("x", std::string(ReadingState::max_id_bytes + 1, 'p'));
  CHECK(state.last_panel("x") == nullptr);

  // A file holding more (an older version, a hand edit) keeps the newest 1,000.
  std::string json = R"({"stories": [)";
  for (int i = 0; i < 1500; ++i) json += (i ? "," : "") + std::string(R"({"story": "s)") + std::to_string(i) + R"(", "panel": "p"})";
  json += "]}";
  const ReadingStateLoad load = ReadingState::from_json(json);
  CHECK(load.state.stories.size() == ReadingState::max_stories);
  CHECK(load.state.stories.front().story_id == "s500");
  CHECK(load.state.stories.back().story_id == "s1499");
}

TEST_CASE("reading state: the window's place goes and comes back, a nonsense one is dropped alone") {
  ReadingState state;
  state.window = WindowPlace{-1200, 40, 1024, 700};
  const ReadingState back = ReadingState::from_json(to_json(state)).state;
  REQUIRE(back.window);
  CHECK(*back.window == *state.window);
  const ReadingStateLoad tiny = ReadingState::from_json(
      R"({"format": 1, "preferences": {"theme": "dark"}, "window": {"x": 0, "y": 0, "width": 1, "height": 1}})");
  CHECK_FALSE(tiny.state.window);
  CHECK(tiny.state.preferences.theme == ThemeName::dark);
  CHECK(tiny.ignored.size() == 1);
  CHECK_FALSE(ReadingState::from_json(R"({"window": [1, 2]})").state.window);
  CHECK_FALSE(ReadingState::from_json(R"({"window": {"x": "a", "y": 0, "width": 800, "height": 600}})").state.window);
  CHECK(to_json(ReadingState{}).find("window") == std::string::npos);  // never moved: not written
}
