#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/camera.hpp"

using namespace frise;

namespace {

const Rect phone{0, 0, 320, 480};
const Rect laptop{0, 0, 1280, 800};
const Rect screen_4k{0, 0, 3840, 2160};

bool near(float a, float b, float tolerance) { return std::fabs(a - b) <= tolerance; }

// Contains, with a tolerance for rounding at 4K zooms.
bool inside(Rect outer, Rect inner) {
  const float e = 0.01f;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.right() <= outer.right() + e &&
         inner.bottom() <= outer.bottom() + e;
}

}  // namespace

TEST_CASE("camera framing fits and centres wide and tall rectangles in any window") {
  for (const Rect view : {phone, laptop, screen_4k, Rect{100, 50, 1280, 800}}) {
    for (const Rect world : {Rect{0, 0, 2.4f, 1}, Rect{5, 0, 0.5f, 1}, Rect{0, 3, 1, 1.8f}, Rect{-7, -2, 300, 1}}) {
      CAPTURE(view.w);
      CAPTURE(view.h);
      CAPTURE(world.w);
      CAPTURE(world.h);
      const float margin = 0.05f;
      const Camera camera = frame_rect(world, view, margin);
      const Rect on_screen = world_to_screen(camera, view, world);
      const float m = margin * std::min(view.w, view.h);
      CHECK(inside({view.x + m, view.y + m, view.w - 2 * m, view.h - 2 * m}, on_screen));
      // Touches the margin on the tight side: the largest rectangle that fits.
      const bool fills_width = near(on_screen.w, view.w - 2 * m, 0.05f);
      const bool fills_height = near(on_screen.h, view.h - 2 * m, 0.05f);
      CHECK((fills_width || fills_height));
      // Centred on both axes.
      CHECK(near(on_screen.x - view.x, view.right() - on_screen.right(), 0.05f));
      CHECK(near(on_screen.y - view.y, view.bottom() - on_screen.bottom(), 0.05f));
    }
  }
}

TEST_CASE("camera world and screen conversions are inverse") {
  const Camera camera{{12.5f, 0.5f}, 640.0f};
  const Vec2 world{13.25f, 0.1f};
  const Vec2 screen = world_to_screen(camera, laptop, world);
  CHECK(screen.x == doctest::Approx(640 + 0.75 * 640));
  const Vec2 back = screen_to_world(camera, laptop, screen);
  CHECK(back.x == doctest::Approx(world.x));
  CHECK(back.y == doctest::Approx(world.y));
  const Rect seen = visible_world(camera, laptop);
  CHECK(seen.x == doctest::Approx(12.5 - 1.0));
  CHECK(seen.w == doctest::Approx(2.0));
  CHECK(seen.h == doctest::Approx(800.0 / 640.0));
}

TEST_CASE("camera easing starts at the start, is monotonic and reaches the target at 250 ms") {
  const Camera start{{0, 0.5f}, 400};
  const Camera target{{10, 0.5f}, 500};
  CameraMotion motion(start);
  CHECK_FALSE(motion.moving(0));
  motion.go_to(target, 100.0, false);
  CHECK(motion.at(100.0).centre.x == start.centre.x);
  CHECK(motion.at(100.0).zoom == start.zoom);
  CHECK(motion.moving(100.1));
  float last_x = start.centre.x, last_zoom = start.zoom;
  for (int ms = 1; ms <= 250; ++ms) {
    const Camera c = motion.at(100.0 + ms / 1000.0);
    CHECK(c.centre.x >= last_x);
    CHECK(c.zoom >= last_zoom);
    last_x = c.centre.x;
    last_zoom = c.zoom;
  }
  const Camera end = motion.at(100.25);
  CHECK(end.centre.x == target.centre.x);
  CHECK(end.zoom == target.zoom);
  CHECK_FALSE(motion.moving(100.25));
  CHECK(motion.at(200.0).centre.x == target.centre.x);
  // Ease-in-out: slow at both ends, half way at half time.
  CHECK(motion.at(100.0 + 0.025).centre.x < 0.1f * 10);
  CHECK(motion.at(100.0 + 0.225).centre.x > 0.9f * 10);
  CHECK(ease_in_out(0.5f) == doctest::Approx(0.5));
}

TEST_CASE("camera interrupted mid-move continues from where it is") {
  CameraMotion motion(Camera{{0, 0}, 100});
  motion.go_to(Camera{{10, 0}, 100}, 0.0, false);
  const Camera midway = motion.at(0.1);
  REQUIRE(midway.centre.x > 0);
  REQUIRE(midway.centre.x < 10);
  motion.go_to(Camera{{20, 0}, 100}, 0.1, false);
  CHECK(motion.at(0.1).centre.x == midway.centre.x);  // no jump
  CHECK(motion.at(0.1001).centre.x >= midway.centre.x);
  CHECK(motion.moving(0.3));
  CHECK(motion.at(0.35).centre.x == 20);
  // Going back the other way also starts from the current point.
  motion.go_to(Camera{{0, 0}, 100}, 0.2, false);
  CHECK(near(motion.at(0.2).centre.x, motion.at(0.2000001).centre.x, 0.01f));
}

TEST_CASE("camera cuts when the reader asks for reduced motion") {
  CameraMotion motion(Camera{{0, 0}, 100});
  motion.go_to(Camera{{10, 0}, 200}, 5.0, true);
  CHECK_FALSE(motion.moving(5.0));
  CHECK(motion.at(5.0).centre.x == 10);
  CHECK(motion.at(5.0).zoom == 200);
  // Also mid-move: the cut wins at once.
  motion.go_to(Camera{{0, 0}, 100}, 6.0, false);
  motion.go_to(Camera{{30, 0}, 50}, 6.1, true);
  CHECK(motion.at(6.1).centre.x == 30);
  CHECK_FALSE(motion.moving(6.1));
}

TEST_CASE("camera zoom is interpolated in log space, keeping the shared point still") {
  const Camera overview{{500, 0.5f}, 1.0f};
  const Camera panel{{20, 0.5f}, 100.0f};
  CHECK(interpolate(overview, panel, 0.5f).zoom == doctest::Approx(10.0));
  CHECK(interpolate(panel, overview, 0.5f).zoom == doctest::Approx(10.0));
  CameraMotion motion(overview);
  motion.go_to(panel, 0.0, false);
  CHECK(motion.at(0.125).zoom == doctest::Approx(10.0));  // half time: geometric mean
  // The world point both cameras put at the same screen place stays there all the way.
  const Rect view = laptop;
  const float p = (panel.centre.x * panel.zoom - overview.centre.x * overview.zoom) / (panel.zoom - overview.zoom);
  const float fixed_screen = world_to_screen(overview, view, Vec2{p, 0.5f}).x;
  for (float t : {0.1f, 0.3f, 0.5f, 0.7f, 0.9f})
    CHECK(world_to_screen(interpolate(overview, panel, t), view, Vec2{p, 0.5f}).x == doctest::Approx(fixed_screen).epsilon(0.001));
  // Without a change of zoom the centre moves in proportion.
  CHECK(interpolate(Camera{{0, 0}, 3}, Camera{{8, 4}, 3}, 0.25f).centre.x == doctest::Approx(2.0));
  CHECK(interpolate(Camera{{0, 0}, 3}, Camera{{8, 4}, 3}, 0.25f).centre.y == doctest::Approx(1.0));
}

TEST_CASE("camera strip layout: gutters and orientation") {
  const std::vector<float> aspects{2.0f, 0.5f, 1.0f};
  const StripLayout h = layout_strip(aspects, Orientation::horizontal, 0.1f);
  REQUIRE(h.panels.size() == 3);
  CHECK(h.panels[0].x == 0);
  CHECK(h.panels[0].w == 2.0f);
  CHECK(h.panels[1].x == doctest::Approx(2.1));
  CHECK(h.panels[1].w == 0.5f);
  CHECK(h.panels[2].x == doctest::Approx(2.7));
  for (const Rect& r : h.panels) CHECK(r.h == 1.0f);
  CHECK(h.bounds.w == doctest::Approx(3.7));
  CHECK(h.bounds.h == 1.0f);

  const StripLayout v = layout_strip(aspects, Orientation::vertical, 0.1f);
  CHECK(v.panels[0].h == 0.5f);
  CHECK(v.panels[1].y == doctest::Approx(0.6));
  CHECK(v.panels[1].h == 2.0f);
  CHECK(v.panels[2].y == doctest::Approx(2.7));
  for (const Rect& r : v.panels) CHECK(r.w == 1.0f);
  CHECK(v.bounds.h == doctest::Approx(3.7));

  CHECK(strip_orientation(phone) == Orientation::vertical);
  CHECK(strip_orientation(laptop) == Orientation::horizontal);
  CHECK(strip_orientation(Rect{0, 0, 800, 900}) == Orientation::horizontal);  // nearly square
  // Nonsense aspects cannot break the strip.
  const std::vector<float> odd{0.0f, -1.0f, NAN, 1000.0f};
  const StripLayout o = layout_strip(odd, Orientation::horizontal, 0.0f);
  CHECK(o.panels[0].w == 1.0f);
  CHECK(o.panels[2].w == 1.0f);
  CHECK(o.panels[3].w == 5.0f);
  CHECK(layout_strip({}, Orientation::horizontal, 0.1f).bounds.w == 0);
}

TEST_CASE("camera visible range on a 100,000-panel strip") {
  std::vector<float> aspects(100000);
  for (std::size_t i = 0; i < aspects.size(); ++i) aspects[i] = 0.5f + static_cast<float>(i % 7) * 0.25f;
  const StripLayout strip = layout_strip(aspects, Orientation::horizontal, 0.05f);
  const std::size_t target = 76543;
  const Camera camera = frame_rect(strip.panels[target], laptop, 0.04f);
  const auto [first, last] = visible_range(strip, visible_world(camera, laptop));
  CHECK(first <= target);
  CHECK(last > target);
  CHECK(last - first <= 3);
  // Exactly the panels that overlap, found by brute force.
  const Rect view = visible_world(camera, laptop);
  for (std::size_t i = first > 2 ? first - 2 : 0; i < last + 2; ++i) {
    const bool overlaps = strip.panels[i].right() > view.x && strip.panels[i].x < view.right();
    CHECK(overlaps == (i >= first && i < last));
  }
  // The overview shows everything; a view past either end shows nothing.
  const auto all = visible_range(strip, visible_world(frame_rect(strip.bounds, laptop, 0.02f), laptop));
  CHECK(all.first == 0);
  CHECK(all.second == strip.panels.size());
  CHECK(visible_range(strip, {-10, 0, 5, 1}).second == 0);
  const auto past = visible_range(strip, {strip.bounds.right() + 1, 0, 5, 1});
  CHECK(past.first == past.second);
  CHECK(visible_range(strip, {100, 5, 10, 1}).first == visible_range(strip, {100, 5, 10, 1}).second);
  // No drift: the last panel ends where the sum says.
  double sum = 0;
  for (float a : aspects) sum += static_cast<double>(a) + 0.05;
  CHECK(strip.bounds.w == doctest::Approx(sum - 0.05).epsilon(1e-6));

  const StripLayout tall = layout_strip(aspects, Orientation::vertical, 0.05f);
  const auto seen = visible_range(tall, visible_world(frame_rect(tall.panels[target], phone, 0.04f), phone));
  CHECK(seen.first <= target);
  CHECK(seen.second > target);
}
