#include "core/balloon_tail.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace frise {
namespace {

// sqrt of squares, not std::hypot: window-pixel lengths cannot overflow a float, and hypot's
// care for that made it a fifth of a panel's layout time.
float length(Vec2 a, Vec2 b) {
  const float dx = b.x - a.x, dy = b.y - a.y;
  return std::sqrt(dx * dx + dy * dy);
}
Vec2 lerp(Vec2 a, Vec2 b, float t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

enum class Edge { top, bottom, left, right };

// The point where the segment from the box's centre to `p` leaves the box.
Vec2 exit_point(const Rect& box, Vec2 p) {
  const Vec2 c = box.centre();
  const float dx = p.x - c.x, dy = p.y - c.y;
  const float tx = dx != 0 ? (box.w / 2) / std::fabs(dx) : std::numeric_limits<float>::max();
  const float ty = dy != 0 ? (box.h / 2) / std::fabs(dy) : std::numeric_limits<float>::max();
  const float t = std::min({tx, ty, 1.0f});
  return {c.x + dx * t, c.y + dy * t};
}

// The wedge from `edge` of the box to `tip`, its base centred as near `along` (a coordinate along
// the edge) as the rounded corners allow. About a quarter of the balloon's width, a little wider
// on a long tail so that it stays a wedge and not a needle, never a squat triangle on a short one.
Tail wedge(const Rect& box, float pad, Edge edge, float along, Vec2 tip) {
  const float radius = std::min(pad * 1.8f, std::min(box.w, box.h) * 0.45f);
  const bool horizontal = edge == Edge::top || edge == Edge::bottom;
  Tail tail;
  tail.tip = tip;
  // The base's width depends on the tail's length, which depends on where the corners let the
  // base go: the second round measures from where the first put it.
  for (int round = 0; round < 2; ++round) {
    const Vec2 on_edge = horizontal ? Vec2{along, edge == Edge::top ? box.y : box.bottom()}
                                    : Vec2{edge == Edge::left ? box.x : box.right(), along};
    const float reach = length(on_edge, tip);
    float base_w = std::max(pad * 1.5f, std::min(std::max(box.w * 0.25f, std::min(box.w * 0.33f, reach * 0.3f)), 1.6f * reach));
    if (horizontal) {
      base_w = std::min(base_w, std::max(1.0f, box.w - 2 * radius));
      const float low = box.x + radius + base_w / 2;
      along = std::clamp(along, low, std::max(low, box.right() - radius - base_w / 2));
      tail.base_a = {along - base_w / 2, on_edge.y};
      tail.base_b = {along + base_w / 2, on_edge.y};
    } else {
      // A side is short on a one-line balloon: the wedge may reach halfway into the corners.
      base_w = std::min(base_w, std::max(1.0f, box.h - radius));
      const float low = box.y + radius / 2 + base_w / 2;
      along = std::clamp(along, low, std::max(low, box.bottom() - radius / 2 - base_w / 2));
      tail.base_a = {on_edge.x, along - base_w / 2};
      tail.base_b = {on_edge.x, along + base_w / 2};
    }
  }
  return tail;
}

// Where on the box a tail towards `p` may start: each edge that faces `p`, under `p` itself
// (the shortest tail) or where the line from the balloon's middle leaves it, or between the two.
struct BaseSpot {
  Edge edge;
  float along;
};
std::vector<BaseSpot> base_spots(const Rect& box, Vec2 p) {
  std::vector<BaseSpot> out;
  const Vec2 exit = exit_point(box, p);
  const auto add = [&out](Edge edge, float nearest, float middle) {
    out.push_back({edge, nearest});
    if (std::fabs(nearest - middle) > 1) {
      out.push_back({edge, middle});
      out.push_back({edge, (nearest + middle) / 2});
    }
  };
  if (p.y > box.bottom()) add(Edge::bottom, p.x, exit.x);
  if (p.y < box.y) add(Edge::top, p.x, exit.x);
  if (p.x < box.x) add(Edge::left, p.y, exit.y);
  if (p.x > box.right()) add(Edge::right, p.y, exit.y);
  return out;
}

// The angle between the tail and the line from its base to the mouth.
float stray_of(const Tail& tail, Vec2 mouth) {
  const Vec2 from = tail.base_middle();
  const float dx = tail.tip.x - from.x, dy = tail.tip.y - from.y;
  const float mx = mouth.x - from.x, my = mouth.y - from.y;
  const float norms = std::sqrt((dx * dx + dy * dy) * (mx * mx + my * my));
  const float cosine = norms > 0 ? (dx * mx + dy * my) / norms : 1.0f;
  return std::acos(std::clamp(cosine, -1.0f, 1.0f));
}

// Whether a speech tail ending at `tip` reads as pointing at the eyes or the forehead: beside or
// on the upper part of the head.
bool tip_at_eyes(Vec2 tip, const Rect& face) {
  return tip.y >= face.y - face.h * 0.05f && tip.y < face.y + 0.62f * face.h && tip.x > face.x - face.w * 0.6f &&
         tip.x < face.right() + face.w * 0.6f;
}

// Whether the wedge stands out from its balloon as a tail: its tip far enough from the base's
// line, and not leaning so far along the edge that it lies flat on the outline (a sliver along
// the bottom edge reads as a hairline, not as a tail).
bool stands_out(const Tail& tail) {
  const float bx = tail.base_b.x - tail.base_a.x, by = tail.base_b.y - tail.base_a.y;
  const float base = std::sqrt(bx * bx + by * by);
  if (base < 1) return true;
  const Vec2 m = tail.base_middle();
  const float tx = tail.tip.x - m.x, ty = tail.tip.y - m.y;
  const float height = std::fabs(bx * ty - by * tx) / base;   // from the base's line
  const float lateral = std::fabs(bx * tx + by * ty) / base;  // along it
  return height >= 0.2f * base && lateral <= 2.5f * height;
}

float distance_to(const Rect& r, Vec2 p) {
  const float dx = std::max({r.x - p.x, 0.0f, p.x - r.right()}), dy = std::max({r.y - p.y, 0.0f, p.y - r.bottom()});
  return std::sqrt(dx * dx + dy * dy);
}

}  // namespace

float placed_tail_cost(const TailOption& chosen, const Rect& art, float pad) {
  const Tail& tail = chosen.tail;
  const Vec2 base = tail.base_middle();
  const float tail_length = length(base, tail.tip);
  const float unit = std::min(art.w, art.h);
  float cost = 8.0f * std::max(0.0f, tail_length - 0.1f * unit) / unit;
  cost += 0.8f * chosen.stray;
  if (!chosen.at_mouth) cost += 3.0f;            // over the hair: the reader's eye has further to go
  if (tail_length < pad * 0.8f) cost += 0.6f;    // too short to see
  if (tail.tip.y < base.y) cost += 0.4f;         // pointing up
  if (tail.base_a.x == tail.base_b.x) cost += 0.3f;  // from a side: a narrower wedge
  return cost;
}

float tail_stop_gap(const Rect& art, const Rect* face) {
  const float gap = std::min(art.w, art.h) * 0.03f;
  return face ? std::min(gap, 0.25f * std::max(face->w, face->h)) : gap;
}

std::vector<TailOption> tail_options(const BalloonSpec& spec, const Rect& box, float pad, const Rect& art, float max_length,
                                     const std::vector<Rect>& faces) {
  std::vector<TailOption> out;
  if (!spec.target || spec.kind == BalloonKind::caption) return out;
  const Vec2 target = *spec.target;
  const Rect* face = spec.speaker_face ? &*spec.speaker_face : nullptr;
  const float gap = tail_stop_gap(art, face);
  const auto keep = [&](const Tail& tail, Vec2 aimed_at, bool at_mouth = true) {
    const float reach = length(tail.base_middle(), tail.tip);
    // Shorter than the balloon's padding, the wedge hides under the outline's curve: the balloon
    // would read as having no tail, nobody's.
    if (reach < pad || reach > max_length || box.contains(tail.tip) || !stands_out(tail)) return;
    const float stray = stray_of(tail, aimed_at);
    out.push_back({tail, stray, at_mouth, reach / std::min(art.w, art.h) + 0.6f * stray + (at_mouth ? 0.0f : 1.0f)});
  };

  if (spec.kind == BalloonKind::thought || !face) {
    // Thoughts rise from the head: the balloon sits above it and the bubbles stop over the hair.
    // Without a face, the tail stops a little short of the author's point.
    Vec2 aim = target;
    if (face) {
      if (box.bottom() > face->y - gap) return out;
      aim = {std::clamp(target.x, face->x + face->w * 0.25f, face->right() - face->w * 0.25f), face->y};
    }
    for (const BaseSpot& spot : base_spots(box, aim)) {
      Tail tail = wedge(box, pad, spot.edge, spot.along, aim);
      const Vec2 from = tail.base_middle();
      const float full = length(from, aim);
      if (full < 1) continue;
      const float stop = face ? gap / full : std::min(0.18f, gap / full);
      tail.tip = lerp(from, aim, std::max(0.0f, 1 - stop));
      keep(tail, aim);
    }
  } else {
    // Speech: aimed straight at the mouth, ending short of the face where the line meets it, when
    // it meets the face at the mouth's height or below (from the side, from under the chin)...
    const Rect& f = *face;
    for (const BaseSpot& spot : base_spots(box, target)) {
      const Vec2 from = wedge(box, pad, spot.edge, spot.along, target).base_middle();
      const float full = length(from, target);
      const float entry = segment_entry(from, target, f);
      if (full < 1 || entry <= 0) continue;
      const Vec2 tip = lerp(from, target, std::max(0.0f, entry - gap / full));
      if (lerp(from, target, entry).y >= f.y + 0.6f * f.h) keep(wedge(box, pad, spot.edge, spot.along, tip), target);
      else if (tip.y < f.y) keep(wedge(box, pad, spot.edge, spot.along, tip), target, false);  // over the hair
    }
    // ...or, from a balloon above or beside the head, down beside the cheek to the mouth's
    // height: the tail ends next to the mouth, not on the hair.
    const Rect inner = f.grown(-0.15f * std::min(f.w, f.h));
    for (const Vec2 tip : {Vec2{f.x - gap, target.y}, Vec2{f.right() + gap, target.y}}) {
      if ((tip.x < f.x) != (box.centre().x < target.x) && (box.right() < f.x || box.x > f.right())) continue;
      for (const BaseSpot& spot : base_spots(box, tip)) {
        const Tail tail = wedge(box, pad, spot.edge, spot.along, tip);
        if (triangle_meets(tail.base_a, tail.base_b, tail.tip, inner)) continue;  // across the face
        keep(tail, target);
      }
    }
    // A tip nearer someone else's face than the speaker's mouth (between two heads) would read
    // as theirs.
    const auto someone_elses = [&](Vec2 tip) {
      for (const Rect& other : faces)
        if (!(other.x == f.x && other.y == f.y) && distance_to(other, tip) < length(tip, target)) return true;
      return false;
    };
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const TailOption& o) { return (o.at_mouth && tip_at_eyes(o.tail.tip, f)) || someone_elses(o.tail.tip); }),
              out.end());
  }
  std::stable_sort(out.begin(), out.end(), [](const TailOption& a, const TailOption& b) { return a.cost < b.cost; });
  return out;
}

bool tails_cross(const Tail& a, const Tail& b) {
  const Vec2 p = a.base_middle(), q = a.tip, r = b.base_middle(), s = b.tip;
  const auto side = [](Vec2 o, Vec2 u, Vec2 v) { return (u.x - o.x) * (v.y - o.y) - (u.y - o.y) * (v.x - o.x); };
  return side(p, q, r) * side(p, q, s) < 0 && side(r, s, p) * side(r, s, q) < 0;
}

bool tails_converge(const Tail& a, const Tail& b, float near) {
  const float dx = a.tip.x - b.tip.x, dy = a.tip.y - b.tip.y;
  if (dx * dx + dy * dy > near * near) return false;
  const Vec2 u{a.tip.x - a.base_middle().x, a.tip.y - a.base_middle().y};
  const Vec2 v{b.tip.x - b.base_middle().x, b.tip.y - b.base_middle().y};
  const float lengths = std::sqrt((u.x * u.x + u.y * u.y) * (v.x * v.x + v.y * v.y));
  if (lengths <= 0) return false;
  // The same way: one long double line. Straight at each other (one from above, one from
  // below): one line running from balloon to balloon, past the face.
  const float cosine = (u.x * v.x + u.y * v.y) / lengths;
  return cosine > 0.5f || cosine < -0.87f;
}

}  // namespace frise
