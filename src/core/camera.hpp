// The guided view: panels side by side along one strip (stacked on narrow portrait windows),
// and a camera that eases from one to the next (or cuts, for readers who ask for reduced
// motion). The reader's camera moves in slots: one panel per slot, a slot one viewport plus a
// gutter. Screen units are the logical pixels of geometry.hpp.
#pragma once
#include <cstddef>

#include "core/geometry.hpp"

namespace frise {

enum class Orientation { horizontal, vertical };

// Windows narrower than this (width / height) stack panels vertically: a phone held upright.
inline constexpr float vertical_strip_below_aspect = 0.8f;
Orientation strip_orientation(Rect viewport);

// Between two panels on the strip, as a share of the viewport along it.
inline constexpr float panel_gutter = 0.06f;

// screen = (world - centre) * zoom + viewport centre.
struct Camera {
  Vec2 centre;     // world point shown at the viewport's centre
  float zoom = 1;  // screen units per world unit
};

Vec2 world_to_screen(const Camera& camera, Rect viewport, Vec2 world);
// Eases the camera from where it is to a target. Times are in seconds, from any steady clock.
class CameraMotion {
 public:
  static constexpr double duration = 0.25;  // long enough to follow, short enough not to wait

  explicit CameraMotion(Camera initial = {}) : from_(initial), to_(initial) {}

  // Starts moving to `target` from wherever the camera is at `now` (mid-move included, so an
  // impatient reader never sees a jump). With reduced motion the camera cuts to the target.
  void go_to(Camera target, double now, bool reduced_motion);
  Camera at(double now) const;
  bool moving(double now) const;
  const Camera& target() const { return to_; }

 private:
  Camera from_;
  Camera to_;
  double start_ = 0;
  bool cut_ = true;  // nothing to ease: at() is the target
};

// Cubic ease-in-out of t in [0, 1]: slow start, slow finish, monotonic.
float ease_in_out(float t);

// The camera at `progress` (already eased, in [0, 1]) between two cameras. Zoom is interpolated
// in log space, so zooming out 10x and back in 10x take the same time. The centre follows the
// zoom so that the one world point both cameras show at the same screen place stays there:
// the overview zooms straight into the panel instead of drifting sideways while it grows.
Camera interpolate(const Camera& from, const Camera& to, float progress);

}  // namespace frise
