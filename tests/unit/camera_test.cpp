#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/camera.hpp"

using namespace frise;

namespace {

const Rect phone{0, 0, 320, 480};
const Rect laptop{0, 0, 1280, 800};
const Rect screen_4k{0, 0, 3840, 2160};


}  // namespace

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
  CHECK(std::fabs(motion.at(0.2).centre.x - motion.at(0.2000001).centre.x) <= 0.01f);
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

TEST_CASE("camera strip orientation: narrow portrait windows stack panels") {
  CHECK(strip_orientation(phone) == Orientation::vertical);
  CHECK(strip_orientation(laptop) == Orientation::horizontal);
  CHECK(strip_orientation(screen_4k) == Orientation::horizontal);
  CHECK(strip_orientation(Rect{0, 0, 100, 0}) == Orientation::horizontal);  // no height: no stack
}
