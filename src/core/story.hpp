// The story model: what a Frise story is once loaded, independent of JSON, SDL, GL or ImGui.
// A story is a sequence of panels in reading order; each panel may sit at a date on the time
// axis, carries texts in one or more languages, balloons spoken by characters, and an
// illustration made of image layers. docs/story-format.md describes the JSON form.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frise {

// A text given in several languages: {"fr": "…", "en": "…"}. A plain string counts as the
// story's default language.
struct LocalizedText {
  // (language, text) pairs in the order they were written. A story has a handful of languages:
  // a vector holds them all in one allocation where a map needed one per language, and a long
  // story has tens of thousands of texts.
  std::vector<std::pair<std::string, std::string>> by_language;

  bool empty() const { return by_language.empty(); }
  // The text in `language`, or nullptr.
  const std::string* find(std::string_view language) const;
  // The text in `language`, added empty when it is not there yet.
  std::string& add(std::string_view language);
  // The text in `language`, else in `fallback`, else the first given; empty when there is none.
  const std::string& get(const std::string& language, const std::string& fallback) const;
  // The same texts in the same languages, whatever their order.
  bool operator==(const LocalizedText& other) const;
};

// "#RRGGBB" or "#RRGGBBAA".
struct Colour {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  bool operator==(const Colour&) const = default;
};

// "YYYY", "YYYY-MM" or "YYYY-MM-DD": month and day are 0 when not given. The year may be longer
// or negative ("-0500", "-13798000000"), within kMaxYear of year 0: deep time's timelines start
// at the Big Bang, 13.8 billion years ago, and some look further ahead.
inline constexpr std::int64_t kMaxYear = 100'000'000'000;
struct Date {
  std::int64_t year = 0;
  int month = 0, day = 0;

  bool operator==(const Date&) const = default;
  // Days since 0000-03-01 of the date's first day, for placing it on a time axis.
  std::int64_t day_number() const;
  std::string to_string() const;  // back to the form it was written in
};
std::optional<Date> parse_date(std::string_view text);
std::optional<Colour> parse_colour(std::string_view text);
std::string colour_to_string(const Colour& colour);

// An image file with the size its author declared, so layout and placeholders are right before
// the pixels arrive.
struct ImageRef {
  std::string path;   // relative to the story file
  int width = 0;
  int height = 0;
  LocalizedText alt;  // what the image shows, for people who cannot see it
  std::string path_2x;  // optional: the same picture at twice the size, for large or dense screens
  // An image whose words are drawn in it may have a file per language, written like a text
  // ({"fr": "a.png", "en": "en/a.png"}): then these hold each language's file, and `path` and
  // `path_2x` the default language's (else the first given), which layout and checks use. Empty
  // when the file is one for all languages (a plain string).
  LocalizedText path_by_language;
  LocalizedText path_2x_by_language;
  bool operator==(const ImageRef&) const = default;

  // The file shown to a reader of `language`: its own variant, else `fallback`'s (the story's
  // default language), else the one file.
  const std::string& file(const std::string& language, const std::string& fallback) const;
  const std::string& file_2x(const std::string& language, const std::string& fallback) const;
  // Every file the image names (normal and twice the size, in every language), each once.
  std::vector<const std::string*> files() const;
};

struct Credit {
  LocalizedText role;
  std::string name;
  bool operator==(const Credit&) const = default;
};

struct Source {
  LocalizedText title;
  std::string url;
  bool operator==(const Source&) const = default;
};

// A term an explanatory comic uses that a reader may not know ("landing zone", "CI/CD"): the
// reader marks its first use in each panel and shows the definition on demand.
struct GlossaryEntry {
  std::string id;
  LocalizedText term;
  // Other forms found in the texts (plurals, spellings), by language.
  std::vector<std::pair<std::string, std::vector<std::string>>> aliases;
  LocalizedText definition;
  std::vector<std::string> see;  // ids of related entries
  // The term and its aliases in `language` (the term in the default language when it has none).
  std::vector<std::string_view> forms(const std::string& language, const std::string& fallback) const;
  bool operator==(const GlossaryEntry&) const = default;
};

struct StoryTheme {
  std::optional<Colour> paper, ink, accent;
  bool operator==(const StoryTheme&) const = default;
};

struct Character {
  std::string id;
  LocalizedText name;
  LocalizedText role;
  std::optional<Colour> colour;  // the name's colour in balloons
  std::optional<ImageRef> portrait;
  bool operator==(const Character&) const = default;
};

struct Chapter {
  std::string id;
  LocalizedText title;
  std::optional<Date> start, end;
  std::optional<Colour> colour;
  bool operator==(const Chapter&) const = default;
};

struct Sprite {
  std::string id;
  ImageRef image;
  bool operator==(const Sprite&) const = default;
};

enum class BalloonKind { speech, thought, shout, whisper, caption };
enum class Placement { automatic, top_left, top, top_right, left, right, bottom_left, bottom, bottom_right };

struct Point {
  float x = 0, y = 0;
  bool operator==(const Point&) const = default;
};

struct Balloon {
  std::string speaker;  // a character id; empty for a caption box
  BalloonKind kind = BalloonKind::speech;
  LocalizedText text;
  Placement placement = Placement::automatic;
  std::optional<Point> tail;  // what the tail aims at, in fractions of the art area
  bool operator==(const Balloon&) const = default;
};

// What the lettering must know of the art: a face (anyone's, with the character's id when the
// figure is one of the story's characters, and where that character speaks from), a prop the
// panel is about, or a calm area where words may go. Balloons never cover faces or props.
enum class RegionKind { face, prop, calm };

struct ArtRegion {
  RegionKind kind = RegionKind::calm;
  float x = 0, y = 0, w = 0, h = 0;  // fractions of the art area, like a balloon's tail
  std::string who;                   // face: a character id, or empty for an anonymous figure
  std::string label;                 // prop: what it is ("loupe", "pipeline")
  std::optional<Point> mouth;        // face: the character's mouth, where tails aim
  // prop: a line (an arrow, a cable, a path, a raised arm): balloons keep off it, and a tail may
  // cross it, as a letterer's crosses a line rather than send the balloon away, but not end on it.
  bool thin = false;
  bool operator==(const ArtRegion&) const = default;
};

// One image of a panel's illustration: a file, or a sprite of the story.
struct ArtLayer {
  ImageRef image;      // path empty when `sprite` is used
  std::string sprite;  // a sprite id
  float x = 0, y = 0;  // top-left corner, fractions of the art area
  float scale = 1;     // width as a fraction of the art area's width
  std::vector<ArtRegion> regions;  // what this layer shows that words must not hide
  bool operator==(const ArtLayer&) const = default;
};

struct Art {
  std::optional<Colour> background;
  std::vector<ArtLayer> layers;
  bool operator==(const Art&) const = default;
};

// What a panel shows in its art area when it is not a picture of the story: a card for media on
// another site (a video, a sound, a post, a map, a page, or a picture from a site the reader
// does not load from), drawn by the reader with the service's name and mark (media.hpp), its
// title, caption and credit, and a link opened only on a click, a tap or Enter; or a quotation,
// its words large and who said it under them. A card over the panel's art shows that art as its
// thumbnail.
enum class MediaKind { card, quote };
struct PanelMedia {
  MediaKind kind = MediaKind::card;
  std::string url;        // card: the http(s) address it opens (required); quote: its source, if any
  LocalizedText title;    // card: what the media is
  LocalizedText text;     // quote: the quotation, as plain text
  LocalizedText caption;  // what the media shows, under it
  LocalizedText credit;   // card: whose it is; quote: who said it
  bool operator==(const PanelMedia&) const = default;
};

struct Panel {
  std::string id;              // unique within the story; used in links
  std::string chapter;         // a chapter id, or empty
  std::optional<Date> date;
  std::optional<Date> end_date;
  LocalizedText display_date;  // how the date reads; the date itself when absent
  LocalizedText headline;
  LocalizedText caption;       // narration in the band under the art
  std::vector<Balloon> balloons;
  Art art;
  float aspect = 4.0f / 3.0f;  // width / height of the art area
  bool aspect_given = false;   // written by the author (else derived from the first layer)
  std::vector<std::string> tags;
  std::string group;
  std::optional<float> duration;  // seconds on screen in autoplay
  std::optional<PanelMedia> media;  // a card or a quote in the art area, instead of or over the art
  std::vector<Source> links;  // where to read more about this moment, opened only on a click
  bool operator==(const Panel&) const = default;
};

struct Story {
  int format = 1;
  std::string id;
  LocalizedText title;
  LocalizedText subtitle;
  std::string default_language = "fr";
  std::vector<std::string> languages;
  std::vector<Credit> credits;
  std::vector<Source> sources;
  StoryTheme theme;
  std::vector<Character> characters;
  std::vector<Chapter> chapters;
  std::vector<Sprite> sprites;
  std::vector<Panel> panels;
  std::vector<GlossaryEntry> glossary;

  bool operator==(const Story&) const = default;
  // Calls `visit(text)` for every translatable text of the story: titles, credits' roles,
  // sources, characters, chapters, each panel's words, alt texts, links and media, the glossary
  // (glossary aliases and credits' names are not LocalizedText).
  template <class Visit> void for_each_text(Visit&& visit) { visit_texts(*this, visit); }
  template <class Visit> void for_each_text(Visit&& visit) const { visit_texts(*this, visit); }
  // Every character used by any text of the story, in every language.
  std::set<char32_t> code_points() const;
  // Index of the panel / character / chapter / sprite with this id, or -1.
  int find_panel(const std::string& id) const;
  const Character* find_character(const std::string& id) const;
  const Chapter* find_chapter(const std::string& id) const;
  const Sprite* find_sprite(const std::string& id) const;
  const GlossaryEntry* find_term(const std::string& id) const;
  // The image a layer shows: its own, or its sprite's.
  const ImageRef* layer_image(const ArtLayer& layer) const;

 private:
  template <class Self, class Visit> static void visit_texts(Self& story, Visit& visit) {
    visit(story.title);
    visit(story.subtitle);
    for (auto& credit : story.credits) visit(credit.role);
    for (auto& source : story.sources) visit(source.title);
    for (auto& character : story.characters) {
      visit(character.name);
      visit(character.role);
    }
    for (auto& chapter : story.chapters) visit(chapter.title);
    for (auto& panel : story.panels) {
      visit(panel.display_date);
      visit(panel.headline);
      visit(panel.caption);
      for (auto& balloon : panel.balloons) visit(balloon.text);
      for (auto& layer : panel.art.layers) visit(layer.image.alt);
      for (auto& link : panel.links) visit(link.title);
      if (panel.media) {
        visit(panel.media->title);
        visit(panel.media->text);
        visit(panel.media->caption);
        visit(panel.media->credit);
      }
    }
    for (auto& entry : story.glossary) {
      visit(entry.term);
      visit(entry.definition);
    }
  }
};

const char* to_string(BalloonKind kind);
const char* to_string(RegionKind kind);
std::optional<RegionKind> parse_region_kind(const std::string& text);
const char* to_string(Placement placement);
std::optional<BalloonKind> parse_balloon_kind(const std::string& text);
std::optional<Placement> parse_placement(const std::string& text);

}  // namespace frise
