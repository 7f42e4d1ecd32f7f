#include "view/time_strip.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <string_view>

namespace frise::view {
namespace {
ImU32 with_alpha(ImU32 colour, int alpha) { return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }
bool inside(const Rect& r, ImVec2 p) { return p.x >= r.x && p.x < r.right() && p.y >= r.y && p.y < r.bottom(); }

void add_text(ImDrawList& draw, const FontSet& fonts, float px, Vec2 at, ImU32 colour, const std::string& text) {
  draw.AddText(fonts.ui, px, {at.x, at.y}, colour, text.data(), text.data() + text.size());
}

// A chapter's whole title in a box beside the strip (above it, or below a strip at the top),
// near the pointer and inside the window.
void draw_title_tip(const FontSet& fonts, const Theme& theme, const Rect& area, float px, ImVec2 pointer,
                    const std::string& title) {
  ImDrawList& draw = *ImGui::GetForegroundDrawList();
  const ImVec2 window = ImGui::GetIO().DisplaySize;
  const float pad = px * 0.45f;
  const float w = fonts.ui->CalcTextSizeA(px, FLT_MAX, 0, title.data(), title.data() + title.size()).x + 2 * pad;
  const float h = px + 2 * pad;
  const float x = std::clamp(pointer.x - w / 2, 2.0f, std::max(2.0f, window.x - 2 - w));
  const bool below = area.y + area.h / 2 < window.y / 2;
  const float y = below ? area.bottom() + 4 : area.y - 4 - h;
  draw.AddRectFilled({x, y}, {x + w, y + h}, theme.caption_fill, px * 0.3f);
  draw.AddRect({x, y}, {x + w, y + h}, theme.ink, px * 0.3f, 0, 1.0f);
  add_text(draw, fonts, px, {x + pad, y + pad}, theme.ink, title);
}
}  // namespace

// At least 14 CSS pixels of em of the interface font, as every word the reader reads.
float TimeStrip::label_px(float text_px) {
  return std::max(kMinTextPx * FontSet::ui_size_per_css_px(), text_px * 0.7f);
}

void TimeStrip::reset(const Story& story) {
  axis_ = build_time_axis(story);
  view_ = fit_story(axis_);
}

void TimeStrip::follow(std::size_t current) {
  if (current >= axis_.panels.size()) return;
  // Scroll just enough to bring the marker inside the margins: the strip does not jump about.
  view_ = follow_panel(axis_, view_, current);
}

TimeStripLayout TimeStrip::layout(const Rect& area, std::size_t current, const Story& story, const FontSet& fonts,
                                  const std::string& language) const {
  const MeasureText measure = [&fonts](std::string_view text, float size) {
    return fonts.ui->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
  };
  return layout_time_strip(axis_, view_, story, area, label_px(fonts.text_px), measure, language, current);
}

void TimeStrip::zoom_at(float x, double factor) {
  if (area_.w <= 0) return;
  view_ = zoom(axis_, view_, factor, t_for_x(view_, area_.w, x - area_.x));
}

void TimeStrip::pan_by(float dx) {
  if (area_.w <= 0) return;
  view_ = pan(axis_, view_, -static_cast<double>(dx) / static_cast<double>(area_.w) * view_.span());
}

void TimeStrip::draw(ImDrawList& draw, const Rect& area, std::size_t current, const Story& story, const FontSet& fonts,
                     const Theme& theme, const std::string& language) {
  area_ = area;
  markers_.clear();
  if (axis_.panels.empty() || area.w <= 0 || area.h <= 0) return;
  const ImGuiIO& io = ImGui::GetIO();
  const float px = fonts.text_px;
  const bool hover = inside(area, io.MousePos) && !io.WantCaptureMouse && !ImGui::IsMouseDown(0);

  const TimeStripLayout layout = this->layout(area, current, story, fonts, language);
  const StripRows& rows = layout.rows;
  const float label_size = layout.label_px;
  markers_ = layout.markers;  // what a click picks from
  marker_reach_ = std::max(px * 0.8f, rows.marker_radius * 3);

  draw.PushClipRect({area.x, area.y}, {area.right(), area.bottom()}, true);
  draw.AddRectFilled({area.x, area.y}, {area.right(), area.bottom()}, theme.caption_fill);
  draw.AddLine({area.x, area.y}, {area.right(), area.y}, with_alpha(theme.ink, 90), 1);

  // Chapter bands along the top; a later one covers an earlier one where they overlap.
  const Rect& band_row = rows.band;
  for (const StripBand& band : layout.bands) {
    const Chapter& chapter = story.chapters[static_cast<std::size_t>(band.chapter)];
    const ImU32 colour = chapter.colour ? IM_COL32(chapter.colour->r, chapter.colour->g, chapter.colour->b, 255) : theme.muted;
    const ImVec2 top_left{band.x0, band_row.y}, bottom_right{band.x1, band_row.bottom()};
    draw.AddRectFilled(top_left, bottom_right, theme.caption_fill);
    draw.AddRectFilled(top_left, bottom_right, with_alpha(colour, 70));
    draw.AddRectFilled(top_left, {band.x0 + 3, band_row.bottom()}, colour);
  }

  // The axis line; an undated story's is only a thread between its first and last marks.
  if (axis_.dated) draw.AddLine({area.x, rows.axis_y}, {area.right(), rows.axis_y}, theme.muted, 1.5f);
  else
    draw.AddLine({area.x + x_for_t(view_, area.w, axis_.first_t), rows.axis_y},
                 {area.x + x_for_t(view_, area.w, axis_.last_t), rows.axis_y}, with_alpha(theme.muted, 110), 1.0f);
  for (const StripTickMark& tick : layout.ticks)
    draw.AddLine({tick.x, rows.axis_y}, {tick.x, rows.axis_y + (tick.major ? rows.tick_major : rows.tick_minor)},
                 theme.muted, tick.major ? 1.5f : 1.0f);

  // Markers (the current one last, on top): filled when dated, hollow when placed between dated
  // neighbours.
  for (const StripMarker& m : layout.markers) {
    if (static_cast<std::size_t>(m.panel) == current && layout.current) continue;
    if (m.own_date) draw.AddCircleFilled({m.x, m.y}, m.radius, theme.ink, 12);
    else draw.AddCircle({m.x, m.y}, m.radius - 0.5f, theme.ink, 12, 1.3f);
  }
  if (layout.current) {
    const StripMarker& m = *layout.current;
    if (layout.current_end_x > m.x)  // a panel covering a period shows its span
      draw.AddRectFilled({m.x, m.y - rows.marker_radius * 0.5f}, {layout.current_end_x, m.y + rows.marker_radius * 0.5f},
                         with_alpha(theme.accent, 120));
    draw.AddCircleFilled({m.x, m.y}, m.radius - 1.5f, theme.accent, 16);
    draw.AddCircle({m.x, m.y}, m.radius - 0.75f, theme.ink, 16, 1.5f);
  }

  // Every label as laid out: chapter titles, the reader's date on its pill, the ticks' dates.
  for (const StripLabel& label : layout.labels) {
    switch (label.kind) {
      case StripLabelKind::chapter:
        if (label.current) {  // the chapter being read: a tag of its band's colour, over the bands
          const Chapter& chapter = story.chapters[static_cast<std::size_t>(label.chapter)];
          const ImU32 colour = chapter.colour ? IM_COL32(chapter.colour->r, chapter.colour->g, chapter.colour->b, 255) : theme.muted;
          const Rect& r = label.rect;
          // The bands under it go, edges and all: bits of them showing by its rounded corners
          // looked like ticks stuck on the tag.
          draw.AddRectFilled({r.x, rows.band.y}, {r.right(), rows.band.bottom()}, theme.caption_fill);
          draw.AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, theme.caption_fill, r.h * 0.3f);
          draw.AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, with_alpha(colour, 110), r.h * 0.3f);
          // Outlined in ink: some stories' chapter colours are pale pastels.
          draw.AddRect({r.x, r.y}, {r.right(), r.bottom()}, with_alpha(theme.ink, 150), r.h * 0.3f, 0, 1.2f);
        }
        add_text(draw, fonts, label_size, label.text_at, theme.ink, label.text);
        break;
      case StripLabelKind::current_date: {
        const Rect& r = label.rect;
        draw.AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, theme.caption_fill, r.h / 2);
        draw.AddRect({r.x, r.y}, {r.right(), r.bottom()}, theme.accent, r.h / 2, 0, 1.2f);
        add_text(draw, fonts, label_size, label.text_at, theme.accent, label.text);
        break;
      }
      case StripLabelKind::tick:
        add_text(draw, fonts, label_size, label.text_at, label.major ? theme.ink : theme.muted, label.text);
        break;
    }
  }
  draw.PopClipRect();

  // Over a band: its chapter's whole title, which the band may have had to shorten or leave out.
  if (hover) {
    const int chapter = chapter_at(layout, {io.MousePos.x, io.MousePos.y});
    if (chapter >= 0) {
      const std::string& title = story.chapters[static_cast<std::size_t>(chapter)].title.get(language, story.default_language);
      if (!title.empty()) draw_title_tip(fonts, theme, area, label_size, io.MousePos, title);
    }
  }
}

}  // namespace frise::view
