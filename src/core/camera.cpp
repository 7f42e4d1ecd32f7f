#include "core/camera.hpp"

#include <algorithm>
#include <cmath>

namespace frise {
namespace {

// Same bounds as layout_panel, so a panel has the same shape in the strip as on its own.
float sane_aspect(float aspect) {
  if (!std::isfinite(aspect) || aspect <= 0) return 1.0f;
  return std::clamp(aspect, 0.2f, 5.0f);
}

// Zoom must stay positive and finite for the log-space interpolation and for screen_to_world.
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

StripLayout layout_strip(std::span<const float> aspects, Orientation orientation, float gutter) {
  StripLayout strip;
  strip.orientation = orientation;
  strip.gutter = std::isfinite(gutter) ? std::max(0.0f, gutter) : 0.0f;
  strip.panels.reserve(aspects.size());
  double along = 0;  // double: float sums drift by whole pixels over 100,000 panels
  for (const float raw : aspects) {
    const float aspect = sane_aspect(raw);
    const float length = orientation == Orientation::horizontal ? aspect : 1.0f / aspect;
    const auto start = static_cast<float>(along);
    if (orientation == Orientation::horizontal)
      strip.panels.push_back({start, 0.0f, length, 1.0f});
    else
      strip.panels.push_back({0.0f, start, 1.0f, length});
    along += static_cast<double>(length) + static_cast<double>(strip.gutter);
  }
  const float total =
      strip.panels.empty() ? 0.0f : static_cast<float>(along - static_cast<double>(strip.gutter));
  strip.bounds = orientation == Orientation::horizontal ? Rect{0, 0, total, 1} : Rect{0, 0, 1, total};
  return strip;
}

std::pair<std::size_t, std::size_t> visible_range(const StripLayout& strip, Rect world_view) {
  const bool horizontal = strip.orientation == Orientation::horizontal;
  const auto start = [&](const Rect& r) { return horizontal ? r.x : r.y; };
  const auto end = [&](const Rect& r) { return horizontal ? r.right() : r.bottom(); };
  const float view_start = start(world_view);
  const float view_end = end(world_view);
  // Across the strip every panel spans the same band: a view beside it shows nothing.
  const float cross_start = horizontal ? world_view.y : world_view.x;
  const float cross_end = horizontal ? world_view.bottom() : world_view.right();
  const float band_end = horizontal ? strip.bounds.bottom() : strip.bounds.right();
  if (strip.panels.empty() || view_end <= view_start || cross_end <= 0 || cross_start >= band_end) return {0, 0};

  // Panels increase along the strip, and so do their ends: both are partitions.
  const auto& panels = strip.panels;
  const auto first = std::partition_point(panels.begin(), panels.end(),
                                          [&](const Rect& r) { return end(r) <= view_start; });
  const auto last = std::partition_point(first, panels.end(), [&](const Rect& r) { return start(r) < view_end; });
  return {static_cast<std::size_t>(first - panels.begin()), static_cast<std::size_t>(last - panels.begin())};
}

Vec2 world_to_screen(const Camera& camera, Rect viewport, Vec2 world) {
  const Vec2 middle = centre_of(viewport);
  return {(world.x - camera.centre.x) * camera.zoom + middle.x, (world.y - camera.centre.y) * camera.zoom + middle.y};
}

Vec2 screen_to_world(const Camera& camera, Rect viewport, Vec2 screen) {
  const Vec2 middle = centre_of(viewport);
  const float zoom = sane_zoom(camera.zoom);
  return {(screen.x - middle.x) / zoom + camera.centre.x, (screen.y - middle.y) / zoom + camera.centre.y};
}

Rect world_to_screen(const Camera& camera, Rect viewport, Rect world) {
  const Vec2 top_left = world_to_screen(camera, viewport, Vec2{world.x, world.y});
  return {top_left.x, top_left.y, world.w * camera.zoom, world.h * camera.zoom};
}

Rect visible_world(const Camera& camera, Rect viewport) {
  const Vec2 top_left = screen_to_world(camera, viewport, Vec2{viewport.x, viewport.y});
  const float zoom = sane_zoom(camera.zoom);
  return {top_left.x, top_left.y, viewport.w / zoom, viewport.h / zoom};
}

Camera frame_rect(Rect world_rect, Rect viewport, float margin_fraction) {
  const float margin = std::clamp(margin_fraction, 0.0f, 0.45f) * std::min(viewport.w, viewport.h);
  const float room_w = std::max(1.0f, viewport.w - 2 * margin);
  const float room_h = std::max(1.0f, viewport.h - 2 * margin);
  // A degenerate rectangle (an empty strip) still gets a finite zoom.
  const float w = std::max(world_rect.w, 1e-6f);
  const float h = std::max(world_rect.h, 1e-6f);
  return {centre_of(world_rect), sane_zoom(std::min(room_w / w, room_h / h))};
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

}  // namespace frise
