#include "view/time_strip.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

namespace frise::view {
namespace {
ImU32 with_alpha(ImU32 colour, int alpha) { return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }
bool inside(const Rect& r, ImVec2 p) { return p.x >= r.x && p.x < r.right() && p.y >= r.y && p.y < r.bottom(); }

// `title` as it fits in `width`: whole, or cut at a character with "…", or nothing when not even
// two characters would fit (letters squeezed against the next band read as one word).
std::string fitted_title(const ImFont& font, float px, const std::string& title, float width) {
  if (font.CalcTextSizeA(px, FLT_MAX, 0, title.c_str()).x <= width) return title;
  std::string fitted;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < title.size();) {
    std::size_t next = i + 1;
    while (next < title.size() && (static_cast<unsigned char>(title[next]) & 0xC0) == 0x80) ++next;
    const std::string candidate = title.substr(0, next) + "…";
    if (font.CalcTextSizeA(px, FLT_MAX, 0, candidate.c_str()).x > width) break;
    fitted = candidate;
    ++characters;
    i = next;
  }
  return characters >= 2 ? fitted : std::string();
}
}  // namespace

void TimeStrip::reset(const Story& story) {
  axis_ = build_time_axis(story);
  view_ = fit_all(axis_);
  lanes_.clear();
  lanes_span_ = 0;
}

void TimeStrip::follow(std::size_t current) {
  if (current >= axis_.panels.size()) return;
  // Scroll just enough to bring the marker inside the margins: the strip does not jump about.
  const double t = axis_.panels[current].t;
  const double margin = view_.span() * 0.08;
  if (t < view_.start + margin) view_ = pan(axis_, view_, t - (view_.start + margin));
  else if (t > view_.end - margin) view_ = pan(axis_, view_, t - (view_.end - margin));
}

bool TimeStrip::owns_pointer(ImVec2 at) const { return dragging_ || inside(area_, at); }

int TimeStrip::draw(ImDrawList& draw, const Rect& area, std::size_t current, const Story& story, const FontSet& fonts,
                    const Theme& theme, const std::string& language) {
  area_ = area;
  if (axis_.panels.empty() || area.w <= 0 || area.h <= 0) return -1;
  const ImGuiIO& io = ImGui::GetIO();
  const float px = fonts.text_px;
  const float small = px * 0.7f;
  const float marker = std::max(3.0f, px * 0.22f);
  // From the top: chapter bands, marker lanes, the axis line, tick labels.
  const float band_h = small * 1.35f;
  const float axis_y = area.bottom() - small * 1.9f;
  const float lane_step = std::max(marker * 1.2f, std::min(marker * 2.6f, (axis_y - area.y - band_h - 2 * marker) / 3));
  int clicked = -1;

  // Pointer: the wheel zooms around the pointer, a drag pans, a click picks a marker.
  const bool hover = inside(area, io.MousePos) && !io.WantCaptureMouse;
  if (hover && io.MouseWheel != 0)
    view_ = zoom(axis_, view_, std::pow(1.25, static_cast<double>(io.MouseWheel)), t_for_x(view_, area.w, io.MousePos.x - area.x));
  if (hover && ImGui::IsMouseClicked(0)) {
    dragging_ = true;
    dragged_ = false;
    drag_last_x_ = io.MousePos.x;
  }
  if (dragging_) {
    const float dx = io.MousePos.x - drag_last_x_;
    if (std::fabs(dx) > 0) {
      if (std::fabs(io.MousePos.x - io.MouseClickedPos[0].x) > px * 0.5f) dragged_ = true;
      view_ = pan(axis_, view_, -static_cast<double>(dx) / static_cast<double>(area.w) * view_.span());
      drag_last_x_ = io.MousePos.x;
    }
    if (ImGui::IsMouseReleased(0)) {
      dragging_ = false;
      if (!dragged_) {
        const int lane = std::max(0, static_cast<int>((axis_y - io.MousePos.y) / lane_step + 0.5f));
        clicked = panel_at(axis_, view_, area.w, io.MousePos.x - area.x, px, lanes_, std::min(lane, 3));
        if (clicked < 0) clicked = panel_at(axis_, view_, area.w, io.MousePos.x - area.x, px);
      }
    }
  }
  if (lanes_span_ != view_.span() || lanes_width_ != area.w) {
    lanes_ = marker_lanes(axis_, view_, area.w, marker * 2.4f);
    lanes_span_ = view_.span();
    lanes_width_ = area.w;
  }

  draw.PushClipRect({area.x, area.y}, {area.right(), area.bottom()}, true);
  draw.AddRectFilled({area.x, area.y}, {area.right(), area.bottom()}, theme.caption_fill);
  draw.AddLine({area.x, area.y}, {area.right(), area.y}, with_alpha(theme.ink, 90), 1);

  // Chapter bands along the top, titled when there is room.
  for (const ChapterBand& band : axis_.chapters) {
    const float x0 = area.x + x_for_t(view_, area.w, band.start), x1 = area.x + x_for_t(view_, area.w, band.end);
    if (x1 < area.x || x0 > area.right()) continue;
    const Chapter& chapter = story.chapters[static_cast<std::size_t>(band.chapter)];
    const ImU32 colour = chapter.colour ? IM_COL32(chapter.colour->r, chapter.colour->g, chapter.colour->b, 255) : theme.muted;
    draw.AddRectFilled({x0, area.y + 2}, {x1, area.y + 2 + band_h}, with_alpha(colour, 70));
    draw.AddRectFilled({x0, area.y + 2}, {x0 + 3, area.y + 2 + band_h}, colour);
    const std::string& title = chapter.title.get(language, story.default_language);
    const float text_x = std::max(x0, area.x) + 6;
    const std::string shown = fitted_title(*fonts.ui, small, title, std::min(x1, area.right()) - 4 - text_x);
    if (!shown.empty()) draw.AddText(fonts.ui, small, {text_x, area.y + 2 + (band_h - small) / 2}, theme.ink, shown.c_str());
  }

  // The axis line and its ticks.
  draw.AddLine({area.x, axis_y}, {area.right(), axis_y}, theme.muted, 1.5f);
  for (const Tick& tick : ticks(axis_, view_, area.w, small * 4.5f, language)) {
    const float x = area.x + tick.x;
    draw.AddLine({x, axis_y}, {x, axis_y + (tick.major ? small * 0.6f : small * 0.35f)}, theme.muted, tick.major ? 1.5f : 1.0f);
    const ImVec2 size = fonts.ui->CalcTextSizeA(small, FLT_MAX, 0, tick.label.c_str());
    draw.AddText(tick.major ? fonts.ui_bold : fonts.ui, small, {x - size.x / 2, axis_y + small * 0.65f},
                 tick.major ? theme.ink : theme.muted, tick.label.c_str());
  }

  // Markers, only the visible ones; the current one last, on top. Where they crowd closer than
  // a marker's width (thousands of panels zoomed out) one drawn marker stands for the others in
  // its lane, so a frame draws at most a few hundred whatever the story's length.
  const auto [first, last] = visible_markers(axis_, view_, view_.span() * 0.02);
  float last_x[4] = {-FLT_MAX, -FLT_MAX, -FLT_MAX, -FLT_MAX};
  for (std::size_t k = first; k < last; ++k) {
    const int index = axis_.by_position[k];
    if (static_cast<std::size_t>(index) == current) continue;
    const AxisPanel& p = axis_.panels[static_cast<std::size_t>(index)];
    const float x = area.x + x_for_t(view_, area.w, p.t);
    const int lane = lanes_.empty() ? 0 : std::clamp(lanes_[static_cast<std::size_t>(index)], 0, 3);
    if (x < last_x[lane] + marker * 1.5f) continue;
    last_x[lane] = x;
    const float y = axis_y - static_cast<float>(lane) * lane_step;
    if (p.own_date || !axis_.dated) draw.AddCircleFilled({x, y}, marker, theme.ink, 12);
    else draw.AddCircle({x, y}, marker, theme.ink, 12, 1.5f);  // placed between dated neighbours
  }
  if (current < axis_.panels.size()) {
    const AxisPanel& p = axis_.panels[current];
    const float x = area.x + x_for_t(view_, area.w, p.t);
    const int lane = lanes_.empty() ? 0 : lanes_[current];
    const float y = axis_y - static_cast<float>(lane) * lane_step;
    if (p.end_t > p.t) {  // a panel covering a period shows its span
      const float x_end = area.x + x_for_t(view_, area.w, p.end_t);
      draw.AddRectFilled({x, y - marker * 0.5f}, {x_end, y + marker * 0.5f}, with_alpha(theme.accent, 120));
    }
    draw.AddCircleFilled({x, y}, marker * 1.9f, theme.accent, 16);
    draw.AddCircle({x, y}, marker * 1.9f + 2, theme.ink, 16, 1.5f);
  }
  draw.PopClipRect();
  return clicked;
}

}  // namespace frise::view
