#include "view/theme.hpp"

namespace frise::view {
namespace {
ImU32 to_im(const Colour& c) { return IM_COL32(c.r, c.g, c.b, c.a); }
ImVec4 to_vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }
}  // namespace

Theme make_theme(ThemeName kind, const StoryTheme& story) {
  Theme t;
  switch (kind) {
    case ThemeName::light:
      if (story.paper) t.paper = to_im(*story.paper);
      if (story.ink) t.ink = to_im(*story.ink);
      if (story.accent) t.accent = to_im(*story.accent);
      break;
    case ThemeName::dark:
      t.paper = IM_COL32(30, 28, 34, 255);
      t.ink = IM_COL32(236, 230, 218, 255);
      t.caption_fill = IM_COL32(44, 41, 50, 255);
      t.accent = IM_COL32(240, 128, 96, 255);
      t.muted = IM_COL32(170, 162, 150, 255);
      t.placeholder = IM_COL32(58, 54, 64, 255);
      t.placeholder_hatch = IM_COL32(74, 70, 80, 255);
      t.error_ink = IM_COL32(255, 140, 120, 255);
      break;
    case ThemeName::contrast:
      t.paper = IM_COL32(0, 0, 0, 255);
      t.ink = IM_COL32(255, 255, 255, 255);
      t.caption_fill = IM_COL32(0, 0, 0, 255);
      t.accent = IM_COL32(255, 221, 0, 255);
      t.muted = IM_COL32(255, 255, 255, 255);
      t.placeholder = IM_COL32(40, 40, 40, 255);
      t.placeholder_hatch = IM_COL32(90, 90, 90, 255);
      t.error_ink = IM_COL32(255, 221, 0, 255);
      t.shout_fill = IM_COL32(255, 255, 255, 255);
      t.narration_fill = IM_COL32(255, 255, 255, 255);
      t.balloon_ink = IM_COL32(0, 0, 0, 255);
      break;
  }
  return t;
}

void apply_imgui_style(const Theme& theme, ThemeName kind) {
  ImGuiStyle& style = ImGui::GetStyle();
  if (kind == ThemeName::light) ImGui::StyleColorsLight(&style);
  else ImGui::StyleColorsDark(&style);
  style.WindowRounding = 8;
  style.FrameRounding = 6;
  style.WindowBorderSize = 2;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = to_vec(theme.caption_fill);
  c[ImGuiCol_PopupBg] = to_vec(theme.caption_fill);
  c[ImGuiCol_Text] = to_vec(theme.ink);
  c[ImGuiCol_TextDisabled] = to_vec(theme.muted);
  c[ImGuiCol_Border] = to_vec(theme.ink);
  c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = to_vec(theme.paper);
  c[ImGuiCol_Button] = to_vec(theme.paper);
  c[ImGuiCol_ButtonHovered] = c[ImGuiCol_HeaderHovered] = to_vec(theme.placeholder);
  c[ImGuiCol_ButtonActive] = c[ImGuiCol_HeaderActive] = c[ImGuiCol_Header] = to_vec(theme.placeholder_hatch);
  c[ImGuiCol_FrameBg] = to_vec(theme.placeholder);  // boxes, radio buttons and sliders stand out
  c[ImGuiCol_FrameBgHovered] = c[ImGuiCol_FrameBgActive] = to_vec(theme.placeholder_hatch);
  c[ImGuiCol_CheckMark] = c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = to_vec(theme.accent);
  c[ImGuiCol_NavHighlight] = to_vec(theme.accent);
  // Selected text, and a search result's match: the accent, light enough to read ink through.
  ImVec4 selection = to_vec(theme.accent);
  selection.w = 0.35f;
  c[ImGuiCol_TextSelectedBg] = selection;
}


}  // namespace frise::view
