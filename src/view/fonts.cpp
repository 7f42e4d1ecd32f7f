#include "view/fonts.hpp"

#include <cmath>
#include <cstdio>

#include "core/embedded.hpp"

namespace frise::view {
namespace {

ImFont* add_embedded_font(ImFontAtlas& atlas, const char* name, float pixels, const ImWchar* ranges) {
  const auto data = embedded_file(name);
  if (data.empty()) {
    std::fprintf(stderr, "frise: font %s is not embedded\n", name);
    return nullptr;
  }
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static, compiled into the program
  config.OversampleH = 2;
  config.OversampleV = 1;
  std::snprintf(config.Name, sizeof config.Name, "%s %.0fpx", name, static_cast<double>(pixels));
  // ImGui's API takes a mutable pointer but only reads the font data.
  void* bytes = const_cast<unsigned char*>(data.data());
  return atlas.AddFontFromMemoryTTF(bytes, static_cast<int>(data.size()), pixels, &config, ranges);
}

}  // namespace

bool FontSet::update(const std::set<char32_t>& characters, float wanted_px, float framebuffer_scale, StoryFont font) {
  const bool size_changed = text_px <= 0 || std::fabs(wanted_px - text_px) / text_px > 0.12f;
  if (ready() && !size_changed && framebuffer_scale == scale_ && characters == characters_ && font == font_)
    return false;

  font_ = font;
  characters_ = characters;
  scale_ = framebuffer_scale;
  text_px = wanted_px;

  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());  // ASCII + Latin-1 for the interface
  for (char32_t c : characters_)
    if (c > 0 && c <= IM_UNICODE_CODEPOINT_MAX) builder.AddChar(static_cast<ImWchar>(c));
  for (ImWchar c : {0x2019, 0x2018, 0x201C, 0x201D, 0x2026, 0x2013, 0x2014, 0x0153})
    builder.AddChar(c);  // typography used by the interface itself
  ranges_.clear();
  builder.BuildRanges(&ranges_);

  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  const float device_px = std::round(text_px * framebuffer_scale);
  const bool dyslexia = font_ == StoryFont::dyslexia;
  // OpenDyslexic's letters are wider and taller for their size: a smaller size keeps the same
  // words on about as many lines.
  const float story_px = dyslexia ? std::round(device_px * 0.9f) : device_px;
  regular = add_embedded_font(atlas, dyslexia ? "OpenDyslexic-Regular.otf" : "ComicNeue-Regular.otf", story_px, ranges_.Data);
  bold = add_embedded_font(atlas, dyslexia ? "OpenDyslexic-Bold.otf" : "ComicNeue-Bold.otf", std::round(story_px * 1.3f),
                           ranges_.Data);
  ui = add_embedded_font(atlas, "Cantarell-Regular.otf", std::round(device_px * 0.9f), ranges_.Data);
  ui_bold = add_embedded_font(atlas, "Cantarell-Bold.otf", std::round(device_px * 0.9f), ranges_.Data);
  if (!regular || !bold || !ui || !ui_bold || !atlas.Build()) {
    regular = bold = ui = ui_bold = nullptr;
    atlas.Clear();
    atlas.AddFontDefault();
    return true;
  }
  // ImGui widgets use the interface font at its logical size.
  ImGui::GetIO().FontDefault = ui;
  ImGui::GetIO().FontGlobalScale = 1.0f / framebuffer_scale;
  return true;
}

}  // namespace frise::view
