// A panel's marker dragged along the time strip in the editor: the date under the pointer, as
// precise as the strip's zoom lets a hand place it. Zoomed in on a few weeks, a drag picks a
// day; on a few years, a month; on decades or more, a year: a marker dropped on a strip where
// a day is a fraction of a pixel should not claim to know the 17th.
#pragma once
#include <string>

#include "core/story.hpp"
#include "core/time_axis.hpp"

namespace frise {

enum class DatePrecision { day, month, year };

// The finest of day, month and year whose steps are at least `min_step_px` apart on a strip
// `width_px` wide showing `view`.
DatePrecision drag_precision(const AxisView& view, float width_px, float min_step_px);

// The date of the day at axis position `t` (a day number, TimeAxis's frame), kept to
// `precision`: the month or the year that day is in.
Date date_at(double t, DatePrecision precision);

// The date a marker dropped at `x_px` (from the strip's left edge) gets: date_at the axis
// position there, at the precision the zoom allows.
Date dropped_date(const AxisView& view, float width_px, float x_px, float min_step_px);

// `date` moved by `days` (a period's end following its start), kept to its own precision.
Date shifted_date(const Date& date, double days);

}  // namespace frise
