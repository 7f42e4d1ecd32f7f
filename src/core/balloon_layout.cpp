#include "core/balloon_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace frise {
namespace {

bool overlaps(const Rect& a, const Rect& b, float gap) {
  return a.x < b.right() + gap && b.x < a.right() + gap && a.y < b.bottom() + gap && b.y < a.bottom() + gap;
}

bool contains_point(const Rect& r, Vec2 p) { return p.x >= r.x && p.x <= r.right() && p.y >= r.y && p.y <= r.bottom(); }

// Whether the segment from `a` to `b` passes through `r` (sampled: tails are short and balloons
// large, so a dozen points do not miss one).
bool segment_crosses(Vec2 a, Vec2 b, const Rect& r) {
  for (int i = 1; i < 12; ++i) {
    const float t = static_cast<float>(i) / 12;
    if (contains_point(r, {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t})) return true;
  }
  return false;
}

// Where the author's hint asks the balloon's centre to be, in fractions of the free area.
Vec2 hint_anchor(Placement placement) {
  switch (placement) {
    case Placement::top_left: return {0, 0};
    case Placement::top: return {0.5f, 0};
    case Placement::top_right: return {1, 0};
    case Placement::left: return {0, 0.5f};
    case Placement::right: return {1, 0.5f};
    case Placement::bottom_left: return {0, 1};
    case Placement::bottom: return {0.5f, 1};
    case Placement::bottom_right: return {1, 1};
    case Placement::automatic: break;
  }
  return {0.5f, 0};
}

// The point where the segment from the box's centre to `tip` leaves the box.
Vec2 exit_point(const Rect& box, Vec2 tip) {
  const Vec2 c{box.x + box.w / 2, box.y + box.h / 2};
  const float dx = tip.x - c.x, dy = tip.y - c.y;
  const float tx = dx != 0 ? (box.w / 2) / std::fabs(dx) : std::numeric_limits<float>::max();
  const float ty = dy != 0 ? (box.h / 2) / std::fabs(dy) : std::numeric_limits<float>::max();
  const float t = std::min({tx, ty, 1.0f});
  return {c.x + dx * t, c.y + dy * t};
}

struct Sized {
  Vec2 box;   // outline size
  float pad;
};

// Tries to place every balloon at one text scale; false when one of them finds no room.
bool place_all(const BalloonLayoutInput& in, const std::vector<Sized>& sizes, std::vector<PlacedBalloon>& out) {
  const Rect& art = in.art;
  const float margin = std::min(art.w, art.h) * 0.025f;
  const float gap = margin * 0.6f;
  out.clear();
  constexpr int columns = 16, rows = 12;
  // Every speaker's mouth in the panel stays visible, not only the one a balloon points at; and
  // a balloon over the rest of a speaker's face (eyes and hair above the mouth, sized from the
  // art's height as the characters are drawn) is placed there only when nothing else fits.
  std::vector<Vec2> mouths;
  std::vector<Rect> faces;
  for (const BalloonSpec& spec : in.balloons) {
    if (!spec.tail) continue;
    const Vec2 mouth{art.x + spec.tail->x * art.w, art.y + spec.tail->y * art.h};
    mouths.push_back(mouth);
    faces.push_back({mouth.x - 0.07f * art.h, mouth.y - 0.13f * art.h, 0.14f * art.h, 0.16f * art.h});
  }
  for (std::size_t i = 0; i < in.balloons.size(); ++i) {
    const BalloonSpec& spec = in.balloons[i];
    const Vec2 size = sizes[i].box;
    const float free_w = art.w - 2 * margin - size.x, free_h = art.h - 2 * margin - size.y;
    if (free_w < 0 || free_h < 0) return false;
    std::optional<Vec2> tip;
    if (spec.tail) tip = Vec2{art.x + spec.tail->x * art.w, art.y + spec.tail->y * art.h};
    const Vec2 hint = hint_anchor(spec.placement);

    float best_score = std::numeric_limits<float>::max();
    Rect best;
    for (int row = 0; row <= rows; ++row) {
      for (int column = 0; column <= columns; ++column) {
        const float fx = static_cast<float>(column) / columns, fy = static_cast<float>(row) / rows;
        const Rect box{art.x + margin + fx * free_w, art.y + margin + fy * free_h, size.x, size.y};
        bool clash = false;
        for (const PlacedBalloon& placed : out) clash |= overlaps(box, placed.box, gap);
        const Rect guarded{box.x - gap, box.y - gap, box.w + 2 * gap, box.h + 2 * gap};
        for (const Vec2& mouth : mouths) clash |= contains_point(guarded, mouth);
        if (clash) continue;
        float score = 0;
        for (const Rect& face : faces)
          if (overlaps(box, face, 0)) score += 2.5f;
        if (spec.placement != Placement::automatic) {
          score += 3.0f * std::hypot(fx - hint.x, fy - hint.y);
        } else {
          score += 1.5f * fy;  // balloons sit high, over the calm part of the picture
          if (tip) score += 1.0f * std::fabs(box.x + box.w / 2 - tip->x) / art.w;
        }
        // A tail hidden behind another balloon loses its speaker, both ways round.
        for (const PlacedBalloon& placed : out) {
          if (placed.tail && segment_crosses(placed.tail_base, *placed.tail, box)) score += 2.0f;
          if (tip && spec.kind != BalloonKind::caption && segment_crosses(exit_point(box, *tip), *tip, placed.box))
            score += 2.0f;
        }
        if (tip) {
          // Keep the tail short enough to read as one.
          const Vec2 base = exit_point(box, *tip);
          const float length = std::hypot(tip->x - base.x, tip->y - base.y);
          score += 2.0f * std::max(0.0f, length - 0.3f * art.h) / art.h;
          if (tip->y < box.y) score += 0.3f;  // tails pointing up read worse than down
        }
        if (!out.empty()) {
          // Reading order: the next balloon is lower, or level and further right.
          const Rect& previous = out.back().box;
          if (box.y + box.h / 2 < previous.y + previous.h / 2 - 0.25f * previous.h && box.x < previous.x) score += 1.2f;
        }
        if (score < best_score) {
          best_score = score;
          best = box;
        }
      }
    }
    if (best_score == std::numeric_limits<float>::max()) return false;
    PlacedBalloon placed;
    placed.box = best;
    const float pad = sizes[i].pad;
    placed.text = {best.x + pad, best.y + pad, best.w - 2 * pad, best.h - 2 * pad};
    if (tip && spec.kind != BalloonKind::caption) {
      placed.tail = tip;
      placed.tail_base = exit_point(best, *tip);
    }
    out.push_back(placed);
  }
  return true;
}

}  // namespace

float balloon_padding(BalloonKind kind, float text_px) {
  switch (kind) {
    case BalloonKind::thought: return text_px * 0.9f;
    case BalloonKind::shout: return text_px * 0.85f;
    case BalloonKind::caption: return text_px * 0.4f;
    case BalloonKind::speech:
    case BalloonKind::whisper: break;
  }
  return text_px * 0.6f;
}

BalloonLayout layout_balloons(const BalloonLayoutInput& in) {
  BalloonLayout out;
  if (in.balloons.empty()) return out;
  // Smaller text before giving up; below 0.75 of the body size balloons get hard to read.
  for (float scale : std::array{1.0f, 0.9f, 0.8f, 0.75f}) {
    if (scale < 1.0f && in.text_px * scale < in.min_text_px) break;
    std::vector<Sized> sizes;
    for (const BalloonSpec& spec : in.balloons) {
      const float pad = balloon_padding(spec.kind, in.text_px * scale);
      const float max_text_w = std::max(1.0f, std::min(in.art.w * 0.55f, in.text_px * scale * 16) - 2 * pad);
      const Vec2 text = spec.measure_text ? spec.measure_text(max_text_w, scale) : Vec2{};
      sizes.push_back({{text.x + 2 * pad, text.y + 2 * pad}, pad});
    }
    float covered = 0;
    for (const Sized& size : sizes) covered += size.box.x * size.box.y;
    // Too many words for this picture: shrinking them would only make them harder to read.
    if (covered > in.max_coverage * in.art.w * in.art.h) break;
    out.text_scale = scale;
    if (place_all(in, sizes, out.balloons)) return out;
  }
  out.fits = false;
  out.balloons.clear();
  return out;
}

}  // namespace frise
