// Colours of the reading surface. Light is warm paper and ink-black frames, as in a printed
// comic; dark is for night reading; contrast is black, white and yellow for low vision. A story
// may tint the light theme (its "theme" key).
#pragma once
#include <imgui.h>

#include "core/settings.hpp"
#include "core/story.hpp"

namespace frise::view {

struct Theme {
  ImU32 paper = IM_COL32(245, 239, 224, 255);       // page background
  ImU32 ink = IM_COL32(28, 26, 30, 255);            // frame lines and text
  ImU32 caption_fill = IM_COL32(255, 250, 232, 255);
  ImU32 accent = IM_COL32(200, 70, 40, 255);        // dates, current position
  ImU32 muted = IM_COL32(110, 100, 90, 255);        // secondary text
  ImU32 placeholder = IM_COL32(222, 214, 196, 255); // art not yet loaded
  ImU32 placeholder_hatch = IM_COL32(205, 196, 176, 255);
  ImU32 error_ink = IM_COL32(160, 30, 20, 255);
  ImU32 balloon_fill = IM_COL32(255, 255, 255, 255);
  ImU32 shout_fill = IM_COL32(255, 240, 170, 255);
  ImU32 narration_fill = IM_COL32(255, 243, 196, 255);
  ImU32 balloon_ink = IM_COL32(28, 26, 30, 255);    // outlines and text of balloons (always on a light fill)
  ImU32 whisper_ink = IM_COL32(96, 92, 100, 255);
};

Theme make_theme(ThemeName kind, const StoryTheme& story);
// Dear ImGui's widgets (overlays, search box) in the same colours.
void apply_imgui_style(const Theme& theme, ThemeName kind);

}  // namespace frise::view
