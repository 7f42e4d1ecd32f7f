#include "view/fonts.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <utility>

#include "core/embedded.hpp"

// stb_truetype (Debian's libstb-dev) only reads two metrics here; static, so that it cannot clash
// with the copy inside Dear ImGui.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>

namespace frise::view {
namespace {

constexpr std::array<const char*, 2> kUiFaces{"Cantarell-Regular.otf", "Cantarell-Bold.otf"};

std::array<const char*, 2> story_faces(StoryFont font) {
  if (font == StoryFont::dyslexia) return {"OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf"};
  return {"ComicNeue-Regular.otf", "ComicNeue-Bold.otf"};
}

bool have(const char* name) { return !embedded_file(name).empty(); }

ImFont* add_embedded_font(ImFontAtlas& atlas, const char* name, float pixels, const ImWchar* ranges) {
  const auto data = embedded_file(name);
  if (data.empty()) {
    std::fprintf(stderr, "frise: font %s is not in the program\n", name);
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

// ImGui pixels of line height per pixel of em, for an embedded font: what stb_truetype scales
// by for a pixel height, against what it scales by for an em (1 when the font is missing).
// Kept once known: a font that is in stays in.
float line_per_em(const char* name) {
  static std::map<std::string, float, std::less<>> known;
  if (const auto found = known.find(name); found != known.end()) return found->second;
  const auto data = embedded_file(name);
  stbtt_fontinfo info;
  if (data.empty() || !stbtt_InitFont(&info, data.data(), stbtt_GetFontOffsetForIndex(data.data(), 0))) return 1.0f;
  const float per_height = stbtt_ScaleForPixelHeight(&info, 1.0f);
  const float ratio = per_height > 0 ? stbtt_ScaleForMappingEmToPixels(&info, 1.0f) / per_height : 1.0f;
  known.emplace(name, ratio);
  return ratio;
}

// OpenDyslexic is drawn at 0.9 of the body size (its letters are larger for their size).
constexpr float kDyslexiaScale = 0.9f;

}  // namespace

float FontSet::story_size_per_css_px(StoryFont font) {
  const float ratio = line_per_em(story_faces(font)[0]);
  return font == StoryFont::dyslexia ? ratio / kDyslexiaScale : ratio;
}

float FontSet::ui_size_per_css_px() { return line_per_em(kUiFaces[0]); }

void FontSet::fetch_missing(Host& host, StoryFont font) {
  const auto faces = story_faces(font);
  for (const char* name : {faces[0], faces[1], kUiFaces[0], kUiFaces[1]}) {
    if (have(name) || fetches_.contains(name)) continue;
    fetches_[name] = Fetch::asked;
    host.read_file("assets/fonts/" + std::string(name), false, [this, file = std::string(name)](FileRead&& result) {
      if (result.ok() && !result.bytes.empty()) {
        provide_file(file, std::vector<unsigned char>(result.bytes.begin(), result.bytes.end()));
        fetches_.erase(file);
        return;
      }
      const std::string error = result.ok() ? "the file is empty" : result.error;
      std::fprintf(stderr, "frise: font %s: %s\n", file.c_str(), error.c_str());
      fetches_[file] = Fetch::failed;
      failures_.push_back({file, error});
    });
  }
}

bool FontSet::has(StoryFont font) const {
  const auto faces = story_faces(font);
  return have(faces[0]) && have(faces[1]);
}

bool FontSet::cannot_have(StoryFont font) const {
  const auto failed = [this](const char* name) {
    const auto found = fetches_.find(name);
    return found != fetches_.end() && found->second == Fetch::failed;
  };
  const auto faces = story_faces(font);
  return failed(faces[0]) || failed(faces[1]);
}

StoryFont FontSet::font_to_draw(StoryFont wanted) const {
  if (has(wanted) || wanted == StoryFont::comic) return wanted;
  if (ready() && font_ != wanted) return font_;  // the font on screen, until the new one is in
  return cannot_have(wanted) ? StoryFont::comic : wanted;
}

bool FontSet::update(const std::set<char32_t>& characters, float wanted_px, float framebuffer_scale, StoryFont font) {
  const bool size_changed = text_px <= 0 || std::fabs(wanted_px - text_px) / text_px > 0.12f;
  if (ready() && !size_changed && framebuffer_scale == scale_ && characters == characters_ && font == font_)
    return false;
  // Fonts still on their way: build nothing yet (the next frames ask again).
  const bool ui_missing = !have(kUiFaces[0]) || !have(kUiFaces[1]);
  const bool ui_lost = std::any_of(kUiFaces.begin(), kUiFaces.end(), [this](const char* name) {
    const auto found = fetches_.find(name);
    return found != fetches_.end() && found->second == Fetch::failed;
  });
  if ((!has(font) && !cannot_have(font)) || (ui_missing && !ui_lost)) return false;

  font_ = font;
  size_per_css_px = story_size_per_css_px(font);
  characters_ = characters;
  scale_ = framebuffer_scale;
  text_px = wanted_px;
  ++generation_;

  // Each glyph costs atlas time before the first panel shows (most of a first frame's work):
  // the fonts hold ASCII (numbers and dates the reader formats) and the characters in use; only
  // the interface's regular face, which draws what a reader types (the search), all of Latin-1.
  ImFontGlyphRangesBuilder builder;
  for (ImWchar c = 0x20; c < 0x7f; ++c) builder.AddChar(c);
  for (char32_t c : characters_)
    if (c > 0 && c <= IM_UNICODE_CODEPOINT_MAX) builder.AddChar(static_cast<ImWchar>(c));
  for (ImWchar c : {0x2019, 0x2018, 0x201C, 0x201D, 0x2026, 0x2013, 0x2014, 0x0153})
    builder.AddChar(c);  // typography used by the interface itself
  ranges_.clear();
  builder.BuildRanges(&ranges_);
  builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());  // Latin-1
  typed_ranges_.clear();
  builder.BuildRanges(&typed_ranges_);

  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  const float device_px = std::round(text_px * framebuffer_scale);
  const bool dyslexia = font_ == StoryFont::dyslexia;
  // OpenDyslexic's letters are wider and taller for their size: a smaller size keeps the same
  // words on about as many lines.
  const float story_px = dyslexia ? std::round(device_px * kDyslexiaScale) : device_px;
  regular = add_embedded_font(atlas, dyslexia ? "OpenDyslexic-Regular.otf" : "ComicNeue-Regular.otf", story_px, ranges_.Data);
  bold = add_embedded_font(atlas, dyslexia ? "OpenDyslexic-Bold.otf" : "ComicNeue-Bold.otf", std::round(story_px * 1.3f),
                           ranges_.Data);
  ui = add_embedded_font(atlas, "Cantarell-Regular.otf", std::round(device_px * 0.9f), typed_ranges_.Data);
  ui_bold = add_embedded_font(atlas, "Cantarell-Bold.otf", std::round(device_px * 0.9f), ranges_.Data);
  if (!regular || !bold || !ui || !ui_bold || !atlas.Build()) {
    // A font that cannot be had: Dear ImGui's own (ASCII only), so the reader still reads.
    atlas.Clear();
    ImFontConfig config;
    config.SizePixels = device_px;
    regular = bold = ui = ui_bold = atlas.AddFontDefault(&config);
    atlas.Build();
    ImGui::GetIO().FontDefault = ui;
    ImGui::GetIO().FontGlobalScale = 1.0f / framebuffer_scale;
    return true;
  }
  // ImGui widgets use the interface font at its logical size.
  ImGui::GetIO().FontDefault = ui;
  ImGui::GetIO().FontGlobalScale = 1.0f / framebuffer_scale;
  return true;
}

}  // namespace frise::view
