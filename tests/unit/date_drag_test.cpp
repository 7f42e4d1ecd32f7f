#include <doctest/doctest.h>

#include "core/date_drag.hpp"

using namespace frise;

namespace {
double day(const char* text) { return static_cast<double>(parse_date(text)->day_number()); }
}  // namespace

TEST_CASE("date drag: the strip's zoom sets how precise a dropped date is") {
  // 600 pixels showing a month: 20 px a day, a day can be aimed at.
  CHECK(drag_precision({day("2022-04-01"), day("2022-05-01")}, 600, 6) == DatePrecision::day);
  // Three years: under a pixel a day, 16 px a month.
  CHECK(drag_precision({day("2021-01-01"), day("2024-01-01")}, 600, 6) == DatePrecision::month);
  // A century: years only.
  CHECK(drag_precision({day("1950-01-01"), day("2050-01-01")}, 600, 6) == DatePrecision::year);
  // A strip with no width yet still answers.
  CHECK(drag_precision({day("2022-04-01"), day("2022-05-01")}, 0, 6) == DatePrecision::year);
}

TEST_CASE("date drag: a dropped marker's date is the day, month or year under it") {
  const double t = day("2022-04-15") + 0.7;  // within the 15th
  CHECK(date_at(t, DatePrecision::day).to_string() == "2022-04-15");
  CHECK(date_at(t, DatePrecision::month).to_string() == "2022-04");
  CHECK(date_at(t, DatePrecision::year).to_string() == "2022");
  // A month's marker sits at its middle (date_position): dropped there, it stays that month.
  CHECK(date_at(date_position(*parse_date("2023-02")), DatePrecision::month).to_string() == "2023-02");
  CHECK(date_at(date_position(*parse_date("1999")), DatePrecision::year).to_string() == "1999");
  // Before year 0 and in deep time, the calendar goes on, within the years a story may name.
  CHECK(date_at(day("-0500-06-01"), DatePrecision::year).to_string() == parse_date("-0500")->to_string());
  CHECK(date_at(-1e300, DatePrecision::year).year == -kMaxYear);
  // At the pointer's place on the strip: 600 px for April 2022, 300 px in is the 16th.
  const AxisView april{day("2022-04-01"), day("2022-05-01")};
  CHECK(dropped_date(april, 600, 300, 6).to_string() == "2022-04-16");
  CHECK(dropped_date({day("2021-01-01"), day("2024-01-01")}, 600, 300, 6).to_string() == "2022-07");
}

TEST_CASE("date drag: a period's end follows its start, at its own precision") {
  CHECK(shifted_date(*parse_date("2024-06"), 30.5).to_string() == "2024-07");
  CHECK(shifted_date(*parse_date("2024-06-30"), 1).to_string() == "2024-07-01");
  CHECK(shifted_date(*parse_date("2024"), -366).to_string() == "2023");
  CHECK(shifted_date(*parse_date("2024-06"), 0).to_string() == "2024-06");
}
