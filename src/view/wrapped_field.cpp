#include "view/wrapped_field.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <string_view>

#include "core/soft_wrap.hpp"

namespace frise::view {
namespace {

// The current font's width of a run of text.
float measure_run(std::string_view run) {
  return ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0, run.data(), run.data() + run.size()).x;
}

struct FieldWrap {
  float width = 0;
};

// Called by Dear ImGui after each edit while the field is typed in: the text is wrapped again
// in its own buffer, which keeps its length (BufDirty: ImGui reads it back).
int rewrap(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
  soft_wrap(data->Buf, static_cast<std::size_t>(data->BufTextLen), static_cast<const FieldWrap*>(data->UserData)->width,
            measure_run);
  data->BufDirty = true;
  return 0;
}

}  // namespace

float wrapped_text_width(float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  // The scroll bar may come with a long text; the cursor needs a pixel after the last letter.
  return std::max(1.0f, width - 2 * style.FramePadding.x - style.ScrollbarSize - 2);
}

std::string wrap_for_field(const std::string& text, float width) {
  return soft_wrapped(text, wrapped_text_width(width), measure_run);
}

int wrapped_lines(const std::string& wrapped) { return 1 + static_cast<int>(std::count(wrapped.begin(), wrapped.end(), '\n')); }

float wrapped_field_height(int lines) {
  return static_cast<float>(lines) * ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().FramePadding.y;
}

bool wrapped_text_field(const char* label, std::string& text, float width, int min_lines, int max_lines) {
  const bool has_own_breaks = text.find('\n') != std::string::npos;
  std::string shown = wrap_for_field(text, width);
  const int lines = std::clamp(wrapped_lines(shown), min_lines, max_lines);
  FieldWrap wrap{wrapped_text_width(width)};
  const bool edited = has_own_breaks ? ImGui::InputTextMultiline(label, &shown, {width, wrapped_field_height(lines)})
                                     : ImGui::InputTextMultiline(label, &shown, {width, wrapped_field_height(lines)},
                                                                 ImGuiInputTextFlags_CallbackEdit, rewrap, &wrap);
  if (!edited) return false;
  // The wrapping's breaks are spaces again (a text with breaks of its own was not wrapped).
  text = has_own_breaks ? std::move(shown) : soft_unwrapped(std::move(shown));
  return true;
}

}  // namespace frise::view
