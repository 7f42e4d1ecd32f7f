// Drawing one panel with ImGui's draw lists: header (date, headline), the comic frame, the art
// layers (or placeholders), and the caption band.
#pragma once
#include <imgui.h>

#include <optional>
#include <span>
#include <string>

#include "core/balloon_layout.hpp"
#include "core/layout.hpp"
#include "core/story.hpp"
#include "view/balloon_view.hpp"
#include "view/fonts.hpp"
#include "view/theme.hpp"

namespace frise::view {

// What the view knows of one art layer's image at draw time.
struct LayerImage {
  enum class Status { loading, ready, broken };
  Status status = Status::loading;
  ImTextureID texture = nullptr;
  int width = 0, height = 0;  // decoded size (0 while loading)
  float x = 0, y = 0, scale = 1;  // placement in the art area (see ArtLayer)
};

struct TextStyle {
  const FontSet* fonts = nullptr;
  const Theme* theme = nullptr;
  std::string language;
  std::string fallback_language;
  float line_spacing = 1;  // the reader's comfort setting, for captions and balloons
  std::string image_unavailable = {};  // the label on a picture that cannot be shown, in the interface's language
  // A credit on the cover, "{role}" and "{name}" replaced, punctuated as the reader's language
  // is ("Récit : …", "Story: …").
  std::string credit_line = "{role}: {name}";
};

// A panel measured and laid out for one viewport: its frame, and its balloons over the art or,
// those that cannot fit there, as a dialogue strip after the caption.
struct PanelScene {
  PanelLayout layout;
  BalloonLayout balloons;
  std::vector<BalloonText> texts;  // one per balloon, in the reader's language
  // Balloons [0, strip_from) are over the art (balloons.balloons); the others, which found no
  // room there, are lines of the dialogue strip in the caption's place.
  std::size_t strip_from = 0;
  bool dialogue_strip = false;  // some lines are in the strip
  // The art's regions in window pixels: faces and props no balloon may cover, calm areas.
  struct Region {
    Rect rect;
    RegionKind kind = RegionKind::calm;
    std::string who;
    std::optional<Vec2> mouth;  // a face's
    bool thin = false;          // a prop drawn as a thin line: tails may cross it
  };
  std::vector<Region> regions;
  std::vector<TermUse> caption_terms;  // glossary terms marked in the caption (the balloons' are in `texts`)
  std::vector<std::string> links;      // the panel's links' titles, under the caption
  // The story's cover is its first panel, as a comic's first page is: the subtitle goes under
  // its headline, and the credits ("Story: …", "Drawings: …") close its caption band, where
  // an album's cover names its authors. Empty on every other panel.
  std::string subtitle;
  std::vector<std::string> credits;
};

// What a reader can open from a panel as it was drawn, in window pixels: its glossary terms and
// its links.
struct PanelHotspots {
  std::vector<TermSpot> terms;
  // Link::index of the card's own link (the panel's media url), drawn on the card.
  static constexpr std::size_t media_link = static_cast<std::size_t>(-1);
  struct Link {
    std::size_t index = 0;  // in Panel::links, or media_link
    Rect rect;
  };
  std::vector<Link> links;
};

PanelScene compose_panel(const Story& story, const Panel& panel, const Rect& viewport, const TextStyle& style);
// The same scene `by` pixels further (a panel sliding in): its layout does not depend on where
// it sits, only on its size, so sliding costs no new layout.
void move_scene(PanelScene& scene, Vec2 by);

// The scenes of the panels on screen, kept while nothing that shapes them changes: composing a
// panel (measuring its text, placing balloons and tails) costs far more than drawing it, and a
// panel looks the same frame after frame.
class SceneCache {
 public:
  // What shapes a scene besides its panel and size: the language, the text size, the line
  // spacing, the fonts (their atlas changes with the text size and the dyslexia font).
  struct Shape {
    std::string language;
    float text_px = 0;
    float line_spacing = 1;
    std::uint64_t fonts = 0;  // FontSet::generation()
    bool operator==(const Shape&) const = default;
  };
  // The scene of panel `index` in `area`, composed if needed.
  const PanelScene& scene(const Story& story, std::size_t index, const Rect& area, const TextStyle& style, const Shape& shape);
  // Whether panel `index` is laid out for an area of that size (anywhere).
  bool has(std::size_t index, const Rect& area, const Shape& shape) const;
  void clear() { entries_.clear(); }

 private:
  struct Entry {
    std::size_t index = 0;
    Rect area;
    Shape shape;
    PanelScene scene;
    std::uint64_t used = 0;
  };
  static constexpr std::size_t capacity = 4;  // the panel, its neighbours sliding in, one spare
  std::vector<Entry> entries_;
  std::uint64_t clock_ = 0;
};

// The panel's date as drawn: its display date, else its date (deep time in years ago).
std::string date_text(const Panel& panel, const TextStyle& style);

// The height of a caption band's text: the narration, then the dialogue strip's lines, then the
// links, then the cover's credits.
float caption_text_height(const FontSet& fonts, float px, float width, const std::string& caption,
                          std::span<const BalloonText> dialogue, std::span<const std::string> links, float spacing,
                          std::span<const std::string> credits = {});
// The story's credits as the cover shows them, one line each in the reader's language.
std::vector<std::string> credit_lines(const Story& story, const TextStyle& style);
// The height of a panel's header: its date, its headline, and on the cover the story's subtitle.
float header_text_height(const FontSet& fonts, float px, float width, const std::string& date, const std::string& headline,
                         const std::string& subtitle);
// A headline is drawn in the bold face, at this many times the body text (the size FontSet bakes
// its bold face at). The cover's subtitle is a little larger than the body text; its credits a little smaller, but
// never under the 14 CSS pixels every word is drawn at least at.
inline constexpr float headline_scale = 1.3f;
inline constexpr float subtitle_scale = 1.05f;
float credits_px(const FontSet& fonts, float px);

// Whether the panel has anything for an art area: art, a card or quote, or balloons to go over
// it. A panel with none (a TimelineJS slide of words only) lays its words out without one.
bool panel_has_art(const Panel& panel);

// A link line (its title underlined, an arrow out of a box after it) at `at`; `drawn` gets the
// room it takes, for clicks. Returns the height used.
float draw_link_line(ImDrawList& draw, const FontSet& fonts, float px, ImVec2 at, float width, const std::string& title,
                     ImU32 colour, Rect& drawn);
// The width a link's title wraps to in `width` (the arrow takes about one em after it).
float link_text_width(float width, float px);

// The smallest text size draw_panel uses for this scene (date, headline, caption, balloons,
// names), in CSS pixels of em (the font's line is larger: see FontSet::size_per_css_px).
float smallest_text_px(const PanelScene& scene, const Panel& panel, const TextStyle& style);

// `hotspots`, when given, receives where the panel's terms and links were drawn.
void draw_panel(ImDrawList& draw, const PanelScene& scene, const Panel& panel, std::span<const LayerImage> images,
                const TextStyle& style, PanelHotspots* hotspots = nullptr);

}  // namespace frise::view
