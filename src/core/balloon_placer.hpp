// The search behind layout_balloons (balloon_layout.cpp): where each balloon of a panel may go,
// what each place costs (faces, props, bodies, calm areas, reading order, tails), and the
// arrangement of all of them that costs least. Internal to the balloon layout.
#pragma once

#include "core/balloon_layout.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace frise {

// One size a balloon may take: its outline, and the padding inside it.
struct BalloonShape {
  Vec2 box;
  float pad;
};

// How widely the search looks.
struct PlacerSearch {
  std::size_t breadth;        // how many of each balloon's best places are tried...
  std::size_t first_breadth;  // ...and of the first balloon's, which decides the room of all others
  int max_tries;              // how many partial arrangements at most
  float same_place;           // the share of a place a better one may cover before they count as one
};


// Places every balloon of `in`, each in one of its `shapes`, into `out`; the arrangement's total
// cost, or nothing when the balloons find no legal arrangement within the search.
std::optional<float> place_balloons(const BalloonLayoutInput& in, std::vector<std::vector<BalloonShape>> shapes,
                                    const PlacerSearch& search, std::vector<PlacedBalloon>& out);

}  // namespace frise
