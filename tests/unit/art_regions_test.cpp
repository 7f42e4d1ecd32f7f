// The art's regions (faces, props, calm areas) as the story format reads, checks and writes them.
#include <doctest/doctest.h>

#include "core/story_json.hpp"
#include "diagnostic_text.hpp"

using namespace frise;

namespace {
using frise::test::messages;

// A one-panel story whose art layer has `regions`.
std::string story_with_regions(const std::string& regions) {
  return R"({"frise": 1, "title": "T", "characters": [{"id": "aryana", "name": "Aryana"}],
"panels": [{"id": "p", "art": [{"image": "a.png", "width": 960, "height": 640, "alt": "x",
"regions": )" + regions + "}]}]}";
}
}  // namespace

TEST_CASE("regions are read: a face with its character and mouth, a prop with its label, a calm area") {
  const StoryLoadResult r = parse_story(story_with_regions(R"([
    {"kind": "face", "who": "aryana", "x": 0.2, "y": 0.3, "w": 0.1, "h": 0.2, "mouth": {"x": 0.25, "y": 0.45}},
    {"kind": "face", "x": 0.6, "y": 0.3, "w": 0.1, "h": 0.2},
    {"kind": "prop", "label": "loupe", "x": 0.4, "y": 0.5, "w": 0.1, "h": 0.1},
    {"kind": "calm", "x": 0, "y": 0, "w": 1, "h": 0.25}])"),
                                        "s.json");
  CHECK(messages(r) == "");
  REQUIRE(r.story.panels.size() == 1);
  const auto& regions = r.story.panels[0].art.layers.at(0).regions;
  REQUIRE(regions.size() == 4);
  CHECK(regions[0].kind == RegionKind::face);
  CHECK(regions[0].who == "aryana");
  REQUIRE(regions[0].mouth);
  CHECK(regions[0].mouth->y == doctest::Approx(0.45f));
  CHECK(regions[1].who.empty());  // an anonymous figure
  CHECK_FALSE(regions[1].mouth);
  CHECK(regions[2].kind == RegionKind::prop);
  CHECK(regions[2].label == "loupe");
  CHECK(regions[3].kind == RegionKind::calm);
  CHECK(regions[3].w == doctest::Approx(1.0f));
}

TEST_CASE("a region out of the art, of an unknown kind, or a mouth for an unknown character is refused") {
  const auto first_message = [](const std::string& regions) {
    const StoryLoadResult r = parse_story(story_with_regions(regions), "s.json");
    return r.diagnostics.empty() ? std::string() : r.diagnostics.front().path + ": " + r.diagnostics.front().message;
  };
  CHECK(first_message(R"([{"kind": "face", "x": 1.2, "y": 0, "w": 0.1, "h": 0.1}])") ==
        "/panels/0/art/0/regions/0/x: expected a number from 0 to 1, found 1.2");
  CHECK(first_message(R"([{"kind": "prop", "x": 0.95, "y": 0, "w": 0.1, "h": 0.1}])") ==
        "/panels/0/art/0/regions/0: the region leaves the art: x + w and y + h must be at most 1");
  CHECK(first_message(R"([{"kind": "calm", "x": 0.1, "y": 0, "w": 0, "h": 0.1}])") ==
        "/panels/0/art/0/regions/0: the region is empty: \"w\" and \"h\" must be above 0");
  CHECK(first_message(R"([{"kind": "hand", "x": 0, "y": 0, "w": 0.1, "h": 0.1}])") ==
        "/panels/0/art/0/regions/0/kind: expected face, prop or calm, found \"hand\"");
  CHECK(first_message(R"([{"kind": "face", "x": 0, "y": 0}])") ==
        "/panels/0/art/0/regions/0: missing \"w\": the width, a fraction of the art's width");
  CHECK(first_message(R"([{"kind": "face", "who": "robin", "x": 0, "y": 0, "w": 0.2, "h": 0.2, "mouth": {"x": 0.1, "y": 0.1}}])") ==
        "/panels/0/art/0/regions/0/who: no character has the id \"robin\"");
  const StoryLoadResult unknown = parse_story(
      story_with_regions(R"([{"kind": "face", "who": "robin", "x": 0, "y": 0, "w": 0.2, "h": 0.2, "mouth": {"x": 0.1, "y": 0.1}}])"),
      "s.json");
  REQUIRE(unknown.diagnostics.size() == 2);
  CHECK(unknown.diagnostics[1].severity == Severity::error);
  CHECK(unknown.diagnostics[1].message == "a mouth for an unknown character (\"robin\")");
  CHECK(first_message(R"([{"kind": "face", "x": 0, "y": 0, "w": 0.2, "h": 0.2, "mouth": {"x": 0.1, "y": 0.1}}])") ==
        "/panels/0/art/0/regions/0/mouth: a mouth needs the face's \"who\": the character whose balloons aim there");
  CHECK(first_message(R"([{"kind": "face", "who": "aryana", "x": 0, "y": 0, "w": 0.2, "h": 0.2, "mouth": {"x": 0.5, "y": 0.1}}])") ==
        "/panels/0/art/0/regions/0/mouth: the mouth lies outside its face");
  CHECK(first_message(R"([{"kind": "prop", "x": 0, "y": 0, "w": 0.2, "h": 0.2, "colour": "red"}])").starts_with(
      "/panels/0/art/0/regions/0/colour: unknown key"));
}

TEST_CASE("regions are written back as they were read") {
  const StoryLoadResult r = parse_story(story_with_regions(R"([
    {"kind": "face", "who": "aryana", "x": 0.2, "y": 0.3, "w": 0.1, "h": 0.2, "mouth": {"x": 0.25, "y": 0.45}},
    {"kind": "prop", "label": "loupe", "x": 0.4, "y": 0.5, "w": 0.1, "h": 0.1}])"),
                                        "s.json");
  REQUIRE(messages(r) == "");
  const StoryLoadResult again = parse_story(write_story(r.story), "again.json");
  CHECK(messages(again) == "");
  CHECK(again.story == r.story);
}

TEST_CASE("a thin prop is read and written back, and only a prop can be thin") {
  const StoryLoadResult r = parse_story(story_with_regions(R"([
    {"kind": "prop", "label": "flèche", "x": 0.3, "y": 0.2, "w": 0.3, "h": 0.1, "thin": true},
    {"kind": "prop", "label": "loupe", "x": 0.4, "y": 0.5, "w": 0.1, "h": 0.1}])"),
                                        "s.json");
  REQUIRE(messages(r) == "");
  const auto& regions = r.story.panels[0].art.layers.at(0).regions;
  REQUIRE(regions.size() == 2);
  CHECK(regions[0].thin);
  CHECK_FALSE(regions[1].thin);
  const StoryLoadResult again = parse_story(write_story(r.story), "again.json");
  CHECK(again.story == r.story);

  const StoryLoadResult face = parse_story(story_with_regions(R"([{"kind": "face", "x": 0, "y": 0, "w": 0.2, "h": 0.2, "thin": true}])"), "s.json");
  REQUIRE(face.diagnostics.size() == 1);
  CHECK(face.diagnostics[0].severity == Severity::warning);
  CHECK(face.diagnostics[0].path == "/panels/0/art/0/regions/0/thin");
  CHECK(face.diagnostics[0].message == "only a prop can be thin");
  CHECK_FALSE(face.story.panels[0].art.layers.at(0).regions[0].thin);
  const StoryLoadResult text = parse_story(story_with_regions(R"([{"kind": "prop", "x": 0, "y": 0, "w": 0.2, "h": 0.2, "thin": "yes"}])"), "s.json");
  REQUIRE_FALSE(text.diagnostics.empty());
  CHECK(text.diagnostics[0].message == "expected true or false, found a string");
}
