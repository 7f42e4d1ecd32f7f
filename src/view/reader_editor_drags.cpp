// The editor's drags of whole panels: reordering them on the overview shown in the panel's
// place, and dating them by dragging their markers along the time strip (see reader_app.hpp).
// Each drag is carried out once, when the pointer is released: one command, one undo step, and
// the story is laid out again once, not at every frame of the drag.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/date_drag.hpp"
#include "view/reader_app.hpp"

namespace frise::view {
namespace {

// Pixels a pressed pointer moves before it drags rather than clicks.
constexpr float drag_threshold_px = 4;

float distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The date the author would drop a marker on: the strip's zoom decides how precise (steps a
// third of a line apart at least, which a hand aims at: a day on a strip of weeks, a month on
// one of years).
Date date_under(const TimeStrip& strip, const Rect& area, float x, float px) {
  return dropped_date(strip.view(), area.w, x - area.x, std::max(4.0f, px * 0.33f));
}

}  // namespace

void ReaderApp::toggle_arranging() {
  arranging_ = !arranging_;
  thumbnail_drag_ = {};
  if (arranging_) overview_.open(current(), viewport_, fonts_.text_px, story().panels.size(), now_, reduced_motion());
}

void ReaderApp::handle_arrange_pointer(ImDrawList& draw) {
  if (!arranging()) {
    thumbnail_drag_ = {};
    return;
  }
  const bool over_controls = ImGui::GetIO().WantCaptureMouse;  // the editor's window, or a list open over the grid
  const Vec2 mouse = pointer_.at;
  const std::vector<PointerScreen::Thumbnail>& cells = overview_.thumbnails();
  const auto cell_at = [&](Vec2 at) -> const PointerScreen::Thumbnail* {
    for (const PointerScreen::Thumbnail& cell : cells)
      if (cell.cell.contains(at)) return &cell;
    return nullptr;
  };
  // The wheel scrolls the grid here too (beside the editor the pointer map leaves the panel's
  // area to the editor).
  if (viewport_.contains(mouse) && !over_controls && pointer_.wheel != 0) overview_.scroll_by(pointer_.wheel, 0);
  if (!thumbnail_drag_.active && pointer_.pressed && !over_controls && viewport_.contains(pointer_.pressed_at))
    if (const PointerScreen::Thumbnail* cell = cell_at(pointer_.pressed_at))
      thumbnail_drag_ = {true, false, cell->panel, pointer_.pressed_at};
  if (!thumbnail_drag_.active) return;
  PanelDrag& drag = thumbnail_drag_;
  drag.moved = drag.moved || distance(mouse, drag.grab) >= drag_threshold_px;
  const PointerScreen::Thumbnail* target = cell_at(mouse);
  const float px = fonts_.text_px;
  if (drag.moved) {
    // Near the top or the bottom of the grid, it scrolls on towards the cells out of view.
    const float edge = px * 1.5f;
    if (mouse.y < viewport_.y + edge) overview_.scroll_by(0, -px * 0.4f);
    if (mouse.y > viewport_.bottom() - edge) overview_.scroll_by(0, px * 0.4f);
    // The thumbnail, lifted: a smaller card under the pointer, with its number.
    for (const PointerScreen::Thumbnail& cell : cells) {
      if (cell.panel != drag.panel) continue;
      const float w = cell.cell.w * 0.55f, h = cell.cell.h * 0.55f;
      const ImVec2 min{mouse.x - w / 2, mouse.y - h / 2}, max{mouse.x + w / 2, mouse.y + h / 2};
      draw.AddRectFilled(min, max, (theme_.paper & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 220), px * 0.3f);
      draw.AddRect(min, max, theme_.accent, px * 0.3f, 0, std::max(2.5f, px * 0.18f));
      const std::string number = std::to_string(drag.panel + 1);
      draw.AddText(fonts_.ui_bold, px * 1.3f, {min.x + px * 0.5f, min.y + px * 0.3f}, theme_.accent, number.c_str());
    }
    // Where it would go: a bar before the cell under the pointer (after it, when moving later).
    if (target && target->panel != drag.panel) {
      const Rect& c = target->cell;
      const float x = target->panel < drag.panel ? c.x - px * 0.3f : c.right() + px * 0.3f;
      draw.AddLine({x, c.y}, {x, c.bottom()}, theme_.accent, std::max(4.0f, px * 0.3f));
    }
  }
  if (!pointer_.released) return;
  const PanelDrag done = std::exchange(thumbnail_drag_, {});
  if (!done.moved) {
    // A click: that panel, to edit, in the panel's own view again.
    picks_.push_back({Pick::What::panel, done.panel, Overlay::editor});
    arranging_ = false;
    return;
  }
  if (target && target->panel != done.panel && editor_->move_panel(done.panel, target->panel)) editor_->end_gesture();
}

int ReaderApp::draggable_marker_at(Vec2 at) const {
  if (!editor_ || session_.overlay() != Overlay::editor || !strip_.axis().dated || strip_area_.w <= 0 ||
      !strip_area_.contains(at))
    return -1;
  const float reach = std::max(fonts_.text_px * 0.6f, 6.0f);
  int best = -1;
  float best_distance = FLT_MAX;
  for (const StripMarker& marker : strip_.markers()) {
    const float d = distance(at, {marker.x, marker.y});
    if (marker.panel >= 0 && d < std::max(reach, marker.radius * 2) && d < best_distance) {
      best = marker.panel;
      best_distance = d;
    }
  }
  // The current panel's marker is drawn over the others: where they touch, it is the one held.
  if (current() < strip_.axis().panels.size()) {
    for (const StripMarker& marker : strip_.markers())
      if (marker.panel == static_cast<int>(current()) && distance(at, {marker.x, marker.y}) < std::max(reach, marker.radius * 2))
        best = marker.panel;
  }
  return best;
}

bool ReaderApp::editor_drag_has_pointer() const {
  if (marker_drag_.active || thumbnail_drag_.active) return true;
  return pointer_.pressed && draggable_marker_at(pointer_.pressed_at) >= 0 && !ImGui::GetIO().WantCaptureMouse;
}

void ReaderApp::handle_marker_drag(ImDrawList& draw) {
  const Vec2 mouse = pointer_.at;
  if (!marker_drag_.active && pointer_.pressed && !ImGui::GetIO().WantCaptureMouse) {
    const int panel = draggable_marker_at(pointer_.pressed_at);
    if (panel >= 0) marker_drag_ = {true, false, static_cast<std::size_t>(panel), pointer_.pressed_at};
  }
  if (!marker_drag_.active) return;
  if (!editor_ || session_.overlay() != Overlay::editor || marker_drag_.panel >= story().panels.size() ||
      strip_area_.w <= 0) {
    marker_drag_ = {};
    return;
  }
  PanelDrag& drag = marker_drag_;
  drag.moved = drag.moved || std::fabs(mouse.x - drag.grab.x) >= drag_threshold_px;
  const float px = fonts_.text_px;
  const Rect& area = strip_area_;
  const float x = std::clamp(mouse.x, area.x, area.right());
  const Date date = date_under(strip_, area, x, px);
  if (drag.moved) {
    // The marker where it would land (its date's place on the axis), and that date, as it will
    // be written, above it.
    const float at = area.x + x_for_t(strip_.view(), area.w, date_position(date));
    const float y = area.y + area.h * 0.5f;
    draw.AddLine({at, area.y}, {at, area.bottom()}, theme_.accent, 2.0f);
    draw.AddCircleFilled({at, y}, px * 0.35f, theme_.accent);
    const std::string label = date.to_string();
    const ImVec2 size = fonts_.ui_bold->CalcTextSizeA(px, FLT_MAX, 0, label.c_str());
    const float pad = px * 0.3f;
    const float left = std::clamp(at - size.x / 2, pad, std::max(pad, window_w_ - size.x - pad));
    const float top = area.y - size.y - pad * 3;
    draw.AddRectFilled({left - pad, top - pad}, {left + size.x + pad, top + size.y + pad}, theme_.caption_fill, px * 0.3f);
    draw.AddRect({left - pad, top - pad}, {left + size.x + pad, top + size.y + pad}, theme_.accent, px * 0.3f, 0, 1.5f);
    draw.AddText(fonts_.ui_bold, px, {left, top}, theme_.accent, label.c_str());
  }
  if (!pointer_.released) return;
  const PanelDrag done = std::exchange(marker_drag_, {});
  if (!done.moved) {  // a click: to that panel, as on the reader's strip
    picks_.push_back({Pick::What::panel, done.panel, Overlay::editor});
    return;
  }
  const Panel& panel = story().panels[done.panel];
  std::string end;
  if (panel.date && panel.end_date)  // the period keeps its length
    end = shifted_date(*panel.end_date, date_position(date) - date_position(*panel.date)).to_string();
  if (editor_->set_panel_date(done.panel, date.to_string(), end)) editor_->end_gesture();
}

void ReaderApp::add_drag_targets(std::vector<std::pair<std::string, Rect>>& fields) const {
  if (arranging())
    for (const PointerScreen::Thumbnail& cell : overview_.thumbnails())
      fields.push_back({"thumbnail/" + std::to_string(cell.panel), cell.cell});
  if (strip_.axis().dated && strip_area_.w > 0)
    for (const StripMarker& marker : strip_.markers())
      if (marker.panel >= 0)
        fields.push_back({"marker/" + std::to_string(marker.panel),
                          Rect{marker.x - marker.radius, marker.y - marker.radius, marker.radius * 2, marker.radius * 2}});
}

}  // namespace frise::view
