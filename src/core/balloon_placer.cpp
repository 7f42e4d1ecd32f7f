#include "core/balloon_placer.hpp"

#include "core/balloon_tail.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace frise {
namespace {

constexpr float kNoRoom = std::numeric_limits<float>::max();
// The longest tail, as a share of the art's smaller side.
constexpr float kMaxTailShare = 0.45f;
constexpr float kTallBalloonCost = 1.2f;
// Letterers draw balloons as ovals wider than tall; narrower than this, a balloon reads as a
// column of two-word lines.
constexpr float kBalloonWidthPerHeight = 1.4f;
// Past the art's sides, a balloon breaks the panel's border: it costs, and most of it stays inside.
constexpr float kOverhangCost = 2.0f;
constexpr float kLeastInsideArt = 0.5f;
// How far above another head (a share of the art's height) a balloon without a tail still reads
// as theirs when it is nearer to them than to its speaker.
constexpr float kLoomReach = 0.35f;
// A balloon with a tail close over someone else's head (a share of the art's height) costs this.
constexpr float kHoverReach = 0.2f;
constexpr float kHoverCost = 1.5f;
// A speaker's second balloon in a row with a tail of its own, instead of glued to the first.
constexpr float kSecondTailCost = 1.0f;

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


struct Candidate {
  float score = kNoRoom;
  PlacedBalloon placed;
  // Glued where the previous balloon's tail runs: the tail moves to this one, nearer the speaker.
  bool takes_tail = false;
};


class Placer {
 public:
  Placer(const BalloonLayoutInput& in, std::vector<std::vector<BalloonShape>> shapes, const PlacerSearch& search)
      : in_(in),
        shapes_(std::move(shapes)),
        search_(search),
        area_(lettering_area(in)),
        margin_(std::min(in.art.w, in.art.h) * 0.025f),
        gap_(margin_ * 0.6f),
        max_tail_(kMaxTailShare * std::min(in.art.w, in.art.h)),
        // From the paper beside the art, a tail may have most of its height to cross to a mouth.
        max_tail_from_paper_(std::max(max_tail_, 0.8f * in.art.h)) {
    calm_ = in.calm;
    // The paper above a small art is where its words belong (a portrait window). The paper beside
    // it is room to overflow into, not a place to prefer: counted calm, balloons drifted out over
    // the panel's side borders while the art's own sky was free.
    for (const Rect& sheet : in.paper)
      if (sheet.w > 0 && sheet.h > 0 && sheet.y + sheet.h <= in.art.y + 0.5f) calm_.push_back(sheet);
    // Without regions the art says nothing of faces: keep each tail's point in the open and stay
    // off an estimate of the speaker's face (sized from the art as characters are drawn).
    for (const BalloonSpec& spec : in.balloons) {
      if (!spec.target) continue;
      if (spec.speaker_face) continue;
      guarded_.push_back(*spec.target);
      estimated_faces_.push_back({spec.target->x - 0.07f * in.art.h, spec.target->y - 0.13f * in.art.h, 0.14f * in.art.h, 0.16f * in.art.h});
    }
    // Under each face of the art, a body (without faces given, under everything kept clear).
    for (const BalloonSpec& spec : in.balloons)
      if (spec.speaker_face) add_body(*spec.speaker_face);
    for (const Rect& r : in.faces.empty() ? in.keep_clear : in.faces) add_body(r);
  }

  // The torso right under a face, as wide as the shoulders: a balloon there hides what the person
  // does (typing, pointing, holding) and reads as a sign on their chest. Below it, the rest of
  // the body down to the art's bottom, which matters less (legs, a desk).
  void add_body(const Rect& face) {
    const Rect torso = torso_under(face, in_.art);
    const Rect lower{face.x - face.w * 0.2f, torso.bottom(), face.w * 1.4f, std::max(0.0f, in_.art.bottom() - torso.bottom())};
    for (const Rect& known : torsos_)
      if (same_rect(known, torso)) return;
    torsos_.push_back(torso);
    bodies_.push_back(lower);
  }

  // The cost of the arrangement place() kept (kNoRoom when none).
  float best_score() const { return best_score_; }

  // Depth-first over each balloon's best few places, so that one greedy choice cannot block the
  // next balloon, keeping the arrangement with the best total score; the number of tries is
  // bounded.
  bool place(std::vector<PlacedBalloon>& out) {
    out.clear();
    best_.clear();
    best_score_ = kNoRoom;
    tries_ = 0;
    // A balloon with no place even alone leaves nothing to search (a small window, many words):
    // the panel learns it at the cost of one look per balloon, not of every arrangement tried.
    // A speaker going on may still fit glued to their previous balloon, so they are not asked.
    for (std::size_t i = 0; i < in_.balloons.size(); ++i)
      if (!in_.balloons[i].continues && candidates(i, out).empty()) return false;
    place_from(0, out, 0);
    out = best_;
    return best_score_ != kNoRoom;
  }

 private:
  void place_from(std::size_t i, std::vector<PlacedBalloon>& out, float score) {
    if (score >= best_score_) return;  // already worse than an arrangement found
    if (i == in_.balloons.size()) {
      best_ = out;
      best_score_ = score;
      return;
    }
    if (++tries_ > search_.max_tries) return;
    const std::vector<Candidate> options = candidates(i, out);
    for (std::size_t k = 0; k < options.size(); ++k) {
      std::optional<Tail> handed_over;
      if (options[k].takes_tail) handed_over = std::exchange(out.back().tail, std::nullopt);
      out.push_back(options[k].placed);
      place_from(i + 1, out, score + options[k].score);
      out.pop_back();
      if (options[k].takes_tail) out.back().tail = handed_over;
    }
  }

  bool joins_previous(std::size_t i, const std::vector<PlacedBalloon>& placed) const {
    return in_.balloons[i].continues && !placed.empty();
  }

  // Whether `tail` crosses no face or prop but its speaker's, ends on no line of the art (a thin
  // prop, a raised arm: a tail may cross one, but its point there reads as aimed at it), and does
  // not climb up through the
  // speaker's own chest (from a balloon below, a tail through the body to the chin reads as a
  // sign hung on them, and letterers never draw it).
  bool tail_misses_art(const Tail& tail, const BalloonSpec& spec) const {
    for (const Rect& r : in_.keep_clear) {
      if (spec.speaker_face && same_rect(r, *spec.speaker_face)) continue;
      if (triangle_meets(tail.base_a, tail.base_b, tail.tip, r)) return false;
    }
    for (const Rect& r : in_.lines)
      if (r.grown(gap_ * 0.5f).contains(tail.tip)) return false;
    if (spec.speaker_face && tail.tip.y < tail.base_middle().y) {
      const Rect& face = *spec.speaker_face;
      const Rect chest{face.x, face.bottom() + face.h * 0.15f, face.w, face.h * 1.2f};
      if (triangle_meets(tail.base_a, tail.base_b, tail.tip, chest)) return false;
    }
    return true;
  }

  // Whether `tail` crosses no balloon placed and no other tail (the last balloon's own tail is not
  // counted when `ignore_last_tail`: it is being handed over).
  bool tail_misses_balloons(const Tail& tail, const std::vector<PlacedBalloon>& placed, bool ignore_last_tail) const {
    for (std::size_t k = 0; k < placed.size(); ++k) {
      const PlacedBalloon& other = placed[k];
      if (triangle_meets(tail.base_a, tail.base_b, tail.tip, other.box.grown(gap_ * 0.5f))) return false;
      if (ignore_last_tail && k + 1 == placed.size()) continue;
      if (other.tail && (tails_cross(tail, *other.tail) || tails_converge(tail, *other.tail, in_.text_px * 0.9f)))
        return false;
    }
    return true;
  }

  static bool same_rect(const Rect& a, const Rect& b) { return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; }

  // Where balloon `i` of `shape` may go: anywhere on a grid over the art, or, when it goes on
  // from the previous balloon, glued to it (overlapping its edge by less than both paddings, so
  // the outlines merge and no text is covered), to its right or below it.
  std::vector<Rect> positions(const BalloonShape& shape, BalloonKind kind, const std::vector<PlacedBalloon>& placed,
                              bool glued) const {
    const Rect& area = area_;
    std::vector<Rect> out;
    if (glued) {
      const PlacedBalloon& previous = placed.back();
      // Clouds do not merge: a thought goes on in a cloud just apart, joined by a bubble.
      const float overlap = kind == BalloonKind::thought ? -shape.pad * 0.8f
                                                         : std::min(shape.pad, previous.text.x - previous.box.x) * 0.6f;
      const Rect& p = previous.box;
      for (int k = 0; k <= 6; ++k) {
        const float t = static_cast<float>(k) / 6;
        // Right: level with it or lower, its top between the previous top and middle.
        out.push_back({p.right() - overlap, p.y + t * p.h * 0.5f, shape.box.x, shape.box.y});
        // Below: from under its left part to under its right part.
        out.push_back({p.x + t * std::max(0.0f, p.w - shape.box.x * 0.4f) - shape.box.x * 0.3f, p.bottom() - overlap,
                       shape.box.x, shape.box.y});
      }
      return out;
    }
    constexpr int columns = 16, rows = 12;
    const float free_w = area.w - 2 * margin_ - shape.box.x, free_h = area.h - 2 * margin_ - shape.box.y;
    if (free_w < 0 || free_h < 0) return out;
    for (int row = 0; row <= rows; ++row)
      for (int column = 0; column <= columns; ++column)
        out.push_back({area.x + margin_ + static_cast<float>(column) / columns * free_w,
                       area.y + margin_ + static_cast<float>(row) / rows * free_h, shape.box.x, shape.box.y});
    return out;
  }

  std::vector<Candidate> candidates(std::size_t i, const std::vector<PlacedBalloon>& placed) const {
    std::vector<Candidate> found;
    // A speaker going on is glued to their previous balloon when there is room for it there;
    // else the balloon stands on its own, with its own tail.
    for (const bool glued : {true, false}) {
      if (glued && !joins_previous(i, placed)) continue;
      for (std::size_t k = 0; k < shapes_[i].size(); ++k) {
        const BalloonShape& shape = shapes_[i][k];
        const std::vector<Rect> places = positions(shape, in_.balloons[i].kind, placed, glued);
        for (std::size_t n = 0; n < places.size(); ++n) {
          const Rect& box = places[n];
          Candidate c;
          // A grid place is judged against the art once, however many arrangements try it.
          Fixed scratch;
          const Fixed& fixed = glued ? (scratch = judge_fixed(i, box, true)) : memo(i, k, n, places.size(), box);
          c.score = judge(i, box, shape.pad, placed, glued, fixed, c.placed.tail, c.takes_tail);
          if (c.score == kNoRoom) continue;
          c.placed.box = box;
          c.placed.text = box.grown(-shape.pad);
          c.placed.joined = glued;
          found.push_back(c);
        }
      }
      if (!found.empty()) break;
    }
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
    // Keep alternatives that differ: the next best places are usually the same one nudged.
    std::vector<Candidate> distinct;
    for (const Candidate& c : found) {
      bool near = false;
      for (const Candidate& d : distinct)
        near |= shared_area(c.placed.box, d.placed.box) > search_.same_place * c.placed.box.w * c.placed.box.h;
      if (!near) distinct.push_back(c);
      if (distinct.size() == (i == 0 ? search_.first_breadth : search_.breadth)) break;
    }
    return distinct;
  }

  // What judging a place owes to the art alone, not to the balloons already placed.
  struct Fixed {
    bool allowed = false;
    float score = 0;                // bodies, guessed faces, the author's hint, calm areas
    // The tails from there crossing no face or prop but the speaker's, best first; worked out
    // when a place passes the other tests (most do not).
    mutable std::optional<std::vector<TailOption>> tails;
  };

  const Fixed& memo(std::size_t i, std::size_t shape, std::size_t place, std::size_t places, const Rect& box) const {
    if (memo_.size() < in_.balloons.size()) memo_.resize(in_.balloons.size());
    std::vector<std::optional<Fixed>>& row = memo_[i];
    const std::size_t key = shape * places + place;
    if (row.size() <= key) row.resize((shape + 1) * places);
    if (!row[key]) row[key] = judge_fixed(i, box, false);
    return *row[key];
  }

  Fixed judge_fixed(std::size_t i, const Rect& box, bool joined) const {
    const BalloonSpec& spec = in_.balloons[i];
    Fixed fixed;
    if (!area_.grown(-margin_ * 0.5f).contains(box)) return fixed;
    for (const std::vector<Rect>* list : {&in_.keep_clear, &in_.lines})
      for (const Rect& r : *list)
        if (overlaps(box, r, gap_ * 0.5f)) return fixed;
    const Rect guarded = box.grown(gap_);
    for (const Vec2& point : guarded_)
      if (guarded.contains(point)) return fixed;
    // The page beside the art is room to break the border into, not to live on: most of the
    // balloon stays inside the art, and the more of it hangs past the art's sides, the less it
    // reads as part of the panel.
    const float inside_w = std::max(0.0f, std::min(box.right(), in_.art.right()) - std::max(box.x, in_.art.x));
    if (inside_w < kLeastInsideArt * box.w) return fixed;
    fixed.allowed = true;
    float score = 0;
    for (const Rect& face : estimated_faces_)
      if (overlaps(box, face, 0)) score += 2.5f;
    // A balloon on someone's body hides what they do (typing, drawing, holding): the sky first.
    for (const Rect& torso : torsos_) score += 3.0f * shared_area(box, torso) / (box.w * box.h);
    for (const Rect& body : bodies_) score += 1.0f * shared_area(box, body) / (box.w * box.h);
    if (spec.placement != Placement::automatic && !joined) {
      const Vec2 hint = hint_anchor(spec.placement);
      const float fx = (box.centre().x - area_.x) / area_.w, fy = (box.centre().y - area_.y) / area_.h;
      // A hint, not an order: faces, props and tails come first.
      score += 0.7f * std::sqrt((fx - hint.x) * (fx - hint.x) + (fy - hint.y) * (fy - hint.y));
    } else {
      score += 1.2f * (box.y - area_.y) / area_.h;  // balloons sit high, over the calm part of the picture
    }
    if (!calm_.empty()) {
      float calm = 0;
      for (const Rect& r : calm_) calm += shared_area(box, r);
      score += 1.5f * (1 - std::min(1.0f, calm / (box.w * box.h)));
    }
    score += kOverhangCost * (1 - inside_w / box.w);
    // Even with a tail, a balloon right over someone else's head is first read as theirs.
    if (spec.speaker_face && spec.kind != BalloonKind::caption && over_someone_else(box, *spec.speaker_face, kHoverReach))
      score += kHoverCost;
    const float narrowness = kBalloonWidthPerHeight * box.h / box.w;
    if (narrowness > 1) score += kTallBalloonCost * (narrowness - 1);
    fixed.score = score;
    return fixed;
  }

  // Lower is better; kNoRoom where the balloon may not go.
  float judge(std::size_t i, const Rect& box, float pad, const std::vector<PlacedBalloon>& placed, bool joined,
              const Fixed& fixed, std::optional<Tail>& tail, bool& takes_tail) const {
    const Rect& art = in_.art;
    const BalloonSpec& spec = in_.balloons[i];
    takes_tail = false;
    if (!fixed.allowed) return kNoRoom;
    for (std::size_t k = 0; k < placed.size(); ++k) {
      const PlacedBalloon& other = placed[k];
      // A joined balloon overlaps the one it goes on from, by construction: only the text counts.
      const bool glued_to = joined && k + 1 == placed.size();
      const bool merges = glued_to && spec.kind != BalloonKind::thought;
      if (merges ? overlaps(box.grown(-pad * 0.9f), other.text, 0) : overlaps(box, other.box, glued_to ? 0 : gap_))
        return kNoRoom;
      if (other.tail && triangle_meets(other.tail->base_a, other.tail->base_b, other.tail->tip, box.grown(gap_ * 0.5f))) {
        if (!glued_to) return kNoRoom;
        takes_tail = true;  // glued across the tail of the balloon it goes on from: the tail moves here
      }
    }
    if (!placed.empty()) {
      // Reading order: the next balloon is below the previous one (then it may be further left),
      // or level with it and to its right. One further left that only starts a little lower is
      // read first: the eye goes left to right before it goes down, so "below" means under most
      // of the previous balloon, not under its middle.
      const Rect& previous = placed.back().box;
      const bool below = box.y >= previous.bottom() - 0.15f * previous.h;
      const bool level_right = box.x >= previous.right() - gap_ - pad && box.y >= previous.y - 0.08f * previous.h;
      if (!below && !level_right) return kNoRoom;
      // Nor may it sit left of any earlier balloon at its level: the eye would reach it first.
      for (std::size_t k = 0; k + 1 < placed.size(); ++k) {
        const Rect& earlier = placed[k].box;
        if (box.right() <= earlier.x + gap_ + pad && box.y < earlier.bottom() - 0.15f * earlier.h) return kNoRoom;
      }
    }
    float score = fixed.score;
    if (joined && !takes_tail) {
      // Glued to the previous balloon: it must still read as this speaker's, not sit over the
      // head of someone else.
      tail.reset();
      if (spec.speaker_face && looms_over_other_face(box, *spec.speaker_face)) return kNoRoom;
    } else if (spec.target && spec.kind != BalloonKind::caption) {
      // The best tail from here that crosses nothing.
      if (!fixed.tails) {
        fixed.tails.emplace();
        const bool on_paper = !in_.paper.empty() && !art.contains(box);
        for (TailOption& option : tail_options(spec, box, pad, art, on_paper ? max_tail_from_paper_ : max_tail_, in_.faces))
          if (tail_misses_art(option.tail, spec)) fixed.tails->push_back(std::move(option));
      }
      const TailOption* chosen = nullptr;
      for (const TailOption& option : *fixed.tails) {
        if (!tail_misses_balloons(option.tail, placed, takes_tail)) continue;
        chosen = &option;
        break;
      }
      if (!chosen) return kNoRoom;
      tail = chosen->tail;
      score += placed_tail_cost(*chosen, art, pad);
      // A speaker going on in a balloon of its own: two tails to one mouth, where letterers glue
      // the second balloon to the first.
      if (spec.continues && !joined && !placed.empty()) score += kSecondTailCost;
    }
    return score;
  }

  // Whether a balloon without a tail would be read as someone else's: its middle right over
  // another head, close above it, and not over the speaker's; or over another head further
  // above it, when that head is nearer to it than the speaker's (the eye drops from a balloon
  // to the head below it).
  bool looms_over_other_face(const Rect& box, const Rect& speaker_face) const {
    if (hangs_over(box, speaker_face, 0.12f)) return false;
    if (over_someone_else(box, speaker_face, kLoomReach)) return true;
    // Without faces given, anything kept clear may be a head. (A prop speaks for no one: a
    // balloon over a shelf still reads as the speaker's.)
    if (in_.faces.empty())
      for (const Rect& r : in_.keep_clear)
        if (!same_rect(r, speaker_face) && r.h > 0 && hangs_over(box, r, 0.12f)) return true;
    return false;
  }

  // Whether the balloon's middle is over `face` and its bottom at most `within` of the art's
  // height above it.
  bool hangs_over(const Rect& box, const Rect& face, float within) const {
    const float middle = box.centre().x;
    return middle > face.x - face.w * 0.5f && middle < face.right() + face.w * 0.5f && face.y >= box.bottom() - 1 &&
           face.y - box.bottom() < within * in_.art.h;
  }

  // Whether the balloon hangs over another head (within `within`) that is nearer to it than the
  // speaker's: the eye drops from a balloon to the head below it.
  bool over_someone_else(const Rect& box, const Rect& speaker_face, float within) const {
    if (hangs_over(box, speaker_face, 0.12f)) return false;
    const float to_speaker = std::fabs(box.centre().x - speaker_face.centre().x);
    for (const Rect& r : in_.faces)
      if (!same_rect(r, speaker_face) && r.h > 0 && hangs_over(box, r, within) && std::fabs(box.centre().x - r.centre().x) < to_speaker)
        return true;
    return false;
  }

  const BalloonLayoutInput& in_;
  std::vector<std::vector<BalloonShape>> shapes_;
  PlacerSearch search_;
  Rect area_;               // where balloons may go: the art, and the paper beside it
  std::vector<Rect> calm_;  // the art's calm areas, and the paper above the art
  float margin_, gap_;
  float max_tail_;  // longer, a tail is a needle across the panel: the balloon moves nearer
  float max_tail_from_paper_;
  std::vector<Vec2> guarded_;
  std::vector<Rect> estimated_faces_;
  // Soft: balloons may go there when nothing else fits, the torsos last.
  std::vector<Rect> torsos_, bodies_;
  int tries_ = 0;
  // Each balloon's grid places judged against the art, by shape and place.
  mutable std::vector<std::vector<std::optional<Fixed>>> memo_;
  std::vector<PlacedBalloon> best_;  // the best complete arrangement so far
  float best_score_ = kNoRoom;
};

}  // namespace

std::optional<float> place_balloons(const BalloonLayoutInput& in, std::vector<std::vector<BalloonShape>> shapes,
                                    const PlacerSearch& search, std::vector<PlacedBalloon>& out) {
  Placer placer(in, std::move(shapes), search);
  if (!placer.place(out)) return std::nullopt;
  return placer.best_score();
}

}  // namespace frise
