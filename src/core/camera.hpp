// The guided view: panels laid out along one strip in world space, and a camera that frames the
// current panel to fit the window, eases to the next one (or cuts, for readers who ask for
// reduced motion), and zooms out to the whole strip for the overview.
//
// World units: a horizontal strip has unit height (a panel is `aspect` wide, 1 high); a vertical
// strip, used on narrow portrait windows, has unit width (a panel is 1 wide, 1/aspect high).
// Screen units are the logical pixels of geometry.hpp.
#pragma once
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "core/geometry.hpp"

namespace frise {

enum class Orientation { horizontal, vertical };

// Windows narrower than this (width / height) stack panels vertically: a phone held upright.
inline constexpr float vertical_strip_below_aspect = 0.8f;
Orientation strip_orientation(Rect viewport);

struct StripLayout {
  Orientation orientation = Orientation::horizontal;
  float gutter = 0;          // world units between two panels
  std::vector<Rect> panels;  // one per panel, in reading order, increasing along the strip
  Rect bounds;               // the whole strip: what the overview frames
};

// O(n). Aspects (width / height) outside [0.2, 5], or not finite, are clamped or replaced by 1,
// as layout_panel does, so one bad value cannot stretch the strip out of shape. Positions are
// summed in double, so a 100,000-panel strip has no accumulated drift.
StripLayout layout_strip(std::span<const float> aspects, Orientation orientation, float gutter);

// Panels [first, last) that overlap `world_view` along the strip: a binary search, so drawing
// a long strip costs only what is on screen. first == last when none does.
std::pair<std::size_t, std::size_t> visible_range(const StripLayout& strip, Rect world_view);

// screen = (world - centre) * zoom + viewport centre.
struct Camera {
  Vec2 centre;     // world point shown at the viewport's centre
  float zoom = 1;  // screen units per world unit
};

Vec2 world_to_screen(const Camera& camera, Rect viewport, Vec2 world);
Vec2 screen_to_world(const Camera& camera, Rect viewport, Vec2 screen);
Rect world_to_screen(const Camera& camera, Rect viewport, Rect world);
// The part of the world the viewport shows: what visible_range wants.
Rect visible_world(const Camera& camera, Rect viewport);

// The camera that fits `world_rect` inside `viewport`, centred, leaving a margin of
// `margin_fraction` of the viewport's smaller side on every side. A panel for reading, or
// StripLayout::bounds for the overview.
Camera frame_rect(Rect world_rect, Rect viewport, float margin_fraction);

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
