#include "core/balloon_layout.hpp"

#include "core/balloon_placer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace frise {

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

float balloon_corner_radius(const PlacedBalloon& b) {
  const float pad = b.text.x - b.box.x;
  return std::min(pad * 1.8f, std::min(b.box.w, b.box.h) * 0.45f);
}

bool shows_speaker_name(const std::vector<std::string>& speakers, const std::vector<bool>& has_tail, std::size_t index) {
  if (index >= speakers.size() || speakers[index].empty() || has_tail[index]) return false;
  // The first of a run: two speakers off the panel taking turns are named at each turn.
  return index == 0 || speakers[index - 1] != speakers[index] || has_tail[index - 1];
}

Rect torso_under(const Rect& face, const Rect& art) {
  return {face.x - face.w * 0.3f, face.bottom(), face.w * 1.6f, std::min(face.h * 1.6f, std::max(0.0f, art.bottom() - face.bottom()))};
}

float most_hidden_torso(const BalloonLayoutInput& in, const BalloonLayout& layout) {
  float most = 0;
  for (const Rect& face : in.faces) {
    const Rect torso = torso_under(face, in.art);
    if (torso.w <= 0 || torso.h <= 0) continue;
    float hidden = 0;  // balloons never overlap each other, so their shares add up
    for (const PlacedBalloon& b : layout.balloons) hidden += shared_area(b.box, torso);
    most = std::max(most, std::min(1.0f, hidden / (torso.w * torso.h)));
  }
  return most;
}

Rect lettering_area(const BalloonLayoutInput& in) {
  float left = in.art.x, top = in.art.y, right = in.art.right(), bottom = in.art.bottom();
  for (const Rect& sheet : in.paper) {
    if (sheet.w <= 0 || sheet.h <= 0) continue;
    left = std::min(left, sheet.x);
    top = std::min(top, sheet.y);
    right = std::max(right, sheet.right());
    bottom = std::max(bottom, sheet.bottom());
  }
  return {left, top, right - left, bottom - top};
}

BalloonLayout layout_balloons(const BalloonLayoutInput& in) {
  BalloonLayout out;
  if (in.balloons.empty()) return out;
  // A little smaller text before giving up (never below the smallest readable size): much
  // smaller and the balloons would not match the panel's other words.
  for (float scale : std::array{1.0f, 0.9f}) {
    if (scale < 1.0f && in.text_px * scale < in.min_text_px) break;
    std::vector<std::vector<BalloonShape>> shapes;
    float covered = 0;
    for (const BalloonSpec& spec : in.balloons) {
      const float pad = balloon_padding(spec.kind, in.text_px * scale);
      const float widest = std::max(1.0f, std::min(in.art.w * 0.9f, in.text_px * scale * 20) - 2 * pad);
      std::vector<BalloonShape>& options = shapes.emplace_back();
      // Wide and low (a band of sky), or narrower and taller (beside a head).
      for (float share : {1.0f, 0.8f, 0.62f, 0.5f, 0.4f}) {
        const Vec2 text = spec.measure_text ? spec.measure_text(widest * share, scale) : Vec2{};
        options.push_back({{text.x + 2 * pad, text.y + 2 * pad}, pad});
      }
      covered += options[2].box.x * options[2].box.y;
    }
    // Too many words for this picture: shrinking them would only make them harder to read. The
    // paper beside the art hides nothing.
    float paper_area = 0;
    for (const Rect& sheet : in.paper) paper_area += std::max(0.0f, sheet.w) * std::max(0.0f, sheet.h);
    if (covered > in.max_coverage * in.art.w * in.art.h + paper_area) break;
    out.text_scale = scale;
    // Most panels settle among each balloon's three best places. Where they do not, a wider
    // search often finds an arrangement the first balloon's favourite place blocked (a speaker's
    // second balloon with no room beside the first, unless the first sits higher): it costs a
    // few times more, and only for those panels. Last, many more of the first balloon's places,
    // told apart even a few steps from each other: where it stands decides the room left for all
    // the others, and one step may leave the next balloon just the room it needs.
    const PlacerSearch narrow{3, 3, 80, 0.5f}, wider{7, 7, 600, 0.5f}, widest{4, 80, 2500, 0.85f};
    if (const std::optional<float> cost = place_balloons(in, shapes, narrow, out.balloons)) {
      out.cost = *cost;
      // A speaker going on with a second tail instead of glued: the narrow search's first
      // arrangement may be a poor one that a wider look beats. Only then (it doubles the cost of
      // laying out a panel of several balloons).
      bool second_tail = false;
      for (std::size_t i = 1; i < in.balloons.size(); ++i) second_tail |= in.balloons[i].continues && !out.balloons[i].joined;
      std::vector<PlacedBalloon> better;
      if (second_tail)
        if (const std::optional<float> wider_cost = place_balloons(in, shapes, wider, better); wider_cost && *wider_cost < out.cost) {
          out.cost = *wider_cost;
          out.balloons = std::move(better);
        }
      return out;
    }
    for (const PlacerSearch& search : {wider, widest}) {
      if (in.balloons.size() < 2) break;
      if (const std::optional<float> cost = place_balloons(in, shapes, search, out.balloons)) {
        out.cost = *cost;
        return out;
      }
    }
  }
  out.fits = false;
  out.balloons.clear();
  return out;
}

}  // namespace frise
