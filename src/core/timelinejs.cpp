#include "core/timelinejs.hpp"

#include <algorithm>
#include <charconv>

#include "core/html_text.hpp"

namespace frise {
namespace {

using detail::JsonPath;
using detail::JsonReader;

// TimelineJS writes date parts as numbers or strings: {"year": "2021", "month": 12}.
std::optional<int> date_part(const JsonTree& tree, const JsonNode& date, const char* key) {
  const JsonNode* node = tree.find(date, key);
  if (!node) return std::nullopt;
  if (node->type == JsonNode::Type::integer) return static_cast<int>(node->integer());
  if (node->type == JsonNode::Type::string && !tree.text(*node).empty()) {
    int value = 0;
    const char* begin = tree.text(*node).data();
    const char* end = begin + tree.text(*node).size();
    auto [stop, error] = std::from_chars(begin, end, value);
    if (error == std::errc() && stop == end) return value;
  }
  return std::nullopt;
}

std::optional<Date> read_date(JsonReader& r, const JsonNode& node, const JsonPath& path) {
  if (!r.is_object(node, path, "a date {\"year\", \"month\", \"day\"}")) return std::nullopt;
  const auto year = date_part(r.tree(), node, "year");
  if (!year) {
    r.error(node, path, "expected a \"year\" (a number)");
    return std::nullopt;
  }
  Date date{*year, date_part(r.tree(), node, "month").value_or(0), 0};
  if (date.month) date.day = date_part(r.tree(), node, "day").value_or(0);
  if (date.month < 0 || date.month > 12 || date.day < 0 || date.day > 31) {
    r.error(node, path, "the month or day is out of range");
    return std::nullopt;
  }
  return date;
}

std::string plain(const JsonTree& tree, const JsonNode* object, const char* key) {
  if (!object) return {};
  const JsonNode* node = tree.find(*object, key);
  return node && node->type == JsonNode::Type::string ? html_to_text(tree.text(*node)) : std::string();
}

void set_text(LocalizedText& text, const std::string& language, std::string value) {
  if (!value.empty()) text.add(language) = std::move(value);
}

bool is_remote(const std::string& url) {
  return url.starts_with("http:") || url.starts_with("https:") || url.starts_with("//") || url.starts_with("data:");
}

// One slide (the title or an event) as a panel.
void read_slide(JsonReader& r, const JsonNode& node, const JsonPath& path, const std::string& language, Panel& panel) {
  const JsonTree& tree = r.tree();
  const JsonNode* text = tree.find(node, "text");
  set_text(panel.headline, language, plain(tree, text, "headline"));
  std::string caption = plain(tree, text, "text");
  if (const JsonNode* display = tree.find(node, "display_date"); display && display->type == JsonNode::Type::string)
    set_text(panel.display_date, language, html_to_text(tree.text(*display)));
  if (const JsonNode* group = tree.find(node, "group"); group && group->type == JsonNode::Type::string)
    panel.group = tree.text(*group);
  if (const JsonNode* background = tree.find(node, "background"); background && background->type == JsonNode::Type::object) {
    if (const JsonNode* colour = tree.find(*background, "color"); colour && colour->type == JsonNode::Type::string)
      panel.art.background = parse_colour(tree.text(*colour));
  }
  if (const JsonNode* media = tree.find(node, "media"); media && media->type == JsonNode::Type::object) {
    const JsonPath media_path = path.member("media");
    const std::string url = plain(tree, media, "url");
    const std::string media_caption = plain(tree, media, "caption");
    const std::string credit = plain(tree, media, "credit");
    if (!media_caption.empty() || !credit.empty()) {
      if (!caption.empty()) caption += "\n";
      caption += "(" + media_caption + (media_caption.empty() || credit.empty() ? "" : " — ") + credit + ")";
    }
    if (is_remote(url)) {
      r.warning(*media, media_path, "media from another site is not loaded (Frise works offline): " + url);
    } else if (!url.empty()) {
      ArtLayer& layer = panel.art.layers.emplace_back();
      layer.image.path = url;
      std::string alt = plain(tree, media, "alt");
      set_text(layer.image.alt, language, alt.empty() ? media_caption : alt);
    }
  }
  set_text(panel.caption, language, std::move(caption));
}

}  // namespace

bool looks_like_timelinejs(const JsonTree& tree, const JsonNode& root) {
  if (root.type != JsonNode::Type::object || tree.find(root, "panels")) return false;
  const JsonNode* events = tree.find(root, "events");
  return events && events->type == JsonNode::Type::array;
}

void read_timelinejs(JsonReader& r, const JsonNode& root, Story& story) {
  const JsonTree& tree = r.tree();
  const JsonPath path;
  story.default_language = "en";
  story.languages = {story.default_language};
  r.set_languages(story.default_language, story.languages);
  const std::string& language = story.default_language;

  if (const JsonNode* title = tree.find(root, "title"); title && title->type == JsonNode::Type::object) {
    Panel& cover = story.panels.emplace_back();
    cover.id = "title";
    read_slide(r, *title, path.member("title"), language, cover);
    story.title = cover.headline;
    if (const JsonNode* text = tree.find(*title, "text")) set_text(story.subtitle, language, plain(tree, text, "text"));
  }
  if (story.title.empty()) set_text(story.title, language, "Timeline");

  const JsonNode& events = *tree.find(root, "events");
  const JsonPath events_path = path.member("events");
  if (events.child_count() > r.options().limits.max_panels) {
    r.error(events, events_path, "timeline has " + std::to_string(events.child_count()) + " events; the limit is " +
                                     std::to_string(r.options().limits.max_panels));
    return;
  }
  std::vector<Panel> panels;
  panels.reserve(events.child_count());
  for (std::size_t i = 0; i < events.child_count(); ++i) {
    const JsonNode& event = tree.child(events, i);
    const JsonPath event_path = events_path.item(i);
    if (!r.is_object(event, event_path, "an event object")) continue;
    Panel& panel = panels.emplace_back();
    const JsonNode* id = tree.find(event, "unique_id");
    panel.id = id && id->type == JsonNode::Type::string && !tree.text(*id).empty() ? std::string(tree.text(*id)) : "event-" + std::to_string(i + 1);
    if (const JsonNode* start = tree.find(event, "start_date")) panel.date = read_date(r, *start, event_path.member("start_date"));
    else r.warning(event, event_path, "missing \"start_date\": the event is placed after the dated ones");
    if (const JsonNode* end = tree.find(event, "end_date")) panel.end_date = read_date(r, *end, event_path.member("end_date"));
    read_slide(r, event, event_path, language, panel);
  }
  // TimelineJS shows events in date order, whatever their order in the file.
  std::stable_sort(panels.begin(), panels.end(), [](const Panel& a, const Panel& b) {
    if (!a.date || !b.date) return a.date.has_value() && !b.date.has_value();
    return a.date->day_number() < b.date->day_number();
  });
  for (Panel& panel : panels) story.panels.push_back(std::move(panel));

  if (const JsonNode* eras = tree.find(root, "eras"); eras && eras->type == JsonNode::Type::array) {
    for (std::size_t i = 0; i < eras->child_count(); ++i) {
      const JsonNode& era = tree.child(*eras, i);
      const JsonPath era_path = path.member("eras").item(i);
      if (!r.is_object(era, era_path, "an era object")) continue;
      Chapter& chapter = story.chapters.emplace_back();
      chapter.id = "era-" + std::to_string(i + 1);
      set_text(chapter.title, language, plain(tree, tree.find(era, "text"), "headline"));
      if (const JsonNode* start = tree.find(era, "start_date")) chapter.start = read_date(r, *start, era_path.member("start_date"));
      if (const JsonNode* end = tree.find(era, "end_date")) chapter.end = read_date(r, *end, era_path.member("end_date"));
    }
  }
  if (story.panels.empty()) r.error(root, path, "the timeline has no events");
}

}  // namespace frise
