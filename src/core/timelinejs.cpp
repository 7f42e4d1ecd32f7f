#include "core/timelinejs.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_set>

#include "core/html_text.hpp"
#include "core/language_guess.hpp"
#include "core/paths.hpp"
#include "core/story_keys.hpp"
#include "core/timelinejs_media.hpp"

namespace frise {
namespace {

using detail::JsonPath;
using detail::JsonReader;
using detail::shortened;
namespace tl = keys::timelinejs;

// On TimelineJS's human scale (JavaScript dates), years stay within a human range; a timeline
// of deep time says "scale": "cosmological" and may go to billions of years.
constexpr std::int64_t human_year_limit = 100'000;
// The furthest a Frise date goes, with room for its arithmetic (a year's end is the next year's
// start; day numbers count 400-year eras): all a 32-bit year holds safely.
using Year = decltype(Date::year);
constexpr std::int64_t cosmological_year_limit = kMaxYear;  // what the Frise format can write too

std::int64_t days_in_month(std::int64_t year, std::int64_t month) {
  static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return month == 2 && leap ? 29 : days[month - 1];
}

// A number as the file wrote it, for messages.
// "14:05", "14:05:30" or "14:05:30.250": a time of day, as precise as it was given.
std::string time_of_day(std::int64_t milliseconds) {
  const auto part = [&](std::int64_t unit, std::int64_t modulo) { return static_cast<int>(milliseconds / unit % modulo); };
  char text[32];
  const int ms = part(1, 1000), s = part(1000, 60);
  if (ms) std::snprintf(text, sizeof text, "%02d:%02d:%02d.%03d", part(3'600'000, 24), part(60'000, 60), s, ms);
  else if (s) std::snprintf(text, sizeof text, "%02d:%02d:%02d", part(3'600'000, 24), part(60'000, 60), s);
  else std::snprintf(text, sizeof text, "%02d:%02d", part(3'600'000, 24), part(60'000, 60));
  return text;
}

std::string found(const JsonTree& tree, const JsonNode& node) {
  if (node.type == JsonNode::Type::integer) return std::to_string(node.integer());
  if (node.type == JsonNode::Type::string) return frise::quoted(tree.text(node));
  char text[32];
  std::snprintf(text, sizeof text, "%.15g", node.number());
  return text;
}

void set_text(LocalizedText& text, const std::string& language, std::string value) {
  if (!value.empty()) text.add(language) = std::move(value);
}

class TimelineReader {
 public:
  TimelineReader(JsonReader& reader, Story& story) : r_(reader), tree_(reader.tree()), story_(story) {}

  void read(const JsonNode& root) {
    const JsonPath path;
    story_.default_language = "en";
    story_.languages = {story_.default_language};
    r_.set_languages(story_.default_language, story_.languages);
    const auto m = r_.members<tl::root>(root, path);
    if (const JsonNode* scale = m["scale"]) read_scale(*scale, path.member("scale"));

    const JsonNode* title = m["title"];
    const JsonPath title_path = path.member("title");
    if (title && r_.is_object(*title, title_path, "a title slide {\"text\", \"media\", …}")) {
      Panel& cover = story_.panels.emplace_back();
      has_cover_ = true;
      const Slide slide = read_slide(*title, title_path, cover, true);
      story_.title = cover.headline;
      set_text(story_.subtitle, language(), slide.text);
      if (slide.unique_id) claim_id(*slide.unique_id, title_path.member("unique_id"), cover);
    }
    // A title slide without a headline: its text's first line names the story (a top bar
    // saying "Timeline" would name nothing); no title slide at all, the file's name does
    // (the view's fallback).
    if (story_.title.empty() && !story_.subtitle.empty()) {
      const std::string& text = story_.subtitle.get(language(), language());
      set_text(story_.title, language(), detail::trimmed(text.substr(0, text.find('\n'))));
    }

    const JsonNode* events = m["events"];
    const JsonPath events_path = path.member("events");
    if (events && read_events(*events, events_path) && events->child_count() == 0)
      r_.error(*events, events_path, "the timeline has no events");
    if (const JsonNode* eras = m["eras"]) read_eras(*eras, path.member("eras"));
    name_unnamed();
    follow_language();
  }

 private:
  const std::string& language() const { return story_.default_language; }

  // A TimelineJS file does not say its language (the page embedding it does), and TimelineJS's
  // own default is English. When the words read as French, they are French: the interface, the
  // dates and the checks then speak the story's language.
  void follow_language() {
    if (guess_story_language(story_) != "fr") return;
    story_.for_each_text([](LocalizedText& text) {
      for (auto& [language, value] : text.by_language)
        if (language == "en") language = "fr";
    });
    story_.default_language = "fr";
    story_.languages = {"fr"};
  }

  void read_scale(const JsonNode& node, const JsonPath& path) {
    std::string scale;
    if (!r_.read_string(node, path, scale)) return;
    if (scale == "cosmological") cosmological_ = true;
    else if (scale != "human") r_.error(node, path, "expected \"human\" or \"cosmological\", found " + frise::quoted(scale));
  }

  // A plain-text string member, its HTML turned into text.
  std::string html_member(const JsonNode* node, const JsonPath& path) {
    std::string value;
    if (node && r_.read_string(*node, path, value)) return html_to_text(value);
    return {};
  }

  // A date part: TimelineJS writes them as numbers or strings ({"year": "2021", "month": 12});
  // a spreadsheet's empty cell is "". False (after an error) when it is neither.
  bool read_part(const JsonNode* node, const JsonPath& path, std::optional<std::int64_t>& out) {
    if (!node) return true;
    if (node->type == JsonNode::Type::integer) {
      out = node->integer();
      return true;
    }
    if (node->type == JsonNode::Type::number) {
      const double value = node->number();
      if (std::floor(value) != value) {
        r_.error(*node, path, "expected a whole number, found " + found(tree_, *node));
        return false;
      }
      // Past the int64 range it is out of every date's range: keep it there.
      constexpr double beyond = 9.0e18;
      out = value >= beyond ? std::numeric_limits<std::int64_t>::max()
            : value <= -beyond ? std::numeric_limits<std::int64_t>::min()
                               : static_cast<std::int64_t>(value);
      return true;
    }
    if (node->type == JsonNode::Type::string) {
      const std::string_view text = tree_.text(*node);
      if (text.empty()) return true;
      std::int64_t value = 0;
      const char* end = text.data() + text.size();
      const auto [stop, error] = std::from_chars(text.data(), end, value);
      if (error == std::errc() && stop == end) {
        out = value;
        return true;
      }
      if (error == std::errc::result_out_of_range && stop == end) {
        out = text.front() == '-' ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max();
        return true;
      }
      r_.error(*node, path, "expected a whole number, found " + frise::quoted(text));
      return false;
    }
    r_.expected(*node, path, "a whole number (or one in a string)");
    return false;
  }

  // `value` within [low, high], else an error "expected <what> from low to high, found …".
  bool in_range(const JsonNode& node, const JsonPath& path, std::int64_t value, std::int64_t low, std::int64_t high,
                const char* what, const std::string& why = {}) {
    if (value >= low && value <= high) return true;
    r_.error(node, path, std::string("expected ") + what + " from " + std::to_string(low) + " to " + std::to_string(high) +
                             ", found " + found(tree_, node) + why);
    return false;
  }

  struct ReadDate {
    Date date;
    std::int64_t milliseconds = 0;  // into the day, for events of one day
    bool has_time = false;          // an hour, minute, second or millisecond was given
    std::string display;            // the date's own "display_date"
  };

  std::optional<ReadDate> read_date(const JsonNode& node, const JsonPath& path) {
    if (!r_.is_object(node, path, "a date {\"year\", \"month\", \"day\"}")) return std::nullopt;
    const auto m = r_.members<tl::date>(node, path);
    const JsonPath year_path = path.member("year"), month_path = path.member("month"), day_path = path.member("day");
    std::optional<std::int64_t> year, month, day, hour, minute, second, millisecond;
    bool ok = read_part(m["year"], year_path, year);
    ok = read_part(m["month"], month_path, month) && ok;
    ok = read_part(m["day"], day_path, day) && ok;
    const JsonPath hour_path = path.member("hour"), minute_path = path.member("minute"),
                   second_path = path.member("second"), millisecond_path = path.member("millisecond");
    ok = read_part(m["hour"], hour_path, hour) && ok;
    ok = read_part(m["minute"], minute_path, minute) && ok;
    ok = read_part(m["second"], second_path, second) && ok;
    ok = read_part(m["millisecond"], millisecond_path, millisecond) && ok;
    ReadDate out;
    if (const JsonNode* display = m["display_date"]) out.display = html_member(display, path.member("display_date"));
    if (const JsonNode* format = m["format"]) {
      std::string ignored;
      r_.read_string(*format, path.member("format"), ignored);
    }
    const JsonNode* given_year = m["year"];
    if (!year && (!given_year || (given_year->type == JsonNode::Type::string && tree_.text(*given_year).empty()))) {
      r_.error(node, path, "missing \"year\": a date needs at least its year");  // absent, or an empty cell
      ok = false;
    }
    if (year) {
      const std::int64_t limit = cosmological_ ? cosmological_year_limit : human_year_limit;
      ok = in_range(*given_year, year_path, *year, -limit, limit, "a year",
                    cosmological_ ? " (the furthest Frise places a date)"
                                  : " (for deep time, give the timeline \"scale\": \"cosmological\")") && ok;
    }
    const bool month_valid = month && in_range(*m["month"], month_path, *month, 1, 12, "a month");
    if (month && !month_valid) ok = false;
    if (day && !month) {
      r_.error(*m["day"], day_path, "a \"day\" needs a \"month\"");
      ok = false;
    } else if (day && month_valid) {
      // The month's length when the year is known; else at most 31.
      const bool year_valid = year.has_value();
      const std::int64_t last = year_valid ? days_in_month(*year, *month) : 31;
      char why[64] = "";
      if (year_valid)
        std::snprintf(why, sizeof why, " (%lld-%02lld has %lld days)", static_cast<long long>(*year),
                      static_cast<long long>(*month), static_cast<long long>(last));
      ok = in_range(*m["day"], day_path, *day, 1, last, "a day", why) && ok;
    }
    if (hour) ok = in_range(*m["hour"], hour_path, *hour, 0, 23, "an hour") && ok;
    if (minute) ok = in_range(*m["minute"], minute_path, *minute, 0, 59, "a minute") && ok;
    if (second) ok = in_range(*m["second"], second_path, *second, 0, 59, "a second") && ok;
    if (millisecond) ok = in_range(*m["millisecond"], millisecond_path, *millisecond, 0, 999, "a millisecond") && ok;
    if (!ok) return std::nullopt;
    out.date = Date{static_cast<Year>(*year), static_cast<int>(month.value_or(0)), static_cast<int>(day.value_or(0))};
    out.has_time = hour || minute || second || millisecond;
    out.milliseconds = ((hour.value_or(0) * 60 + minute.value_or(0)) * 60 + second.value_or(0)) * 1000 + millisecond.value_or(0);
    return out;
  }

  struct Slide {
    std::string text;                     // text.text, as plain text
    const JsonNode* unique_id = nullptr;  // the member, when given
    std::int64_t milliseconds = 0;
  };

  // One slide (the title or an event) as a panel.
  Slide read_slide(const JsonNode& node, const JsonPath& path, Panel& panel, bool is_title) {
    Slide slide;
    const auto m = r_.members<tl::slide>(node, path);
    const std::string& lang = language();
    if (const JsonNode* start = m["start_date"]) {
      if (auto date = read_date(*start, path.member("start_date"))) {
        panel.date = date->date;
        slide.milliseconds = date->milliseconds;
        // A Frise date has no time of day: the time is shown in the date's words instead, and
        // the events keep their order (read_events sorts by it).
        if (date->display.empty() && date->has_time) date->display = date->date.to_string() + " " + time_of_day(date->milliseconds);
        set_text(panel.display_date, lang, std::move(date->display));
      }
    } else if (!is_title) {
      r_.warning(node, path, "missing \"start_date\": the event is placed after the dated ones");
    }
    if (const JsonNode* end = m["end_date"]) {
      const JsonPath end_path = path.member("end_date");
      if (auto date = read_date(*end, end_path)) {
        panel.end_date = date->date;
        if (panel.date && panel.end_date->day_number() < panel.date->day_number())
          r_.warning(*end, end_path, "the event ends before it starts");
      }
    }
    std::string caption;
    if (const JsonNode* text = m["text"]) {
      const JsonPath text_path = path.member("text");
      if (r_.is_object(*text, text_path, "a text {\"headline\", \"text\"}")) {
        const auto t = r_.members<tl::text>(*text, text_path);
        set_text(panel.headline, lang, html_member(t["headline"], text_path.member("headline")));
        caption = html_member(t["text"], text_path.member("text"));
        slide.text = caption;
      }
    }
    if (const JsonNode* display = m["display_date"]) {
      panel.display_date = {};
      set_text(panel.display_date, lang, html_member(display, path.member("display_date")));
    }
    if (const JsonNode* group = m["group"]) r_.read_string(*group, path.member("group"), panel.group);
    if (const JsonNode* autolink = m["autolink"]; autolink && autolink->type != JsonNode::Type::boolean)
      r_.expected(*autolink, path.member("autolink"), "true or false");
    detail::SlideBackground background;
    const JsonPath background_path = path.member("background");
    if (const JsonNode* given = m["background"]) detail::read_slide_background(r_, *given, background_path, panel, background);
    if (const JsonNode* media = m["media"]) detail::read_slide_media(r_, *media, path.member("media"), lang, panel, caption);
    detail::apply_slide_background(r_, background_path, lang, panel, background);
    set_text(panel.caption, lang, std::move(caption));
    slide.unique_id = m["unique_id"];
    if (panel.headline.empty() && panel.caption.empty() && panel.art.layers.empty() && !panel.media)
      r_.warning(node, path, "the slide shows nothing: give it a \"text\" or \"media\"");
    return slide;
  }

  bool read_events(const JsonNode& events, const JsonPath& events_path) {
    if (!r_.is_array(events, events_path, "an array of events")) return false;
    if (events.child_count() > r_.options().limits.max_panels) {
      r_.error(events, events_path, "timeline has " + std::to_string(events.child_count()) + " events; the limit is " +
                                        std::to_string(r_.options().limits.max_panels));
      return false;
    }
    struct Event {
      Panel panel;
      std::int64_t milliseconds = 0;
    };
    std::vector<Event> read;
    read.reserve(events.child_count());
    for (std::size_t i = 0; i < events.child_count(); ++i) {
      const JsonNode& node = tree_.child(events, i);
      const JsonPath event_path = events_path.item(i);
      if (!r_.is_object(node, event_path, "an event object")) continue;
      Event& event = read.emplace_back();
      const Slide slide = read_slide(node, event_path, event.panel, false);
      event.milliseconds = slide.milliseconds;
      if (slide.unique_id) claim_id(*slide.unique_id, event_path.member("unique_id"), event.panel);
      if (event.panel.id.empty()) unnamed_.push_back({story_.panels.size() + read.size() - 1, i + 1, slide.unique_id});
    }
    // TimelineJS shows events in date order, whatever their order in the file.
    std::vector<std::size_t> order(read.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const Panel &pa = read[a].panel, &pb = read[b].panel;
      if (!pa.date || !pb.date) return pa.date.has_value() && !pb.date.has_value();
      const std::int64_t da = pa.date->day_number(), db = pb.date->day_number();
      return da != db ? da < db : read[a].milliseconds < read[b].milliseconds;
    });
    const std::size_t first = story_.panels.size();
    std::vector<std::size_t> place(read.size());
    for (std::size_t k = 0; k < order.size(); ++k) place[order[k]] = first + k;
    for (Unnamed& u : unnamed_)
      if (u.panel >= first) u.panel = place[u.panel - first];
    for (std::size_t k : order) story_.panels.push_back(std::move(read[k].panel));
    return true;
  }

  void read_eras(const JsonNode& eras, const JsonPath& path) {
    if (!r_.is_array(eras, path, "an array of eras")) return;
    for (std::size_t i = 0; i < eras.child_count(); ++i) {
      const JsonNode& era = tree_.child(eras, i);
      const JsonPath era_path = path.item(i);
      if (!r_.is_object(era, era_path, "an era {\"start_date\", \"end_date\", \"text\"}")) continue;
      const auto m = r_.members<tl::era>(era, era_path);
      Chapter& chapter = story_.chapters.emplace_back();
      chapter.id = "era-" + std::to_string(i + 1);
      if (const JsonNode* text = m["text"]) {
        const JsonPath text_path = era_path.member("text");
        if (r_.is_object(*text, text_path, "a text {\"headline\", \"text\"}")) {
          const auto t = r_.members<tl::text>(*text, text_path);
          set_text(chapter.title, language(), html_member(t["headline"], text_path.member("headline")));
          const JsonPath era_text_path = text_path.member("text");
          if (!html_member(t["text"], era_text_path).empty())
            r_.note_loss(*t["text"], era_text_path, "an era's text is not kept: a chapter has a title only");
        }
      }
      const JsonNode* start = r_.require(m["start_date"], era, era_path, "start_date", "an era has a start and an end");
      const JsonNode* end = r_.require(m["end_date"], era, era_path, "end_date", "an era has a start and an end");
      if (start) {
        if (auto date = read_date(*start, era_path.member("start_date"))) chapter.start = date->date;
      }
      if (end) {
        const JsonPath end_path = era_path.member("end_date");
        if (auto date = read_date(*end, end_path)) {
          chapter.end = date->date;
          if (chapter.start && chapter.end->day_number() < chapter.start->day_number())
            r_.warning(*end, end_path, "the era ends before it starts");
        }
      }
    }
  }

  // A slide's "unique_id": the panel's id when it is a valid, new one. An empty one is reported
  // once the slide has its generated id; a repeated one is an error (links would be ambiguous).
  void claim_id(const JsonNode& node, const JsonPath& path, Panel& panel) {
    if (node.type == JsonNode::Type::string && tree_.text(node).empty()) return;  // named later
    std::string id;
    if (!r_.read_id(node, path, id)) return;
    if (!explicit_ids_.insert(tree_.text(node)).second) r_.error(node, path, "duplicate unique_id " + frise::quoted(id) + ": links to it would be ambiguous");
    panel.id = std::move(id);
  }

  // Ids for the slides without one: "title" for the title slide, "event-N" (N its place in the
  // file) for an event, never one another slide has. An empty "unique_id" is reported with the
  // id given instead.
  void name_unnamed() {
    std::unordered_set<std::string> generated;
    const auto free_id = [&](const std::string& base) {
      std::string id = base;
      for (int n = 2; explicit_ids_.contains(id) || generated.contains(id); ++n) id = base + "-" + std::to_string(n);
      generated.insert(id);
      return id;
    };
    if (has_cover_ && story_.panels[0].id.empty()) story_.panels[0].id = free_id("title");
    const JsonPath root;
    const JsonPath events_path = root.member("events");
    for (const Unnamed& u : unnamed_) {
      Panel& panel = story_.panels[u.panel];
      panel.id = free_id("event-" + std::to_string(u.number));
      if (u.unique_id && u.unique_id->type == JsonNode::Type::string && tree_.text(*u.unique_id).empty()) {
        const JsonPath event_path = events_path.item(u.number - 1);
        r_.warning(*u.unique_id, event_path.member("unique_id"), "empty \"unique_id\": the event gets the id " + frise::quoted(panel.id));
      }
    }
  }

  struct Unnamed {
    std::size_t panel;   // index in story_.panels
    std::size_t number;  // the event's place in the file, from 1
    const JsonNode* unique_id;
  };

  JsonReader& r_;
  const JsonTree& tree_;
  Story& story_;
  bool cosmological_ = false;
  std::unordered_set<std::string_view> explicit_ids_;  // views into the tree's text
  std::vector<Unnamed> unnamed_;
  bool has_cover_ = false;
};

}  // namespace

bool looks_like_timelinejs(const JsonTree& tree, const JsonNode& root) {
  return root.type == JsonNode::Type::object && !tree.find(root, "panels") && !tree.find(root, "frise") &&
         tree.find(root, "events");
}

bool looks_like_timelinejs2(const JsonTree& tree, const JsonNode& root) {
  if (root.type != JsonNode::Type::object || tree.find(root, "panels") || tree.find(root, "frise") ||
      tree.find(root, "events"))
    return false;
  const JsonNode* timeline = tree.find(root, "timeline");
  return timeline && timeline->type == JsonNode::Type::object;
}

void read_timelinejs(JsonReader& r, const JsonNode& root, Story& story) { TimelineReader(r, story).read(root); }

}  // namespace frise
