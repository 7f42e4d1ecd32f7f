// Placing a panel's balloons over its art: every balloon inside the art, none overlapping
// another, none covering the point its tail aims at, in reading order (top to bottom, left to
// right), near the placement the author hinted. When the text cannot fit even at a smaller
// size, the layout says so and the view moves the balloons under the art, as a dialogue strip.
#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "core/geometry.hpp"
#include "core/story.hpp"

namespace frise {

struct BalloonSpec {
  BalloonKind kind = BalloonKind::speech;
  Placement placement = Placement::automatic;
  std::optional<Point> tail;  // in fractions of the art area
  // Size of the balloon's text (speaker name included) wrapped to at most `max_width`, at
  // `text_scale` times the base text size.
  std::function<Vec2(float max_width, float text_scale)> measure_text;
};

struct PlacedBalloon {
  Rect box;                    // the balloon's outline
  Rect text;                   // where its text goes
  std::optional<Vec2> tail;    // tip of the tail, when it has one
  Vec2 tail_base;              // where the tail leaves the outline
};

struct BalloonLayout {
  std::vector<PlacedBalloon> balloons;  // same order as the specs
  float text_scale = 1;
  bool fits = true;  // false: no arrangement fits even at the smallest text; balloons is empty
};

struct BalloonLayoutInput {
  Rect art;
  float text_px = 16;      // base text size, for padding and gaps
  float min_text_px = 12;  // smaller than this is hard to read: move to the dialogue strip instead
  // Balloons may cover at most this share of the art; past it the picture would be lost under
  // the words (small windows), so they move to the dialogue strip.
  float max_coverage = 0.3f;
  std::vector<BalloonSpec> balloons;
};

BalloonLayout layout_balloons(const BalloonLayoutInput& input);

// Inner padding of a balloon of this kind, for text of size `text_px` (clouds and spikes need more).
float balloon_padding(BalloonKind kind, float text_px);

}  // namespace frise
