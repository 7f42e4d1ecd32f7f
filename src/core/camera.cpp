#include "core/camera.hpp"

#include <algorithm>
#include <cmath>

namespace frise {
namespace {

// Zoom must stay positive and finite for the log-space interpolation.
float sane_zoom(float zoom) {
  if (!std::isfinite(zoom) || zoom < 1e-6f) return 1e-6f;
  return std::min(zoom, 1e6f);
}

Vec2 centre_of(Rect r) { return {r.x + r.w * 0.5f, r.y + r.h * 0.5f}; }

}  // namespace

Orientation strip_orientation(Rect viewport) {
  if (viewport.h <= 0) return Orientation::horizontal;
  return viewport.w / viewport.h < vertical_strip_below_aspect ? Orientation::vertical : Orientation::horizontal;
}

Vec2 world_to_screen(const Camera& camera, Rect viewport, Vec2 world) {
  const Vec2 middle = centre_of(viewport);
  return {(world.x - camera.centre.x) * camera.zoom + middle.x, (world.y - camera.centre.y) * camera.zoom + middle.y};
}

float ease_in_out(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  if (t < 0.5f) return 4 * t * t * t;
  const float u = 2 - 2 * t;
  return 1 - u * u * u * 0.5f;
}

Camera interpolate(const Camera& from, const Camera& to, float progress) {
  const float p = std::clamp(progress, 0.0f, 1.0f);
  if (p <= 0) return from;
  if (p >= 1) return to;
  const double z0 = sane_zoom(from.zoom);
  const double z1 = sane_zoom(to.zoom);
  const double log_ratio = std::log(z1 / z0);
  const double zoom = z0 * std::exp(log_ratio * p);
  // The share of the centre's way covered by now: (1 - z0/z) / (1 - z0/z1) keeps the fixed
  // point of the two cameras still on screen; it tends to p when the zoom barely changes.
  double share = p;
  if (std::fabs(log_ratio) > 1e-4) share = (1 - z0 / zoom) / (1 - z0 / z1);
  const auto lerp = [&](float a, float b) { return static_cast<float>(a + (static_cast<double>(b) - a) * share); };
  return {{lerp(from.centre.x, to.centre.x), lerp(from.centre.y, to.centre.y)}, static_cast<float>(zoom)};
}

void CameraMotion::go_to(Camera target, double now, bool reduced_motion) {
  from_ = reduced_motion ? target : at(now);
  to_ = target;
  start_ = now;
  cut_ = reduced_motion;
}

Camera CameraMotion::at(double now) const {
  if (cut_) return to_;
  const double t = (now - start_) / duration;
  if (t >= 1) return to_;
  if (t <= 0) return from_;
  return interpolate(from_, to_, ease_in_out(static_cast<float>(t)));
}

bool CameraMotion::moving(double now) const { return !cut_ && now - start_ < duration; }

bool PanelZoom::zoom_at(const Rect& viewport, float factor, Vec2 at) {
  const float zoom = std::clamp(scale * factor, 1.0f, max_scale);
  const float applied = zoom / scale;
  const Vec2 anchor{at.x - viewport.x, at.y - viewport.y};
  offset = {anchor.x - (anchor.x - offset.x) * applied, anchor.y - (anchor.y - offset.y) * applied};
  scale = zoom;
  pan(viewport, {});
  return applied != 1.0f;
}

void PanelZoom::pan(const Rect& viewport, Vec2 delta) {
  offset.x = std::clamp(offset.x + delta.x, viewport.w * (1 - scale), 0.0f);
  offset.y = std::clamp(offset.y + delta.y, viewport.h * (1 - scale), 0.0f);
}

Rect PanelZoom::area(const Rect& viewport) const {
  return {viewport.x + offset.x, viewport.y + offset.y, viewport.w * scale, viewport.h * scale};
}

}  // namespace frise
