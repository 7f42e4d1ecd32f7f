// The tails a balloon could have, as a letterer draws them: a wedge from the balloon's outline
// whose base is about a quarter of the balloon's width, aimed at the speaker's mouth and ending
// just short of it, beside the cheek or under the chin, never over the speaker's eyes or on the
// crown of the head. A balloon above a head points down beside it, at the mouth's height. Thought
// balloons trail towards the top of the head and stop above it. The caller picks the best tail
// that crosses nothing (balloon_layout.cpp).
#pragma once
#include <vector>

#include "core/balloon_layout.hpp"

namespace frise {

struct TailOption {
  Tail tail;
  // How far (radians) its direction strays from the mouth: a tail beside the head points a little
  // past it.
  float stray = 0;
  // It ends by the mouth (beside the cheek, under the chin), not above the head: the tail of a
  // balloon right above its speaker can only stop over the hair, where the reader's eye has to
  // go on down to the mouth; the layout takes one only when nothing better fits.
  bool at_mouth = true;
  // Lower is better: long tails, and tails that stray, cost more.
  float cost = 0;
};

// The tails a balloon at `box` (inner padding `pad`) may have towards `spec`'s target, best first;
// none longer than `max_length` (a needle across the panel reads as no one's). Empty when the
// balloon has no tail (no target, a narration box) or none can be drawn from there.
// `faces` are all the faces of the art: a tip nearer another face than its speaker's mouth would
// read as that person's.
std::vector<TailOption> tail_options(const BalloonSpec& spec, const Rect& box, float pad, const Rect& art, float max_length,
                                     const std::vector<Rect>& faces = {});

// What a balloon's place costs for the tail it would have (lower is better): a tail reads best
// short and pointing down at the mouth; a needle across the panel reads as no one's.
float placed_tail_cost(const TailOption& chosen, const Rect& art, float pad);

// How far short of the speaker's face a tail stops: clearly apart from it, not resting on it, and
// close enough to the mouth that the reader's eye goes there.
float tail_stop_gap(const Rect& art, const Rect* face);

// Whether the centre lines of two tails cross: a reader follows them, and crossed they swap speakers.
bool tails_cross(const Tail& a, const Tail& b);

// Whether two tails come the same way (less than 60 degrees apart) to tips within `near` of each
// other: their wedges merge into one long double line, and neither balloon reads as the
// speaker's own; or straight at each other (more than 150 degrees apart): they read as one line
// from balloon to balloon. Tails to one mouth from two sides (at an angle) are fine.
bool tails_converge(const Tail& a, const Tail& b, float near);

}  // namespace frise
