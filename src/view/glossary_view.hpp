// What a reader can open from a panel besides turning the page: the glossary's definitions (a
// card beside a marked term, on hover, tap or G; the whole glossary as a list) and the panel's
// links (opened in a new tab or the system's browser on a click, a tap or Enter).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/locale.hpp"
#include "core/story.hpp"
#include "view/fonts.hpp"
#include "view/overlays.hpp"
#include "view/panel_view.hpp"
#include "view/theme.hpp"

namespace frise::view {

class GlossaryView {
 public:
  // Where the current panel's terms and links go this frame: cleared here, filled by draw_panel.
  PanelHotspots& hotspots_to_draw();
  // The current panel changed: no card stays open for a panel no longer shown.
  void panel_changed();

  // A tap or click at `at` (window pixels): opens the card of the term there (or closes it) or
  // the link there; true when it was one, so that it does not also turn the page.
  bool tap(Vec2 at, const Story& story, std::size_t panel);
  // G: the card of the panel's next term, then its next link; after the last, the whole list.
  void focus_next();
  // Enter: the focused link is to be opened; true when there was one.
  bool activate(const Story& story, std::size_t panel);
  // The link a tap or Enter asked to open ("" when none), for the session to open (once).
  std::string take_link() { return std::exchange(link_to_open_, {}); }
  // Esc: closes the card or the list; false when neither was open.
  bool close();

  // Where the panel's terms and links were drawn last frame, and whether a card is pinned open
  // (tapped or focused): a tap there is the glossary's, not a page turn.
  std::vector<Rect> spot_rects() const;
  bool card_open() const { return pinned_ >= 0; }

  bool list_open() const { return list_open_; }
  void set_list_open(bool open) { list_open_ = open; }
  ListScroll list_scroll;  // keys that move the list this frame

  // The card of the term under the mouse (unless `follow_mouse` is false: an export draws the
  // panels as they read, not where the pointer happens to rest), else of the one tapped or
  // focused; the focus ring; the list when open. `viewport` is where the panel is.
  void draw(ImDrawList& draw, const Story& story, const std::string& language, const FontSet& fonts, const Theme& theme,
            const Locale& text, const Rect& viewport, bool follow_mouse = true);

 private:
  // The term or link under `at`: an index into spots_.terms, then spots_.links after them; or -1.
  int spot_at(Vec2 at) const;
  std::size_t spot_count() const { return spots_.terms.size() + spots_.links.size(); }
  void draw_card(ImDrawList& draw, const TermSpot& spot, const Story& story, const std::string& language,
                 const FontSet& fonts, const Theme& theme, const Locale& text, const Rect& viewport);
  void draw_list(const Story& story, const std::string& language, const FontSet& fonts, const Locale& text);

  // Where the current panel's terms and links are: drawn in the frame, tested by the next
  // frame's input (which comes before its drawing).
  PanelHotspots spots_;
  int pinned_ = -1;                // spot whose card stays open (tapped, or focused with G)
  bool focused_ = false;           // pinned_ came from the keyboard: draw the focus ring
  bool list_open_ = false;
  std::string link_to_open_;
};

}  // namespace frise::view
