#include "view/text_block.hpp"

#include <algorithm>
#include <cfloat>

namespace frise::view {
namespace {

// Calls line(begin, end) for each wrapped line; a pixel of slack keeps a line measured to fit
// from wrapping again when drawn.
template <typename F>
void for_each_line(ImFont* font, float px, float width, std::string_view text, F&& line) {
  const char* start = text.data();
  const char* end = start + text.size();
  const float scale = px / font->FontSize;
  while (start < end) {
    const char* newline = std::find(start, end, '\n');
    const char* line_end = font->CalcWordWrapPositionA(scale, start, newline, width + 1);
    if (line_end == start && start < newline) ++line_end;  // a word wider than the line still advances
    line(start, line_end);
    start = line_end;
    while (start < end && *start == ' ') ++start;
    if (start < end && *start == '\n' && start == newline) ++start;
  }
}

}  // namespace

Vec2 measure_text_block(ImFont* font, float px, float width, std::string_view text, float spacing) {
  float widest = 0;
  int lines = 0;
  for_each_line(font, px, width, text, [&](const char* begin, const char* end) {
    widest = std::max(widest, font->CalcTextSizeA(px, FLT_MAX, 0, begin, end).x);
    ++lines;
  });
  return {widest, lines > 0 ? px * (1 + spacing * static_cast<float>(lines - 1)) : 0.0f};
}

float draw_text_block(ImDrawList& draw, ImFont* font, float px, ImVec2 at, float width, ImU32 colour,
                      std::string_view text, float spacing, Align align, TextHighlight highlight, const TextMarks* marks) {
  float y = at.y;
  int lines = 0;
  const char* marked_begin = text.data() + std::min(highlight.begin, text.size());
  const char* marked_end = text.data() + std::min(highlight.end, text.size());
  for_each_line(font, px, width, text, [&](const char* begin, const char* end) {
    float x = at.x;
    if (align == Align::centre) x += (width - font->CalcTextSizeA(px, FLT_MAX, 0, begin, end).x) / 2;
    // The part of the highlight on this line, behind its letters.
    const char* from = std::max(begin, marked_begin);
    const char* to = std::min(end, marked_end);
    if (from < to) {
      const float x0 = x + font->CalcTextSizeA(px, FLT_MAX, 0, begin, from).x;
      const float x1 = x + font->CalcTextSizeA(px, FLT_MAX, 0, begin, to).x;
      draw.AddRectFilled({x0 - 1, y}, {x1 + 1, y + px}, highlight.colour, px * 0.15f);
    }
    draw.AddText(font, px, {x, y}, colour, begin, end);
    if (marks) {
      // A dotted line under each term's part on this line: marked, but still plain reading.
      for (const TermUse& use : marks->uses) {
        const char* term_from = std::max(begin, text.data() + std::min(use.begin, text.size()));
        const char* term_to = std::min(end, text.data() + std::min(use.end, text.size()));
        if (term_from >= term_to) continue;
        const float x0 = x + font->CalcTextSizeA(px, FLT_MAX, 0, begin, term_from).x;
        const float x1 = x + font->CalcTextSizeA(px, FLT_MAX, 0, begin, term_to).x;
        const float under = y + px * 0.9f, dot = std::max(1.5f, px * 0.09f);
        for (float d = x0; d < x1; d += dot * 2.2f)
          draw.AddRectFilled({d, under}, {std::min(x1, d + dot), under + dot}, marks->colour);
        if (marks->spots) marks->spots->push_back({use.entry, Rect{x0, y, x1 - x0, px}, marks->source});
      }
    }
    y += px * spacing;
    ++lines;
  });
  return lines > 0 ? px * (1 + spacing * static_cast<float>(lines - 1)) : 0.0f;
}

}  // namespace frise::view
