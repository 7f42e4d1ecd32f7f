// Drawing balloons with ImGui's draw lists: rounded speech balloons with a tail towards the
// speaker, cloud-like thoughts trailing small bubbles, spiky shouts, dashed whispers, and
// rectangular narration boxes; the speaker's name in their colour above the words.
#pragma once
#include <imgui.h>

#include <string>

#include "core/balloon_layout.hpp"
#include "core/glossary.hpp"
#include "view/text_block.hpp"
#include "view/fonts.hpp"
#include "view/theme.hpp"

namespace frise::view {

struct BalloonText {
  std::string speaker;       // display name; empty for none
  ImU32 speaker_colour = 0;
  std::string text;
  std::vector<TermUse> terms;  // glossary terms to mark in `text`
  bool thought = false;        // in a dialogue strip, marked as thought, not speech
};

// Where a balloon's or a line's marked terms go, and in which colour they are marked; null: not
// marked.
struct TermMarking {
  ImU32 colour = 0;
  std::vector<TermSpot>* spots = nullptr;
};

// The speaker's name is a little smaller than the words (`px`), but never below the readable size.
float speaker_name_px(const FontSet& fonts, float px);

// Size of a balloon's text wrapped to `max_width` at `px` (the name line included); `spacing`
// is the reader's line spacing.
Vec2 measure_balloon_text(const FontSet& fonts, float px, float max_width, const BalloonText& text, float spacing);

// `previous` is the balloon drawn before it (null for the first): a balloon joined to it opens
// their common edge.
void draw_balloon(ImDrawList& draw, const PlacedBalloon& placed, const PlacedBalloon* previous, BalloonKind kind,
                  const BalloonText& text, const FontSet& fonts, const Theme& theme, float px, float line_width,
                  float spacing, const TermMarking* marking = nullptr);

// The height of a dialogue strip's line (draw_dialogue_line) at `width`.
float dialogue_line_height(const FontSet& fonts, float px, float width, const BalloonText& text, float spacing);

// Draws a text with its speaker's name first, as in a dialogue strip; a thought is indented
// behind two small rising bubbles, as a thought balloon trails them. Returns the height used.
float draw_dialogue_line(ImDrawList& draw, ImVec2 at, float width, const BalloonText& text, const FontSet& fonts,
                         ImU32 ink, float px, float spacing, const TermMarking* marking = nullptr);

}  // namespace frise::view
