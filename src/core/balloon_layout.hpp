// Placing a panel's balloons over its art as a letterer would: every balloon inside the art, none
// overlapping another, none on a face (anyone's) or on a prop the panel is about, in calm areas
// first, in reading order (top to bottom, left to right), near the placement the author hinted.
// Tails are wedges about a quarter of the balloon's width at the base, aimed at the speaker's
// mouth and stopping short of the head; no tail crosses another balloon, face or prop. Thought
// balloons trail bubbles that stop above the thinker's head. When the words cannot fit so, the
// layout says so and the view moves them under the art, as a dialogue strip.
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
  // Where the tail aims, in window pixels: the speaker's mouth, or the author's tail point. None:
  // no tail (a speaker off the panel, a narration box).
  std::optional<Vec2> target;
  // The speaker's own face, when the art gives it: the tail stops before it, thought bubbles
  // above it.
  std::optional<Rect> speaker_face;
  // The same speaker goes on from the previous balloon: this one is glued to it (the outlines
  // merge), with no tail of its own, as letterers split a long speech in two; where there is no
  // room for that, it stands on its own with its own tail.
  bool continues = false;
  // Size of the balloon's text (speaker name included) wrapped to at most `max_width`, at
  // `text_scale` times the base text size.
  std::function<Vec2(float max_width, float text_scale)> measure_text;
};

// A tail as drawn: a wedge from two points on the balloon's outline to its tip. Thought
// balloons draw their bubbles along the same wedge, shrinking towards the tip.
struct Tail {
  Vec2 base_a, base_b;
  Vec2 tip;
  Vec2 base_middle() const { return {(base_a.x + base_b.x) / 2, (base_a.y + base_b.y) / 2}; }
};

struct PlacedBalloon {
  Rect box;                   // the balloon's outline
  Rect text;                  // where its text goes
  std::optional<Tail> tail;   // when it has one
  // It goes on from the previous balloon: the two overlap at an edge (never over text) and are
  // drawn as one outline.
  bool joined = false;
};

struct BalloonLayout {
  std::vector<PlacedBalloon> balloons;  // same order as the specs
  float text_scale = 1;
  bool fits = true;  // false: no arrangement fits even at the smallest text; balloons is empty
  // What the arrangement costs, lower being better (the sum of what judges each balloon's place
  // and tail): two arrangements of the same balloons can be compared by it.
  float cost = 0;
};

struct BalloonLayoutInput {
  Rect art;
  float text_px = 16;           // base text size, for padding and gaps
  float min_text_px = kMinTextPx;  // smaller than this: move to the dialogue strip instead
  // Balloons may cover at most this share of the art; past it the picture would be lost under
  // the words (small windows), so they move to the dialogue strip.
  float max_coverage = 0.4f;
  std::vector<BalloonSpec> balloons;
  // In window pixels. No balloon and no tail may touch these (faces and props of the art)...
  std::vector<Rect> keep_clear;
  // The faces among them: under each, a torso balloons keep off when they can.
  std::vector<Rect> faces;
  // Thin props (an arrow, a cable, a raised arm): no balloon may touch them, and tails may cross
  // them but not end on them.
  std::vector<Rect> lines;
  // ...and balloons go here first (the art's calm areas).
  std::vector<Rect> calm;
  // Page beside the art, outside the panel's frame: above it (a portrait window's small art) or
  // either side of it (a wide window). Where the art has no room for its words, balloons go there
  // too, as comics let a balloon break the panel's border, their tails entering the art towards
  // the mouths. It covers nothing; the paper above the art counts as calm, the paper at its sides
  // only as room. Each rectangle touches the art along a whole side.
  std::vector<Rect> paper;
};

// The torso right under a face, as wide as the shoulders, down to the art's bottom at most.
Rect torso_under(const Rect& face, const Rect& art);

// The largest share of one person's torso (under each of `in.faces`) that the balloons hide: near
// 1, a floating head.
float most_hidden_torso(const BalloonLayoutInput& in, const BalloonLayout& layout);

// Where balloons may go: the art, and the paper beside it when there is some (the smallest
// rectangle holding them all).
Rect lettering_area(const BalloonLayoutInput& input);

BalloonLayout layout_balloons(const BalloonLayoutInput& input);

// Inner padding of a balloon of this kind, for text of size `text_px` (clouds and spikes need more).
float balloon_padding(BalloonKind kind, float text_px);
// Corner radius of a rounded balloon: round, but never so round that the text's corners poke out.
float balloon_corner_radius(const PlacedBalloon& balloon);

// Whether a balloon shows its speaker's name: readers know who speaks from the tail, so only a
// balloon without one (a speaker off the panel) names its speaker, the first time in the panel.
// `speakers` and `has_tail` are the panel's balloons in order.
bool shows_speaker_name(const std::vector<std::string>& speakers, const std::vector<bool>& has_tail, std::size_t index);

}  // namespace frise
