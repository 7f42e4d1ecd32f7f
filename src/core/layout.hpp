// Where one panel goes in the window: the comic frame fitted to the viewport, split into the art
// (at the panel's aspect ratio) and the caption band below it. The frame hugs the art, but never
// gets so narrow that the caption becomes a column of single words; when space is short the art
// shrinks (down to a minimum), then the text does, and only then is the caption clipped. In a
// wide, low window (a blog's iframe, a landscape phone) the caption goes in a column beside the
// art instead, as story timelines lay out their slides: the art keeps the height a band below
// would take. Sizes derive from the viewport, never from fixed pixel values, so the same layout
// works from a phone to a 4K screen.
#pragma once
#include <functional>

#include "core/geometry.hpp"

namespace frise {

struct PanelLayout {
  Rect header;   // date and headline, above the frame
  Rect frame;    // the panel's border encloses art and caption
  Rect art;
  Rect caption;  // empty (h = 0) when the panel has no caption
  bool caption_beside = false;  // the caption is a column right of the art, not a band below
  float border = 0;   // frame line width
  float padding = 0;  // inner margin of the caption band
  float text_scale = 1;        // header and caption text shrink by this factor when space is short
  bool caption_overflow = false;  // even the smallest text does not fit: the caption is clipped
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
};

PanelLayout layout_panel(const PanelLayoutInput& input);

}  // namespace frise
