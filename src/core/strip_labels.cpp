#include "core/strip_labels.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace frise {
namespace {

constexpr float minimum_label_px = 12;
constexpr float top_line = 2;  // the separator drawn along the strip's top edge

float label_size(float label_px) { return std::max(minimum_label_px, std::isfinite(label_px) ? label_px : 0.0f); }
// Room kept between two labels, and between a label and the strip's left and right edges.
float label_gap(float px) { return std::max(6.0f, px * 0.5f); }
float edge_pad(float px) { return std::max(3.0f, px * 0.25f); }
// The current date's pill reaches this far beyond its text on either side.
float pill_pad(float px) { return std::round(px * 0.4f); }

bool overlap(const Rect& a, const Rect& b, float gap) {
  return a.x < b.right() + gap && b.x < a.right() + gap && a.y < b.bottom() && b.y < a.bottom();
}

struct Rows {
  float band, markers, tick, labels, below;
  float total() const { return top_line + band + markers + tick + labels + below; }
};

Rows ideal_rows(float px, bool dated) {
  return {px * 1.4f, std::max(13.0f, px * 1.1f), dated ? px * 0.35f : 0.0f, dated ? px * 1.1f : 0.0f, px * 0.15f};
}

struct Segment {
  float x0, x1;
  float width() const { return x1 - x0; }
};

}  // namespace

float strip_height(float label_px, bool dated) { return ideal_rows(label_size(label_px), dated).total(); }

StripRows strip_rows(const Rect& area, float label_px, bool dated) {
  const float px = label_size(label_px);
  const float smallest_markers = std::max(10.0f, px * 0.8f);
  Rows rows = ideal_rows(px, dated);
  const auto room = [&] { return area.h - (rows.total() - rows.markers); };
  StripRows out;
  if (room() < smallest_markers) {  // tighter spaces
    rows.band = px * 1.2f;
    rows.below = 1;
    if (dated) {
      rows.tick = px * 0.25f;
      rows.labels = px + 1;
    }
  }
  if (room() < smallest_markers && dated) rows.labels = 0;  // then no tick labels
  if (room() < smallest_markers) {                          // then bands without titles
    out.band_titles = false;
    rows.band = std::clamp((area.h - top_line) * 0.25f, 2.0f, px * 1.2f);
  }
  rows.markers = std::max(0.0f, room());
  out.band = {area.x, area.y + top_line, area.w, rows.band};
  out.axis_y = out.band.bottom() + rows.markers / 2;
  out.tick_major = rows.tick;
  out.tick_minor = rows.tick * 0.6f;
  out.labels = {area.x, out.axis_y + rows.markers / 2 + rows.tick, area.w, rows.labels};
  // The current marker (1.7 radii and a ring) fits in the markers' row.
  out.marker_radius = std::clamp((rows.markers / 2 - 1.5f) / 1.7f, 1.5f, px * 0.3f);
  out.current_radius = out.marker_radius * 1.7f + 1.5f;
  return out;
}

std::string fit_text(const std::string& text, float width, float px, const MeasureText& measure,
                     std::size_t min_characters) {
  if (text.empty() || !(width > 0)) return {};
  if (measure(text, px) <= width) return text;
  // Where each character starts (UTF-8 lead bytes), so that a cut never splits one.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  starts.push_back(text.size());
  // The first `characters` characters, without trailing spaces, and how many are left.
  const auto kept = [&](std::size_t characters) {
    std::size_t end = starts[characters];
    while (characters > 0 && text[end - 1] == ' ') end = starts[--characters];
    return std::pair{text.substr(0, end), characters};
  };
  const auto shortened = [&](std::size_t characters) { return kept(characters).first + "…"; };
  // Widths grow with the characters kept: the longest that fits, by bisection.
  std::size_t lo = 0, hi = starts.size() - 1;  // lo fits (or is 0), hi does not
  while (hi - lo > 1) {
    const std::size_t mid = (lo + hi) / 2;
    (measure(shortened(mid), px) <= width ? lo : hi) = mid;
  }
  if (kept(lo).second < std::max<std::size_t>(1, min_characters)) return {};
  return shortened(lo);
}

std::string position_text(const Story& story, std::size_t panel, const std::string& language) {
  if (panel >= story.panels.size()) return {};
  const Panel& p = story.panels[panel];
  const std::string& shown = p.display_date.get(language, story.default_language);
  if (!shown.empty()) return shown;
  if (!p.date) return {};
  std::string text = format_date(*p.date, language);
  if (p.end_date) text += " – " + format_date(*p.end_date, language);
  return text;
}

TimeStripLayout layout_time_strip(const TimeAxis& axis, const AxisView& view, const Story& story, const Rect& area,
                         float label_px, const MeasureText& measure, const std::string& language, std::size_t current) {
  TimeStripLayout out;
  const float px = label_size(label_px);
  out.label_px = px;
  out.rows = strip_rows(area, px, axis.dated);
  if (!(area.w > 0) || !(area.h > 0) || !(view.span() > 0) || !measure) return out;
  const StripRows& rows = out.rows;
  const float gap = label_gap(px), edge = edge_pad(px);
  const auto x_at = [&](double t) { return area.x + x_for_t(view, area.w, t); };

  // Bands: the visible ones, by start (then story order); a later one is drawn over an earlier.
  std::vector<std::pair<double, StripBand>> sorted;
  for (const ChapterBand& band : axis.chapters) {
    if (band.chapter < 0 || static_cast<std::size_t>(band.chapter) >= story.chapters.size()) continue;
    const float x0 = x_at(band.start), x1 = x_at(band.end);
    if (x1 <= area.x || x0 >= area.right() || !(x1 > x0)) continue;
    sorted.push_back({band.start, {band.chapter, x0, x1}});
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.chapter < b.second.chapter;
  });
  for (const auto& [start, band] : sorted) out.bands.push_back(band);

  // Chapter titles: the one being read whole, over its band; each other in the part of its band
  // that no later band covers and the current one's tag leaves free.
  if (rows.band_titles) {
    int reading = -1;
    if (current < story.panels.size())
      for (std::size_t c = 0; c < story.chapters.size(); ++c)
        if (!story.panels[current].chapter.empty() && story.chapters[c].id == story.panels[current].chapter)
          reading = static_cast<int>(c);
    std::optional<Segment> tag;  // the current title's room, gaps included
    for (const StripBand& band : out.bands) {
      if (band.chapter != reading) continue;
      const std::string& title = story.chapters[static_cast<std::size_t>(band.chapter)].title.get(language, story.default_language);
      const float pad = pill_pad(px);
      const std::string shown = fit_text(title, area.w - 2 * edge - 2 * pad, px, measure, 1);
      if (shown.empty()) break;
      const float w = measure(shown, px) + 2 * pad;
      const float middle = (std::max(band.x0, area.x) + std::min(band.x1, area.right())) / 2;
      const float x = std::clamp(middle - w / 2, area.x + edge, std::max(area.x + edge, area.right() - edge - w));
      StripLabel label;
      label.rect = {x, rows.band.y + 1, w, rows.band.h - 2};
      label.text_at = {x + pad, rows.band.y + (rows.band.h - px) / 2};
      label.text = shown;
      label.full_text = title;
      label.kind = StripLabelKind::chapter;
      label.chapter = band.chapter;
      label.current = true;
      out.labels.push_back(std::move(label));
      tag = Segment{x - gap, x + w + gap};
      break;
    }
    std::vector<Segment> segments, split;
    for (std::size_t k = 0; k < out.bands.size(); ++k) {
      const StripBand& band = out.bands[k];
      if (band.chapter == reading && tag) continue;
      const float lo = std::max(band.x0, area.x), hi = std::min(band.x1, area.right());
      segments.assign(1, {lo, hi});
      if (tag) {  // the current chapter's tag takes its room out
        split.clear();
        for (const Segment& s : segments) {
          if (tag->x0 > s.x0) split.push_back({s.x0, std::min(s.x1, tag->x0)});
          if (tag->x1 < s.x1) split.push_back({std::max(s.x0, tag->x1), s.x1});
        }
        segments.swap(split);
      }
      for (std::size_t c = k + 1; c < out.bands.size() && out.bands[c].x0 < hi; ++c) {
        split.clear();
        for (const Segment& s : segments) {
          if (out.bands[c].x0 > s.x0) split.push_back({s.x0, std::min(s.x1, out.bands[c].x0)});
          if (out.bands[c].x1 < s.x1) split.push_back({std::max(s.x0, out.bands[c].x1), s.x1});
        }
        segments.swap(split);
      }
      // Past the band's end, axis that no band covers (months with no chapter) is the title's
      // too, up to the next band or the current chapter's tag: a title need not be cut there.
      if (!segments.empty() && segments.back().x1 == hi && hi < area.right()) {
        float free_from = hi, free_to = area.right() - edge;
        for (std::size_t c = 0; c < out.bands.size(); ++c) {
          if (c == k) continue;
          const StripBand& other = out.bands[c];
          if (other.x0 < hi) free_from = std::max(free_from, other.x1);
          else free_to = std::min(free_to, other.x0);
        }
        if (tag && tag->x0 >= hi) free_to = std::min(free_to, tag->x0);
        if (free_from == hi && free_to > hi) segments.back().x1 = free_to;
      }
      const std::string& title =
          story.chapters[static_cast<std::size_t>(band.chapter)].title.get(language, story.default_language);
      if (title.empty() || segments.empty()) continue;
      // Inside a segment: after the band's coloured edge where it starts, a little room at the end.
      const auto room = [&](const Segment& s) {
        const float inset = s.x0 == band.x0 ? 6.0f : 4.0f;
        return Segment{s.x0 + inset, s.x1 - 4.0f};
      };
      const float whole = measure(title, px);
      const Segment* chosen = nullptr;
      for (const Segment& s : segments)
        if (room(s).width() >= whole) {
          chosen = &s;
          break;
        }
      if (!chosen)
        chosen = &*std::max_element(segments.begin(), segments.end(),
                                    [](const Segment& a, const Segment& b) { return a.width() < b.width(); });
      const Segment space = room(*chosen);
      // A title cut to a couple of letters ("Ar…") says nothing: four at least, or none.
      const std::string shown = fit_text(title, space.width(), px, measure, 4);
      if (shown.empty()) continue;
      StripLabel label;
      label.rect = {space.x0, rows.band.y + (rows.band.h - px) / 2, measure(shown, px), px};
      label.text_at = {label.rect.x, label.rect.y};
      label.text = shown;
      label.full_text = title;
      label.kind = StripLabelKind::chapter;
      label.chapter = band.chapter;
      out.labels.push_back(std::move(label));
    }
  }

  // Markers on the axis line: one date's panels fan out around it.
  const float radius = rows.marker_radius;
  MarkerSpacing spacing;
  spacing.gap_px = radius * 2.6f;
  spacing.min_gap_px = std::max(5.5f, radius * 1.3f);
  spacing.max_shift_px = std::max(2 * spacing.gap_px, area.w * 0.03f);
  spacing.edge_px = rows.current_radius;
  if (!axis.dated) {
    // One mark per panel, evenly spaced in reading order: nothing to fan out, only to size.
    const auto step = static_cast<float>(static_cast<double>(area.w) / view.span());
    spacing.gap_px = std::min(spacing.gap_px, step);
    spacing.min_gap_px = std::min(spacing.min_gap_px, spacing.gap_px);
  }
  for (const PlacedMarker& placed : place_markers(axis, view, area.w, spacing)) {
    StripMarker marker;
    marker.panel = placed.panel;
    marker.x = area.x + placed.x;
    marker.y = rows.axis_y;
    // At least a dot's width of axis line between two dots: closer, a row of them reads as one bar.
    marker.radius = std::min(radius, std::max(2.2f, placed.gap / 3.4f));
    marker.own_date = !axis.dated || axis.panels[static_cast<std::size_t>(placed.panel)].own_date;
    out.markers.push_back(marker);
  }
  if (current < axis.panels.size()) {
    const AxisPanel& p = axis.panels[current];
    StripMarker marker{static_cast<int>(current), x_at(p.t), rows.axis_y, rows.current_radius,
                       !axis.dated || p.own_date};
    for (const StripMarker& m : out.markers)
      if (m.panel == marker.panel) marker.x = m.x;  // where its crowd put it
    if (marker.x >= area.x && marker.x <= area.right()) {
      out.current = marker;
      out.current_end_x = p.end_t > p.t ? x_at(p.end_t) : marker.x;
    }
  }

  // The labels' row: the reader's position first, then the ticks' labels where they fit.
  std::vector<StripLabel> row;
  const Rect& labels = rows.labels;
  const float text_y = labels.y + (labels.h - px) / 2;
  if (labels.h > 0 && out.current) {
    const std::string full = position_text(story, current, language);
    const float pad = pill_pad(px);
    const std::string shown = fit_text(full, area.w - 2 * edge - 2 * pad, px, measure, 1);
    if (!shown.empty()) {
      const float w = measure(shown, px) + 2 * pad;
      const float x = std::clamp(out.current->x - w / 2, area.x + edge, std::max(area.x + edge, area.right() - edge - w));
      StripLabel label;
      label.rect = {x, labels.y, w, labels.h};
      label.text_at = {x + pad, text_y};
      label.text = shown;
      label.full_text = full;
      label.kind = StripLabelKind::current_date;
      row.push_back(std::move(label));
    }
  }
  if (axis.dated) {
    // The step's spacing follows the labels' real widths (longer for days than for months).
    float needed = px * 4.5f;
    std::vector<Tick> list;
    std::vector<float> widths;
    for (int attempt = 0; attempt < 3; ++attempt) {
      list = ticks(axis, view, area.w, needed, language);
      widths.clear();
      float widest = 0;
      for (const Tick& tick : list) widest = std::max(widest, widths.emplace_back(measure(tick.label, px)));
      if (widest + gap <= needed) break;
      needed = widest + gap;
    }
    for (const Tick& tick : list) out.ticks.push_back({area.x + tick.x, tick.major});
    if (labels.h > 0) {
      const std::size_t fixed = row.size();
      std::vector<StripLabel> candidates;
      for (std::size_t i = 0; i < list.size(); ++i) {
        const float w = widths[i];
        if (w > area.w - 2 * edge) continue;
        const float centred = area.x + list[i].x - w / 2;
        const float x = std::clamp(centred, area.x + edge, area.right() - edge - w);
        if (std::fabs(x - centred) > w / 2 + edge) continue;  // too far from its tick
        StripLabel label;
        label.rect = {x, text_y, w, px};
        label.text_at = {x, text_y};
        label.text = label.full_text = list[i].label;
        label.kind = StripLabelKind::tick;
        label.major = list[i].major;
        candidates.push_back(std::move(label));
      }
      // Major ticks (years among months…) are placed before minor ones.
      for (bool major : {true, false})
        for (StripLabel& label : candidates) {
          if (label.major != major) continue;
          bool free = true;
          for (const StripLabel& placed : row) free = free && !overlap(label.rect, placed.rect, gap);
          if (free) row.push_back(std::move(label));
        }
      std::sort(row.begin() + static_cast<std::ptrdiff_t>(fixed), row.end(),
                [](const StripLabel& a, const StripLabel& b) { return a.rect.x < b.rect.x; });
    }
  }
  for (StripLabel& label : row) out.labels.push_back(std::move(label));
  return out;
}

std::vector<StripLabel> strip_labels(const TimeAxis& axis, const AxisView& view, const Story& story, const Rect& area,
                                     float label_px, const MeasureText& measure, const std::string& language,
                                     std::size_t current) {
  return layout_time_strip(axis, view, story, area, label_px, measure, language, current).labels;
}

int chapter_at(const TimeStripLayout& layout, Vec2 point) {
  const Rect& band = layout.rows.band;
  if (point.y < band.y || point.y >= band.bottom() || point.x < band.x || point.x >= band.right()) return -1;
  for (auto it = layout.bands.rbegin(); it != layout.bands.rend(); ++it)
    if (point.x >= it->x0 && point.x < it->x1) return it->chapter;
  return -1;
}

int marker_at(const TimeStripLayout& layout, float x, float max_distance_px) {
  const auto after = std::lower_bound(layout.markers.begin(), layout.markers.end(), x,
                                      [](const StripMarker& m, float at) { return m.x < at; });
  int best = -1;
  float best_distance = std::nextafter(max_distance_px, std::numeric_limits<float>::infinity());
  const auto consider = [&](std::vector<StripMarker>::const_iterator it) {  // the left one wins a tie
    const float distance = std::fabs(it->x - x);
    if (distance < best_distance) {
      best_distance = distance;
      best = static_cast<int>(it - layout.markers.begin());
    }
  };
  if (after != layout.markers.begin()) consider(after - 1);
  if (after != layout.markers.end()) consider(after);
  return best;
}

}  // namespace frise
