#include <doctest/doctest.h>


#include "core/html_text.hpp"
#include "core/story_json.hpp"
#include "diagnostic_text.hpp"
#include "source_file.hpp"

using namespace frise;
using frise::test::messages;

namespace {
std::string lines(std::initializer_list<const char*> items) {
  std::string out;
  for (const char* item : items) out += std::string(item) + "\n";
  return out;
}
}  // namespace

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
  CHECK(diagnostics == "");  // the picture on another site is a card, not a problem

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
  REQUIRE(s.panels[1].media);
  CHECK(s.panels[1].media->kind == MediaKind::card);
  CHECK(s.panels[1].media->url == "https://example.org/photo.jpg");
  CHECK(s.panels[1].media->title.get("en", "en") == "une photo");  // its alt, when it has no title
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
  CHECK(format_diagnostic(r.diagnostics[0]) == "t.json:1:28: /events/0/start_date: error: missing \"year\": a date needs at least its year");
}

TEST_CASE("a TimelineJS story written as Frise JSON reads back the same") {
  const std::string text = test::read_source_file("tests/data/timelinejs-sample.json");
  const StoryLoadResult first = parse_story(text, "timeline.json");
  const StoryLoadResult second = parse_story(write_story(first.story), "timeline.json");
  CHECK_FALSE(second.from_timelinejs);
  CHECK(second.ok());
  CHECK(second.story == first.story);
}

TEST_CASE("an era whose date has no year is an error, not a crash") {
  // Found by mutating a timeline: the era's path outlived the path it pointed into, and the
  // error message walked freed stack (unbounded allocation, then an abort).
  const StoryLoadResult r = parse_story(test::read_source_file("tests/data/timelinejs-era-without-year.json"), "era.json");
  CHECK(messages(r) == lines({"era.json:6:20: /eras/0/start_date: error: missing \"year\": a date needs at least its year"}));
  const StoryLoadResult end = parse_story(R"~({"events": [{"start_date": {"year": 2000}, "text": {"headline": "a"}}],
    "eras": [{"start_date": {"year": 2000}, "end_date": {"day": 3}}, {"start_date": {"year": ""}, "end_date": {"year": 2001}}]})~",
                                          "era.json");
  CHECK(messages(end) == lines({
      "era.json:2:57: /eras/0/end_date: error: missing \"year\": a date needs at least its year",
      "era.json:2:65: /eras/0/end_date/day: error: a \"day\" needs a \"month\"",
      "era.json:2:85: /eras/1/start_date: error: missing \"year\": a date needs at least its year",
  }));
}

TEST_CASE("TimelineJS is read as strictly as the Frise format: types, dates, ids, keys") {
  const StoryLoadResult r = parse_story(R"~({"scale": "human", "tittle": 1,
 "events": [
  {"unique_id": "a", "start_date": {"year": "2021", "month": 2, "day": 29}, "text": {"headline": "A"}},
  {"unique_id": "a", "start_date": {"year": 2021, "month": "13", "day": ""}, "text": {"headline": "B"}},
  {"unique_id": "", "start_date": {"year": 250000}, "text": {"headline": "C"}},
  {"unique_id": "event-3", "start_date": {"year": 2020, "hour": 24, "minute": 60, "second": -1, "millisecond": 1000}, "text": {"headline": "D"}},
  {"unique_id": "has space", "start_date": {"year": 2.5, "day": 3}, "text": {"headline": 5, "text": ["x"]}},
  {"start_date": {"year": true, "mnth": 1}, "end_date": {"year": 1999}, "text": "plain", "group": 3, "autolink": "yes"},
  {"start_date": {"year": 2004}, "background": {"color": "red"}, "display_date": {}}
 ],
 "eras": [{"text": {"headline": "E1"}}, {"start_date": {"year": 2010}, "end_date": {"year": 2009}}, 3]
})~", "t.json");
  CHECK(messages(r) == lines({
      "t.json:1:20: /tittle: warning: unknown key \"tittle\" (did you mean \"title\"?)",
      "t.json:3:72: /events/0/start_date/day: error: expected a day from 1 to 28, found 29 (2021-02 has 28 days)",
      "t.json:4:17: /events/1/unique_id: error: duplicate unique_id \"a\": links to it would be ambiguous",
      "t.json:4:60: /events/1/start_date/month: error: expected a month from 1 to 12, found \"13\"",
      "t.json:5:17: /events/2/unique_id: warning: empty \"unique_id\": the event gets the id \"event-3-2\"",
      "t.json:5:44: /events/2/start_date/year: error: expected a year from -100000 to 100000, found 250000 (for deep time, give the timeline \"scale\": \"cosmological\")",
      "t.json:6:65: /events/3/start_date/hour: error: expected an hour from 0 to 23, found 24",
      "t.json:6:79: /events/3/start_date/minute: error: expected a minute from 0 to 59, found 60",
      "t.json:6:93: /events/3/start_date/second: error: expected a second from 0 to 59, found -1",
      "t.json:6:112: /events/3/start_date/millisecond: error: expected a millisecond from 0 to 999, found 1000",
      "t.json:7:3: /events/4: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "t.json:7:17: /events/4/unique_id: error: expected an id (letters, digits, '-' or '_', no spaces), found \"has space\"",
      "t.json:7:53: /events/4/start_date/year: error: expected a whole number, found 2.5",
      "t.json:7:65: /events/4/start_date/day: error: a \"day\" needs a \"month\"",
      "t.json:7:90: /events/4/text/headline: error: expected a string, found an integer",
      "t.json:7:101: /events/4/text/text: error: expected a string, found an array",
      "t.json:8:3: /events/5: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "t.json:8:27: /events/5/start_date/year: error: expected a whole number (or one in a string), found a boolean",
      "t.json:8:33: /events/5/start_date/mnth: warning: unknown key \"mnth\" (did you mean \"month\"?)",
      "t.json:8:81: /events/5/text: error: expected a text {\"headline\", \"text\"}, found a string",
      "t.json:8:99: /events/5/group: error: expected a string, found an integer",
      "t.json:8:114: /events/5/autolink: error: expected true or false, found a string",
      "t.json:9:3: /events/6: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "t.json:9:58: /events/6/background/color: warning: colour \"red\" is not understood (Frise reads \"#RRGGBB\"): ignored",
      "t.json:9:82: /events/6/display_date: error: expected a string, found an object",
      "t.json:11:11: /eras/0: error: missing \"start_date\": an era has a start and an end",
      "t.json:11:11: /eras/0: error: missing \"end_date\": an era has a start and an end",
      "t.json:11:84: /eras/1/end_date: warning: the era ends before it starts",
      "t.json:11:101: /eras/2: error: expected an era {\"start_date\", \"end_date\", \"text\"}, found an integer",
  }));
  // Ids: the given ones kept, the others generated and never one a slide already has.
  REQUIRE(r.story.panels.size() == 7);
  std::vector<std::string> ids;
  for (const Panel& panel : r.story.panels) ids.push_back(panel.id);
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::string>{"a", "a", "event-3", "event-3-2", "event-5", "event-6", "event-7"});
}

TEST_CASE("TimelineJS dates: a valid one of each form, events of one day ordered by their time, #RGB colours") {
  const StoryLoadResult r = parse_story(R"~({"events": [
    {"unique_id": "late", "start_date": {"year": 2024, "month": 2, "day": 29, "hour": "18", "minute": 5}, "text": {"headline": "b"}},
    {"unique_id": "early", "start_date": {"year": "2024", "month": "02", "day": "29", "hour": 9, "second": 59, "millisecond": 999,
     "display_date": "le <i>29</i>"}, "text": {"headline": "a"}, "background": {"color": "#0af"}},
    {"unique_id": "bc", "start_date": {"year": -500, "month": "", "day": ""}, "text": {"headline": "c"}}
  ]})~", "t.json");
  CHECK(messages(r) == "");
  REQUIRE(r.story.panels.size() == 3);
  CHECK(r.story.panels[0].id == "bc");
  CHECK(r.story.panels[0].date == Date{-500, 0, 0});
  CHECK(r.story.panels[1].id == "early");
  CHECK(r.story.panels[1].display_date.get("en", "en") == "le 29");
  CHECK(r.story.panels[1].art.background == Colour{0x00, 0xAA, 0xFF, 255});
  CHECK(r.story.panels[2].id == "late");
  CHECK(r.story.panels[2].date == Date{2024, 2, 29});
}

TEST_CASE("on the cosmological scale years go past the human bound, up to what a Frise date holds") {
  const StoryLoadResult r = parse_story(R"~({"scale": "cosmological", "events": [
    {"start_date": {"year": "-13798000000"}, "text": {"headline": "the Big Bang"}},
    {"start_date": {"year": -650000}, "text": {"headline": "less long ago"}},
    {"start_date": {"year": -2.5e11}, "text": {"headline": "too far"}},
    {"start_date": {"year": "-99999999999999999999999"}, "text": {"headline": "far too far"}},
    {"start_date": {"year": 1e300}, "text": {"headline": "the far future"}}
  ]})~", "t.json");
  CHECK(messages(r) == lines({
      "t.json:4:29: /events/2/start_date/year: error: expected a year from -100000000000 to 100000000000, found -250000000000 (the furthest Frise places a date)",
      "t.json:5:29: /events/3/start_date/year: error: expected a year from -100000000000 to 100000000000, found \"-99999999999999999999999\" (the furthest Frise places a date)",
      "t.json:6:29: /events/4/start_date/year: error: expected a year from -100000000000 to 100000000000, found 1e+300 (the furthest Frise places a date)",
  }));
  REQUIRE(r.story.panels.size() == 5);
  CHECK(r.story.panels[0].date == Date{-13'798'000'000, 0, 0});
  CHECK(r.story.panels[1].date == Date{-650000, 0, 0});
  CHECK(messages(parse_story(R"~({"scale": "geologic", "events": [{"start_date": {"year": 1}, "text": {"headline": "x"}}]})~", "t.json")) ==
        lines({"t.json:1:11: /scale: error: expected \"human\" or \"cosmological\", found \"geologic\""}));
}

TEST_CASE("TimelineJS media go through the asset-path policy, refused ones are never looked for") {
  std::vector<std::string> looked_for;
  StoryLoadOptions options;
  options.file_exists = [&](const std::string& path) {
    looked_for.push_back(path);
    return false;
  };
  const StoryLoadResult r = parse_story(R"~({"events": [
    {"start_date": {"year": 2000}, "media": {"url": "/etc/passwd"}},
    {"start_date": {"year": 2001}, "media": {"url": "javascript:alert(1)"}},
    {"start_date": {"year": 2002}, "media": {"url": "../../secret.png"}},
    {"start_date": {"year": 2003}, "media": {"url": "img\\a.png"}},
    {"start_date": {"year": 2004}, "media": {"url": "data:image/png;base64,AAAA"}},
    {"start_date": {"year": 2005}, "media": {"url": "  ../assets/ok.png ", "alt": "fine"}},
    {"start_date": {"year": 2006}, "media": {"url": "//cdn.example.org/a.png"}},
    {"start_date": {"year": 2007}, "media": {"url": ""}, "text": {"headline": "no media"}},
    {"start_date": {"year": 2008}, "media": {"caption": "no url"}, "text": {"headline": "h"}},
    {"start_date": {"year": 2009}, "background": {"url": "/bg.png"}, "text": {"headline": "h"}}
  ]})~", "panels/t.json", options);
  CHECK(messages(r) == lines({
      "panels/t.json:2:5: /events/0: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "panels/t.json:2:53: /events/0/media/url: error: the path \"/etc/passwd\" is absolute: name the image relative to the story file",
      "panels/t.json:3:5: /events/1: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "panels/t.json:3:53: /events/1/media/url: error: the path \"javascript:alert(1)\" is not a file path (\"javascript:\" is not allowed): name the image relative to the story file",
      "panels/t.json:4:5: /events/2: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "panels/t.json:4:53: /events/2/media/url: error: the path \"../../secret.png\" leads out of \".\", the folder the story's images must stay in",
      "panels/t.json:5:5: /events/3: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "panels/t.json:5:53: /events/3/media/url: error: the path \"img\\a.png\" has a backslash: write \"/\" between folders",
      "panels/t.json:6:5: /events/4: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "panels/t.json:6:53: /events/4/media/url: error: the path \"data:image/png;base64,AAAA\" is not a file path (\"data:\" is not allowed): name the image relative to the story file",
      "panels/t.json:7:53: /events/5/media/url: warning: image file \"../assets/ok.png\" not found (looked for assets/ok.png)",
      "panels/t.json:10:45: /events/8/media: error: missing \"url\": the media's file, address or HTML",
      "panels/t.json:11:58: /events/9/background/url: error: the path \"/bg.png\" is absolute: name the image relative to the story file",
  }));
  CHECK(looked_for == std::vector<std::string>{"assets/ok.png"});
  REQUIRE(r.story.panels.size() == 10);
  for (std::size_t i = 0; i < 5; ++i) CHECK(r.story.panels[i].art.layers.empty());
  REQUIRE(r.story.panels[5].art.layers.size() == 1);
  CHECK(r.story.panels[5].art.layers[0].image.path == "../assets/ok.png");
  CHECK(r.story.panels[5].art.layers[0].image.alt.get("en", "en") == "fine");
  // A picture on another site (protocol-relative here) is a card that opens it, never loaded.
  REQUIRE(r.story.panels[6].media);
  CHECK(r.story.panels[6].media->url == "https://cdn.example.org/a.png");
  CHECK(r.story.panels[6].art.layers.empty());
}

TEST_CASE("HTML given as TimelineJS media is a quote or an embed, never a file name") {
  const StoryLoadResult r = parse_story(R"~({"events": [
    {"unique_id": "q", "start_date": {"year": 2000}, "media": {"url": "<blockquote>To be &amp; <b>not</b></blockquote>", "credit": "W."}},
    {"unique_id": "e", "start_date": {"year": 2001}, "media": {"url": "<iframe width=\"5\" src=\"https://www.youtube.com/embed/x?a=1&amp;b=2\"></iframe>"}},
    {"unique_id": "j", "start_date": {"year": 2002}, "media": {"url": "<IFRAME src='javascript:alert(1)'>"}},
    {"unique_id": "n", "start_date": {"year": 2003}, "media": {"url": "<iframe></iframe>"}},
    {"unique_id": "d", "start_date": {"year": 2004}, "media": {"url": "<div>hi</div>"}, "text": {"headline": "h"}}
  ]})~", "t.json");
  CHECK(messages(r) == lines({
      "t.json:4:5: /events/2: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "t.json:4:71: /events/2/media/url: error: the <iframe>'s src \"javascript:alert(1)\" is not an http: or https: address",
      "t.json:5:5: /events/3: warning: the slide shows nothing: give it a \"text\" or \"media\"",
      "t.json:5:71: /events/3/media/url: warning: an <iframe> without a \"src\": nothing to embed",
      "t.json:6:71: /events/4/media/url: warning: media given as HTML is shown only as a <blockquote> or an <iframe>; found <div>: ignored",
  }));
  REQUIRE(r.story.panels.size() == 5);
  const Panel& quote = r.story.panels[0];
  CHECK(quote.art.layers.empty());
  REQUIRE(quote.media);
  CHECK(quote.media->kind == MediaKind::quote);
  CHECK(quote.media->text.get("en", "en") == "To be & not");
  CHECK(quote.media->credit.get("en", "en") == "W.");  // the attribution, under the quote
  CHECK(quote.caption.empty());
  const Panel& embed = r.story.panels[1];
  CHECK(embed.art.layers.empty());
  REQUIRE(embed.media);
  CHECK(embed.media->kind == MediaKind::card);
  CHECK(embed.media->url == "https://www.youtube.com/embed/x?a=1&b=2");
  CHECK_FALSE(r.story.panels[2].media);  // refused, never opened
  CHECK_FALSE(r.story.panels[3].media);
  CHECK_FALSE(r.story.panels[4].media);
  CHECK(r.story.panels[4].art.layers.empty());
}

TEST_CASE("a TimelineJS2 file is named as such, in one error") {
  CHECK(messages(parse_story(R"~({"timeline": {"headline": "Old", "type": "default", "date": [{"startDate": "2011,12,10"}]}})~", "old.json")) ==
        lines({"old.json:1:1: error: this is a TimelineJS2 file ({\"timeline\": {\"date\": […]}}): Frise reads TimelineJS3 "
               "files ({\"events\": […]}) and its own format; convert it to TimelineJS3's"}));
  CHECK(messages(parse_story(R"~({"events": {"a": 1}})~", "t.json")) ==
        lines({"t.json:1:12: /events: error: expected an array of events, found an object"}));
  CHECK(messages(parse_story(R"~({"title": {"text": {"headline": "T"}}, "events": []})~", "t.json")) ==
        lines({"t.json:1:50: /events: error: the timeline has no events"}));
}

TEST_CASE("TimelineJS texts have the Frise reader's string limit") {
  StoryLoadOptions options;
  options.limits.max_string_bytes = 8;
  CHECK(messages(parse_story(R"~({"events": [{"start_date": {"year": 1}, "text": {"headline": "<b>far too long</b>"}, "group": "ok"}]})~",
                             "t.json", options)) ==
        lines({"t.json:1:13: /events/0: warning: the slide shows nothing: give it a \"text\" or \"media\"",
               "t.json:1:62: /events/0/text/headline: error: text is 19 bytes long; the limit is 8"}));
}

TEST_CASE("a TimelineJS file in French reads as French, one in English as English") {
  const auto timeline = [](const char* a, const char* b) {
    return std::string(R"({"events": [{"start_date": {"year": 2020}, "text": {"headline": ")") + a +
           R"(", "text": ")" + b + R"("}}, {"start_date": {"year": 2021}, "text": {"headline": "2021", "text": ")" + b + R"("}}]})";
  };
  const StoryLoadResult fr = parse_story(timeline("Le début", "Nous avons mis la production dans le cloud et les équipes sont dans le même bateau."), "fr.json");
  REQUIRE(fr.ok());
  CHECK(fr.story.default_language == "fr");
  CHECK(fr.story.languages == std::vector<std::string>{"fr"});
  CHECK(fr.story.panels[0].headline.find("fr") != nullptr);
  CHECK(fr.story.panels[0].headline.find("en") == nullptr);
  const StoryLoadResult en = parse_story(timeline("The start", "We moved the production to the cloud and the teams are in the same boat."), "en.json");
  REQUIRE(en.ok());
  CHECK(en.story.default_language == "en");
  CHECK(en.story.panels[0].headline.find("en") != nullptr);
}
