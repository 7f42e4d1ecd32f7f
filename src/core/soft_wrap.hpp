// Wrapping a text for a field that does not wrap by itself (the editor's, view/wrapped_field):
// the spaces where lines break become line breaks, so the text keeps its length and every
// other byte, and a cursor or a selection in it stays where it was. Undone by turning every
// '\n' back into a space, which is why a text with line breaks of its own is never wrapped.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace frise {

// The width of a run of text (no '\n' in it), in the units of `width` below.
using MeasureRun = std::function<float(std::string_view run)>;

// The soft breaks of `text` (every '\n') turned back into spaces, then placed again greedily:
// each line ends at the last space after which the next word would pass `width`. A word wider
// than `width` stays whole on a line of its own.
void soft_wrap(char* text, std::size_t length, float width, const MeasureRun& measure);

// `text` wrapped so, or as it is when it has a '\n' of its own.
std::string soft_wrapped(const std::string& text, float width, const MeasureRun& measure);

// The text without the wrapping: every '\n' a space again.
std::string soft_unwrapped(std::string text);

}  // namespace frise
