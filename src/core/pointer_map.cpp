#include "core/pointer_map.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace frise {
namespace {

// A gesture's main direction: leftwards or upwards (negative) brings the next panel, rows and
// stacks alike, as the strip follows the pointer.
float along(Vec2 travel) { return std::fabs(travel.x) > std::fabs(travel.y) ? travel.x : travel.y; }

PointerCommand command(PointerCommand::Kind kind) { return {kind, {}, 1, {}}; }
PointerCommand turn(float direction) {
  return command(direction < 0 ? PointerCommand::Kind::next : PointerCommand::Kind::previous);
}

}  // namespace

std::optional<PointerCommand> PointerMap::on_strip(const PointerInput& input, const PointerScreen& screen) {
  using Kind = PointerInput::Kind;
  using Command = PointerCommand::Kind;
  switch (input.kind) {
    case Kind::wheel: {
      if (input.amount.y == 0) return std::nullopt;
      PointerCommand zoom = command(Command::strip_zoom);
      zoom.at = input.at;
      zoom.factor = std::pow(1.25f, input.amount.y);
      return zoom;
    }
    case Kind::press:
      strip_pressed_ = true;
      strip_dragged_ = false;
      strip_press_x_ = strip_last_x_ = input.at.x;
      return std::nullopt;
    case Kind::move: {
      const float dx = input.at.x - strip_last_x_;
      strip_last_x_ = input.at.x;
      if (std::fabs(input.at.x - strip_press_x_) > pan_threshold_px) strip_dragged_ = true;
      if (dx == 0) return std::nullopt;
      PointerCommand pan = command(Command::strip_pan);
      pan.delta = {dx, 0};
      return pan;
    }
    case Kind::release: {
      strip_pressed_ = false;
      if (strip_dragged_) return std::nullopt;
      TimeStripLayout drawn;
      drawn.markers = screen.strip_markers;
      const int hit = marker_at(drawn, input.at.x, screen.marker_reach);
      if (hit < 0) return std::nullopt;
      PointerCommand pick = command(Command::go_to);
      pick.panel = static_cast<std::size_t>(screen.strip_markers[static_cast<std::size_t>(hit)].panel);
      return pick;
    }
    case Kind::pinch:
    case Kind::swipe: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<PointerCommand> PointerMap::on_overview(const PointerInput& input, const PointerScreen& screen) {
  using Kind = PointerInput::Kind;
  using Command = PointerCommand::Kind;
  const bool on_grid = screen.viewport.contains(input.at);
  switch (input.kind) {
    case Kind::wheel: {
      if (!on_grid || input.amount.y == 0) return std::nullopt;
      PointerCommand scroll = command(Command::overview_scroll);
      scroll.factor = input.amount.y;
      return scroll;
    }
    case Kind::press:
      overview_pressed_ = on_grid;
      overview_dragging_ = false;
      press_at_ = last_at_ = input.at;
      return std::nullopt;
    case Kind::move: {
      if (!overview_pressed_) return std::nullopt;
      const float dy = input.at.y - last_at_.y;
      last_at_ = input.at;
      // Touch screens scroll the grid by dragging it.
      if (!overview_dragging_ && std::hypot(input.at.x - press_at_.x, input.at.y - press_at_.y) < pan_threshold_px)
        return std::nullopt;
      overview_dragging_ = true;
      PointerCommand scroll = command(Command::overview_scroll);
      scroll.factor = 0;
      scroll.delta = {0, dy};
      return scroll;
    }
    case Kind::release: {
      const bool clicked = std::exchange(overview_pressed_, false) && !overview_dragging_ && on_grid;
      if (!clicked) return std::nullopt;
      for (const PointerScreen::Thumbnail& thumbnail : screen.thumbnails) {
        if (!thumbnail.cell.contains(input.at)) continue;
        PointerCommand choose = command(Command::choose_thumbnail);
        choose.panel = thumbnail.panel;
        return choose;
      }
      return std::nullopt;
    }
    case Kind::pinch:
    case Kind::swipe: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<PointerCommand> PointerMap::map(const PointerInput& input, const PointerScreen& screen,
                                              InputContext context, bool zoomed) {
  using Kind = PointerInput::Kind;
  using Command = PointerCommand::Kind;
  if (input.kind == Kind::move && input.touch) by_finger_ = by_finger_ || pressed_;
  const bool starts = input.kind != Kind::move && input.kind != Kind::release;
  // A press on the strip is followed to its release, wherever the pointer goes meanwhile.
  if (strip_pressed_ && !starts) return on_strip(input, screen);
  if (strip_pressed_ && input.kind == Kind::press) strip_pressed_ = false;  // its release was never seen
  // The strip is the reader's, and the editor's: not behind a modal overlay.
  const bool on_strip_area = screen.strip.w > 0 && screen.strip.contains(input.at);
  const bool strip_usable = context == InputContext::reading || context == InputContext::editor;
  if (starts && on_strip_area && strip_usable && !screen.interface_has_pointer) {
    pressed_ = false;
    return on_strip(input, screen);
  }
  // The overview's grid: the wheel and a drag scroll it, a click opens a thumbnail.
  if (context == InputContext::overview) {
    pressed_ = false;
    if (screen.interface_has_pointer && starts) {
      overview_pressed_ = false;
      return std::nullopt;
    }
    return on_overview(input, screen);
  }
  // The interface's controls take their own pointer; a drag that started on the panel still
  // ends there.
  if (starts && screen.interface_has_pointer) {
    pressed_ = false;
    return std::nullopt;
  }
  // An overlay is modal: a click beside it closes it and reaches nothing behind (the search
  // stays open, beside the editor the panel is its preview).
  if (context != InputContext::reading) {
    pressed_ = false;
    const bool closes = context != InputContext::search && context != InputContext::editor;
    if (input.kind == Kind::press && closes) return command(Command::close_overlay);
    return std::nullopt;
  }
  const float threshold = std::min(std::max(1.0f, screen.window_width), std::max(1.0f, screen.window_height)) * drag_share;
  switch (input.kind) {
    case Kind::pinch: {
      pressed_ = false;  // a pinch's fingers are never also a drag
      PointerCommand zoom = command(Command::zoom);
      zoom.at = input.at;
      zoom.factor = 1.0f + input.amount.x * 4.0f;
      return zoom;
    }
    case Kind::wheel: {
      if (input.ctrl && input.amount.y != 0) {
        PointerCommand zoom = command(Command::zoom);
        zoom.at = input.at;
        zoom.factor = input.amount.y > 0 ? 1.25f : 0.8f;
        return zoom;
      }
      // One panel per notch-worth of travel, whatever the device's resolution.
      wheel_ += input.amount.x + input.amount.y;
      if (std::fabs(wheel_) < 1.0f) return std::nullopt;
      const float direction = wheel_ < 0 ? -1.0f : 1.0f;  // away from the reader: back
      wheel_ = 0;
      return turn(direction);
    }
    case Kind::swipe: {
      const float travel = along(input.amount);
      if (zoomed || std::fabs(travel) <= threshold) return std::nullopt;
      return turn(travel);
    }
    case Kind::press:
      pressed_ = true;
      by_finger_ = input.touch;
      panning_ = false;
      press_at_ = last_at_ = input.at;
      return std::nullopt;
    case Kind::move: {
      if (!pressed_) return std::nullopt;
      const Vec2 delta{input.at.x - last_at_.x, input.at.y - last_at_.y};
      last_at_ = input.at;
      // Zoomed in, a drag moves around the panel instead of turning it.
      if (!zoomed) return std::nullopt;
      if (!panning_ && std::hypot(input.at.x - press_at_.x, input.at.y - press_at_.y) < pan_threshold_px) return std::nullopt;
      panning_ = true;
      PointerCommand pan = command(Command::pan);
      pan.delta = delta;
      return pan;
    }
    case Kind::release: {
      if (!pressed_) return std::nullopt;
      pressed_ = false;
      if (panning_) return std::nullopt;
      const Vec2 travel{input.at.x - press_at_.x, input.at.y - press_at_.y};
      if (std::fabs(along(travel)) > threshold) {
        // A finger's drag was its swipe, already turned; its mouse echo is not a second move.
        if (by_finger_ || input.touch) return std::nullopt;
        return turn(along(travel));
      }
      // A tap: the glossary's (a term or a link, or its open card closing); else the sides go
      // back and forward, the centre shows or hides the bars.
      const bool on_spot = std::any_of(screen.spots.begin(), screen.spots.end(),
                                       [&](const Rect& spot) { return spot.contains(press_at_); });
      if (on_spot || screen.card_open) {
        PointerCommand tap = command(Command::tap_spot);
        tap.at = press_at_;
        return tap;
      }
      const float x = press_at_.x / std::max(1.0f, screen.window_width);
      if (x < side_share) return command(Command::previous);
      if (x > 1 - side_share) return command(Command::next);
      return command(Command::toggle_chrome);
    }
  }
  return std::nullopt;
}

}  // namespace frise
