#include "core/date_drag.hpp"

#include <algorithm>
#include <cmath>

namespace frise {

DatePrecision drag_precision(const AxisView& view, float width_px, float min_step_px) {
  const double px_per_day = static_cast<double>(width_px) / std::max(1e-9, view.span());
  if (px_per_day >= min_step_px) return DatePrecision::day;
  // The shortest month and the shortest year: every step of the unit is at least that far apart.
  if (px_per_day * 28 >= min_step_px) return DatePrecision::month;
  return DatePrecision::year;
}

Date date_at(double t, DatePrecision precision) {
  // Within the years a story may name (a drag far past deep time's edge stops there).
  constexpr double edge = static_cast<double>(kMaxYear) * 366;
  Date date = date_from_day_number(static_cast<std::int64_t>(std::floor(std::clamp(t, -edge, edge))));
  if (date.year < -kMaxYear || date.year > kMaxYear) date = {std::clamp(date.year, -kMaxYear, kMaxYear), 1, 1};
  if (precision != DatePrecision::day) date.day = 0;
  if (precision == DatePrecision::year) date.month = 0;
  return date;
}

Date dropped_date(const AxisView& view, float width_px, float x_px, float min_step_px) {
  return date_at(t_for_x(view, width_px, x_px), drag_precision(view, width_px, min_step_px));
}

Date shifted_date(const Date& date, double days) {
  const DatePrecision precision = date.day ? DatePrecision::day : date.month ? DatePrecision::month : DatePrecision::year;
  return date_at(date_position(date) + days, precision);
}

}  // namespace frise
