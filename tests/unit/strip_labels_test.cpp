#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/story_json.hpp"
#include "core/strip_labels.hpp"
#include "core/utf8.hpp"
#include "source_file.hpp"

using namespace frise;

namespace {

constexpr float eps = 0.01f;

Story load_bundled(const std::string& name) {
  StoryLoadResult result = parse_story(test::read_source_file("panels/" + name), "panels/" + name);
  REQUIRE_MESSAGE(result.ok(), name << " should load");
  return result.story;
}

// A proportional font of sorts: letters of a few widths, narrow spaces, a wide "…".
float fake_width(std::string_view text, float px) {
  float width = 0;
  for (char32_t c : decode_utf8(text)) {
    if (c == U' ' || c == U'\u00a0') width += px * 0.3f;
    else if (c == U'…') width += px * 0.9f;
    else width += px * (0.42f + 0.06f * static_cast<float>(c % 5));
  }
  return width;
}
const MeasureText measure = fake_width;

std::size_t panel_index(const Story& story, const std::string& id) {
  for (std::size_t i = 0; i < story.panels.size(); ++i)
    if (story.panels[i].id == id) return i;
  FAIL("no panel " << id);
  return 0;
}

bool overlapping(const Rect& a, const Rect& b) {
  return a.x < b.right() - eps && b.x < a.right() - eps && a.y < b.bottom() - eps && b.y < a.bottom() - eps;
}

bool inside(const Rect& outer, const Rect& inner) {
  return inner.x >= outer.x - eps && inner.y >= outer.y - eps && inner.right() <= outer.right() + eps &&
         inner.bottom() <= outer.bottom() + eps;
}

std::string kind_name(StripLabelKind kind) {
  switch (kind) {
    case StripLabelKind::chapter: return "chapter";
    case StripLabelKind::tick: return "tick";
    case StripLabelKind::current_date: return "current date";
  }
  return "?";
}

// A chapter titled in French from `start` to `end`, and a panel of that date (its id).
void add_chapter(Story& story, const std::string& id, const std::string& title, const char* start, const char* end) {
  Chapter c;
  c.id = id;
  c.title.add("fr") = title;
  c.start = parse_date(start);
  c.end = parse_date(end);
  story.chapters.push_back(std::move(c));
}

void add_dated_panel(Story& story, const char* date) {
  Panel panel;
  panel.id = date;
  panel.date = parse_date(date);
  story.panels.push_back(std::move(panel));
}

// The parts of band k that no later band covers, within the area: where its title may go.
std::vector<std::pair<float, float>> free_parts(const TimeStripLayout& layout, std::size_t k, const Rect& area) {
  const StripBand& band = layout.bands[k];
  std::vector<std::pair<float, float>> parts{{std::max(band.x0, area.x), std::min(band.x1, area.right())}};
  for (std::size_t c = k + 1; c < layout.bands.size(); ++c) {
    std::vector<std::pair<float, float>> next;
    for (const auto& [a, b] : parts) {
      if (layout.bands[c].x0 > a) next.push_back({a, std::min(b, layout.bands[c].x0)});
      if (layout.bands[c].x1 < b) next.push_back({std::max(a, layout.bands[c].x1), b});
    }
    parts.swap(next);
  }
  // The chapter being read takes its tag's room (and the gap around it) from the others.
  for (const StripLabel& label : layout.labels) {
    if (!label.current || label.chapter == band.chapter) continue;
    const float gap = std::max(6.0f, layout.label_px * 0.5f);
    std::vector<std::pair<float, float>> next;
    for (const auto& [a, b] : parts) {
      if (label.rect.x - gap > a) next.push_back({a, std::min(b, label.rect.x - gap)});
      if (label.rect.right() + gap < b) next.push_back({std::max(a, label.rect.right() + gap), b});
    }
    parts.swap(next);
  }
  return parts;
}

// Everything the strip promises about one layout.
void check_layout(const TimeStripLayout& layout, const TimeAxis& axis, const Story& story, const Rect& area,
                  std::size_t current, const std::string& language = "fr") {
  const StripRows& rows = layout.rows;
  CHECK(layout.label_px >= 12);
  CHECK(rows.band.y >= area.y);
  CHECK(rows.band.bottom() <= rows.axis_y + eps);
  CHECK(rows.labels.bottom() <= area.bottom() + eps);
  for (std::size_t i = 0; i < layout.labels.size(); ++i) {
    const StripLabel& label = layout.labels[i];
    CAPTURE(label.text);
    CAPTURE(kind_name(label.kind));
    CHECK_FALSE(label.text.empty());
    CHECK_MESSAGE(inside(area, label.rect), "leaves the strip: [" << label.rect.x << ", " << label.rect.right()
                                                                  << "] × [" << label.rect.y << ", "
                                                                  << label.rect.bottom() << "]");
    CHECK(inside(label.rect, {label.text_at.x, label.text_at.y, measure(label.text, layout.label_px), layout.label_px}));
    for (std::size_t j = 0; j < i; ++j)
      CHECK_MESSAGE(!overlapping(label.rect, layout.labels[j].rect),
                    "'" << label.text << "' overlaps '" << layout.labels[j].text << "'");
    if (label.text != label.full_text) {  // shortened: a chapter keeps four characters and "…"
      REQUIRE(label.text.size() > std::string("…").size());
      CHECK(label.text.ends_with("…"));
      const std::string kept = label.text.substr(0, label.text.size() - std::string("…").size());
      CHECK(count_characters(kept) >= (label.kind == StripLabelKind::current_date ? 1u : label.kind == StripLabelKind::chapter ? 4u : 2u));
      CHECK(label.full_text.starts_with(kept));
    }
    switch (label.kind) {
      case StripLabelKind::chapter: {
        CHECK(rows.band_titles);
        CHECK(inside(rows.band, label.rect));
        std::size_t k = 0;
        while (k < layout.bands.size() && layout.bands[k].chapter != label.chapter) ++k;
        REQUIRE(k < layout.bands.size());
        CHECK(label.full_text ==
              story.chapters[static_cast<std::size_t>(label.chapter)].title.get(language, story.default_language));
        if (label.current) {
          // The chapter being read: whole unless wider than the strip, over its band (centred on
          // it unless an edge of the strip is in the way).
          REQUIRE(current < story.panels.size());
          CHECK(story.chapters[static_cast<std::size_t>(label.chapter)].id == story.panels[current].chapter);
          if (label.text != label.full_text) CHECK(measure(label.full_text, layout.label_px) > area.w - 2 * label.rect.h);
          const float lo = std::max(layout.bands[k].x0, area.x), hi = std::min(layout.bands[k].x1, area.right());
          CHECK((label.rect.x <= hi + eps && label.rect.right() >= lo - eps));
          break;
        }
        // Within its own band, or running on over bare axis past its end (no band there), and
        // clear of every band drawn over it.
        CHECK(label.rect.x >= std::max(layout.bands[k].x0, area.x) - eps);
        CHECK(label.rect.right() <= area.right() + eps);
        if (label.rect.right() > layout.bands[k].x1 + eps)
          for (std::size_t c = 0; c < layout.bands.size(); ++c)
            if (c != k)
              CHECK_MESSAGE((layout.bands[c].x1 <= layout.bands[k].x1 + eps || layout.bands[c].x0 >= label.rect.right() - eps),
                            "'" << label.text << "' runs on past its band over chapter " << layout.bands[c].chapter);
        for (std::size_t c = k + 1; c < layout.bands.size(); ++c)
          CHECK_MESSAGE((label.rect.right() <= layout.bands[c].x0 + eps || label.rect.x >= layout.bands[c].x1 - eps),
                        "'" << label.text << "' runs into the band of chapter " << layout.bands[c].chapter);
        // Shortened only when the whole title fits in none of the band's free parts.
        if (label.text != label.full_text)
          for (const auto& [a, b] : free_parts(layout, k, area))
            CHECK(measure(label.full_text, layout.label_px) > b - a - 10 - eps);
        break;
      }
      case StripLabelKind::tick: {
        CHECK(axis.dated);
        CHECK(inside(rows.labels, label.rect));
        // Its tick is under it, or at the edge beside it (a label shifted inside the strip).
        const float edge = std::max(3.0f, layout.label_px * 0.25f) + 0.5f;
        const bool on_tick = std::any_of(layout.ticks.begin(), layout.ticks.end(), [&](const StripTickMark& t) {
          return t.x >= label.rect.x - edge && t.x <= label.rect.right() + edge;
        });
        CHECK(on_tick);
        break;
      }
      case StripLabelKind::current_date: {
        REQUIRE(layout.current);
        CHECK(inside(rows.labels, label.rect));
        CHECK(label.full_text == position_text(story, current, language));
        const float x = layout.current->x;
        const bool under = x >= label.rect.x - eps && x <= label.rect.right() + eps;
        CHECK((under || label.rect.x <= area.x + 8 || label.rect.right() >= area.right() - 8));
        break;
      }
    }
  }
  // One current-date label when the reader's marker is in view, the row is there and the panel
  // has something to say.
  const auto current_labels = std::count_if(layout.labels.begin(), layout.labels.end(), [](const StripLabel& l) {
    return l.kind == StripLabelKind::current_date;
  });
  CHECK(current_labels <= 1);
  if (layout.current && rows.labels.h > 0 && !position_text(story, current, language).empty())
    CHECK(current_labels == 1);
  if (!axis.dated) CHECK(layout.ticks.empty());
  // Markers in x order, each at its own place.
  for (std::size_t k = 1; k < layout.markers.size(); ++k)
    CHECK(layout.markers[k].x - layout.markers[k - 1].x >= 1.0f);
}

// A story of random chapters (titles of random lengths, some dated, some overlapping) and
// panels (day, month or year dates, some undated, some flashbacks, some display dates).
Story random_story(std::mt19937& rng) {
  const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
  const auto words = [&](int max_chars) {
    static const std::vector<std::string> pieces{"Road", "45", "et", "OCTO", "équipe", "Défis", "à", "la", "GitOps",
                                                 "Landing", "zone", "SAS", "vers", "SQL", "Qui", "sont-ils ?", "W"};
    std::string text;
    const int target = pick(1, max_chars);
    while (static_cast<int>(count_characters(text)) < target)
      text += (text.empty() ? "" : " ") + pieces[static_cast<std::size_t>(pick(0, static_cast<int>(pieces.size()) - 1))];
    return text;
  };
  Story story;
  story.default_language = "fr";
  const bool dated = chance(0.8);
  const int chapters = pick(0, 12);
  for (int c = 0; c < chapters; ++c) {
    Chapter chapter;
    chapter.id = "c" + std::to_string(c);
    chapter.title.add("fr") = words(chance(0.2) ? 60 : 20);
    if (dated && chance(0.3)) chapter.start = Date{pick(2015, 2024), pick(1, 12), 0};
    if (dated && chance(0.3)) chapter.end = Date{pick(2015, 2026), pick(1, 12), 0};
    story.chapters.push_back(std::move(chapter));
  }
  const int panels = pick(1, chance(0.2) ? 400 : 60);
  Date date{pick(1990, 2024), pick(1, 12), pick(1, 28)};
  for (int i = 0; i < panels; ++i) {
    Panel panel;
    panel.id = "p" + std::to_string(i);
    if (chapters > 0) panel.chapter = "c" + std::to_string(std::min(chapters - 1, i * chapters / panels + (chance(0.1) ? 1 : 0)));
    if (dated && !chance(0.15)) {
      // Often the same month as the previous one: crowds to fan out.
      if (chance(0.6)) {
        date.month += pick(0, 3);
        if (date.month > 12) {
          date.month -= 12;
          ++date.year;
        }
      }
      Date own = date;
      if (chance(0.1)) own.year -= pick(1, 20);  // a flashback
      const int precision = pick(0, 9);
      if (precision < 4) own.day = 0;
      if (precision == 0) own.month = 0;
      panel.date = own;
      if (chance(0.05)) panel.end_date = Date{own.year + pick(0, 3), pick(1, 12), 0};
    }
    if (chance(0.3)) panel.display_date.add("fr") = words(chance(0.1) ? 80 : 16);
    story.panels.push_back(std::move(panel));
  }
  return story;
}

}  // namespace

TEST_CASE("strip labels: random stories, widths and zooms never overlap, leave the strip or their band") {
  std::mt19937 rng(20240611);
  const auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
  int layouts = 0, with_chapters = 0, with_ticks = 0, shortened = 0;
  for (int s = 0; s < 160; ++s) {
    const Story story = random_story(rng);
    const TimeAxis axis = build_time_axis(story);
    for (int v = 0; v < 6; ++v) {
      const auto width = static_cast<float>(uniform(300, 2000));
      const auto px = static_cast<float>(uniform(10, 24));
      // Mostly the height the rows ask for, sometimes less or more.
      const float wanted = strip_height(px, axis.dated);
      const auto height = static_cast<float>(v % 3 == 2 ? uniform(24, 130) : wanted * uniform(0.95, 1.4));
      const Rect area{static_cast<float>(uniform(0, 40)), static_cast<float>(uniform(0, 700)), width, height};
      const std::size_t current = static_cast<std::size_t>(uniform(0, static_cast<double>(story.panels.size()) - 0.01));
      AxisView view = fit_all(axis);
      if (v > 0) view = zoom(axis, view, std::pow(2.0, uniform(0, 9)), uniform(view.start, view.end));
      if (v % 2 == 1) view = keep_in_view(axis, view, axis.panels[current].t);
      CAPTURE(s);
      CAPTURE(v);
      CAPTURE(width);
      CAPTURE(height);
      const TimeStripLayout layout = layout_time_strip(axis, view, story, area, px, measure, "fr", current);
      check_layout(layout, axis, story, area, current);
      ++layouts;
      for (const StripLabel& label : layout.labels) {
        with_chapters += label.kind == StripLabelKind::chapter;
        with_ticks += label.kind == StripLabelKind::tick;
        shortened += label.text != label.full_text;
      }
    }
  }
  // The random cases did exercise every kind of label, and shortening.
  CHECK(layouts == 960);
  CHECK(with_chapters > 200);
  CHECK(with_ticks > 500);
  CHECK(shortened > 50);
}

TEST_CASE("strip labels: Road 45 at the reader's three window sizes") {
  const Story story = load_bundled("road45.json");
  const TimeAxis axis = build_time_axis(story);
  // The strip the reader gives (reader_screen: min(3.6 × body px, 22% of the height), body px from
  // the window) and the labels' size (TimeStrip::label_px: 0.7 × body px, at least 12).
  struct Size {
    float w, h, strip_h, label_px;
  };
  for (const Size size : {Size{1280, 800, 86.4f, 16.8f}, Size{720, 480, 51.84f, 12}, Size{360, 640, 58.32f, 12}}) {
    for (const char* id : {"cover", "figaro", "gitops", "road-end"}) {
      CAPTURE(size.w);
      CAPTURE(id);
      const std::size_t current = panel_index(story, id);
      const Rect area{0, size.h - 40 - size.strip_h, size.w, size.strip_h};
      const AxisView view = keep_in_view(axis, fit_all(axis), axis.panels[current].t);
      const TimeStripLayout layout = layout_time_strip(axis, view, story, area, size.label_px, measure, "fr", current);
      check_layout(layout, axis, story, area, current);
      // Every row fits: titles in the bands, and the ticks' row.
      CHECK(layout.rows.band_titles);
      CHECK(layout.rows.labels.h >= size.label_px);
      CHECK(strip_height(size.label_px, true) <= size.strip_h + 1);
      CHECK(layout.rows.current_radius * 2 <= layout.rows.labels.y - layout.rows.band.bottom() + 1);
      // The reader's position, in words, under its marker.
      REQUIRE(layout.current);
      const auto date = std::find_if(layout.labels.begin(), layout.labels.end(),
                                     [](const StripLabel& l) { return l.kind == StripLabelKind::current_date; });
      REQUIRE(date != layout.labels.end());
      CHECK(date->text == story.panels[current].display_date.get("fr", "fr"));
      // The chapter being read is named in full, however narrow its band.
      const auto reading = std::find_if(layout.labels.begin(), layout.labels.end(), [](const StripLabel& l) { return l.current; });
      REQUIRE(reading != layout.labels.end());
      CHECK(reading->text == reading->full_text);
      // "Arrivée" stops before Road 45's band starts.
      for (const StripLabel& label : layout.labels)
        if (label.kind == StripLabelKind::chapter && !label.current &&
            story.chapters[static_cast<std::size_t>(label.chapter)].id == "arrivee")
          for (const StripBand& band : layout.bands)
            if (story.chapters[static_cast<std::size_t>(band.chapter)].id == "road45") CHECK(label.rect.right() <= band.x0);
    }
  }
  // In English too.
  const std::size_t flashback = panel_index(story, "lead-scoring");
  const TimeStripLayout en = layout_time_strip(axis, fit_all(axis), story, {0, 0, 720, 52}, 12, measure, "en", flashback);
  const auto date = std::find_if(en.labels.begin(), en.labels.end(),
                                 [](const StripLabel& l) { return l.kind == StripLabelKind::current_date; });
  REQUIRE(date != en.labels.end());
  CHECK(date->text == story.panels[flashback].display_date.get("en", "fr"));
  CHECK(date->text.starts_with("Flashback"));
}

TEST_CASE("strip labels: a story without dates shows bands and one mark per panel, no numbers") {
  const Story story = load_bundled("squad-interviews.json");
  const TimeAxis axis = build_time_axis(story);
  REQUIRE_FALSE(axis.dated);
  for (float width : {360.0f, 720.0f, 1280.0f}) {
    CAPTURE(width);
    const Rect area{0, 500, width, 58};
    const TimeStripLayout layout = layout_time_strip(axis, fit_all(axis), story, area, 12, measure, "fr", 3);
    check_layout(layout, axis, story, area, 3);
    CHECK(layout.ticks.empty());
    for (const StripLabel& label : layout.labels) CHECK(label.kind == StripLabelKind::chapter);
    CHECK_FALSE(layout.labels.empty());
    // Every panel, in reading order, evenly spaced.
    REQUIRE(layout.markers.size() == story.panels.size());
    for (std::size_t k = 0; k < layout.markers.size(); ++k) {
      CHECK(layout.markers[k].panel == static_cast<int>(k));
      if (k > 1)
        CHECK(layout.markers[k].x - layout.markers[k - 1].x ==
              doctest::Approx(layout.markers[1].x - layout.markers[0].x).epsilon(0.001));
    }
    REQUIRE(layout.current);
    CHECK(layout.current->x == doctest::Approx(layout.markers[3].x));
  }
}

TEST_CASE("strip labels: panels of the same month get distinct marks, spread around it in reading order") {
  Story story;
  story.default_language = "en";
  const auto add = [&](const std::string& id, const std::string& date) {
    Panel panel;
    panel.id = id;
    panel.date = parse_date(date);
    story.panels.push_back(std::move(panel));
  };
  add("start", "2022-01-10");
  for (int i = 0; i < 5; ++i) add("april-" + std::to_string(i), "2024-04");
  add("end", "2024-12-20");
  const TimeAxis axis = build_time_axis(story);
  for (float width = 300; width <= 2000; width += 170) {
    CAPTURE(width);
    const Rect area{0, 0, width, 60};
    const TimeStripLayout layout = layout_time_strip(axis, fit_all(axis), story, area, 12, measure, "en", 0);
    check_layout(layout, axis, story, area, 0, "en");
    std::vector<float> april;
    for (const StripMarker& m : layout.markers)
      if (m.panel >= 1 && m.panel <= 5) {
        CHECK(m.panel == static_cast<int>(april.size()) + 1);  // in reading order
        april.push_back(m.x);
      }
    REQUIRE(april.size() == 5);
    for (std::size_t k = 1; k < april.size(); ++k) CHECK(april[k] - april[k - 1] >= 5);
    // Around April, not all on one side of it.
    const float month = x_for_t(fit_all(axis), width, axis.panels[1].t);
    CHECK(april.front() < month);
    CHECK(april.back() > month);
    // A click on a mark picks the panel drawn there.
    for (std::size_t k = 0; k < layout.markers.size(); ++k)
      CHECK(marker_at(layout, layout.markers[k].x + 1, 6) == static_cast<int>(k));
  }
}

TEST_CASE("strip labels: chapter titles shorten only when they must, and give way to the next band") {
  Story story;
  story.default_language = "fr";
  const auto chapter = [&](const std::string& id, const std::string& title, const char* start, const char* end) {
    add_chapter(story, id, title, start, end);
  };
  chapter("long", "Un très long titre de chapitre", "2020-01", "2020-12");
  chapter("over", "Par-dessus", "2020-06", "2020-12");  // covers the second half of "long"
  chapter("tiny", "Minuscule", "2021-01-01", "2021-01-02");
  for (const char* date : {"2020-01-15", "2021-06-01"}) add_dated_panel(story, date);
  const TimeAxis axis = build_time_axis(story);
  const AxisView view{static_cast<double>(parse_date("2020-01-01")->day_number()),
                      static_cast<double>(parse_date("2021-07-01")->day_number())};
  const auto title_of = [&](const TimeStripLayout& layout, const std::string& id) -> std::string {
    for (const StripLabel& label : layout.labels)
      if (label.kind == StripLabelKind::chapter && story.chapters[static_cast<std::size_t>(label.chapter)].id == id)
        return label.text;
    return "(none)";
  };
  // Wide: "long" has five months before "over" covers it: its whole title fits at 2000 px.
  const Rect wide{0, 0, 2000, 60};
  const TimeStripLayout roomy = layout_time_strip(axis, view, story, wide, 12, measure, "fr", 0);
  check_layout(roomy, axis, story, wide, 0);
  CHECK(title_of(roomy, "long") == "Un très long titre de chapitre");
  CHECK(title_of(roomy, "over") == "Par-dessus");
  // A day wide, but nothing is drawn after it: its title runs on over the bare months.
  CHECK(title_of(roomy, "tiny") == "Minuscule");
  // Narrow: shortened, with "…", and still clear of "over".
  const Rect narrow{0, 0, 420, 60};
  const TimeStripLayout tight = layout_time_strip(axis, view, story, narrow, 12, measure, "fr", 0);
  check_layout(tight, axis, story, narrow, 0);
  CHECK(title_of(tight, "long").ends_with("…"));
  CHECK(title_of(tight, "long").starts_with("Un"));
  // The band under the pointer is the one drawn on top.
  const StripBand* over = nullptr;
  for (const StripBand& band : tight.bands)
    if (story.chapters[static_cast<std::size_t>(band.chapter)].id == "over") over = &band;
  REQUIRE(over);
  const float y = tight.rows.band.y + tight.rows.band.h / 2;
  CHECK(story.chapters[static_cast<std::size_t>(chapter_at(tight, {over->x0 + 2, y}))].id == "over");
  CHECK(story.chapters[static_cast<std::size_t>(chapter_at(tight, {over->x0 - 2, y}))].id == "long");
  CHECK(chapter_at(tight, {over->x0 + 2, tight.rows.axis_y}) == -1);  // below the bands
}

TEST_CASE("strip labels: a title too long for its band runs on over the bare months after it") {
  Story story;
  story.default_language = "fr";
  const auto chapter = [&](const std::string& id, const std::string& title, const char* start, const char* end) {
    add_chapter(story, id, title, start, end);
  };
  // Two months of a long title, then half a year with no chapter, then a short one.
  chapter("early", "Les premiers pas dans le nuage", "2020-01", "2020-02");
  chapter("late", "Fin", "2020-10", "2020-12");
  for (const char* date : {"2020-01-15", "2020-11-01"}) add_dated_panel(story, date);
  const TimeAxis axis = build_time_axis(story);
  const AxisView view{static_cast<double>(parse_date("2020-01-01")->day_number()),
                      static_cast<double>(parse_date("2021-01-01")->day_number())};
  const Rect area{0, 0, 600, 60};
  const TimeStripLayout layout = layout_time_strip(axis, view, story, area, 12, measure, "fr", 1);
  check_layout(layout, axis, story, area, 1);
  const StripBand *early = nullptr, *late = nullptr;
  for (const StripBand& band : layout.bands) (band.chapter == 0 ? early : late) = &band;
  REQUIRE(early);
  REQUIRE(late);
  REQUIRE(measure("Les premiers pas dans le nuage", 12) > early->x1 - early->x0);  // longer than its band
  bool whole = false;
  for (const StripLabel& label : layout.labels) {
    if (label.kind != StripLabelKind::chapter || label.chapter != 0) continue;
    whole = label.text == label.full_text;
    CHECK(label.rect.right() > early->x1);
    CHECK(label.rect.right() < late->x0);
  }
  CHECK(whole);
}

TEST_CASE("strip labels: tick labels shift inside the edges, and give way to the reader's date") {
  const Story story = load_bundled("road45.json");
  const TimeAxis axis = build_time_axis(story);
  // Zoomed to the 30 months at Club Med (months, not years) and panned so that a month tick sits
  // a few pixels from the left edge.
  const double oct = static_cast<double>(parse_date("2021-10-01")->day_number());
  const double span = static_cast<double>(parse_date("2024-07-01")->day_number() - parse_date("2021-10-01")->day_number());
  const AxisView view{oct - span * 0.002, oct - span * 0.002 + span};
  const Rect area{0, 0, 1280, 86};
  const std::size_t last = panel_index(story, "road-end");
  const TimeStripLayout layout = layout_time_strip(axis, view, story, area, 16.8f, measure, "fr", last);
  check_layout(layout, axis, story, area, last);
  REQUIRE_FALSE(layout.ticks.empty());
  CHECK(layout.ticks.front().x < 5);
  bool first_labelled = false;
  for (const StripLabel& label : layout.labels)
    if (label.kind == StripLabelKind::tick && label.rect.x < 10) {
      first_labelled = true;
      CHECK(label.text == "oct.");  // whole, not "ct."
      CHECK(label.rect.x >= area.x);
    }
  if (!first_labelled)
    for (const StripLabel& label : layout.labels) MESSAGE(label.text << " at " << label.rect.x);
  CHECK(first_labelled);
}

TEST_CASE("strip labels: a short strip drops tick labels, then band titles, but nothing leaves it") {
  const Story story = load_bundled("road45.json");
  const TimeAxis axis = build_time_axis(story);
  for (float h : {90.0f, 52.0f, 40.0f, 30.0f, 20.0f, 12.0f}) {
    CAPTURE(h);
    const Rect area{0, 100, 800, h};
    const TimeStripLayout layout = layout_time_strip(axis, fit_all(axis), story, area, 12, measure, "fr", 0);
    check_layout(layout, axis, story, area, 0);
    CHECK(layout.rows.axis_y <= area.bottom());
    if (h >= strip_height(12, true)) {
      CHECK(layout.rows.band_titles);
      CHECK(layout.rows.labels.h > 0);
    }
  }
  CHECK_FALSE(strip_rows({0, 0, 800, 20}, 12, true).band_titles);
  CHECK(strip_rows({0, 0, 800, 30}, 12, true).labels.h == 0);
}

TEST_CASE("strip labels: the reader's position reads as its display date, else its date") {
  Story story;
  story.default_language = "fr";
  Panel shown, dated, period, none;
  shown.display_date.add("fr") = "Printemps 2022";
  shown.display_date.add("en") = "Spring 2022";
  shown.date = parse_date("2022-04");
  dated.date = parse_date("2022-03-12");
  period.date = parse_date("2021-12");
  period.end_date = parse_date("2024-06");
  story.panels = {shown, dated, period, none};
  CHECK(position_text(story, 0, "fr") == "Printemps 2022");
  CHECK(position_text(story, 0, "en") == "Spring 2022");
  CHECK(position_text(story, 0, "de") == "Printemps 2022");  // the story's language
  CHECK(position_text(story, 1, "fr") == "12 mars 2022");
  CHECK(position_text(story, 1, "en") == "Mar 12, 2022");
  CHECK(position_text(story, 2, "en") == "Dec 2021 – Jun 2024");
  CHECK(position_text(story, 3, "fr").empty());
  CHECK(position_text(story, 9, "fr").empty());
}

TEST_CASE("strip labels: fit_text keeps the whole text, or its start and …, or nothing") {
  const float px = 12;
  const std::string title = "Défis et leçons";
  const float whole = fake_width(title, px);
  CHECK(fit_text(title, whole, px, measure) == title);
  const std::string cut = fit_text(title, whole * 0.6f, px, measure);
  CHECK(cut.ends_with("…"));
  CHECK(fake_width(cut, px) <= whole * 0.6f);
  CHECK(title.starts_with(cut.substr(0, cut.size() - std::string("…").size())));
  CHECK(fit_text(title, fake_width("Dé…", px), px, measure) == "Dé…");  // UTF-8 kept whole
  CHECK(fit_text(title, fake_width("D…", px), px, measure).empty());   // one letter is not enough
  CHECK(fit_text(title, fake_width("D…", px), px, measure, 1) == "D…");
  CHECK(fit_text("Road 45 et OCTO", fake_width("Road …", px) + 0.1f, px, measure) == "Road…");  // no space before …
  CHECK(fit_text(title, 0, px, measure).empty());
}

TEST_CASE("strip labels: 100,000 panels lay out only what a strip can show") {
  Story story;
  story.default_language = "fr";
  story.panels.resize(100000);
  const std::int64_t start = parse_date("1950-01-01")->day_number();
  for (std::size_t i = 0; i < story.panels.size(); ++i) {
    story.panels[i].id = "p" + std::to_string(i);
    story.panels[i].date = date_from_day_number(start + static_cast<std::int64_t>(i / 3));
  }
  const TimeAxis axis = build_time_axis(story);
  const Rect area{0, 700, 1280, 86};
  for (const AxisView& view : {fit_all(axis), zoom(axis, fit_all(axis), 300, axis.panels[50000].t),
                               zoom(axis, fit_all(axis), 20000, axis.panels[50000].t)}) {
    const TimeStripLayout layout = layout_time_strip(axis, view, story, area, 16.8f, measure, "fr", 50000);
    check_layout(layout, axis, story, area, 50000);
    CHECK(layout.markers.size() <= 1280 / 5 + 10);
    CHECK(layout.labels.size() < 60);
    CHECK_FALSE(layout.markers.empty());
  }
}
