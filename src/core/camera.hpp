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

// The reader's zoom into the current panel (a pinch, Ctrl + wheel): drawn `scale` times larger,
// its top-left at `offset` from the viewport's, and always covering the whole viewport.
struct PanelZoom {
  static constexpr float max_scale = 4;
  float scale = 1;
  Vec2 offset;
  bool zoomed() const { return scale > 1; }
  // Zooms by `factor` keeping the point under `at` (window pixels) where it is, between 1 and
  // max_scale. Returns whether the scale changed.
  bool zoom_at(const Rect& viewport, float factor, Vec2 at);
  // A drag moves the zoomed panel, never so far that an edge of the viewport shows through.
  void pan(const Rect& viewport, Vec2 delta);
  // Where the zoomed panel is drawn: a larger virtual viewport, clipped to the real one.
  Rect area(const Rect& viewport) const;
};

// Cubic ease-in-out of t in [0, 1]: slow start, slow finish, monotonic.
float ease_in_out(float t);

// The camera at `progress` (already eased, in [0, 1]) between two cameras. Zoom is interpolated
// in log space, so zooming out 10x and back in 10x take the same time. The centre follows the
// zoom so that the one world point both cameras show at the same screen place stays there:
// the overview zooms straight into the panel instead of drifting sideways while it grows.
Camera interpolate(const Camera& from, const Camera& to, float progress);

}  // namespace frise
