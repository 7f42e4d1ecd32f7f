// The time strip under the panel: every panel gets a position on one axis (days when the story
// has dates, panel numbers when it has none), chapters become coloured bands, and the strip can
// be zoomed and dragged. This module only computes: where things are, which part is visible,
// which ticks to label, where markers go and which one a click hits. Drawing belongs to the view;
// strip_labels.hpp lays the whole strip out (rows, bands, labels) from these.
//
// Screen mapping: the view shows [view.start, view.end] across `width_px` pixels, so
//   x = (t - view.start) / (view.end - view.start) * width_px   (see x_for_t / t_for_x).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/story.hpp"

namespace frise {

// Where one panel sits on the axis.
struct AxisPanel {
  double t = 0;           // position: a day number (fractional for month/year dates) or the index
  double end_t = 0;       // end of its period (end_date), equal to t when it has none
  bool own_date = false;  // false: placed by interpolation between dated neighbours, or by index
};

// A chapter's stretch of the axis, drawn in the chapter's colour.
struct ChapterBand {
  int chapter = -1;  // index into Story::chapters (title and colour are read from there)
  double start = 0, end = 0;
};

struct TimeAxis {
  bool dated = false;              // false: t is the panel index (no ticks, one mark per panel)
  std::vector<AxisPanel> panels;   // one per panel, in reading order
  std::vector<int> by_position;    // panel indices sorted by t, then by reading order
  std::vector<double> sorted_t;    // panels[by_position[k]].t, for binary searches
  std::vector<ChapterBand> chapters;  // in the story's chapter order; chapters without panels
                                      // or dates have no band
  double first_t = 0, last_t = 0;  // extent of the panels (positions and period ends)
  // The same without the panels tagged "flashback": the story's own time (a story told over 30
  // months with a flashback ten years back would otherwise open squeezed into a corner).
  double story_first_t = 0, story_last_t = 0;
};

// O(n log n). Flashbacks are fine: positions follow the dates, reading order stays in `panels`.
TimeAxis build_time_axis(const Story& story);

// Position of a date: its first day for a full date, the middle of the month or of the year
// for a month-only or year-only date, so that events sort naturally.
double date_position(const Date& date);
// The calendar date of a day number (inverse of Date::day_number for full dates).
Date date_from_day_number(std::int64_t day_number);

// The visible range of the axis.
struct AxisView {
  double start = 0, end = 1;
  double span() const { return end - start; }
};

// Smallest span zoom allows: 3 days for dated axes, 2 panels otherwise.
double min_span(const TimeAxis& axis);
// Largest span: the whole axis plus its margins (what fit_all shows).
double max_span(const TimeAxis& axis);
// The whole axis with a small margin on each side.
AxisView fit_all(const TimeAxis& axis);
// The story's own time (TimeAxis::story_first_t to story_last_t) with the same margins: the
// strip's first view. Its flashbacks come into view as the reader reaches them.
AxisView fit_story(const TimeAxis& axis);
// Divides the span by `factor` (> 1 zooms in, < 1 zooms out), keeping `anchor_t` at the same
// place on screen; the span stays within [min_span, max_span].
AxisView zoom(const TimeAxis& axis, AxisView view, double factor, double anchor_t);
// Moves the view by `delta_t` (positive: towards later); the centre of the view stays within
// the axis, so the axis never leaves the view.
AxisView pan(const TimeAxis& axis, AxisView view, double delta_t);
// Same span, centred on t (as close as the pan limits allow).
AxisView centre_on(const TimeAxis& axis, AxisView view, double t);

inline float x_for_t(const AxisView& view, float width_px, double t) {
  return static_cast<float>((t - view.start) / view.span() * static_cast<double>(width_px));
}
inline double t_for_x(const AxisView& view, float width_px, float x_px) {
  return view.start + static_cast<double>(x_px) / static_cast<double>(width_px) * view.span();
}

// Range [first, last) of `by_position` whose markers lie within the view widened by `margin_t`
// on each side: what to draw this frame, found by binary search.
std::pair<std::size_t, std::size_t> visible_markers(const TimeAxis& axis, const AxisView& view,
                                                    double margin_t = 0);

struct Tick {
  double t = 0;
  float x = 0;         // x_for_t(view, width_px, t)
  bool major = false;  // a boundary of the next larger unit (a year among months, a month among days…)
  std::string label;
};

// Ticks at round calendar steps (days, weeks, months, quarters, years, decades…), chosen so that
// no two ticks are closer than `min_label_spacing_px`. An undated axis has none: its positions
// are reading order, not a quantity worth a scale. `language` is "fr" or "en" (other languages get
// English month names). Labels: "2022"; months "févr." / "Feb" (January shows the year);
// days "12 mars" / "Mar 12" (the 1st of a month shows month and year).
std::vector<Tick> ticks(const TimeAxis& axis, const AxisView& view, float width_px,
                        float min_label_spacing_px, const std::string& language);

// The panel whose marker is nearest to x (the first in reading order among markers at the same
// place), or -1 when none is within `max_distance_px`. O(log n).
int panel_at(const TimeAxis& axis, const AxisView& view, float width_px, float x_px,
             float max_distance_px);

// Where the strip draws markers, so that markers of one date fan out instead of stacking.
struct MarkerSpacing {
  float gap_px = 12;       // centre-to-centre distance markers keep when there is room
  float min_gap_px = 5;    // the closest markers may come when a crowd is squeezed towards its dates
  float max_shift_px = 40; // how far a crowd may spread from its dates before it is squeezed
  float edge_px = 0;       // markers whose date is in view stay this far inside the strip's edges
};

// One drawn marker: `x` from the strip's left (x_for_t's frame), `gap` the centre-to-centre
// distance of the crowd it belongs to (gap_px when it stands alone), which the view uses to size it.
struct PlacedMarker {
  int panel = -1;
  float x = 0;
  float gap = 0;
};

// The markers to draw for this view, in position order (by_position, reading order within a
// date). While the visible ones fit (fewer than the width over min_gap_px), every one is drawn
// and markers closer than gap_px move apart, in order, as little as they can: panels of the same
// date fan out around it, each at its own x (an isotonic fit: least squares from the dates, with
// consecutive markers at least `gap` apart). A crowd that would then spread further than
// max_shift_px from its dates is squeezed (a smaller gap, never below min_gap_px); a crowd pushed
// past an edge of the strip slides back inside (edge_px), so a marker in view is drawn. When too many
// are visible for that (thousands of panels zoomed out), one marker per min_gap_px stands, at its
// own date, for those that follow it up to the next. Only markers within the view (widened by
// the shift) are looked at: found by binary search, at most about width / min_gap_px of them are
// placed, whatever the story's length. Only markers whose x is within [-gap_px, width_px + gap_px]
// are returned. strip_labels.hpp's marker_at finds the one a click hits.
std::vector<PlacedMarker> place_markers(const TimeAxis& axis, const AxisView& view, float width_px,
                                        const MarkerSpacing& spacing);

// Pans just enough to bring `t` inside the view, `margin_fraction` of the span from its edges
// (at most fit_all's margin; nothing when it already is): how the strip follows the reader
// without jumping about.
// How far inside the view's edges the strip keeps the reader's panel, as a share of its span.
inline constexpr double kFollowMarginFraction = 0.08;
AxisView keep_in_view(const TimeAxis& axis, AxisView view, double t,
                      double margin_fraction = kFollowMarginFraction);
// How the strip follows the reader to panel `index`: keep_in_view, then, back from a flashback
// (the panel in the story's own time), slides towards the story's own time (fit_story) as far as
// the panel stays inside the margins: the strip does not stay on years the story left behind,
// its markers squeezed into a corner.
AxisView follow_panel(const TimeAxis& axis, AxisView view, std::size_t index);

// A date as the strip writes the reader's position, in the ticks' words but always with its
// year: "12 mars 2022" / "Mar 12, 2022", "févr. 2022" / "Feb 2022", "2022".
std::string format_date(const Date& date, const std::string& language);

}  // namespace frise
