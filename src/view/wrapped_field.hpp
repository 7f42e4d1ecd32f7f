// A text field whose lines wrap at its width, for the editor's headlines, captions and balloon
// texts. Dear ImGui 1.86's InputTextMultiline does not wrap: a sentence runs off the field's
// right edge and the author edits it blind, scrolling sideways. Here the field shows the spaces
// where a line breaks as line breaks: the text keeps its length, so the cursor and the
// selection stay where they are while it is wrapped again at every edit, and the text given back
// has its spaces again. A text with line breaks of its own is edited unwrapped: they could not
// be told from the wrapping's, and would be lost.
#pragma once
#include <imgui.h>

#include <string>

namespace frise::view {

// `text` wrapped for a field `width` pixels wide at the current font: the spaces where lines
// break become '\n' (the length and every other byte kept). A text that already has a '\n' is
// returned as it is.
std::string wrap_for_field(const std::string& text, float width);

// The number of lines `wrap_for_field` gives.
int wrapped_lines(const std::string& wrapped);

// The field: `text` is the value (without the wrapping's breaks), replaced by what the author
// typed when it returns true. `width` is the field's width; its height follows its lines,
// between `min_lines` and `max_lines` (it scrolls past those).
bool wrapped_text_field(const char* label, std::string& text, float width, int min_lines, int max_lines);

// The height wrapped_text_field takes for `lines` lines.
float wrapped_field_height(int lines);

// The width its text wraps at, inside a field `width` wide (padding and scroll bar taken off).
float wrapped_text_width(float width);

}  // namespace frise::view
