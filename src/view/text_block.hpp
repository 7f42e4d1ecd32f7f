// Wrapped text with a line spacing of its own (Dear ImGui's AddText has none), measured and
// drawn by the same code so a block measured to fit always fits.
#pragma once
#include <imgui.h>

#include <span>
#include <string_view>
#include <vector>

#include "core/geometry.hpp"
#include "core/glossary.hpp"

namespace frise::view {

enum class Align { left, centre };

// Width of the widest line and total height of `text` wrapped to `width` at `px`, with lines
// `spacing` times the font's height apart.
Vec2 measure_text_block(ImFont* font, float px, float width, std::string_view text, float spacing);

// Bytes [begin, end) of a text to mark with a background, across lines when wrapped.
struct TextHighlight {
  std::size_t begin = 0, end = 0;
  ImU32 colour = 0;
};

// Glossary terms to mark in a text with a dotted underline; where each was drawn is added to
// `spots` (one rect per line a term spans), with `source`, the box the text sits in.
struct TermSpot {
  int entry = -1;
  Rect rect;
  Rect source;
};
struct TextMarks {
  std::span<const TermUse> uses;
  ImU32 colour = 0;
  Rect source;
  std::vector<TermSpot>* spots = nullptr;
};

// Draws it with its top-left at `at`; returns the height used.
float draw_text_block(ImDrawList& draw, ImFont* font, float px, ImVec2 at, float width, ImU32 colour,
                      std::string_view text, float spacing, Align align = Align::left, TextHighlight highlight = {},
                      const TextMarks* marks = nullptr);

}  // namespace frise::view
