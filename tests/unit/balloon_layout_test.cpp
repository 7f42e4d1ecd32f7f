#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "core/balloon_layout.hpp"
#include "core/balloon_tail.hpp"

using namespace frise;

namespace {
// Text of `chars` characters of `char_w` px on lines of `line_h` px, at scale 1.
std::function<Vec2(float, float)> fake_text(int chars, float char_w, float line_h) {
  return [=](float max_width, float scale) {
    const float cw = char_w * scale;
    const int per_line = std::max(1, static_cast<int>(max_width / cw));
    const int lines = (chars + per_line - 1) / per_line;
    return Vec2{std::min(max_width, cw * static_cast<float>(std::min(chars, per_line))), line_h * scale * static_cast<float>(lines)};
  };
}

bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

// The checks a letterer would make of one laid-out panel; `faces[i]` is balloon i's speaker's
// face, when it has one.
void check_lettering(const BalloonLayoutInput& input, const BalloonLayout& layout) {
  for (std::size_t i = 0; i < layout.balloons.size(); ++i) {
    CAPTURE(i);
    const PlacedBalloon& b = layout.balloons[i];
    const BalloonSpec& spec = input.balloons[i];
    CHECK(lettering_area(input).contains(b.box));
    CHECK(b.box.contains(b.text));
    for (std::size_t j = 0; j < i; ++j) {
      if (b.joined && j + 1 == i) {
        // Glued to the previous balloon: their outlines overlap, their words never; a thought's
        // clouds stay just apart (a bubble joins them).
        CHECK_FALSE(overlap(b.text, layout.balloons[j].text));
        if (spec.kind == BalloonKind::thought) CHECK_FALSE(overlap(b.box, layout.balloons[j].box));
        else CHECK(overlap(b.box, layout.balloons[j].box));
      } else {
        CHECK_FALSE(overlap(b.box, layout.balloons[j].box));
      }
    }
    for (const Rect& r : input.keep_clear) CHECK_FALSE(overlap(b.box, r));
    if (i > 0) {  // reading order: lower, or to the right
      const Rect& previous = layout.balloons[i - 1].box;
        const bool below = b.box.y >= previous.y + 0.5f * previous.h;
      const bool level_and_right = b.box.x >= previous.right() - input.text_px * 2 && b.box.y >= previous.y - 0.08f * previous.h;
      CHECK((below || level_and_right));
      // Never left of an earlier balloon at its level.
      for (std::size_t j = 0; j + 1 < i; ++j) {
        const Rect& earlier = layout.balloons[j].box;
        if (b.box.right() <= earlier.x + input.text_px * 2) CHECK(b.box.y >= earlier.bottom() - 0.15f * earlier.h);
      }
    }
    CHECK((!b.joined || spec.continues));
    // No two tails come the same way to one point (they would merge into one double line).
    for (std::size_t j = 0; b.tail && j < i; ++j) {
      const std::optional<Tail>& other = layout.balloons[j].tail;
      if (!other || std::hypot(other->tip.x - b.tail->tip.x, other->tip.y - b.tail->tip.y) > input.text_px * 0.9f) continue;
      const Vec2 u{b.tail->tip.x - b.tail->base_middle().x, b.tail->tip.y - b.tail->base_middle().y};
      const Vec2 v{other->tip.x - other->base_middle().x, other->tip.y - other->base_middle().y};
      CHECK((u.x * v.x + u.y * v.y) <= 0.5f * std::hypot(u.x, u.y) * std::hypot(v.x, v.y));
    }
    if (!b.tail) {
      // No tail: nothing to aim at, or glued to the balloon before, or the next one, glued to
      // this, took the tail over.
      const bool handed_over = i + 1 < layout.balloons.size() && layout.balloons[i + 1].joined && layout.balloons[i + 1].tail;
      CHECK((!spec.target || spec.kind == BalloonKind::caption || b.joined || handed_over));
      continue;
    }
    const Tail& t = *b.tail;
    for (std::size_t j = 0; j < layout.balloons.size(); ++j)
      if (j != i) CHECK_FALSE(triangle_meets(t.base_a, t.base_b, t.tip, layout.balloons[j].box));
    for (const Rect& r : input.keep_clear) {
      if (spec.speaker_face && r.x == spec.speaker_face->x && r.y == spec.speaker_face->y) continue;
      CHECK_FALSE(triangle_meets(t.base_a, t.base_b, t.tip, r));
    }
    if (spec.speaker_face) {
      // Short of the head: never on the eyes or the forehead.
      const Rect& face = *spec.speaker_face;
      CHECK_FALSE(Rect{face.x, face.y, face.w, face.h * 0.6f}.contains(t.tip));
      // A speech tail ends by the mouth, or (when nothing else fits) above the head.
      if (spec.kind != BalloonKind::thought && spec.target) {
        const float to_mouth = std::hypot(t.tip.x - spec.target->x, t.tip.y - spec.target->y);
        CHECK((to_mouth <= std::max(face.w, face.h) || t.tip.y < face.y));
      }
      // From below, never up through the speaker's chest.
      const Rect chest{face.x + 1, face.bottom() + face.h * 0.15f + 1, face.w - 2, face.h * 1.2f - 2};
      if (t.tip.y < t.base_middle().y) CHECK_FALSE(triangle_meets(t.base_a, t.base_b, t.tip, chest));
    }
    // Long enough to be seen: not a nub hidden under the outline's curve.
    CHECK(std::hypot(t.tip.x - t.base_middle().x, t.tip.y - t.base_middle().y) >= b.text.x - b.box.x - 0.5f);
    // Never a needle across the panel.
    CHECK(std::hypot(t.tip.x - t.base_middle().x, t.tip.y - t.base_middle().y) <=
          0.45f * std::min(input.art.w, input.art.h) + 0.5f);
    // The base sits on the outline, a wedge and not a needle.
    const Vec2 m = t.base_middle();
    const bool on_edge = std::fabs(m.y - b.box.bottom()) < 0.5f || std::fabs(m.x - b.box.x) < 0.5f ||
                         std::fabs(m.x - b.box.right()) < 0.5f || std::fabs(m.y - b.box.y) < 0.5f;
    CHECK(on_edge);
    const float base = std::hypot(t.base_b.x - t.base_a.x, t.base_b.y - t.base_a.y);
    const float tail_length = std::hypot(t.tip.x - m.x, t.tip.y - m.y);
    CHECK(base >= 0.6f * std::min({b.box.w * 0.25f, b.box.h * 0.5f, tail_length}));
    // It stands out from the outline: not a sliver lying along the edge.
    const float height = std::fabs((t.base_b.x - t.base_a.x) * (t.tip.y - m.y) - (t.base_b.y - t.base_a.y) * (t.tip.x - m.x)) / base;
    const float lateral = std::fabs((t.base_b.x - t.base_a.x) * (t.tip.x - m.x) + (t.base_b.y - t.base_a.y) * (t.tip.y - m.y)) / base;
    CHECK(height >= 0.2f * base - 0.01f);
    CHECK(lateral <= 2.5f * height + 0.01f);
  }
}

}  // namespace

TEST_CASE("balloons keep off faces and props, never overlap, and their tails cross nothing") {
  std::mt19937 random(45);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  int placed = 0, strips = 0;
  for (int trial = 0; trial < 500; ++trial) {
    const float w = 300 + unit(random) * 1600;
    BalloonLayoutInput input;
    input.art = {unit(random) * 100, unit(random) * 100, w, w / (1.0f + unit(random))};
    const Rect& art = input.art;
    input.text_px = std::clamp(w * 0.025f, 14.0f, 40.0f);
    input.max_coverage = 1;  // geometry only: how much of the art is covered is another test
    // One to three people standing in the lower half, a prop or two.
    std::vector<Rect> faces;
    const int people = 1 + static_cast<int>(unit(random) * 3);
    for (int p = 0; p < people; ++p) {
      const float fw = art.h * 0.15f, fh = art.h * 0.2f;
      const Rect face{art.x + (0.1f + 0.8f * (static_cast<float>(p) + unit(random) * 0.5f) / static_cast<float>(people)) * (art.w - fw),
                      art.y + (0.35f + 0.25f * unit(random)) * art.h, fw, fh};
      faces.push_back(face);
      input.keep_clear.push_back(face);
    }
    if (unit(random) < 0.6f)
      input.keep_clear.push_back({art.x + unit(random) * art.w * 0.7f, art.y + (0.5f + 0.3f * unit(random)) * art.h, art.w * 0.15f, art.h * 0.12f});
    if (unit(random) < 0.5f) input.calm.push_back({art.x, art.y, art.w, art.h * 0.3f});
    const int count = static_cast<int>(unit(random) * 4);
    for (int i = 0; i < count; ++i) {
      BalloonSpec spec;
      spec.kind = static_cast<BalloonKind>(static_cast<int>(unit(random) * 5) % 5);
      spec.placement = static_cast<Placement>(static_cast<int>(unit(random) * 9) % 9);
      if (unit(random) < 0.85f) {
        const Rect& face = faces[static_cast<std::size_t>(unit(random) * static_cast<float>(faces.size())) % faces.size()];
        spec.speaker_face = face;
        spec.target = Vec2{face.x + face.w / 2, face.y + face.h * 0.82f};
        // Half the time the same speaker goes on in a second balloon.
        if (!input.balloons.empty() && input.balloons.back().speaker_face && unit(random) < 0.5f) {
          spec.speaker_face = input.balloons.back().speaker_face;
          spec.target = input.balloons.back().target;
          spec.kind = input.balloons.back().kind;
          spec.continues = spec.kind != BalloonKind::caption;
        }
      }
      spec.measure_text = fake_text(10 + static_cast<int>(unit(random) * 110), input.text_px * 0.5f, input.text_px * 1.25f);
      input.balloons.push_back(spec);
    }
    CAPTURE(trial);
    const BalloonLayout layout = layout_balloons(input);
    if (!layout.fits) {
      ++strips;
      CHECK(layout.balloons.empty());
      continue;
    }
    REQUIRE(layout.balloons.size() == input.balloons.size());
    check_lettering(input, layout);
    placed += static_cast<int>(layout.balloons.size());
  }
  // The generator makes mostly placeable panels: the dialogue strip must stay the exception.
  MESSAGE("placed ", placed, " balloons; ", strips, " panels fell back to the dialogue strip");
  CHECK(placed > 450);
  CHECK(strips < 100);
}

TEST_CASE("without regions, balloons still keep off the points their tails aim at") {
  std::mt19937 random(7);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  for (int trial = 0; trial < 200; ++trial) {
    BalloonLayoutInput input;
    const float w = 300 + unit(random) * 1500;
    input.art = {0, 0, w, w / 1.5f};
    input.text_px = std::clamp(w * 0.025f, 14.0f, 40.0f);
    input.max_coverage = 1;
    for (int i = 0; i < 2; ++i) {
      BalloonSpec spec;
      spec.target = Vec2{(0.1f + 0.8f * unit(random)) * w, (0.4f + 0.5f * unit(random)) * input.art.h};
      spec.measure_text = fake_text(40, input.text_px * 0.5f, input.text_px * 1.25f);
      input.balloons.push_back(spec);
    }
    const BalloonLayout layout = layout_balloons(input);
    if (!layout.fits) continue;
    for (std::size_t i = 0; i < layout.balloons.size(); ++i)
      for (const BalloonSpec& spec : input.balloons) CHECK_FALSE(layout.balloons[i].box.contains(*spec.target));
  }
}

TEST_CASE("the placement hint is honoured when there is room") {
  BalloonLayoutInput input;
  input.art = {0, 0, 900, 600};
  input.text_px = 20;
  BalloonSpec left;
  left.placement = Placement::top_left;
  left.measure_text = fake_text(40, 10, 25);
  BalloonSpec right = left;
  right.placement = Placement::bottom_right;
  input.balloons = {left, right};
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  CHECK(layout.balloons[0].box.x < 100);
  CHECK(layout.balloons[0].box.y < 100);
  CHECK(layout.balloons[1].box.right() > 800);
  CHECK(layout.balloons[1].box.bottom() > 500);
  CHECK(layout.text_scale == 1.0f);
}

// One speaker of `kind` whose face is at (400, 300, 100, 120) and mouth at (450, 400), in a
// 900 x 600 art.
static BalloonLayoutInput one_speaker(BalloonKind kind) {
  BalloonLayoutInput input;
  input.art = {0, 0, 900, 600};
  input.text_px = 20;
  const Rect face{400, 300, 100, 120};
  input.keep_clear = {face};
  BalloonSpec spec;
  spec.kind = kind;
  spec.target = Vec2{450, 400};
  spec.speaker_face = face;
  spec.measure_text = fake_text(30, 10, 25);
  input.balloons = {spec};
  return input;
}

TEST_CASE("a tail aims at the mouth and stops short of the head") {
  const BalloonLayoutInput input = one_speaker(BalloonKind::speech);
  const Rect& face = input.keep_clear[0];
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  const PlacedBalloon& b = layout.balloons[0];
  REQUIRE(b.tail);
  CHECK_FALSE(face.grown(-1).contains(b.tail->tip));  // outside the head
  const Vec2 m = b.tail->base_middle();
  const float cross = (b.tail->tip.x - m.x) * (400 - m.y) - (b.tail->tip.y - m.y) * (450 - m.x);
  // On the line from the base to the mouth, or ending beside the cheek at the mouth's height.
  const bool on_line = std::fabs(cross) / std::hypot(450 - m.x, 400 - m.y) < 1.0f;
  const bool beside_cheek = std::fabs(b.tail->tip.y - 400) < 1.0f && (b.tail->tip.x < face.x || b.tail->tip.x > face.right());
  CHECK((on_line || beside_cheek));
  // A wedge about a quarter of the balloon's width.
  const float base = std::hypot(b.tail->base_b.x - b.tail->base_a.x, b.tail->base_b.y - b.tail->base_a.y);
  CHECK(base == doctest::Approx(b.box.w * 0.25f).epsilon(0.35));
  check_lettering(input, layout);
}

TEST_CASE("a tail ends by the mouth, beside the cheek, even from a balloon above the head") {
  BalloonLayoutInput input = one_speaker(BalloonKind::speech);
  const Rect face = input.keep_clear[0];
  const Vec2 mouth = *input.balloons[0].target;
  // A floor under the speaker and a prop on each side at head height: the balloon goes above.
  input.keep_clear.push_back({0, 430, 900, 170});
  input.keep_clear.push_back({0, 300, 330, 130});
  input.keep_clear.push_back({570, 300, 330, 130});
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  const PlacedBalloon& b = layout.balloons[0];
  REQUIRE(b.tail);
  CHECK(b.box.bottom() < face.y);
  // Not on the hair: down beside the head, at the mouth's height, a face's width from the mouth.
  CHECK(b.tail->tip.y >= face.y + 0.6f * face.h);
  CHECK(std::hypot(b.tail->tip.x - mouth.x, b.tail->tip.y - mouth.y) < std::max(face.w, face.h));
  CHECK_FALSE(triangle_meets(b.tail->base_a, b.tail->base_b, b.tail->tip, face.grown(-0.15f * face.w)));
  check_lettering(input, layout);
}

TEST_CASE("a tail crosses a thin line of the art (an arrow, a raised arm) but never ends on it") {
  BalloonLayoutInput input = one_speaker(BalloonKind::speech);
  const Rect face = input.keep_clear[0];
  // A floor and a prop on each side at head height, as above, and a raised arm beside each cheek
  // up to over the head: every way to the mouth crosses a line, and the cheek is covered.
  input.keep_clear.push_back({0, 430, 900, 170});
  input.keep_clear.push_back({0, 300, 330, 130});
  input.keep_clear.push_back({570, 300, 330, 130});
  input.lines = {{face.x - 30, 250, 24, 180}, {face.right() + 6, 250, 24, 180}};
  BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  const PlacedBalloon& b = layout.balloons[0];
  REQUIRE(b.tail);
  for (const Rect& line : input.lines) {
    CHECK_FALSE(line.contains(b.tail->tip));
    CHECK_FALSE(overlap(b.box, line));
  }
  check_lettering(input, layout);
  // As props, the same arms would leave no way to the mouth: the balloon would have no tail.
  input.keep_clear.insert(input.keep_clear.end(), input.lines.begin(), input.lines.end());
  input.lines.clear();
  layout = layout_balloons(input);
  CHECK_FALSE((layout.fits && layout.balloons[0].tail && layout.balloons[0].tail->tip.y > face.y));
}

TEST_CASE("a balloon far from its speaker moves nearer rather than grow a needle of a tail") {
  // The speaker at the bottom left, calm sky only at the top right: too far for a tail.
  BalloonLayoutInput input;
  input.art = {0, 0, 900, 600};
  input.text_px = 20;
  const Rect face{60, 420, 90, 110};
  input.keep_clear = {face};
  input.calm = {{500, 0, 400, 200}};
  BalloonSpec spec;
  spec.target = Vec2{105, 510};
  spec.speaker_face = face;
  spec.placement = Placement::top_right;
  spec.measure_text = fake_text(30, 10, 25);
  input.balloons = {spec};
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  const PlacedBalloon& b = layout.balloons[0];
  REQUIRE(b.tail);
  const float tail_length = std::hypot(b.tail->tip.x - b.tail->base_middle().x, b.tail->tip.y - b.tail->base_middle().y);
  CHECK(tail_length <= 0.45f * 600);
  // A wedge, not a needle: its base is at least a fifth of its length.
  CHECK(std::hypot(b.tail->base_b.x - b.tail->base_a.x, b.tail->base_b.y - b.tail->base_a.y) >= tail_length * 0.2f);
  check_lettering(input, layout);
}

TEST_CASE("balloons keep off the torso under a face when the art has room beside it") {
  // A head near the top: no room above it, plenty beside and under it.
  BalloonLayoutInput input;
  input.art = {0, 0, 900, 600};
  input.text_px = 20;
  const Rect face{400, 40, 100, 120};
  input.keep_clear = {face};
  input.faces = {face};
  BalloonSpec spec;
  spec.target = Vec2{450, 140};
  spec.speaker_face = face;
  spec.measure_text = fake_text(60, 10, 25);
  input.balloons = {spec};
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  const Rect torso{face.x - face.w * 0.3f, face.bottom(), face.w * 1.6f, face.h * 1.6f};
  CHECK(shared_area(layout.balloons[0].box, torso) == 0);
  check_lettering(input, layout);
}

TEST_CASE("a balloon with room only under its speaker never sends its tail up through the chest") {
  // The sky beside the head is taken by props: the words can only go low.
  BalloonLayoutInput input;
  input.art = {0, 0, 900, 600};
  input.text_px = 20;
  const Rect face{400, 30, 100, 120};
  input.keep_clear = {face, {0, 0, 330, 300}, {570, 0, 330, 300}};
  input.faces = {face};
  BalloonSpec spec;
  spec.target = Vec2{450, 130};
  spec.speaker_face = face;
  spec.measure_text = fake_text(40, 10, 25);
  input.balloons = {spec};
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  REQUIRE(layout.balloons[0].tail);
  CHECK(layout.balloons[0].box.y > 300);
  check_lettering(input, layout);
}

TEST_CASE("thought bubbles stop above the thinker's head") {
  const BalloonLayoutInput input = one_speaker(BalloonKind::thought);
  const Rect& face = input.keep_clear[0];
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  const PlacedBalloon& b = layout.balloons[0];
  REQUIRE(b.tail);
  CHECK(b.tail->tip.y < face.y);
  CHECK(b.box.bottom() < face.y);
}

TEST_CASE("balloons go to the calm areas of the art first") {
  BalloonLayoutInput input;
  input.art = {0, 0, 900, 600};
  input.text_px = 20;
  input.calm = {{0, 380, 900, 220}};  // a calm floor, for once
  BalloonSpec spec;
  spec.measure_text = fake_text(30, 10, 25);
  input.balloons = {spec};
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  CHECK(input.calm[0].contains(layout.balloons[0].box));
}

// Two balloons of one speaker in a row (`first` and `second` characters long), the second going
// on from the first.
static void add_speaker_going_on(BalloonLayoutInput& input, const Rect& face, Vec2 mouth, int first, int second) {
  for (int k = 0; k < 2; ++k) {
    BalloonSpec& spec = input.balloons.emplace_back();
    spec.target = mouth;
    spec.speaker_face = face;
    spec.continues = k == 1;
    spec.measure_text = fake_text(k == 0 ? first : second, 8, 20);
  }
}

TEST_CASE("a speaker's glued second balloon does not drift over someone else's head") {
  // The speaker standing on the left, a listener sitting on the right, sky above their heads:
  // glued to the right of the first balloon, a long second one would hang over the listener and
  // read as theirs.
  BalloonLayoutInput input;
  input.art = {0, 0, 900, 600};
  input.text_px = 16;
  const Rect speaker{80, 330, 90, 100}, listener{440, 450, 90, 100};
  input.keep_clear = {speaker, listener};
  input.faces = {speaker, listener};
  add_speaker_going_on(input, speaker, {125, 410}, 60, 120);
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  check_lettering(input, layout);
  for (const PlacedBalloon& b : layout.balloons) {
    if (b.tail || !b.joined) continue;  // a balloon with a tail says whose it is
    const float middle = b.box.centre().x;
    const bool over_listener = middle > listener.x - listener.w * 0.5f && middle < listener.right() + listener.w * 0.5f &&
                               listener.y >= b.box.bottom() - 1 && listener.y - b.box.bottom() < 0.35f * input.art.h;
    CHECK_FALSE((over_listener && std::fabs(middle - listener.centre().x) < std::fabs(middle - speaker.centre().x)));
  }
}

TEST_CASE("a speaker going on is glued to their first balloon, over a prop if need be, not given a second tail") {
  // As squad infra-archi: the speaker on the left, a shelf under the sky on the right. Glued to
  // the right of the first balloon, the second hangs over the shelf: a prop speaks for no one,
  // so it still reads as hers, and one tail is enough.
  BalloonLayoutInput input;
  input.art = {0, 0, 900, 600};
  input.text_px = 16;
  const Rect speaker{250, 300, 110, 110}, shelf{380, 210, 300, 320};
  input.keep_clear = {speaker, shelf};
  input.faces = {speaker};
  input.calm = {{0, 0, 900, 180}};
  add_speaker_going_on(input, speaker, {305, 385}, 50, 120);
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  check_lettering(input, layout);
  REQUIRE(layout.balloons.size() == 2);
  CHECK(layout.balloons[0].tail);
  CHECK(layout.balloons[1].joined);
  CHECK_FALSE(layout.balloons[1].tail);
  // Both in the sky: kept off the shelf's top, the second went down beside her body.
  CHECK(layout.balloons[0].box.bottom() < speaker.y);
  CHECK(layout.balloons[1].box.bottom() < speaker.y);
}

TEST_CASE("a balloon names its speaker only when no tail says who speaks") {
  const std::vector<std::string> speakers{"aryana", "aryana", "thomas", "robin", "thomas", ""};
  const std::vector<bool> tails{true, true, false, false, false, false};
  CHECK_FALSE(shows_speaker_name(speakers, tails, 0));  // the tail points at her
  CHECK_FALSE(shows_speaker_name(speakers, tails, 1));
  CHECK(shows_speaker_name(speakers, tails, 2));  // off the panel: named
  CHECK(shows_speaker_name(speakers, tails, 3));  // two off-panel speakers taking turns
  CHECK(shows_speaker_name(speakers, tails, 4));
  CHECK_FALSE(shows_speaker_name(speakers, tails, 5));  // narration
  CHECK_FALSE(shows_speaker_name({"thomas", "thomas"}, {false, false}, 1));  // the same speaker goes on
}

TEST_CASE("segments and triangles meet rectangles where they should") {
  const Rect r{10, 10, 10, 10};
  CHECK(segment_entry({0, 15}, {30, 15}, r) == doctest::Approx(1.0f / 3));
  CHECK(segment_entry({15, 15}, {30, 15}, r) == 0);
  CHECK(segment_entry({0, 0}, {0, 30}, r) < 0);
  CHECK(segment_entry({0, 0}, {9, 9}, r) < 0);
  CHECK(triangle_meets({0, 0}, {40, 0}, {20, 40}, r));     // r inside the triangle
  CHECK(triangle_meets({12, 12}, {13, 12}, {12, 13}, r));  // the triangle inside r
  CHECK_FALSE(triangle_meets({0, 0}, {5, 0}, {0, 5}, r));
  CHECK(shared_area(r, {15, 15, 10, 10}) == doctest::Approx(25));
}

TEST_CASE("balloons that would bury the picture move out, even when they could be placed") {
  BalloonLayoutInput input;
  input.art = {0, 0, 400, 260};
  input.text_px = 14;
  input.min_text_px = 14;
  BalloonSpec spec;
  spec.measure_text = fake_text(60, 7, 17);  // about 190 x 60 px each with padding
  input.balloons = {spec, spec, spec};       // would cover about a third of the art
  input.max_coverage = 0.45f;
  CHECK(layout_balloons(input).fits);
  input.max_coverage = 0.2f;
  CHECK_FALSE(layout_balloons(input).fits);
}

TEST_CASE("text that cannot fit shrinks first, then the layout gives up instead of overlapping") {
  BalloonLayoutInput input;
  input.art = {0, 0, 400, 260};
  input.text_px = 16;
  input.max_coverage = 1;
  BalloonSpec spec;
  spec.measure_text = fake_text(90, 8, 20);
  input.balloons = {spec, spec};
  const BalloonLayout snug = layout_balloons(input);
  CHECK(snug.fits);
  input.balloons = std::vector<BalloonSpec>(12, spec);
  const BalloonLayout crowded = layout_balloons(input);
  CHECK_FALSE(crowded.fits);
  CHECK(crowded.balloons.empty());
}

TEST_CASE("on a small art, balloons go to the paper above it, never on a face, their tails reaching into the art") {
  // A phone's art: three people in a row, mid-height, a prop between them; long speeches.
  BalloonLayoutInput input;
  input.art = {16, 200, 330, 220};
  input.paper = {{16, 90, 330, 105}};
  input.text_px = 16;
  input.min_text_px = 14;
  std::vector<Rect> faces;
  for (int p = 0; p < 3; ++p) faces.push_back({input.art.x + 30 + 110.0f * static_cast<float>(p), input.art.y + 80, 36, 40});
  input.keep_clear = faces;
  input.faces = faces;
  input.keep_clear.push_back({input.art.x + 150, input.art.y + 150, 40, 40});
  for (int p = 0; p < 2; ++p) {
    BalloonSpec spec;
    spec.speaker_face = faces[static_cast<std::size_t>(p) * 2];
    spec.target = Vec2{spec.speaker_face->x + 18, spec.speaker_face->y + 32};
    spec.measure_text = fake_text(70, 7.5f, 20);
    input.balloons.push_back(spec);
  }
  BalloonLayoutInput on_art_only = input;
  on_art_only.paper = {};
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  check_lettering(input, layout);
  bool on_paper = false;
  for (const PlacedBalloon& b : layout.balloons) {
    on_paper |= b.box.y < input.art.y;
    for (const Rect& face : faces) CHECK_FALSE(overlap(b.box, face));
    if (b.tail) CHECK(b.tail->tip.y > input.art.y);  // the tail enters the picture
  }
  CHECK(on_paper);
}

TEST_CASE("on a wide window, balloons that find no room on the art overhang its sides, never on a face") {
  // A low art with four people across it and a prop over their heads: two long speeches do not
  // fit on the art alone, but do with the page either side of it.
  BalloonLayoutInput input;
  input.art = {115, 60, 490, 326};
  input.text_px = 16;
  input.min_text_px = 14;
  std::vector<Rect> faces;
  for (int p = 0; p < 4; ++p) faces.push_back({input.art.x + 40 + 115.0f * static_cast<float>(p), input.art.y + 150, 50, 56});
  input.keep_clear = faces;
  input.faces = faces;
  input.keep_clear.push_back({input.art.x + 60, input.art.y + 60, 370, 60});  // arrows over the heads
  for (int p = 0; p < 2; ++p) {
    BalloonSpec spec;
    spec.speaker_face = faces[static_cast<std::size_t>(p) * 3];
    spec.target = Vec2{spec.speaker_face->x + 25, spec.speaker_face->y + 44};
    spec.measure_text = fake_text(150, 7.5f, 20);
    input.balloons.push_back(spec);
  }
  REQUIRE_FALSE(layout_balloons(input).fits);
  input.paper = {{19, input.art.y, input.art.x - 19 - 2, input.art.h}, {input.art.right() + 2, input.art.y, 700 - input.art.right() - 2, input.art.h}};
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  check_lettering(input, layout);
  bool overhangs = false;
  for (const PlacedBalloon& b : layout.balloons) {
    overhangs |= !input.art.contains(b.box);
    CHECK(b.box.y >= input.art.y);  // beside the art, not above it
    for (const Rect& face : faces) CHECK_FALSE(overlap(b.box, face));
    REQUIRE(b.tail);
    CHECK(input.art.contains(b.tail->tip));  // the tail reaches into the picture
  }
  CHECK(overhangs);
}

TEST_CASE("two balloons of one speaker do not run their tails the same way into one point") {
  // One speaker low in the middle, two balloons above: each tail comes from its own side.
  BalloonLayoutInput input;
  input.art = {0, 0, 600, 400};
  input.text_px = 16;
  input.min_text_px = 14;
  const Rect face{270, 240, 60, 66};
  input.keep_clear = {face};
  input.faces = {face};
  for (int k = 0; k < 2; ++k) {
    BalloonSpec spec;
    spec.speaker_face = face;
    spec.target = Vec2{300, 290};
    spec.measure_text = fake_text(60, 8, 20);
    input.balloons.push_back(spec);
  }
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  check_lettering(input, layout);
  REQUIRE(layout.balloons[0].tail);
  REQUIRE(layout.balloons[1].tail);
}

TEST_CASE("most_hidden_torso says how much of one person's body the balloons hide") {
  BalloonLayoutInput input;
  input.art = {0, 0, 600, 400};
  const Rect face{100, 100, 50, 50};
  input.faces = {face};
  const Rect torso = torso_under(face, input.art);
  CHECK(torso.y == doctest::Approx(face.bottom()));
  CHECK(torso.w == doctest::Approx(80));
  BalloonLayout layout;
  CHECK(most_hidden_torso(input, layout) == 0);
  layout.balloons.push_back({{400, 20, 150, 60}, {}, std::nullopt, false});
  CHECK(most_hidden_torso(input, layout) == 0);
  layout.balloons.push_back({{torso.x, torso.y, torso.w, torso.h / 2}, {}, std::nullopt, false});
  CHECK(most_hidden_torso(input, layout) == doctest::Approx(0.5f));
  layout.balloons.push_back({{torso.x - 10, torso.y + torso.h / 2, torso.w + 20, torso.h}, {}, std::nullopt, false});
  CHECK(most_hidden_torso(input, layout) == doctest::Approx(1.0f));
}

TEST_CASE("on a wide window, a balloon with room in the art's sky stays there rather than overhang its sides") {
  // One speaker under a free sky, page either side: the page is room to overflow into, not a
  // place to prefer (balloons used to drift out over the panel's border).
  BalloonLayoutInput input;
  input.art = {115, 60, 490, 326};
  input.text_px = 16;
  input.min_text_px = 14;
  const Rect face{input.art.x + 400, input.art.y + 170, 50, 56};
  input.keep_clear = {face};
  input.faces = {face};
  input.paper = {{19, input.art.y, input.art.x - 19 - 2, input.art.h}, {input.art.right() + 2, input.art.y, 700 - input.art.right() - 2, input.art.h}};
  BalloonSpec spec;
  spec.speaker_face = face;
  spec.target = Vec2{face.x + 25, face.y + 44};
  spec.measure_text = fake_text(60, 8, 20);
  input.balloons.push_back(spec);
  const BalloonLayout layout = layout_balloons(input);
  REQUIRE(layout.fits);
  check_lettering(input, layout);
  CHECK(input.art.contains(layout.balloons[0].box));
}

TEST_CASE("two tails cross when their centre lines do, and converge when they come the same way, or straight at each other, to one point") {
  const auto tail = [](Vec2 base, Vec2 tip) { return Tail{{base.x - 5, base.y}, {base.x + 5, base.y}, tip}; };
  // An X: each from one side to the other.
  CHECK(tails_cross(tail({0, 0}, {100, 100}), tail({100, 0}, {0, 100})));
  CHECK_FALSE(tails_cross(tail({0, 0}, {40, 100}), tail({100, 0}, {60, 100})));
  // Side by side into one point: merged; straight at each other (from above and from below):
  // one line from balloon to balloon; from two sides at an angle: two clear tails.
  CHECK(tails_converge(tail({0, 0}, {50, 100}), tail({20, 0}, {52, 100}), 10));
  CHECK(tails_converge(tail({0, 0}, {50, 100}), tail({100, 200}, {52, 100}), 10));
  CHECK_FALSE(tails_converge(tail({0, 0}, {50, 100}), tail({200, 100}, {52, 100}), 10));
  // Same direction but tips apart.
  CHECK_FALSE(tails_converge(tail({0, 0}, {50, 100}), tail({20, 0}, {90, 100}), 10));
}
