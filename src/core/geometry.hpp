// Plain 2D geometry shared by layout and drawing, in logical pixels (not device pixels).
#pragma once

namespace frise {

// Text smaller than this (CSS / logical pixels) is hard to read: no balloon, caption or name is
// drawn smaller, whatever the window.
inline constexpr float kMinTextPx = 14.0f;

struct Vec2 {
  float x = 0, y = 0;
};

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;

  float right() const { return x + w; }
  float bottom() const { return y + h; }
  Vec2 centre() const { return {x + w / 2, y + h / 2}; }
  bool contains(const Rect& other) const {
    return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
  }
  bool contains(Vec2 p) const { return p.x >= x && p.x <= right() && p.y >= y && p.y <= bottom(); }
  // The same rectangle grown by `by` on every side (shrunk when negative).
  Rect grown(float by) const { return {x - by, y - by, w + 2 * by, h + 2 * by}; }
};

// Whether two rectangles share any area once `a` is grown by `gap` (touching edges do not count).
inline bool overlaps(const Rect& a, const Rect& b, float gap = 0) {
  return a.x - gap < b.right() && b.x < a.right() + gap && a.y - gap < b.bottom() && b.y < a.bottom() + gap;
}

// Area shared by two rectangles.
float shared_area(const Rect& a, const Rect& b);

// Where the segment from `a` to `b` first enters `r`, as a fraction 0–1 of the way; a negative
// value when it misses `r` (0 when `a` is inside).
float segment_entry(Vec2 a, Vec2 b, const Rect& r);
inline bool segment_meets(Vec2 a, Vec2 b, const Rect& r) { return segment_entry(a, b, r) >= 0; }

// Whether the triangle (a, b, c) and the rectangle share any point.
bool triangle_meets(Vec2 a, Vec2 b, Vec2 c, const Rect& r);

}  // namespace frise
