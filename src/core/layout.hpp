// Where one panel goes in the window: the comic frame fitted to the viewport, split into the art
// (at the panel's aspect ratio) and the caption band below it. The frame hugs the art, but never
// gets so narrow that the caption becomes a column of single words; when space is short the art
// shrinks (down to a minimum), then the text does, and only then is the caption clipped. In a
// wide, low window (a blog's iframe, a landscape phone) the caption goes in a column beside the
// art instead, as story timelines lay out their slides: the art keeps the height a band below
// would take. Sizes derive from the viewport, never from fixed pixel values, so the same layout
// works from a phone to a 4K screen. In such a window every panel keeps the same art rectangle
// and frame origin, whether its caption is long, short or absent, so turning the page does not
// make the picture jump.
#pragma once
#include <functional>

#include "core/geometry.hpp"

namespace frise {

struct PanelLayout {
  Rect header;   // date and headline: above the frame, or at the top of the column beside the art
  Rect frame;    // the panel's border encloses art and caption
  Rect art;
  // Page above the frame for balloons that find no room on a small art (h = 0: none), between
  // the header and the frame's top: the balloons there break out of the panel, their tails
  // reaching into the art, as phone comics do.
  Rect lettering;
  // Page either side of the art for balloons (h = 0: none), on a wide window whose panel has no
  // words for a column: balloons overhang the art's left and right borders, as they break out
  // of the top one on a tall window, the art staying where its neighbours have it.
  Rect lettering_left, lettering_right;
  Rect caption;  // empty (h = 0) when the panel has no caption
  // The caption is a column right of the art, not a band below; the header then heads the
  // column (as story timelines lay out a slide's text) and the caption's text starts under it.
  bool caption_beside = false;
  float caption_text_y = 0;  // where the caption's text starts (under the padding, and the header)
  float border = 0;   // frame line width
  float padding = 0;  // inner margin of the caption band
  float text_scale = 1;        // header and caption text shrink by this factor when space is short
  bool caption_overflow = false;  // even the smallest text does not fit: the caption is clipped
  // No art area (art.h == 0): the header heads the caption band inside the frame, as in a
  // column beside the art, and the caption's text starts under it.
  bool header_inside = false;
};

struct PanelLayoutInput {
  Rect viewport;              // area available for the panel, header included
  float art_aspect = 4.0f / 3.0f;
  // Height of the header (date and headline) wrapped to `width` at `text_scale`; null when the
  // panel has no header. Measured for the frame's actual width, which is where it is drawn.
  std::function<float(float width, float text_scale)> header_height_for_width;
  // Height that the caption text needs when wrapped to `width` at `text_scale`; null when there
  // is no caption.
  std::function<float(float width, float text_scale)> caption_height_for_width;
  // Body text size, and the smallest size the text may shrink to (0: no floor): the art and the
  // caption's place give way before the text gets smaller than that.
  float text_px = 0;
  float min_text_px = 0;
  // Height of the paper to leave above the art for balloons (0: none), when the caption is below
  // the art; the art gives way to it as it does to the caption.
  float lettering_h = 0;
  // Page either side of the art for balloons, when the window is wide and the panel has no words
  // for a column beside the art (otherwise ignored).
  bool lettering_beside = false;
  // A wide window's panel with no words for a column keeps its art where a column's panel has
  // it (its neighbours do: turning to it does not move the picture), not centred.
  bool art_where_columns_put_it = false;
  // False for a panel with nothing to show in an art area (a TimelineJS slide without media):
  // no empty box then; the frame holds the header and the caption, at a readable measure.
  bool has_art = true;
};

PanelLayout layout_panel(const PanelLayoutInput& input);

// Whether the layout has page either side of the art for balloons (a wide window).
bool has_page_beside(const PanelLayout& layout);
// The art and the page either side of it, as one band (the art alone when there is none).
Rect art_with_page_beside(const PanelLayout& layout);

// Where the reader puts things in its window: the bars (story title above; position and arrows
// below), the time strip next to one of them, and the viewport where panels are drawn.
struct ReaderScreen {
  float bar = 0;  // height of each bar; 0 when the bars are hidden
  Rect strip;     // h = 0 when the strip is hidden
  Rect viewport;
};
// `strip_h` is the height the time strip asks for (it gets at most a fifth of the window).
ReaderScreen reader_screen(float window_w, float window_h, float text_px, bool chrome, float strip_h, bool strip_shown,
                           bool strip_on_top);

// The body text size for a window (logical pixels) and the reader's text size preference:
// readable on a phone, where the width limits it, not tiny on a 4K screen, and never below
// `min_px` whatever the preference (kMinTextPx CSS pixels, in the font's own size units).
float body_text_px(float window_w, float window_h, float preference, float min_px);

}  // namespace frise
