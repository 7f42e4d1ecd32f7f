// [SECTION] Reading the Frise format
// [SECTION] Entry point: limits, encoding, format detection
#include "core/story_json.hpp"

#include <algorithm>
#include <exception>
#include <thread>
#include <utility>

#include "core/glossary_json.hpp"
#include "core/id_set.hpp"
#include "core/json_reader.hpp"
#include "core/language_guess.hpp"
#include "core/media_json.hpp"
#include "core/paths.hpp"
#include "core/story_keys.hpp"
#include "core/timelinejs.hpp"
#include "core/utf8.hpp"

namespace frise {
namespace {

using detail::IdSet;
using detail::JsonPath;
using detail::JsonReader;

//-----------------------------------------------------------------------------
// [SECTION] Reading the Frise format
//-----------------------------------------------------------------------------

// The id of a character, chapter or sprite, for "did you mean".
constexpr auto by_id = [](const auto& item) -> std::string_view { return item.id; };

class FriseReader {
 public:
  FriseReader(JsonReader& reader, Story& story) : r_(reader), tree_(reader.tree()), story_(story) {}

  void read(const JsonNode& root) {
    const JsonPath path;
    if (!r_.is_object(root, path, "an object with \"frise\", \"title\" and \"panels\"")) return;
    r_.check_keys(root, path, keys::story);
    if (const JsonNode* version = r_.require(root, path, "frise", "the format version, 1")) {
      if (version->type != JsonNode::Type::integer)
        r_.expected(*version, path.member("frise"), "the format version, the number 1");
      else if (version->integer() != 1)
        r_.error(*version, path.member("frise"), "this reader knows version 1 of the format only, found version " +
                                                     std::to_string(version->integer()));
    }
    read_languages(root, path);
    if (const JsonNode* id = tree_.find(root, "id")) r_.read_id(*id, path.member("id"), story_.id);
    if (const JsonNode* title = r_.require(root, path, "title", "the story's title")) r_.read_text(*title, path.member("title"), story_.title);
    if (const JsonNode* subtitle = tree_.find(root, "subtitle")) r_.read_text(*subtitle, path.member("subtitle"), story_.subtitle);
    each(tree_.find(root, "credits"), path, "credits", "an array of credits", [&](const JsonNode& n, const JsonPath& p) { read_credit(n, p); });
    each(tree_.find(root, "sources"), path, "sources", "an array of sources",
         [&](const JsonNode& n, const JsonPath& p) { read_source(n, p, story_.sources); });
    if (const JsonNode* theme = tree_.find(root, "theme")) read_theme(*theme, path.member("theme"));
    each(tree_.find(root, "characters"), path, "characters", "an array of characters", [&](const JsonNode& n, const JsonPath& p) { read_character(n, p); });
    each(tree_.find(root, "chapters"), path, "chapters", "an array of chapters", [&](const JsonNode& n, const JsonPath& p) { read_chapter(n, p); });
    each(tree_.find(root, "sprites"), path, "sprites", "an array of sprites", [&](const JsonNode& n, const JsonPath& p) { read_sprite(n, p); });
    read_panels(root, path);
    if (!tree_.find(root, "language") && guess_story_language(story_) == "en")
      r_.warning(root, path, "no \"language\" is given, so the story is read as French, but its texts look English: add \"language\": \"en\"");
    if (const JsonNode* glossary = tree_.find(root, "glossary")) {
      const JsonPath glossary_path = path.member("glossary");
      detail::read_glossary(r_, *glossary, glossary_path, story_);
      detail::check_glossary_use(r_, *glossary, glossary_path, story_);
    }
  }

 private:
  // Reads each item of the array `list` (the member `key` of the object at `path`), if present.
  template <typename F>
  void each(const JsonNode* list, const JsonPath& path, const char* key, const char* what, F&& read_one) {
    if (!list) return;
    const JsonPath list_path = path.member(key);
    if (!r_.is_array(*list, list_path, what)) return;
    for (std::size_t i = 0; i < list->child_count(); ++i) read_one(tree_.child(*list, i), list_path.item(i));
  }

  void read_languages(const JsonNode& root, const JsonPath& path) {
    if (const JsonNode* language = tree_.find(root, "language")) r_.read_id(*language, path.member("language"), story_.default_language);
    if (story_.default_language.empty()) story_.default_language = "fr";
    if (const JsonNode* languages = tree_.find(root, "languages")) {
      const JsonPath languages_path = path.member("languages");
      r_.read_string_list(*languages, languages_path, story_.languages);
      for (std::size_t i = 0; i < story_.languages.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
          if (story_.languages[i] == story_.languages[j])
            r_.warning(tree_.child(*languages, i), languages_path.item(i), "language \"" + story_.languages[i] + "\" is listed twice");
      if (std::find(story_.languages.begin(), story_.languages.end(), story_.default_language) == story_.languages.end()) {
        r_.warning(*languages, languages_path, "the default language \"" + story_.default_language + "\" is not listed");
        story_.languages.insert(story_.languages.begin(), story_.default_language);
      }
    }
    if (story_.languages.empty()) story_.languages.push_back(story_.default_language);
    r_.set_languages(story_.default_language, story_.languages);
  }

  void read_credit(const JsonNode& node, const JsonPath& path) {
    if (!r_.is_object(node, path, "a credit {\"role\", \"name\"}")) return;
    r_.check_keys(node, path, keys::credit);
    Credit& credit = story_.credits.emplace_back();
    if (const JsonNode* role = tree_.find(node, "role")) r_.read_text(*role, path.member("role"), credit.role);
    if (const JsonNode* name = r_.require(node, path, "name", "who is credited")) r_.read_string(*name, path.member("name"), credit.name);
  }

  // A story's source or a panel's link: a title and, for a link, a web address the reader opens
  // in a new tab (so only http and https: never a script or a local file).
  void read_source(const JsonNode& node, const JsonPath& path, std::vector<Source>& into, bool url_required = false) {
    if (!r_.is_object(node, path, "a link {\"title\", \"url\"}")) return;
    r_.check_keys(node, path, keys::source);
    Source& source = into.emplace_back();
    if (const JsonNode* title = r_.require(node, path, "title", "what the source is")) r_.read_text(*title, path.member("title"), source.title);
    const JsonNode* url = url_required ? r_.require(node, path, "url", "the address it opens") : tree_.find(node, "url");
    if (url && r_.read_string(*url, path.member("url"), source.url) && !is_link_address(source.url)) {
      r_.error(*url, path.member("url"), "expected a web address starting with https:// or http://, found " + frise::quoted(source.url));
      source.url.clear();
    }
  }

  void read_theme(const JsonNode& node, const JsonPath& path) {
    if (!r_.is_object(node, path, "an object of colours {\"paper\", \"ink\", \"accent\"}")) return;
    r_.check_keys(node, path, keys::theme);
    if (const JsonNode* c = tree_.find(node, "paper")) r_.read_colour(*c, path.member("paper"), story_.theme.paper);
    if (const JsonNode* c = tree_.find(node, "ink")) r_.read_colour(*c, path.member("ink"), story_.theme.ink);
    if (const JsonNode* c = tree_.find(node, "accent")) r_.read_colour(*c, path.member("accent"), story_.theme.accent);
  }

  // Ids must be unique within their kind; a repeat is reported where it occurs: a warning, but
  // an error for panels, whose ids are links (one would lead to either panel).
  // `seen` holds views into the tree's text, which outlives this reader.
  void check_unique(IdSet& seen, const std::string& id, const JsonNode& node,
                    const JsonPath& path, const char* kind, Severity severity = Severity::warning) {
    if (id.empty()) return;
    if (!seen.insert(tree_.text(node)))
      r_.report(severity, node, path, std::string("duplicate ") + kind + " id " + frise::quoted(id) +
                                          (severity == Severity::error ? ": links to it would be ambiguous" : ""));
  }

  void read_character(const JsonNode& node, const JsonPath& path) {
    if (!r_.is_object(node, path, "a character {\"id\", \"name\", …}")) return;
    r_.check_keys(node, path, keys::character);
    Character& character = story_.characters.emplace_back();
    if (const JsonNode* id = r_.require(node, path, "id", "balloons name their speaker by it")) {
      r_.read_id(*id, path.member("id"), character.id);
      check_unique(character_ids_, character.id, *id, path.member("id"), "character");
    }
    if (const JsonNode* name = r_.require(node, path, "name", "the character's name")) r_.read_text(*name, path.member("name"), character.name);
    if (const JsonNode* role = tree_.find(node, "role")) r_.read_text(*role, path.member("role"), character.role);
    if (const JsonNode* colour = tree_.find(node, "colour")) r_.read_colour(*colour, path.member("colour"), character.colour);
    if (const JsonNode* portrait = tree_.find(node, "portrait")) {
      const JsonPath portrait_path = path.member("portrait");
      if (r_.is_object(*portrait, portrait_path, "an image {\"image\", \"width\", \"height\", \"alt\"}")) {
        r_.check_keys(*portrait, portrait_path, keys::image);
        // A portrait is a picture: without its file there is nothing to show (and nothing to
        // write back).
        r_.require(*portrait, portrait_path, "image", "the portrait's picture file");
        character.portrait.emplace();
        r_.read_image_fields(*portrait, portrait_path, *character.portrait, true);
      }
    }
  }

  void read_chapter(const JsonNode& node, const JsonPath& path) {
    if (!r_.is_object(node, path, "a chapter {\"id\", \"title\", …}")) return;
    r_.check_keys(node, path, keys::chapter);
    Chapter& chapter = story_.chapters.emplace_back();
    if (const JsonNode* id = r_.require(node, path, "id", "panels name their chapter by it")) {
      r_.read_id(*id, path.member("id"), chapter.id);
      check_unique(chapter_ids_, chapter.id, *id, path.member("id"), "chapter");
    }
    if (const JsonNode* title = r_.require(node, path, "title", "the chapter's title")) r_.read_text(*title, path.member("title"), chapter.title);
    if (const JsonNode* start = tree_.find(node, "start")) r_.read_date(*start, path.member("start"), chapter.start);
    if (const JsonNode* end = tree_.find(node, "end")) {
      if (r_.read_date(*end, path.member("end"), chapter.end) && chapter.start &&
          chapter.end->day_number() < chapter.start->day_number())
        r_.warning(*end, path.member("end"), "the chapter ends before it starts");
    }
    if (const JsonNode* colour = tree_.find(node, "colour")) r_.read_colour(*colour, path.member("colour"), chapter.colour);
  }

  void read_sprite(const JsonNode& node, const JsonPath& path) {
    if (!r_.is_object(node, path, "a sprite {\"id\", \"image\", \"width\", \"height\", \"alt\"}")) return;
    r_.check_keys(node, path, keys::sprite);
    Sprite& sprite = story_.sprites.emplace_back();
    if (const JsonNode* id = r_.require(node, path, "id", "art layers name their sprite by it")) {
      r_.read_id(*id, path.member("id"), sprite.id);
      check_unique(sprite_ids_, sprite.id, *id, path.member("id"), "sprite");
    }
    r_.require(node, path, "image", "the path of a PNG or JPEG file");
    r_.read_image_fields(node, path, sprite.image, true);
  }

  void read_panels(const JsonNode& root, const JsonPath& path) {
    const JsonNode* panels = r_.require(root, path, "panels", "the list of panels");
    if (!panels) return;
    const JsonPath panels_path = path.member("panels");
    if (!r_.is_array(*panels, panels_path, "an array of panels")) return;
    if (panels->child_count() > r_.options().limits.max_panels) {
      r_.error(*panels, panels_path, "story has " + std::to_string(panels->child_count()) + " panels; the limit is " +
                                         std::to_string(r_.options().limits.max_panels));
      return;
    }
    if (panels->child_count() == 0) r_.error(*panels, panels_path, "a story needs at least one panel");
    story_.panels.resize(panels->child_count());
    read_panel_range(*panels, panels_path, 0, story_.panels.size());
    check_unique_panel_ids(*panels, panels_path);
  }

  // Panels [first, last) of the list, on as many threads as the options allow. Each thread
  // reads whole panels into their own slots of the story, with its own JsonReader and its own
  // diagnostics, appended in panel order at the end: the result does not depend on the count.
  void read_panel_range(const JsonNode& panels, const JsonPath& panels_path, std::size_t first, std::size_t last) {
    constexpr std::size_t min_panels_per_thread = 2000;  // below, starting a thread costs more than it saves
    const std::size_t threads =
        std::clamp<std::size_t>((last - first) / min_panels_per_thread, 1, std::max(1u, r_.options().threads));
    if (threads == 1) {
      for (std::size_t i = first; i < last; ++i) read_panel(tree_.child(panels, i), panels_path.item(i), story_.panels[i]);
      return;
    }
    std::vector<detail::Findings> found(threads, detail::Findings(r_.options().limits.max_diagnostics));
    std::vector<std::exception_ptr> failures(threads);
    const auto read_share = [&](std::size_t t) {
      try {
        JsonReader reader(r_, found[t]);
        FriseReader panel_reader(reader, story_);
        const std::size_t begin = first + (last - first) * t / threads, end = first + (last - first) * (t + 1) / threads;
        for (std::size_t i = begin; i < end; ++i)
          panel_reader.read_panel(tree_.child(panels, i), panels_path.item(i), story_.panels[i]);
      } catch (...) {
        failures[t] = std::current_exception();
      }
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(read_share, t);
    read_share(0);
    for (std::thread& helper : helpers) helper.join();
    for (const std::exception_ptr& failure : failures)
      if (failure) std::rethrow_exception(failure);
    for (detail::Findings& share : found) r_.append(std::move(share));
  }

  // After the panels, in order: a thread reading panels cannot see the ids of the others.
  void check_unique_panel_ids(const JsonNode& panels, const JsonPath& panels_path) {
    panel_ids_.reserve(story_.panels.size());
    for (std::size_t i = 0; i < story_.panels.size(); ++i) {
      const JsonNode& node = tree_.child(panels, i);
      if (const JsonNode* id = tree_.find(node, "id"); id && !story_.panels[i].id.empty()) {
        const JsonPath panel_path = panels_path.item(i);
        check_unique(panel_ids_, story_.panels[i].id, *id, panel_path.member("id"), "panel", Severity::error);
      }
    }
  }

  void read_panel(const JsonNode& node, const JsonPath& path, Panel& panel) {
    if (!r_.is_object(node, path, "an object describing a panel")) return;
    const auto m = r_.members<keys::panel>(node, path);
    if (const JsonNode* id = r_.require(m["id"], node, path, "id", "every panel needs a unique id for links")) {
      r_.read_id(*id, path.member("id"), panel.id);  // unique: checked once all panels are read
    }
    if (const JsonNode* chapter = m["chapter"]) {
      if (r_.read_string(*chapter, path.member("chapter"), panel.chapter) && !story_.find_chapter(panel.chapter))
        r_.warn_unknown_id(*chapter, path.member("chapter"), "chapter", panel.chapter, story_.chapters, by_id);
    }
    if (const JsonNode* date = m["date"]) r_.read_date(*date, path.member("date"), panel.date);
    if (const JsonNode* end = m["end_date"]) {
      if (r_.read_date(*end, path.member("end_date"), panel.end_date) && panel.date &&
          panel.end_date->day_number() < panel.date->day_number())
        r_.warning(*end, path.member("end_date"), "the panel ends before it starts");
    }
    if (const JsonNode* t = m["display_date"]) r_.read_text(*t, path.member("display_date"), panel.display_date);
    if (const JsonNode* t = m["headline"]) r_.read_text(*t, path.member("headline"), panel.headline);
    if (const JsonNode* t = m["caption"]) r_.read_text(*t, path.member("caption"), panel.caption);
    if (const JsonNode* balloons = m["balloons"]) panel.balloons.reserve(balloons->child_count());
    each(m["balloons"], path, "balloons", "an array of balloons", [&](const JsonNode& n, const JsonPath& p) { read_balloon(n, p, panel); });
    if (const JsonNode* art = m["art"]) read_art(*art, path.member("art"), panel.art);
    if (const JsonNode* aspect = m["aspect"]) {
      panel.aspect_given = r_.read_number(*aspect, path.member("aspect"), 0.2, 5.0, panel.aspect);
    } else if (!panel.art.layers.empty()) {
      const ImageRef* first = story_.layer_image(panel.art.layers.front());
      if (first && first->width > 0 && first->height > 0)
        panel.aspect = static_cast<float>(first->width) / static_cast<float>(first->height);
    }
    if (const JsonNode* tags = m["tags"]) r_.read_string_list(*tags, path.member("tags"), panel.tags);
    if (const JsonNode* group = m["group"]) r_.read_string(*group, path.member("group"), panel.group);
    if (const JsonNode* duration = m["duration"]) {
      float seconds = 0;
      if (r_.read_number(*duration, path.member("duration"), 0.5, 600, seconds)) panel.duration = seconds;
    }
    each(m["links"], path, "links", "an array of links {\"title\", \"url\"}",
         [&](const JsonNode& n, const JsonPath& p) { read_source(n, p, panel.links, true); });
    if (const JsonNode* media = m["media"]) detail::read_panel_media(r_, *media, path.member("media"), panel.media);
    if (panel.headline.empty() && panel.caption.empty() && panel.balloons.empty() && panel.art.layers.empty() && !panel.media)
      r_.warning(node, path, "the panel shows nothing: give it a headline, a caption, balloons, art or media");
  }

  void read_balloon(const JsonNode& node, const JsonPath& path, Panel& panel) {
    if (!r_.is_object(node, path, "a balloon {\"speaker\", \"kind\", \"text\", …}")) return;
    const auto m = r_.members<keys::balloon>(node, path);
    Balloon& balloon = panel.balloons.emplace_back();
    if (const JsonNode* kind = m["kind"]) {
      std::string text;
      if (r_.read_string(*kind, path.member("kind"), text)) {
        if (auto parsed = parse_balloon_kind(text)) balloon.kind = *parsed;
        else r_.error(*kind, path.member("kind"), "expected speech, thought, shout, whisper or caption, found \"" + text + "\"");
      }
    }
    if (const JsonNode* speaker = m["speaker"]) {
      if (r_.read_string(*speaker, path.member("speaker"), balloon.speaker) && !story_.find_character(balloon.speaker))
        r_.warn_unknown_id(*speaker, path.member("speaker"), "character", balloon.speaker, story_.characters, by_id);
    } else if (balloon.kind != BalloonKind::caption) {
      r_.warning(node, path, "missing \"speaker\": who says this? (use \"kind\": \"caption\" for narration)");
    }
    if (const JsonNode* text = r_.require(m["text"], node, path, "text", "what is said")) r_.read_text(*text, path.member("text"), balloon.text);
    if (const JsonNode* placement = m["placement"]) {
      std::string text;
      if (r_.read_string(*placement, path.member("placement"), text)) {
        if (auto parsed = parse_placement(text)) balloon.placement = *parsed;
        else r_.error(*placement, path.member("placement"),
                      "expected auto, top-left, top, top-right, left, right, bottom-left, bottom or bottom-right, found \"" + text + "\"");
      }
    }
    if (const JsonNode* tail = m["tail"]) balloon.tail = read_point(*tail, path.member("tail"));
  }

  // {"x", "y"} in fractions of the art.
  std::optional<Point> read_point(const JsonNode& node, const JsonPath& path) {
    if (!r_.is_object(node, path, "a point {\"x\", \"y\"} in fractions of the art")) return std::nullopt;
    const auto m = r_.members<keys::point>(node, path);
    Point point;
    const JsonNode* x = r_.require(m["x"], node, path, "x", "from 0 (left) to 1 (right)");
    const JsonNode* y = r_.require(m["y"], node, path, "y", "from 0 (top) to 1 (bottom)");
    // Both read, so that both are reported when both are wrong.
    const bool x_read = x && r_.read_number(*x, path.member("x"), 0, 1, point.x);
    const bool y_read = y && r_.read_number(*y, path.member("y"), 0, 1, point.y);
    if (x_read && y_read) return point;
    return std::nullopt;
  }

  void read_art(const JsonNode& node, const JsonPath& path, Art& art) {
    const JsonNode* layers = &node;
    JsonPath layers_path = path;
    if (node.type == JsonNode::Type::object) {
      const auto m = r_.members<keys::art>(node, path);
      if (const JsonNode* background = m["background"])
        r_.read_colour(*background, path.member("background"), art.background);
      layers = m["layers"];
      layers_path = path.member("layers");
      if (!layers) return;
    }
    if (!r_.is_array(*layers, layers_path, "an array of layers, or {\"background\", \"layers\"}")) return;
    art.layers.reserve(layers->child_count());
    for (std::size_t i = 0; i < layers->child_count(); ++i)
      read_layer(tree_.child(*layers, i), layers_path.item(i), art.layers.emplace_back());
  }

  void read_layer(const JsonNode& node, const JsonPath& path, ArtLayer& layer) {
    if (!r_.is_object(node, path, "an image layer {\"image\" or \"sprite\", …}")) return;
    const auto m = r_.members<keys::layer>(node, path);
    const JsonNode* sprite = m["sprite"];
    const JsonNode* image = m["image"];
    if (sprite && image) r_.error(node, path, "a layer is either an \"image\" or a \"sprite\", not both");
    if (!sprite && !image) r_.error(node, path, "missing \"image\" (a PNG or JPEG path) or \"sprite\" (a sprite id)");
    if (sprite) {
      if (r_.read_string(*sprite, path.member("sprite"), layer.sprite) && !story_.find_sprite(layer.sprite))
        r_.warn_unknown_id(*sprite, path.member("sprite"), "sprite", layer.sprite, story_.sprites, by_id);
    } else {
      r_.read_image_fields(node, path, layer.image, true);
    }
    if (const JsonNode* x = m["x"]) r_.read_number(*x, path.member("x"), -1, 2, layer.x);
    if (const JsonNode* y = m["y"]) r_.read_number(*y, path.member("y"), -1, 2, layer.y);
    if (const JsonNode* scale = m["scale"]) r_.read_number(*scale, path.member("scale"), 0.01, 10, layer.scale);
    if (const JsonNode* regions = m["regions"]) layer.regions.reserve(regions->child_count());
    each(m["regions"], path, "regions", "an array of regions {\"kind\", \"x\", \"y\", \"w\", \"h\"}",
         [&](const JsonNode& n, const JsonPath& p) { read_region(n, p, layer); });
  }

  // A face, prop or calm area of the art, in fractions of the art area.
  void read_region(const JsonNode& node, const JsonPath& path, ArtLayer& layer) {
    if (!r_.is_object(node, path, "a region {\"kind\", \"x\", \"y\", \"w\", \"h\"}")) return;
    const auto m = r_.members<keys::region>(node, path);
    ArtRegion region;
    if (const JsonNode* kind = r_.require(m["kind"], node, path, "kind", "face, prop or calm")) {
      std::string text;
      if (!r_.read_string(*kind, path.member("kind"), text)) return;
      const auto parsed = parse_region_kind(text);
      if (!parsed) {
        r_.error(*kind, path.member("kind"), "expected face, prop or calm, found \"" + text + "\"");
        return;
      }
      region.kind = *parsed;
    } else {
      return;
    }
    const JsonNode* x = r_.require(m["x"], node, path, "x", "the left edge, from 0 to 1");
    const JsonNode* y = r_.require(m["y"], node, path, "y", "the top edge, from 0 to 1");
    const JsonNode* w = r_.require(m["w"], node, path, "w", "the width, a fraction of the art's width");
    const JsonNode* h = r_.require(m["h"], node, path, "h", "the height, a fraction of the art's height");
    if (!(x && y && w && h && r_.read_number(*x, path.member("x"), 0, 1, region.x) &&
          r_.read_number(*y, path.member("y"), 0, 1, region.y) && r_.read_number(*w, path.member("w"), 0, 1, region.w) &&
          r_.read_number(*h, path.member("h"), 0, 1, region.h)))
      return;
    // Rounded to three decimals by the tools that write them: allow for that.
    constexpr float slack = 0.002f;
    if (region.w <= 0 || region.h <= 0) {
      r_.error(node, path, "the region is empty: \"w\" and \"h\" must be above 0");
      return;
    }
    if (region.x + region.w > 1 + slack || region.y + region.h > 1 + slack) {
      r_.error(node, path, "the region leaves the art: x + w and y + h must be at most 1");
      return;
    }
    if (const JsonNode* who = m["who"]) {
      if (region.kind != RegionKind::face) r_.warning(*who, path.member("who"), "only a face has \"who\"");
      else if (r_.read_string(*who, path.member("who"), region.who) && !story_.find_character(region.who))
        r_.warning(*who, path.member("who"), "no character has the id \"" + region.who + "\"");
    }
    if (const JsonNode* label = m["label"]) r_.read_string(*label, path.member("label"), region.label);
    if (const JsonNode* thin = m["thin"]) {
      if (thin->type != JsonNode::Type::boolean) r_.expected(*thin, path.member("thin"), "true or false");
      else if (region.kind != RegionKind::prop) r_.warning(*thin, path.member("thin"), "only a prop can be thin");
      else region.thin = thin->boolean;
    }
    if (const JsonNode* mouth = m["mouth"]) {
      const JsonPath mouth_path = path.member("mouth");
      if (region.kind != RegionKind::face) {
        r_.warning(*mouth, mouth_path, "only a face has a mouth");
      } else if (region.who.empty() || !story_.find_character(region.who)) {
        r_.error(*mouth, mouth_path,
                 region.who.empty() ? "a mouth needs the face's \"who\": the character whose balloons aim there"
                                    : "a mouth for an unknown character (\"" + region.who + "\")");
      } else if ((region.mouth = read_point(*mouth, mouth_path))) {
        const Point& p = *region.mouth;
        if (p.x < region.x - slack || p.x > region.x + region.w + slack || p.y < region.y - slack ||
            p.y > region.y + region.h + slack)
          r_.warning(*mouth, mouth_path, "the mouth lies outside its face");
      }
    }
    layer.regions.push_back(std::move(region));
  }

  JsonReader& r_;
  const JsonTree& tree_;
  Story& story_;
  IdSet panel_ids_, character_ids_, chapter_ids_, sprite_ids_;
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point: limits, encoding, format detection
//-----------------------------------------------------------------------------

StoryLoadResult parse_story(const std::string& json_text, const std::string& file_name, const StoryLoadOptions& options) {
  StoryLoadResult result;
  auto fail_at = [&](std::size_t offset, std::string message) {
    Diagnostic d{Severity::error, file_name, 0, 0, "", std::move(message)};
    line_and_column(json_text, offset, d.line, d.column);
    result.diagnostics.push_back(std::move(d));
    return result;
  };
  if (json_text.size() > options.limits.max_file_bytes)
    return fail_at(0, "file is " + std::to_string(json_text.size()) + " bytes; the limit is " +
                          std::to_string(options.limits.max_file_bytes));
  const std::size_t start = json_text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // byte-order mark
  const std::string_view body = std::string_view(json_text).substr(start);

  const JsonTree tree = JsonTree::parse(json_text, start, {.max_depth = options.limits.max_depth});
  if (!tree.ok()) {
    // A file saved as UTF-16 or UTF-32 says so by its byte-order mark (or its zero bytes).
    const bool utf32 = body.starts_with(std::string_view("\xFF\xFE\0\0", 4)) || body.starts_with(std::string_view("\0\0\xFE\xFF", 4));
    const bool utf16 = !utf32 && (body.starts_with("\xFF\xFE") || body.starts_with("\xFE\xFF") ||
                                  body.starts_with(std::string_view("{\0", 2)) || body.starts_with(std::string_view("\0{", 2)));
    if (utf16 || utf32)
      return fail_at(start, std::string("the file is saved as ") + (utf32 ? "UTF-32" : "UTF-16") + ": save it as UTF-8");
    // The parser rejects bad UTF-8 too, but saying so plainly helps more than a syntax error.
    // Checked only when parsing failed: valid files skip a pass over every byte.
    if (auto bad = find_invalid_utf8(body))
      return fail_at(start + *bad, "invalid UTF-8 byte sequence: save the file as UTF-8");
    return fail_at(start + tree.error_offset(), tree.error());
  }

  detail::Findings findings(options.limits.max_diagnostics);
  JsonReader reader(json_text, start, file_name, tree, options, findings);
  const JsonNode& root = tree.root();
  if (looks_like_timelinejs(tree, root)) {
    result.from_timelinejs = true;
    read_timelinejs(reader, root, result.story);
  } else if (looks_like_timelinejs2(tree, root)) {
    reader.error(root, JsonPath{}, "this is a TimelineJS2 file ({\"timeline\": {\"date\": […]}}): Frise reads TimelineJS3 "
                                   "files ({\"events\": […]}) and its own format; convert it to TimelineJS3's");
  } else {
    FriseReader(reader, result.story).read(root);
  }
  // In the order of the file, as a compiler lists them: a check made after the walk (repeated
  // panel ids) reports among the others. At most max_diagnostics, then how many more.
  result.diagnostics = std::move(findings).finish(file_name);
  return result;
}

}  // namespace frise
