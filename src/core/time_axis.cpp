#include "core/time_axis.hpp"

#include "core/deep_time.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace frise {
namespace {

// First day after the period a date names (the next day, month or year).
double period_end(const Date& date) {
  if (date.day) return static_cast<double>(date.day_number() + 1);
  if (date.month) {
    const Date next = date.month == 12 ? Date{date.year + 1, 1, 0} : Date{date.year, date.month + 1, 0};
    return static_cast<double>(next.day_number());
  }
  return static_cast<double>(Date{date.year + 1, 0, 0}.day_number());
}

double period_start(const Date& date) { return static_cast<double>(date.day_number()); }

// The margin left on each side of a stretch of `span` (fit_all's around the whole extent,
// fit_story's around the story's own time): a little of it, never less than half a min span.
double margin_for(const TimeAxis& axis, double span) { return std::max(0.03 * span, min_span(axis) / 2); }

double axis_margin(const TimeAxis& axis) { return margin_for(axis, axis.last_t - axis.first_t); }

AxisView keep_centre_on_axis(const TimeAxis& axis, AxisView view) {
  const double centre = (view.start + view.end) / 2;
  const double shift = std::clamp(centre, axis.first_t, axis.last_t) - centre;
  return {view.start + shift, view.end + shift};
}

void place_panels(const Story& story, TimeAxis& axis) {
  const std::size_t n = story.panels.size();
  std::vector<std::size_t> dated;  // reading-order indices of panels with their own date
  for (std::size_t i = 0; i < n; ++i) {
    const Panel& panel = story.panels[i];
    AxisPanel& placed = axis.panels[i];
    if (!panel.date) continue;
    placed.own_date = true;
    placed.t = date_position(*panel.date);
    placed.end_t = panel.end_date ? std::max(placed.t, period_end(*panel.end_date)) : placed.t;
    dated.push_back(i);
  }
  axis.dated = !dated.empty();
  if (!axis.dated) {
    for (std::size_t i = 0; i < n; ++i) axis.panels[i].t = axis.panels[i].end_t = static_cast<double>(i);
    return;
  }
  // Undated panels share the stretch between their dated neighbours in reading order; those
  // before the first or after the last dated panel sit with it.
  const auto set_undated = [&](std::size_t i, double t) { axis.panels[i].t = axis.panels[i].end_t = t; };
  for (std::size_t i = 0; i < dated.front(); ++i) set_undated(i, axis.panels[dated.front()].t);
  for (std::size_t k = 0; k + 1 < dated.size(); ++k) {
    const std::size_t a = dated[k], b = dated[k + 1];
    const double ta = axis.panels[a].t, tb = axis.panels[b].t;
    for (std::size_t i = a + 1; i < b; ++i)
      set_undated(i, ta + (tb - ta) * static_cast<double>(i - a) / static_cast<double>(b - a));
  }
  for (std::size_t i = dated.back() + 1; i < n; ++i) set_undated(i, axis.panels[dated.back()].t);
}

void build_bands(const Story& story, TimeAxis& axis) {
  std::unordered_map<std::string, std::size_t> chapter_index;
  for (std::size_t c = 0; c < story.chapters.size(); ++c) chapter_index.emplace(story.chapters[c].id, c);
  constexpr double none = std::numeric_limits<double>::quiet_NaN();
  std::vector<std::pair<double, double>> from_panels(story.chapters.size(), {none, none});
  for (std::size_t i = 0; i < story.panels.size(); ++i) {
    const auto found = chapter_index.find(story.panels[i].chapter);
    if (found == chapter_index.end()) continue;
    const AxisPanel& placed = axis.panels[i];
    // A dated panel covers its whole day, month or year; an undated one its own slot.
    double lo = placed.t, hi = placed.t;
    if (placed.own_date) {
      lo = period_start(*story.panels[i].date);
      hi = period_end(*story.panels[i].date);
    } else if (!axis.dated) {
      lo -= 0.5;
      hi += 0.5;
    }
    auto& [chapter_lo, chapter_hi] = from_panels[found->second];
    chapter_lo = std::isnan(chapter_lo) ? lo : std::min(chapter_lo, lo);
    chapter_hi = std::isnan(chapter_hi) ? hi : std::max(chapter_hi, hi);
  }
  for (std::size_t c = 0; c < story.chapters.size(); ++c) {
    const Chapter& chapter = story.chapters[c];
    // Chapter dates mean nothing on an axis of panel numbers.
    const bool use_start = axis.dated && chapter.start, use_end = axis.dated && chapter.end;
    auto [start, end] = from_panels[c];
    if (use_start) start = period_start(*chapter.start);
    if (use_end) end = period_end(*chapter.end);
    if (std::isnan(start)) start = use_end ? period_start(*chapter.end) : none;
    if (std::isnan(end)) end = use_start ? period_end(*chapter.start) : none;
    if (std::isnan(start) || std::isnan(end)) continue;
    axis.chapters.push_back({static_cast<int>(c), std::min(start, end), std::max(start, end)});
  }
}

// ---- ticks ----

constexpr std::array<std::string_view, 12> french_months{"janv.", "févr.", "mars", "avr.", "mai",  "juin",
                                                         "juil.", "août",  "sept.", "oct.", "nov.", "déc."};
constexpr std::array<std::string_view, 12> english_months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string month_name(int month, const std::string& language) {
  const auto& names = language == "fr" ? french_months : english_months;
  return std::string(names[static_cast<std::size_t>(month - 1)]);
}

std::string day_label(const Date& date, const std::string& language) {
  if (date.day == 1) return month_name(date.month, language) + " " + std::to_string(date.year);
  if (language == "fr") return std::to_string(date.day) + " " + month_name(date.month, language);
  return month_name(date.month, language) + " " + std::to_string(date.day);
}

int days_in_month(std::int64_t year, int month) {
  const Date next = month == 12 ? Date{year + 1, 1, 1} : Date{year, month + 1, 1};
  return static_cast<int>(next.day_number() - Date{year, month, 1}.day_number());
}

enum class Unit { day, month, year };
// A calendar step, with the shortest distance in days between two of its ticks, which is what
// must not come closer than the label spacing.
struct Step {
  Unit unit;
  std::int64_t count;
  double min_days;
};

// Which days of a month a day step puts ticks on.
bool day_has_tick(const Date& date, std::int64_t count) {
  switch (count) {
    case 1: return true;
    case 2: return date.day % 2 == 1 && date.day <= days_in_month(date.year, date.month) - 1;
    case 7: return date.day == 1 || date.day == 8 || date.day == 15 || date.day == 22;
    default: return date.day == 1 || date.day == 15;
  }
}

std::int64_t floor_to_multiple(std::int64_t value, std::int64_t step) {
  const std::int64_t q = value / step;
  return (q * step > value ? q - 1 : q) * step;
}

void calendar_ticks(const AxisView& view, double px_per_day, float spacing, const std::string& language,
                    std::vector<Tick>& out) {
  static constexpr std::array<Step, 7> short_steps{{{Unit::day, 1, 1},
                                                   {Unit::day, 2, 1},
                                                   {Unit::day, 7, 7},
                                                   {Unit::day, 15, 14},
                                                   {Unit::month, 1, 28},
                                                   {Unit::month, 3, 89},
                                                   {Unit::month, 6, 181}}};
  Step step{Unit::year, 1, 365};
  bool found = false;
  for (const Step& candidate : short_steps)
    if (candidate.min_days * px_per_day >= spacing) {
      step = candidate;
      found = true;
      break;
    }
  // Years: 1, 2, 5, 10, 20, 50… until one is wide enough (up to the age of the universe's ten
  // times: a cosmological timeline spans 13.8 billion years).
  for (std::int64_t years = 1, k = 0; !found && years <= 100'000'000'000; ++k) {
    step = {Unit::year, years, 365.0 * static_cast<double>(years)};
    found = step.min_days * px_per_day >= spacing;
    if (!found) years = (k % 3 == 1) ? years / 2 * 5 : years * 2;
  }
  const auto first_day = static_cast<std::int64_t>(std::floor(view.start));
  const auto last_day = static_cast<std::int64_t>(std::floor(view.end));
  const Date first = date_from_day_number(first_day);
  const std::size_t first_tick = out.size();
  const auto add = [&](const Date& date, bool major, std::string label) {
    const auto t = static_cast<double>(date.day_number());
    if (t >= view.start && t <= view.end) out.push_back({t, 0, major, std::move(label)});
  };
  if (step.unit == Unit::day) {
    for (std::int64_t day = first_day; day <= last_day; ++day) {
      const Date date = date_from_day_number(day);
      if (day_has_tick(date, step.count)) add(date, date.day == 1, day_label(date, language));
    }
  } else if (step.unit == Unit::month) {
    std::int64_t year = first.year;
    int month = first.month;
    for (;; ++month) {
      if (month > 12) {
        month = 1;
        ++year;
      }
      if ((month - 1) % step.count) continue;
      const Date date{year, month, 1};
      if (static_cast<double>(date.day_number()) > view.end) break;
      add(date, month == 1, month == 1 ? std::to_string(year) : month_name(month, language));
    }
  } else if (step.count >= kDeepTimeStep) {
    // Deep time: ticks at round counts of years ago ("66 million years ago"), not at round years.
    const std::int64_t major_every = step.count * 10;
    const std::int64_t last_year = date_from_day_number(last_day).year;
    for (std::int64_t ago = std::max<std::int64_t>(0, floor_to_multiple(kDeepTimePresent - last_year, step.count));;
         ago += step.count) {
      const Date date{kDeepTimePresent - ago, 1, 1};
      if (static_cast<double>(date.day_number()) < view.start) break;
      add(date, ago % major_every == 0, years_ago_text(ago, language));
    }
    std::reverse(out.begin() + static_cast<std::ptrdiff_t>(first_tick), out.end());  // in time order
  } else {
    const std::int64_t major_every = step.count * 10;
    for (std::int64_t year = floor_to_multiple(first.year, step.count);; year += step.count) {
      const Date date{year, 1, 1};
      if (static_cast<double>(date.day_number()) > view.end) break;
      add(date, year % major_every == 0, std::to_string(year));
    }
  }
}

}  // namespace

double date_position(const Date& date) {
  if (date.day) return period_start(date);
  return (period_start(date) + period_end(date)) / 2;
}

Date date_from_day_number(std::int64_t day_number) {
  // Inverse of Date::day_number (civil from days, years starting in March).
  const std::int64_t era = (day_number >= 0 ? day_number : day_number - 146096) / 146097;
  const std::int64_t doe = day_number - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const auto day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const auto month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {year, month, day};
}

TimeAxis build_time_axis(const Story& story) {
  TimeAxis axis;
  const std::size_t n = story.panels.size();
  axis.panels.resize(n);
  place_panels(story, axis);
  axis.by_position.resize(n);
  for (std::size_t i = 0; i < n; ++i) axis.by_position[i] = static_cast<int>(i);
  std::sort(axis.by_position.begin(), axis.by_position.end(), [&](int a, int b) {
    const double ta = axis.panels[static_cast<std::size_t>(a)].t, tb = axis.panels[static_cast<std::size_t>(b)].t;
    return ta != tb ? ta < tb : a < b;
  });
  axis.sorted_t.reserve(n);
  for (int i : axis.by_position) axis.sorted_t.push_back(axis.panels[static_cast<std::size_t>(i)].t);
  if (n) {
    axis.first_t = axis.sorted_t.front();
    axis.last_t = axis.sorted_t.back();
    for (const AxisPanel& placed : axis.panels) axis.last_t = std::max(axis.last_t, placed.end_t);
    // The story's own time, without its flashbacks: what the strip shows first.
    axis.story_first_t = axis.last_t;
    axis.story_last_t = axis.first_t;
    for (std::size_t i = 0; i < n; ++i) {
      const auto& tags = story.panels[i].tags;
      if (std::find(tags.begin(), tags.end(), "flashback") != tags.end()) continue;
      axis.story_first_t = std::min(axis.story_first_t, axis.panels[i].t);
      axis.story_last_t = std::max(axis.story_last_t, axis.panels[i].end_t);
    }
    if (axis.story_first_t > axis.story_last_t) {  // every panel a flashback
      axis.story_first_t = axis.first_t;
      axis.story_last_t = axis.last_t;
    }
  }
  build_bands(story, axis);
  return axis;
}

double min_span(const TimeAxis& axis) { return axis.dated ? 3.0 : 2.0; }

double max_span(const TimeAxis& axis) { return axis.last_t - axis.first_t + 2 * axis_margin(axis); }

AxisView fit_all(const TimeAxis& axis) {
  const double margin = axis_margin(axis);
  return {axis.first_t - margin, axis.last_t + margin};
}

AxisView fit_story(const TimeAxis& axis) {
  const double margin = margin_for(axis, axis.story_last_t - axis.story_first_t);
  return {axis.story_first_t - margin, axis.story_last_t + margin};
}

AxisView zoom(const TimeAxis& axis, AxisView view, double factor, double anchor_t) {
  if (!(factor > 0) || !std::isfinite(factor) || !(view.span() > 0)) return view;
  const double span = std::clamp(view.span() / factor, min_span(axis), max_span(axis));
  const double anchor_fraction = (anchor_t - view.start) / view.span();
  const double start = anchor_t - anchor_fraction * span;
  return keep_centre_on_axis(axis, {start, start + span});
}

AxisView pan(const TimeAxis& axis, AxisView view, double delta_t) {
  return keep_centre_on_axis(axis, {view.start + delta_t, view.end + delta_t});
}

AxisView centre_on(const TimeAxis& axis, AxisView view, double t) {
  const double half = view.span() / 2;
  return keep_centre_on_axis(axis, {t - half, t + half});
}

std::pair<std::size_t, std::size_t> visible_markers(const TimeAxis& axis, const AxisView& view, double margin_t) {
  const auto begin = std::lower_bound(axis.sorted_t.begin(), axis.sorted_t.end(), view.start - margin_t);
  const auto end = std::upper_bound(begin, axis.sorted_t.end(), view.end + margin_t);
  return {static_cast<std::size_t>(begin - axis.sorted_t.begin()), static_cast<std::size_t>(end - axis.sorted_t.begin())};
}

std::vector<Tick> ticks(const TimeAxis& axis, const AxisView& view, float width_px, float min_label_spacing_px,
                        const std::string& language) {
  std::vector<Tick> raw;
  // An undated axis is reading order, not a scale: it has no numbers.
  if (!(width_px > 0) || !(view.span() > 0) || !axis.dated) return raw;
  const float spacing = std::max(1.0f, min_label_spacing_px);
  const double px_per_t = static_cast<double>(width_px) / view.span();
  calendar_ticks(view, px_per_t, spacing, language, raw);
  // Steps of uneven length (months, odd days) can still bring two ticks too close: the minor one
  // goes. A major tick that replaces its minor neighbour is even further from the one before.
  std::vector<Tick> out;
  out.reserve(raw.size());
  for (Tick& tick : raw) {
    tick.x = x_for_t(view, width_px, tick.t);
    if (!out.empty() && tick.x - out.back().x < spacing) {
      if (tick.major && !out.back().major) out.back() = std::move(tick);
      continue;
    }
    out.push_back(std::move(tick));
  }
  return out;
}

int panel_at(const TimeAxis& axis, const AxisView& view, float width_px, float x_px, float max_distance_px) {
  if (axis.sorted_t.empty() || !(view.span() > 0) || !(width_px > 0)) return -1;
  const double t = t_for_x(view, width_px, x_px);
  const auto& sorted = axis.sorted_t;
  const auto after = std::lower_bound(sorted.begin(), sorted.end(), t);
  int best = -1;
  float best_distance = std::numeric_limits<float>::infinity();
  const auto consider = [&](std::vector<double>::const_iterator at) {
    // The first of the markers at this place, which is the first in reading order.
    at = std::lower_bound(sorted.begin(), at, *at);
    const float distance = std::fabs(x_for_t(view, width_px, *at) - x_px);
    if (distance < best_distance) {
      best_distance = distance;
      best = axis.by_position[static_cast<std::size_t>(at - sorted.begin())];
    }
  };
  if (after != sorted.begin()) consider(after - 1);
  if (after != sorted.end()) consider(after);
  return best_distance <= max_distance_px ? best : -1;
}

AxisView keep_in_view(const TimeAxis& axis, AxisView view, double t, double margin_fraction) {
  // Never more than fit_all's own margin: the whole axis in view stays put for its first and
  // last panels instead of sliding the other end out.
  const double margin = std::min(view.span() * margin_fraction, axis_margin(axis));
  if (t < view.start + margin) return pan(axis, view, t - (view.start + margin));
  if (t > view.end - margin) return pan(axis, view, t - (view.end - margin));
  return view;
}

AxisView follow_panel(const TimeAxis& axis, AxisView view, std::size_t index) {
  if (index >= axis.panels.size()) return view;
  const double t = axis.panels[index].t;
  view = keep_in_view(axis, view, t);
  if (t < axis.story_first_t || t > axis.story_last_t) return view;  // a flashback: shown where it happened
  const AxisView own = fit_story(axis);
  const double margin = std::min(view.span() * kFollowMarginFraction, axis_margin(axis));
  if (view.start < own.start) {  // left over from a flashback before the story
    const double room = (t - margin) - view.start;  // how far it may slide and keep t in view
    view = pan(axis, view, std::max(0.0, std::min(own.start - view.start, room)));
  } else if (view.end > own.end) {  // from one after it
    const double room = view.end - (t + margin);
    view = pan(axis, view, -std::max(0.0, std::min(view.end - own.end, room)));
  }
  return view;
}

std::string format_date(const Date& date, const std::string& language) {
  if (is_deep_time(date)) return deep_time_text(date, language);
  const std::string year = std::to_string(date.year);
  if (!date.month) return year;
  const std::string month = month_name(date.month, language);
  if (!date.day) return month + " " + year;
  if (language == "fr") return std::to_string(date.day) + " " + month + " " + year;
  return month + " " + std::to_string(date.day) + ", " + year;
}

}  // namespace frise
