// Media classification (every media type TimelineJS's documentation lists), the Frise format's
// cards and quotes, deep time in words, and `frise import`'s round trip.
#include <doctest/doctest.h>

#include "core/deep_time.hpp"
#include "core/media.hpp"
#include "core/story_json.hpp"
#include "core/time_axis.hpp"
#include "core/timelinejs_import.hpp"

using namespace frise;

TEST_CASE("media: each service is told from its address alone, and has its sort of mark") {
  const std::pair<const char*, MediaService> cases[] = {
      {"https://www.youtube.com/watch?v=S9HdPi9Ikhk", MediaService::youtube},
      {"https://youtu.be/S9HdPi9Ikhk", MediaService::youtube},
      {"//www.youtube-nocookie.com/embed/x", MediaService::youtube},
      {"https://player.vimeo.com/video/1", MediaService::vimeo},
      {"https://www.dailymotion.com/video/x7tgad0", MediaService::dailymotion},
      {"https://vine.co/v/abc", MediaService::vine},
      {"https://fast.wistia.net/embed/iframe/a", MediaService::wistia},
      {"https://www.tiktok.com/@a/video/1", MediaService::tiktok},
      {"https://www.twitch.tv/videos/1", MediaService::twitch},
      {"https://example.org/clip.MP4?t=3", MediaService::video},
      {"https://soundcloud.com/nasa/apollo", MediaService::soundcloud},
      {"https://open.spotify.com/track/1", MediaService::spotify},
      {"https://example.org/talk.mp3", MediaService::audio},
      {"https://twitter.com/a/status/1", MediaService::twitter},
      {"https://x.com/a/status/1", MediaService::twitter},
      {"https://bsky.app/profile/a/post/1", MediaService::bluesky},
      {"https://www.instagram.com/p/abc/", MediaService::instagram},
      {"https://instagr.am/p/abc/", MediaService::instagram},
      {"https://www.facebook.com/a/posts/1", MediaService::facebook},
      {"https://www.flickr.com/photos/a/1", MediaService::flickr},
      {"https://flic.kr/p/abc", MediaService::flickr},
      {"https://live.staticflickr.com/1/2.jpg", MediaService::image},
      {"https://imgur.com/gallery/abc", MediaService::imgur},
      {"https://i.imgur.com/abc.png", MediaService::image},
      {"https://www.google.com/maps/@28.57,-80.64,14z", MediaService::google_maps},
      {"https://www.google.fr/maps/place/Paris", MediaService::google_maps},
      {"https://maps.google.com/?q=paris", MediaService::google_maps},
      {"https://maps.app.goo.gl/abc", MediaService::google_maps},
      {"https://www.openstreetmap.org/#map=5/1/2", MediaService::openstreetmap},
      {"https://docs.google.com/document/d/1/edit?usp=sharing", MediaService::google_docs},
      {"https://drive.google.com/open?id=1", MediaService::google_docs},
      {"https://www.documentcloud.org/documents/1", MediaService::documentcloud},
      {"https://example.org/press-kit.pdf", MediaService::pdf},
      {"https://example.org/report.docx", MediaService::document},
      {"https://en.wikipedia.org/wiki/Apollo_11", MediaService::wikipedia},
      {"https://commons.wikimedia.org/wiki/File:Earth.jpg", MediaService::wikimedia_commons},
      {"https://upload.wikimedia.org/wikipedia/commons/9/97/Earth.jpg", MediaService::image},
      {"https://storify.com/a/b", MediaService::storify},
      {"http://EXAMPLE.org/Photo.JPEG", MediaService::image},
      {"https://example.org/a/page", MediaService::page},
      {"https://notyoutube.com/watch", MediaService::page},  // a domain, not a suffix of one
      {"https://user@www.vimeo.com:443/1", MediaService::vimeo},
  };
  for (const auto& [url, service] : cases) {
    CAPTURE(url);
    CHECK(classify_media_url(url) == service);
    CHECK_FALSE(service_name(service, "en").empty());
  }
  CHECK(category_of(MediaService::youtube) == MediaCategory::video);
  CHECK(category_of(MediaService::soundcloud) == MediaCategory::audio);
  CHECK(category_of(MediaService::twitter) == MediaCategory::post);
  CHECK(category_of(MediaService::google_maps) == MediaCategory::map);
  CHECK(category_of(MediaService::pdf) == MediaCategory::document);
  CHECK(category_of(MediaService::wikipedia) == MediaCategory::page);
  CHECK(category_of(MediaService::flickr) == MediaCategory::image);
  CHECK(service_name(MediaService::page, "fr") == "Page web");
  CHECK(media_host("https://www.Example.org:8080/a?b#c") == "example.org");
  CHECK(media_host("not an address").empty());
}

TEST_CASE("media: TimelineJS slides become cards, quotes, pictures or nothing") {
  const StoryLoadResult r = parse_story(R"~({"events": [
    {"unique_id": "v", "start_date": {"year": 2001}, "media": {"url": "https://vimeo.com/1", "title": "T", "caption": "C", "credit": "K"}},
    {"unique_id": "q", "start_date": {"year": 2002}, "media": {"url": "<blockquote class=\"twitter-tweet\"><p>Hello</p></blockquote>", "credit": "@a"}},
    {"unique_id": "p", "start_date": {"year": 2003}, "media": {"url": "art/p.png", "caption": "C", "credit": "K", "link": "https://example.org/more"}},
    {"unique_id": "n", "start_date": {"year": 2004}, "text": {"headline": "words"}, "media": {"url": "  "}},
    {"unique_id": "t", "start_date": {"year": 2005}, "media": {"url": "https://example.org/a", "thumbnail": "art/t.png"}},
    {"unique_id": "b", "start_date": {"year": 2006}, "text": {"headline": "h"}, "background": {"url": "art/bg.png", "alt": "sky"}},
    {"unique_id": "h", "start_date": {"year": 2007, "month": 1, "day": 2, "hour": 9, "minute": 5, "millisecond": 7}, "text": {"headline": "t"}}
  ]})~", "t.json");
  REQUIRE(r.ok());
  const auto& p = r.story.panels;
  REQUIRE(p.size() == 7);
  REQUIRE(p[0].media);
  CHECK(p[0].media->kind == MediaKind::card);
  CHECK(p[0].media->title.get("en", "en") == "T");
  CHECK(p[0].media->caption.get("en", "en") == "C");
  CHECK(p[0].media->credit.get("en", "en") == "K");
  CHECK(p[0].caption.empty());  // the card carries them, not the panel's caption
  REQUIRE(p[1].media);
  CHECK(p[1].media->kind == MediaKind::quote);
  CHECK(p[1].media->text.get("en", "en") == "Hello");
  CHECK(p[1].media->credit.get("en", "en") == "@a");
  CHECK_FALSE(p[2].media);
  REQUIRE(p[2].art.layers.size() == 1);
  CHECK(p[2].caption.get("en", "en") == "(C — K)");
  REQUIRE(p[2].links.size() == 1);
  CHECK(p[2].links[0].url == "https://example.org/more");
  CHECK_FALSE(p[3].media);
  CHECK(p[3].art.layers.empty());
  REQUIRE(p[4].media);  // a card with its thumbnail as the art under it
  REQUIRE(p[4].art.layers.size() == 1);
  CHECK(p[4].art.layers[0].image.path == "art/t.png");
  REQUIRE(p[5].art.layers.size() == 1);  // no media: the background picture shows
  CHECK(p[5].art.layers[0].image.alt.get("en", "en") == "sky");
  CHECK(p[6].display_date.get("en", "en") == "2007-01-02 09:05:00.007");
}

TEST_CASE("media: the Frise format's cards and quotes are checked and read back as written") {
  const std::string story = R"~({"frise": 1, "language": "en", "title": "t", "panels": [
    {"id": "c", "media": {"kind": "card", "url": "https://youtu.be/x", "title": "T", "caption": "C", "credit": "K"}},
    {"id": "q", "media": {"kind": "quote", "text": "Words", "credit": "Who"}}
  ]})~";
  const StoryLoadResult r = parse_story(story, "s.json");
  REQUIRE(r.diagnostics.empty());
  const StoryLoadResult back = parse_story(write_story(r.story), "s.json");
  CHECK(back.diagnostics.empty());
  CHECK(back.story == r.story);
  std::string text;
  for (const auto& d : parse_story(R"~({"frise": 1, "title": "t", "panels": [
    {"id": "a", "media": {"kind": "card", "url": "javascript:alert(1)"}},
    {"id": "b", "media": {"kind": "card"}},
    {"id": "c", "media": {"kind": "video", "url": "https://a.org"}},
    {"id": "d", "media": {"kind": "quote"}}
  ]})~", "s.json").diagnostics)
    text += format_diagnostic(d) + "\n";
  CHECK(text ==
        "s.json:2:50: /panels/0/media/url: error: expected a web address starting with https:// or http://, found \"javascript:alert(1)\"\n"
        "s.json:3:26: /panels/1/media: error: missing \"url\": the address the card opens\n"
        "s.json:4:5: /panels/2: warning: the panel shows nothing: give it a headline, a caption, balloons, art or media\n"
        "s.json:4:35: /panels/2/media/kind: error: expected \"card\" or \"quote\", found \"video\"\n"
        "s.json:5:26: /panels/3/media: error: missing \"text\": the words quoted\n");
}

TEST_CASE("deep time reads in years ago, and the cosmological axis counts them") {
  CHECK(years_ago_text(13'798'000'000, "en") == "13.8 billion years ago");
  CHECK(years_ago_text(13'798'000'000, "fr") == "il y a 13,8 milliards d'années");
  CHECK(years_ago_text(66'000'000, "en") == "66 million years ago");
  CHECK(years_ago_text(1'500'000, "fr") == "il y a 1,5 million d'années");
  CHECK(years_ago_text(300'000, "en") == "300,000 years ago");
  CHECK(years_ago_text(300'000, "fr") == "il y a 300\u00A0000 ans");
  CHECK(deep_time_text(Date{-4'567'000'000, 0, 0}, "en") == "4.57 billion years ago");
  CHECK(deep_time_text(Date{-500, 0, 0}, "en").empty());  // a year BC stays a year
  CHECK(format_date(Date{-66'000'000, 0, 0}, "en") == "66 million years ago");

  Story story;
  for (std::int64_t year : {std::int64_t{-13'798'000'000}, std::int64_t{-4'567'000'000}, std::int64_t{-66'000'000}, std::int64_t{1969}}) {
    Panel& panel = story.panels.emplace_back();
    panel.id = "p" + std::to_string(story.panels.size());
    panel.date = Date{year, 0, 0};
  }
  const TimeAxis axis = build_time_axis(story);
  const auto list = ticks(axis, fit_all(axis), 1200, 160, "en");
  REQUIRE(list.size() >= 4);
  for (std::size_t i = 1; i < list.size(); ++i) CHECK(list[i].t > list[i - 1].t);  // in time order
  for (const Tick& tick : list) {
    CAPTURE(tick.label);
    CHECK((tick.label.ends_with("billion years ago") || tick.label == "today"));
  }
}

TEST_CASE("import: a TimelineJS timeline becomes a Frise story that reads back clean, with what it lost listed") {
  const std::string timeline = R"~({
    "title": {"text": {"headline": "Cover", "text": "About"}, "media": {"url": "<blockquote>Q</blockquote>", "credit": "W"}},
    "events": [
      {"unique_id": "a", "start_date": {"year": 2001, "month": 2}, "end_date": {"year": 2002}, "text": {"headline": "Period"}, "group": "g1",
       "media": {"url": "https://www.youtube.com/watch?v=1", "caption": "C", "thumbnail": "https://img.example.org/t.jpg"}},
      {"unique_id": "b", "start_date": {"year": 2000}, "text": {"headline": "Picture"}, "media": {"url": "pics/b.png"}, "group": "g2"},
      {"unique_id": "c", "start_date": {"year": 2003}, "text": {"headline": "Map"}, "media": {"url": "https://maps.app.goo.gl/x"}}
    ],
    "eras": [{"start_date": {"year": 2000}, "end_date": {"year": 2003}, "text": {"headline": "", "text": "dropped"}}]
  })~";
  TimelineImportOptions options;
  options.output_path = "story.json";
  options.image_size = [](const std::string& path) -> std::optional<std::pair<int, int>> {
    CHECK(path == "pics/b.png");
    return std::pair{800, 600};
  };
  const TimelineImport imported = import_timelinejs(timeline, "timeline.json", options);
  REQUIRE(imported.ok());
  std::vector<std::string> losses;
  for (const auto& d : imported.losses) losses.push_back(d.path + ": " + d.message);
  CHECK(losses == std::vector<std::string>{
                      "/events/0/media/thumbnail: the thumbnail is on another site and is not loaded: https://img.example.org/t.jpg",
                      "/eras/0/text/text: an era's text is not kept: a chapter has a title only"});
  const StoryLoadResult back = parse_story(imported.story_json, "story.json");
  CHECK(back.diagnostics.empty());
  CHECK_FALSE(back.from_timelinejs);
  const Story& s = back.story;
  CHECK(s.title.get("en", "en") == "Cover");
  REQUIRE(s.panels.size() == 4);
  CHECK(s.panels[0].media->kind == MediaKind::quote);  // the cover's quote
  CHECK(s.panels[1].id == "b");                          // in date order
  CHECK(s.panels[1].group == "g2");
  REQUIRE(s.panels[1].art.layers.size() == 1);
  CHECK(s.panels[1].art.layers[0].image.path == "pics/b.png");
  CHECK(s.panels[1].art.layers[0].image.width == 800);
  CHECK(s.panels[1].art.layers[0].image.alt.get("en", "en") == "Picture");
  CHECK(s.panels[2].end_date == Date{2002, 0, 0});
  CHECK(s.panels[2].media->url == "https://www.youtube.com/watch?v=1");
  CHECK(s.panels[2].media->caption.get("en", "en") == "C");
  CHECK(s.panels[3].media->kind == MediaKind::card);
  REQUIRE(s.chapters.size() == 1);
  CHECK(s.chapters[0].title.get("en", "en") == "Era 1");
  CHECK(s.chapters[0].start == Date{2000, 0, 0});

  // Written elsewhere, the story names the same files from where it is.
  options.output_path = "site/panels/story.json";
  CHECK(import_timelinejs(timeline, "timeline.json", options).story_json.find("\"../../pics/b.png\"") != std::string::npos);

  CHECK_FALSE(import_timelinejs(R"({"frise": 1, "title": "t", "panels": [{"id": "a", "headline": "h"}]})", "s.json", {}).ok());
  CHECK_FALSE(import_timelinejs(R"({"events": [{"start_date": {"year": "x"}}]})", "t.json", {}).ok());
}

TEST_CASE("a card without a title takes one from the address of a page or a document") {
  CHECK(media_title_from_url("https://en.wikipedia.org/wiki/Apollo_11") == "Apollo 11");
  CHECK(media_title_from_url("https://fr.wikipedia.org/wiki/Apollo_11#Alunissage") == "Apollo 11");
  CHECK(media_title_from_url("https://fr.wikipedia.org/wiki/%C3%89t%C3%A9_indien") == "Été indien");
  CHECK(media_title_from_url("https://commons.wikimedia.org/wiki/File:Moon_landing.jpg") == "Moon landing");
  CHECK(media_title_from_url("https://history.nasa.gov/alsj/a11/press-kit.pdf") == "press kit");
  CHECK(media_title_from_url("https://example.org/blog/un-beau-titre/") == "un beau titre");
  // Identifiers, scripts and bare hosts name nothing.
  CHECK(media_title_from_url("https://www.youtube.com/watch?v=abc") == "");
  CHECK(media_title_from_url("https://twitter.com/astro/status/123456") == "");
  CHECK(media_title_from_url("https://example.org/index.php?id=3") == "");
  CHECK(media_title_from_url("https://example.org/") == "");
  CHECK(media_title_from_url("https://example.org/2021/12345") == "");
  CHECK(media_title_from_url("https://example.org/d41d8cd98f00b204e9800998ecf8427e") == "");
  CHECK(media_title_from_url("https://example.org/a%00b") == "");
  CHECK(media_title_from_url("https://example.org/%FF%FE") == "");
  CHECK(media_title_from_url("https://example.org/%4") == "");  // no letter: not a name
}
