#include "core/geometry.hpp"

#include <algorithm>
#include <cmath>

namespace frise {

float shared_area(const Rect& a, const Rect& b) {
  const float w = std::min(a.right(), b.right()) - std::max(a.x, b.x);
  const float h = std::min(a.bottom(), b.bottom()) - std::max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0.0f;
}

// Liang–Barsky: clip the segment's parameter range against each pair of parallel edges.
float segment_entry(Vec2 a, Vec2 b, const Rect& r) {
  float t0 = 0, t1 = 1;
  const float d[2] = {b.x - a.x, b.y - a.y};
  const float low[2] = {r.x - a.x, r.y - a.y};
  const float high[2] = {r.right() - a.x, r.bottom() - a.y};
  for (int axis = 0; axis < 2; ++axis) {
    if (std::fabs(d[axis]) < 1e-6f) {
      if (low[axis] > 0 || high[axis] < 0) return -1;  // parallel and outside
      continue;
    }
    float near_t = low[axis] / d[axis], far_t = high[axis] / d[axis];
    if (near_t > far_t) std::swap(near_t, far_t);
    t0 = std::max(t0, near_t);
    t1 = std::min(t1, far_t);
    if (t0 > t1) return -1;
  }
  return t0;
}

namespace {
float cross(Vec2 o, Vec2 a, Vec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

bool triangle_contains(Vec2 a, Vec2 b, Vec2 c, Vec2 p) {
  const float d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
  const bool negative = d1 < 0 || d2 < 0 || d3 < 0, positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}
}  // namespace

bool triangle_meets(Vec2 a, Vec2 b, Vec2 c, const Rect& r) {
  // Most rectangles tested (faces, props, balloons) are nowhere near the tail: their boxes apart
  // settle it before any clipping.
  if (std::max({a.x, b.x, c.x}) < r.x || std::min({a.x, b.x, c.x}) > r.right() || std::max({a.y, b.y, c.y}) < r.y ||
      std::min({a.y, b.y, c.y}) > r.bottom())
    return false;
  if (segment_meets(a, b, r) || segment_meets(b, c, r) || segment_meets(c, a, r)) return true;
  // No edge touches the rectangle: either it lies wholly inside the triangle, or they are apart.
  return triangle_contains(a, b, c, {r.x, r.y});
}

}  // namespace frise
