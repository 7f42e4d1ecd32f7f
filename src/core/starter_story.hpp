// The story `frise new` writes: two characters, three panels over one placeholder picture (with
// the faces and mouths marked, so the balloons' tails find them), dated, in one chapter: small
// enough to read at once, complete enough to show every common key, and clean under
// `frise validate --strict`.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace frise {

struct StarterImage {
  static constexpr int width = 960, height = 640;
  std::vector<std::uint8_t> rgba;  // width x height, rows from the top
};

// The story's JSON text; its art is "art/placeholder.png" and its schema "story.schema.json",
// both beside it.
std::string starter_story_json();
// The placeholder picture: a sky, the ground and two simple figures where the story's regions say.
StarterImage starter_image();

}  // namespace frise
