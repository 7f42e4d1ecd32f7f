#include <doctest/doctest.h>


#include "core/html_text.hpp"
#include "core/story_json.hpp"
#include "source_file.hpp"

using namespace frise;

TEST_CASE("HTML becomes plain text: tags removed, breaks kept, entities decoded") {
  CHECK(html_to_text("<p>Une mission <i>très</i> courte.</p><p>Puis&nbsp;la suite.</p>") ==
        "Une mission très courte.\nPuis\u00A0la suite.");
  CHECK(html_to_text("a<br/>b<BR>c") == "a\nb\nc");
  CHECK(html_to_text("&lt;b&gt; &amp; &quot;x&quot; &#233;&#xE9; &eacute; &hellip; &rsquo;") == "<b> & \"x\" éé é … ’");
  CHECK(html_to_text("  lots   of\n\n space  ") == "lots of space");
  CHECK(html_to_text("<script>alert('x')</script>safe<style>p{}</style>") == "safe");
  CHECK(html_to_text("unknown &entity; and &#0; stay") == "unknown &entity; and &#0; stay");
  CHECK(html_to_text("cut <b") == "cut");
}

TEST_CASE("a TimelineJS3 file loads as it is: title slide, events in date order, eras as chapters") {
  const std::string text = test::read_source_file("tests/data/timelinejs-sample.json");
  const StoryLoadResult r = parse_story(text, "timeline.json");
  REQUIRE(r.ok());
  CHECK(r.from_timelinejs);
  std::string diagnostics;
  for (const auto& d : r.diagnostics) diagnostics += format_diagnostic(d) + "\n";
  CHECK(diagnostics == "timeline.json:17:16: /events/1/media: warning: media from another site is not loaded (Frise works offline): https://example.org/photo.jpg\n");

  const Story& s = r.story;
  CHECK(s.title.get("en", "en") == "Une petite histoire du cloud");
  CHECK(s.subtitle.get("en", "en") == "Trois dates & une ère.");
  REQUIRE(s.panels.size() == 4);
  CHECK(s.panels[0].id == "title");
  CHECK(s.panels[0].caption.get("en", "en") == "Trois dates & une ère.\n(La couverture — Frise)");
  REQUIRE(s.panels[0].art.layers.size() == 1);
  CHECK(s.panels[0].art.layers[0].image.path == "images/cover.png");

  // Events sorted by date: 2021-12-20, 2022, 2022-09.
  CHECK(s.panels[1].id == "event-2");
  CHECK(s.panels[1].date == Date{2021, 12, 20});
  CHECK(s.panels[1].display_date.get("en", "en") == "Fin décembre 2021");
  CHECK(s.panels[1].headline.get("en", "en") == "L’arrivée");
  CHECK(s.panels[1].caption.get("en", "en") == "Une mission très courte.\nPuis la suite.");
  CHECK(s.panels[1].art.layers.empty());
  CHECK(s.panels[1].art.background == Colour{0xCF, 0xE8, 0xF3, 255});
  CHECK(s.panels[2].id == "road45");
  CHECK(s.panels[2].date == Date{2022, 0, 0});
  CHECK(s.panels[2].end_date == Date{2022, 12, 0});
  CHECK(s.panels[2].caption.get("en", "en") == "Le projet");
  CHECK(s.panels[3].id == "kafka");
  CHECK(s.panels[3].caption.get("en", "en") == "DB2 puis Kafka\npuis BigQuery …");
  CHECK(s.panels[3].group == "data");

  REQUIRE(s.chapters.size() == 1);
  CHECK(s.chapters[0].title.get("en", "en") == "Club Med");
  CHECK(s.chapters[0].start == Date{2021, 12, 0});
  CHECK(s.chapters[0].end == Date{2024, 6, 0});
}

TEST_CASE("a TimelineJS event with a bad date says so where it is") {
  const StoryLoadResult r = parse_story(R"({"events": [{"start_date": {"month": 3}, "text": {"headline": "x"}}]})", "t.json");
  CHECK_FALSE(r.ok());
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(format_diagnostic(r.diagnostics[0]) == "t.json:1:28: /events/0/start_date: error: expected a \"year\" (a number)");
}

TEST_CASE("a TimelineJS story written as Frise JSON reads back the same") {
  const std::string text = test::read_source_file("tests/data/timelinejs-sample.json");
  const StoryLoadResult first = parse_story(text, "timeline.json");
  const StoryLoadResult second = parse_story(write_story(first.story), "timeline.json");
  CHECK_FALSE(second.from_timelinejs);
  CHECK(second.ok());
  CHECK(second.story == first.story);
}
