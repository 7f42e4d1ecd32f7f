// The time strip laid out, without drawing it: its rows, the chapter bands, the tick marks, the
// markers and every label, in window pixels. The view (view/time_strip.cpp) draws exactly this,
// and a headless command can print it. Guarantees (tests/unit/strip_labels_test.cpp):
//   - no two labels overlap, and every label lies inside the strip's area;
//   - the chapter being read shows its whole title (cut only when wider than the strip), centred
//     over its band as far as the strip's edges allow;
//   - any other chapter's title stays inside the part of its band that is visible and not covered
//     by a later chapter's band, or runs on past the band's end over bare axis (months no chapter
//     covers, up to the next band); shortened with "…" only when it does not fit whole, dropped when
//     not even four characters and the "…" fit (a couple of letters say nothing);
//   - tick labels are shifted inside the area rather than clipped, or dropped when that would
//     take them away from their tick; they also give way to the reader's position;
//   - an undated story gets bands and one mark per panel, and no ticks at all;
//   - markers of one date fan out (place_markers in time_axis.hpp).
// The cost depends on what is visible, not on the story's length (binary searches over the axis).
// (The panels' own row is camera.hpp's, in slots.)
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "core/story.hpp"
#include "core/time_axis.hpp"

namespace frise {

// Width in pixels of `text` drawn at `px` pixels (the view measures with its font).
using MeasureText = std::function<float(std::string_view text, float px)>;

enum class StripLabelKind {
  chapter,       // a chapter's title, in the band row
  tick,          // a date under a tick of the axis
  current_date,  // the reader's position: the current panel's date, under its marker
};

struct StripLabel {
  Rect rect;               // the room the label takes, window pixels: its text's box (measured
                           // width × px high), plus, for the current date, the pill drawn behind it
  Vec2 text_at;            // top-left corner of the text, inside `rect`
  std::string text;        // what is drawn: the whole text, or its beginning and "…"
  std::string full_text;   // the whole text (the chapter's full title), for a tooltip
  StripLabelKind kind = StripLabelKind::tick;
  bool major = false;      // ticks: a boundary of the larger unit (a year among months…)
  int chapter = -1;        // chapter labels: index into Story::chapters
  // The chapter being read: its whole title on a tag centred over its band, which may reach over
  // the neighbouring bands (a band of a few weeks cannot hold a title; the reader should still
  // read where they are). Drawn on the band's colour; the other titles keep off it.
  bool current = false;
};

// The strip's rows, top to bottom: a separator line at area.y, the chapter bands, the markers on
// the axis line, the tick marks hanging from it, the labels of the ticks and of the current date.
struct StripRows {
  Rect band;                 // the chapter bands
  bool band_titles = true;   // false when the strip is too short for titles in the bands
  float axis_y = 0;          // the axis line; markers are centred on it
  float tick_minor = 0;      // length of a minor / major tick mark below axis_y
  float tick_major = 0;
  Rect labels;               // tick and current-date labels (h == 0: none, the strip is too short
                             // or the story has no dates)
  float marker_radius = 3;   // a marker standing alone; the current one is drawn larger
  float current_radius = 5;  // the current panel's marker, ring included
};

// The height the rows need at `label_px` (a dated story also has the ticks' row): what the
// strip should be given to show everything.
float strip_height(float label_px, bool dated);

// The rows within `area`. When `area` is shorter than strip_height, the spaces shrink first,
// then the tick labels go, then the band titles (the bands stay, thin).
StripRows strip_rows(const Rect& area, float label_px, bool dated);

// A chapter's band as drawn: bands are drawn in this order (by start, then story order), a later
// one over an earlier one where they overlap. x0/x1 in window pixels, not clipped to the area.
struct StripBand {
  int chapter = -1;  // index into Story::chapters
  float x0 = 0, x1 = 0;
};

struct StripTickMark {
  float x = 0;  // window pixels
  bool major = false;
};

struct StripMarker {
  int panel = -1;        // reading-order index; in a crowd too dense to show each, the first of those it stands for
  float x = 0, y = 0;    // centre, window pixels
  float radius = 3;      // smaller in a squeezed crowd, so that neighbours stay apart
  bool own_date = true;  // false: placed between dated neighbours (drawn hollow)
};

struct TimeStripLayout {
  StripRows rows;
  float label_px = 12;
  std::vector<StripBand> bands;      // visible ones, in drawing order
  std::vector<StripTickMark> ticks;  // every tick of the view, labelled or not
  std::vector<StripMarker> markers;  // in x order; the current panel's among them when drawn
  // The current panel's marker, drawn last and highlighted (radius: rows.current_radius);
  // absent when out of view. `current_end_x`: where the period it covers (end_date) ends, equal
  // to its x when it has none.
  std::optional<StripMarker> current;
  float current_end_x = 0;
  std::vector<StripLabel> labels;  // chapters (drawing order), then the current date, then ticks by x
};

// Lays the strip out in `area` for the view `view` of `axis` (built from `story`). `label_px`
// is the labels' text size (raised to 12 when smaller), measured with `measure`. `language`
// picks the titles and date words; `current` is the reader's panel (reading order; out of range
// for none).
TimeStripLayout layout_time_strip(const TimeAxis& axis, const AxisView& view, const Story& story, const Rect& area,
                                  float label_px, const MeasureText& measure, const std::string& language,
                                  std::size_t current);

// The labels only: layout_time_strip(...).labels.
std::vector<StripLabel> strip_labels(const TimeAxis& axis, const AxisView& view, const Story& story, const Rect& area,
                                     float label_px, const MeasureText& measure, const std::string& language,
                                     std::size_t current);

// The chapter whose band is drawn at `point`, the topmost where they overlap (an index into
// Story::chapters), or -1: what the view names in a tooltip when the pointer is over a band.
int chapter_at(const TimeStripLayout& layout, Vec2 point);

// The marker nearest to x (any y in the strip) within `max_distance_px`, as an index into
// layout.markers, or -1: what a click picks. The marker drawn is the marker hit. O(log n).
int marker_at(const TimeStripLayout& layout, float x, float max_distance_px);

// How the reader's position reads: the panel's display date in `language` (else the story's
// default language), else its date (and end date) as format_date writes it, else "".
std::string position_text(const Story& story, std::size_t panel, const std::string& language);

// `text` as it fits in `width` at `px`: whole, or its first characters and "…" (at least
// `min_characters` of them, trailing spaces dropped), or "" when not even that fits.
std::string fit_text(const std::string& text, float width, float px, const MeasureText& measure,
                     std::size_t min_characters = 2);

}  // namespace frise
