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
  };
  std::vector<Region> regions;
  std::vector<TermUse> caption_terms;  // glossary terms marked in the caption (the balloons' are in `texts`)
  std::vector<std::string> links;      // the panel's links' titles, under the caption
};

// What a reader can open from a panel as it was drawn, in window pixels: its glossary terms and
// its links.
struct PanelHotspots {
  std::vector<TermSpot> terms;
  struct Link {
    std::size_t index = 0;  // in Panel::links
    Rect rect;
  };
  std::vector<Link> links;
};

PanelScene compose_panel(const Story& story, const Panel& panel, const Rect& viewport, const TextStyle& style);

// The smallest text size draw_panel uses for this scene (date, headline, caption, balloons,
// names), in CSS pixels of em (the font's line is larger: see FontSet::size_per_css_px).
float smallest_text_px(const PanelScene& scene, const Panel& panel, const TextStyle& style);

// `hotspots`, when given, receives where the panel's terms and links were drawn.
void draw_panel(ImDrawList& draw, const PanelScene& scene, const Panel& panel, std::span<const LayerImage> images,
                const TextStyle& style, PanelHotspots* hotspots = nullptr);

}  // namespace frise::view
