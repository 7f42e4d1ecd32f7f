#include <doctest/doctest.h>

#include <cmath>

#include "core/story_json.hpp"
#include "core/time_axis.hpp"
#include "source_file.hpp"

using namespace frise;

namespace {

Story load_bundled(const std::string& name) {
  StoryLoadResult result = parse_story(test::read_source_file("panels/" + name), "panels/" + name);
  REQUIRE_MESSAGE(result.ok(), name << " should load");
  return result.story;
}

Panel panel(const std::string& id, const std::string& date = "", const std::string& chapter = "") {
  Panel p;
  p.id = id;
  p.chapter = chapter;
  if (!date.empty()) p.date = parse_date(date);
  return p;
}

double day(const std::string& date) { return static_cast<double>(parse_date(date)->day_number()); }

// Ticks in order, inside the strip, never closer than the spacing.
void check_spacing(const std::vector<Tick>& list, float width, float spacing) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    CAPTURE(list[i].label);
    CHECK(list[i].x >= -0.01f);
    CHECK(list[i].x <= width + 0.01f);
    if (i > 0) CHECK_MESSAGE(list[i].x - list[i - 1].x >= spacing, "ticks '" << list[i - 1].label << "' and '"
                                                                              << list[i].label << "' are too close");
  }
}

std::vector<std::string> labels(const std::vector<Tick>& list) {
  std::vector<std::string> out;
  for (const Tick& tick : list) out.push_back(tick.label);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

TEST_CASE("axis: dated panels sit at their day, month-only dates at mid-month, year-only dates at mid-year") {
  Story story;
  story.panels = {panel("day", "2022-03-12"), panel("month", "2022-03"), panel("year", "2022")};
  const TimeAxis axis = build_time_axis(story);
  CHECK(axis.dated);
  CHECK(axis.panels[0].t == day("2022-03-12"));
  CHECK(axis.panels[1].t > day("2022-03-15"));
  CHECK(axis.panels[1].t < day("2022-03-17"));
  CHECK(axis.panels[2].t > day("2022-07-01"));
  CHECK(axis.panels[2].t < day("2022-07-03"));
  for (const AxisPanel& placed : axis.panels) CHECK(placed.own_date);
  // Sorted by position: the 12th of March, then mid-March, then mid-year.
  CHECK(axis.by_position == std::vector<int>{0, 1, 2});
}

TEST_CASE("axis: day numbers convert back to the calendar date") {
  for (const char* text : {"2022-03-12", "2024-02-29", "2000-01-01", "1999-12-31", "0001-03-01", "9999-12-31"}) {
    const Date date = *parse_date(text);
    CHECK_MESSAGE(date_from_day_number(date.day_number()) == date, text << " should come back unchanged");
  }
}

TEST_CASE("axis: undated panels are spread between their dated neighbours in reading order") {
  Story story;
  story.panels = {panel("before"), panel("a", "2022-01-01"), panel("b"), panel("c"), panel("d", "2022-01-31"),
                  panel("after")};
  const TimeAxis axis = build_time_axis(story);
  CHECK(axis.dated);
  CHECK(axis.panels[0].t == day("2022-01-01"));  // before the first date: with it
  CHECK(axis.panels[2].t == doctest::Approx(day("2022-01-11")));
  CHECK(axis.panels[3].t == doctest::Approx(day("2022-01-21")));
  CHECK(axis.panels[5].t == day("2022-01-31"));  // after the last date: with it
  CHECK_FALSE(axis.panels[2].own_date);
}

TEST_CASE("axis: flashbacks keep their dates and their reading order") {
  Story story;
  story.panels = {panel("now", "2024-05-01"), panel("then", "1990-06-15"), panel("later", "2024-06-01")};
  const TimeAxis axis = build_time_axis(story);
  CHECK(axis.panels[1].t == day("1990-06-15"));
  CHECK(axis.by_position == std::vector<int>{1, 0, 2});
  CHECK(axis.first_t == day("1990-06-15"));
  CHECK(axis.last_t == day("2024-06-01"));
}

TEST_CASE("axis: a story without dates gets equal steps and is marked undated") {
  const Story story = load_bundled("squad-interviews.json");
  const TimeAxis axis = build_time_axis(story);
  CHECK_FALSE(axis.dated);
  REQUIRE(axis.panels.size() == story.panels.size());
  for (std::size_t i = 0; i < axis.panels.size(); ++i) CHECK(axis.panels[i].t == static_cast<double>(i));
  // Chapters without dates span the panels that name them, half a step beyond each end.
  REQUIRE_FALSE(axis.chapters.empty());
  for (const ChapterBand& band : axis.chapters) {
    const std::string& id = story.chapters[static_cast<std::size_t>(band.chapter)].id;
    int first = -1, last = -1;
    for (std::size_t i = 0; i < story.panels.size(); ++i)
      if (story.panels[i].chapter == id) {
        if (first < 0) first = static_cast<int>(i);
        last = static_cast<int>(i);
      }
    CAPTURE(id);
    CHECK(band.start == first - 0.5);
    CHECK(band.end == last + 0.5);
  }
}

TEST_CASE("axis: Road 45's chapters become bands from their dates") {
  const Story story = load_bundled("road45.json");
  const TimeAxis axis = build_time_axis(story);
  CHECK(axis.dated);
  REQUIRE(axis.chapters.size() == story.chapters.size());
  const auto band_of = [&](const std::string& id) {
    for (const ChapterBand& band : axis.chapters)
      if (story.chapters[static_cast<std::size_t>(band.chapter)].id == id) return band;
    FAIL("no band for chapter " << id);
    return ChapterBand{};
  };
  CHECK(band_of("arrivee").start == day("2021-12-01"));  // its flashbacks lie before the band
  CHECK(band_of("arrivee").end == day("2022-02-01"));  // "2022-01" ends with January
  CHECK(band_of("landing").start == day("2022-03-01"));
  CHECK(band_of("landing").end == day("2022-07-01"));
  CHECK(band_of("lecons").start == day("2024-06-01"));  // told at the end of the road
  CHECK(band_of("lecons").end == day("2024-07-01"));
  // The cover spans the 30 months; the axis's extent includes it, and the flashbacks before.
  CHECK(axis.last_t == day("2024-07-01"));
  double earliest = axis.panels[0].t;
  for (const auto& placed : axis.panels) earliest = std::min(earliest, static_cast<double>(placed.t));
  CHECK(axis.first_t == earliest);  // "figaro", a flashback before Club Med
}

TEST_CASE("axis: a chapter without dates in a dated story spans the months of its panels") {
  Story story;
  story.chapters = {Chapter{"one", {}, {}, {}, {}}, Chapter{"empty", {}, {}, {}, {}}};
  story.panels = {panel("a", "2022-03", "one"), panel("b", "2022-05-10", "one")};
  const TimeAxis axis = build_time_axis(story);
  REQUIRE(axis.chapters.size() == 1);  // "empty" has neither dates nor panels
  CHECK(axis.chapters[0].start == day("2022-03-01"));
  CHECK(axis.chapters[0].end == day("2022-05-11"));
}

TEST_CASE("axis: ticks over Road 45's 30 months are quarters or months, labelled in French and English") {
  const TimeAxis axis = build_time_axis(load_bundled("road45.json"));
  const AxisView all = fit_all(axis);
  const float spacing = 60;
  for (float width : {1200.0f, 2400.0f}) {
    CAPTURE(width);
    const auto fr = ticks(axis, all, width, spacing, "fr");
    const auto en = ticks(axis, all, width, spacing, "en");
    check_spacing(fr, width, spacing);
    REQUIRE(fr.size() == en.size());
    CHECK(fr.size() >= 8);
    const auto fr_labels = labels(fr), en_labels = labels(en);
    CHECK(has(fr_labels, "2023"));
    CHECK(has(fr_labels, "juil."));
    CHECK(has(en_labels, "Jul"));
    for (const Tick& tick : fr) {
      const Date date = date_from_day_number(static_cast<std::int64_t>(tick.t));
      CHECK(date.day == 1);
      CHECK(tick.major == (date.month == 1));
      if (date.month == 1) CHECK(tick.label == std::to_string(date.year));
    }
  }
  // The 30 months alone, twice as wide: every month.
  const AxisView club_med{day("2021-12-01"), day("2024-07-01")};
  const auto months = labels(ticks(axis, club_med, 2400, spacing, "fr"));
  CHECK(has(months, "févr."));
  CHECK(has(months, "août"));
  CHECK(has(labels(ticks(axis, club_med, 2400, spacing, "en")), "Feb"));
}

TEST_CASE("axis: a ten-day window shows days, with month and year on the first of a month") {
  const TimeAxis axis = build_time_axis(load_bundled("road45.json"));
  const AxisView window{day("2022-02-24"), day("2022-03-06")};
  const auto fr = ticks(axis, window, 800, 50, "fr");
  const auto en = ticks(axis, window, 800, 50, "en");
  check_spacing(fr, 800, 50);
  CHECK(fr.size() == 11);
  CHECK(has(labels(fr), "26 févr."));
  CHECK(has(labels(en), "Feb 26"));
  CHECK(has(labels(fr), "mars 2022"));
  CHECK(has(labels(en), "Mar 2022"));
  for (const Tick& tick : fr) CHECK(tick.major == (tick.label == "mars 2022"));
  // Narrower: fewer days, still never too close.
  check_spacing(ticks(axis, window, 200, 50, "fr"), 200, 50);
}

TEST_CASE("axis: forty years show years or decades") {
  Story story;
  story.panels = {panel("a", "1990-01-01"), panel("b", "2030-01-01")};
  const TimeAxis axis = build_time_axis(story);
  const AxisView all = fit_all(axis);
  for (float width : {1000.0f, 4000.0f}) {
    CAPTURE(width);
    const auto list = ticks(axis, all, width, 60, "fr");
    check_spacing(list, width, 60);
    CHECK(list.size() >= 5);
    for (const Tick& tick : list) {
      const int year = std::stoi(tick.label);
      CHECK(tick.t == day(tick.label));  // on the 1st of January
      if (tick.major) CHECK(year % 10 == 0);
    }
    CHECK(has(labels(list), "2000"));
  }
}

TEST_CASE("axis: an undated axis has no ticks (reading order is not a scale)") {
  // Changed: it used to be labelled with panel numbers (5, 10, 15…), a scale that meant nothing.
  const TimeAxis axis = build_time_axis(load_bundled("squad-interviews.json"));
  const AxisView all = fit_all(axis);
  for (float width : {400.0f, 2000.0f}) CHECK(ticks(axis, all, width, 40, "fr").empty());
  CHECK(ticks(axis, zoom(axis, all, 8, 10), 800, 40, "en").empty());
}

TEST_CASE("axis: zoom keeps the anchor in place and respects the minimum and maximum spans") {
  const TimeAxis axis = build_time_axis(load_bundled("road45.json"));
  const AxisView all = fit_all(axis);
  const double anchor = day("2023-01-01");
  const float before = x_for_t(all, 1000, anchor);
  const AxisView closer = zoom(axis, all, 2, anchor);
  CHECK(closer.span() == doctest::Approx(all.span() / 2));
  CHECK(x_for_t(closer, 1000, anchor) == doctest::Approx(before).epsilon(1e-4));
  CHECK(zoom(axis, all, 1e6, anchor).span() == doctest::Approx(3));
  CHECK(zoom(axis, closer, 1e-6, anchor).span() == doctest::Approx(max_span(axis)));
  CHECK(max_span(axis) == doctest::Approx(all.span()));
  const TimeAxis undated = build_time_axis(load_bundled("squad-interviews.json"));
  CHECK(zoom(undated, fit_all(undated), 1000, 10).span() == doctest::Approx(2));
}

TEST_CASE("axis: pan stops with the axis still in view, and centre_on centres") {
  const TimeAxis axis = build_time_axis(load_bundled("road45.json"));
  const AxisView view = zoom(axis, fit_all(axis), 10, day("2023-01-01"));
  CHECK(pan(axis, view, 5).start == doctest::Approx(view.start + 5));
  const AxisView far_right = pan(axis, view, 1e9);
  CHECK((far_right.start + far_right.end) / 2 == doctest::Approx(axis.last_t));
  CHECK(far_right.span() == doctest::Approx(view.span()));
  const AxisView far_left = pan(axis, view, -1e9);
  CHECK((far_left.start + far_left.end) / 2 == doctest::Approx(axis.first_t));
  const AxisView centred = centre_on(axis, view, day("2022-06-01"));
  CHECK((centred.start + centred.end) / 2 == doctest::Approx(day("2022-06-01")));
}

TEST_CASE("axis: panel_at finds the nearest marker, the first of a stack, and nothing when far") {
  Story story;
  story.panels = {panel("a", "2022-01-01"), panel("b", "2022-01-11"), panel("c", "2022-01-21"),
                  panel("c-too", "2022-01-21")};
  const TimeAxis axis = build_time_axis(story);
  const AxisView view{day("2022-01-01"), day("2022-01-31")};  // 10 px per day over 300 px
  CHECK(panel_at(axis, view, 300, 103, 8) == 1);
  CHECK(panel_at(axis, view, 300, 97, 8) == 1);
  CHECK(panel_at(axis, view, 300, 1, 8) == 0);
  CHECK(panel_at(axis, view, 300, 199, 8) == 2);  // the first in reading order of the two at day 21
  CHECK(panel_at(axis, view, 300, 150, 8) == -1);
  CHECK(panel_at(axis, view, 300, 290, 8) == -1);
  CHECK(panel_at(build_time_axis(Story{}), view, 300, 10, 8) == -1);
}

// Changed: markers closer than the gap used to stack in up to four lanes (marker_lanes), which
// read as blobs in a short strip; they now fan out along the axis (place_markers).
TEST_CASE("axis: markers of one date fan out around it, in reading order, each at its own x") {
  Story story;
  for (int i = 0; i < 6; ++i) story.panels.push_back(panel("same-" + std::to_string(i), "2022-05"));
  story.panels.push_back(panel("later", "2022-09"));
  story.panels.push_back(panel("far", "2023-09-01"));  // out of the views below
  const TimeAxis axis = build_time_axis(story);
  const double may = axis.panels[0].t;
  const MarkerSpacing spacing{12, 5, 60, 0};
  for (float width : {300.0f, 1200.0f}) {
    CAPTURE(width);
    const AxisView view{may - 150, may + 150};
    const std::vector<PlacedMarker> placed = place_markers(axis, view, width, spacing);
    REQUIRE(placed.size() == 7);
    for (std::size_t k = 0; k < placed.size(); ++k) {
      CHECK(placed[k].panel == static_cast<int>(k));  // reading order within the date
      if (k > 0) CHECK(placed[k].x - placed[k - 1].x >= spacing.min_gap_px - 1e-3f);
    }
    // Spread around their month, a full gap apart: as many on each side of it.
    const float month = x_for_t(view, width, may);
    CHECK((placed[0].x + placed[5].x) / 2 == doctest::Approx(month));
    for (std::size_t k = 1; k < 6; ++k) CHECK(placed[k].x - placed[k - 1].x == doctest::Approx(12));
    CHECK(placed[6].x == doctest::Approx(x_for_t(view, width, axis.panels[6].t)));  // alone: at its date
  }
}

TEST_CASE("axis: a crowd too far from its dates is squeezed, and one in view stays in view") {
  Story story;
  for (int i = 0; i < 30; ++i) story.panels.push_back(panel("p" + std::to_string(i), "2022-05"));
  story.panels.push_back(panel("end", "2022-12"));
  const TimeAxis axis = build_time_axis(story);
  const AxisView all = fit_all(axis);
  const MarkerSpacing spacing{12, 5, 40, 6};
  const std::vector<PlacedMarker> placed = place_markers(axis, all, 400, spacing);
  REQUIRE(placed.size() == 31);
  for (std::size_t k = 1; k < placed.size(); ++k) CHECK(placed[k].x - placed[k - 1].x >= 5 - 1e-3f);
  CHECK(placed[0].gap < 12);  // squeezed
  for (const PlacedMarker& m : placed) CHECK((m.x >= 6 - 1e-3f && m.x <= 400 - 6 + 1e-3f));
}

TEST_CASE("axis: more markers than room: one stands for each few pixels, found without looking at all") {
  Story story;
  for (int i = 0; i < 5000; ++i) story.panels.push_back(panel("p" + std::to_string(i), "2022-05-10"));
  const TimeAxis axis = build_time_axis(story);
  const std::vector<PlacedMarker> placed = place_markers(axis, fit_all(axis), 600, {12, 5, 40, 0});
  CHECK(placed.size() == 1);  // all on one day, one pixel apart at most
  CHECK(placed[0].panel == 0);
}

TEST_CASE("axis: keep_in_view pans only when the position nears an edge, never off the whole axis") {
  const TimeAxis axis = build_time_axis(load_bundled("road45.json"));
  const AxisView all = fit_all(axis);
  // The whole axis in view: its first and last panels need no pan.
  for (double t : {axis.first_t, axis.last_t}) {
    const AxisView kept = keep_in_view(axis, all, t);
    CHECK(kept.start == doctest::Approx(all.start));
    CHECK(kept.end == doctest::Approx(all.end));
  }
  const AxisView narrow = zoom(axis, all, 8, day("2023-01-01"));
  const AxisView moved = keep_in_view(axis, narrow, day("2024-03-01"));
  CHECK(moved.span() == doctest::Approx(narrow.span()));
  CHECK(day("2024-03-01") <= moved.end - 0.08 * moved.span() + 1e-6);
  CHECK(keep_in_view(axis, moved, day("2024-03-01")).start == doctest::Approx(moved.start));
}

TEST_CASE("axis: format_date writes the position with its year, in French and English") {
  CHECK(format_date(*parse_date("2022-03-12"), "fr") == "12 mars 2022");
  CHECK(format_date(*parse_date("2022-03-12"), "en") == "Mar 12, 2022");
  CHECK(format_date(*parse_date("2022-02"), "fr") == "févr. 2022");
  CHECK(format_date(*parse_date("2022-02"), "en") == "Feb 2022");
  CHECK(format_date(*parse_date("2022"), "en") == "2022");
}

TEST_CASE("axis: an empty story gives an empty axis that still has a view") {
  const TimeAxis axis = build_time_axis(Story{});
  const AxisView view = fit_all(axis);
  CHECK(view.span() > 0);
  CHECK(axis.by_position.empty());
  CHECK(ticks(axis, view, 500, 40, "en").empty());
}

TEST_CASE("axis: 100,000 panels build and answer ticks, panel_at and marker places") {
  Story story;
  story.panels.resize(100000);
  const std::int64_t start = parse_date("1900-01-01")->day_number();
  for (std::size_t i = 0; i < story.panels.size(); ++i) {
    story.panels[i].id = "p" + std::to_string(i);
    // Two panels a day, every third one undated (interpolated).
    if (i % 3 != 2) story.panels[i].date = date_from_day_number(start + static_cast<std::int64_t>(i / 2));
  }
  const TimeAxis axis = build_time_axis(story);
  REQUIRE(axis.sorted_t.size() == 100000);
  CHECK(std::is_sorted(axis.sorted_t.begin(), axis.sorted_t.end()));
  AxisView view = fit_all(axis);
  CHECK_FALSE(ticks(axis, view, 1920, 60, "en").empty());
  const int found = panel_at(axis, view, 1920, 960, 10);
  CHECK((found >= 0 && found < 100000));
  view = zoom(axis, view, 1000, day("1950-01-01"));
  CHECK_FALSE(ticks(axis, view, 1920, 60, "fr").empty());
  CHECK(place_markers(axis, view, 1920, {12, 5, 40, 0}).size() <= 1920 / 5 + 8);
  CHECK(place_markers(axis, fit_all(axis), 1920, {12, 5, 40, 0}).size() <= 1920 / 5 + 8);
  const auto [first, last] = visible_markers(axis, view);
  CHECK(last > first);
  CHECK(last - first < 1000);
}

TEST_CASE("axis: the strip first shows the story's own time, its flashbacks outside") {
  Story story;
  for (const char* date : {"2022-01", "2010", "2022-06", "2024-06"}) {
    Panel& panel = story.panels.emplace_back();
    panel.id = date;
    panel.date = parse_date(date);
  }
  story.panels[1].tags = {"flashback"};
  const TimeAxis axis = build_time_axis(story);
  CHECK(axis.first_t == doctest::Approx(date_position(*parse_date("2010"))));
  CHECK(axis.story_first_t == doctest::Approx(date_position(*parse_date("2022-01"))));
  const AxisView view = fit_story(axis);
  CHECK(view.start < axis.story_first_t);
  CHECK(view.start > date_position(*parse_date("2021-06")));  // the flashback's ten years are not squeezed in
  CHECK(view.end > axis.story_last_t);
  CHECK(fit_all(axis).start < date_position(*parse_date("2010")));  // the whole axis is still there
  // Reaching the flashback brings it into view.
  const AxisView moved = keep_in_view(axis, view, axis.panels[1].t);
  CHECK(moved.start <= axis.panels[1].t);
  // Back in the story's own time, the strip slides back to it rather than keep the flashback's
  // years in view with the story squeezed into a corner.
  const AxisView flashback = follow_panel(axis, view, 1);
  CHECK(flashback.start <= axis.panels[1].t);
  const AxisView back = follow_panel(axis, flashback, 2);
  CHECK(back.start == doctest::Approx(view.start));
  CHECK(back.span() == doctest::Approx(flashback.span()));
  // A panel near the end of the story's time, coming from the flashback: as far back as it can
  // go while the panel stays in view.
  const AxisView late = follow_panel(axis, flashback, 3);
  CHECK(late.start >= flashback.start);
  CHECK(axis.panels[3].t <= late.end);
  // Without flashbacks, the same as fit_all.
  story.panels[1].tags.clear();
  const TimeAxis plain = build_time_axis(story);
  CHECK(fit_story(plain).start == doctest::Approx(fit_all(plain).start));
  CHECK(fit_story(plain).end == doctest::Approx(fit_all(plain).end));
}
