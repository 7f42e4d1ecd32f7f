// The art area of a panel whose media is not a picture of the story: a card (the service's
// mark and name, the media's title, caption and credit, and its link, opened only on demand)
// or a quote (the words large, who said them under). Drawn with shapes and the story's fonts
// only: nothing is fetched from the media's site.
#pragma once
#include <imgui.h>

#include <string>

#include "core/geometry.hpp"
#include "core/media.hpp"
#include "core/story.hpp"
#include "view/fonts.hpp"
#include "view/theme.hpp"

namespace frise::view {

struct MediaStyle {
  const FontSet* fonts = nullptr;
  const Theme* theme = nullptr;
  std::string language, fallback_language;
  float px = 0;       // body text size (the panel's, already scaled)
  float min_px = 0;   // no text drawn smaller
  float border = 1;   // the frame's line width
};

// A card filling `art` (over_picture: a band at its bottom, the panel's art, its thumbnail,
// showing above). Returns where its link was drawn (w = 0: it has none), for clicks and G.
Rect draw_media_card(ImDrawList& draw, const Rect& art, const PanelMedia& card, const MediaStyle& style,
                     bool over_picture);

void draw_media_quote(ImDrawList& draw, const Rect& art, const PanelMedia& quote, const MediaStyle& style);

// The icon-like mark of a sort of media, `size` pixels square, centred on `centre`.
void draw_media_mark(ImDrawList& draw, MediaCategory category, ImVec2 centre, float size, ImU32 ink, ImU32 paper);

// "Open on YouTube" / "Ouvrir sur YouTube"; "Open example.org" for a page of no known service.
std::string media_link_text(const std::string& url, const std::string& language);

}  // namespace frise::view
