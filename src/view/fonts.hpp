// The font atlas: Comic Neue (or OpenDyslexic) for the story's words, Cantarell for the interface
// (compiled into the desktop app; fetched beside the page by the web edition), holding exactly the
// characters in use, baked at the device's pixel density so text stays crisp on HiDPI screens.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/host.hpp"

namespace frise::view {

// The story's words: Comic Neue, the comic's own hand, or OpenDyslexic for readers who find its
// weighted letters easier (the interface keeps Cantarell).
enum class StoryFont { comic, dyslexia };

class FontSet {
 public:
  // Asks `files` for the fonts that drawing with `font` needs and the program does not hold yet
  // (the web edition's: assets/fonts/ beside the page, which fetched the usual ones already),
  // each once. A font that cannot be had is said on stderr and kept in failures().
  void fetch_missing(Host& host, StoryFont font);
  // The font files that could not be had, with why, in the order they failed: the reader lists
  // them with the story's warnings (the words are drawn in another font meanwhile).
  struct Failure {
    std::string file, error;
  };
  const std::vector<Failure>& failures() const { return failures_; }
  // The story font to draw with while `wanted` is asked for: itself once it is in; until then
  // the one on screen, Comic Neue (a reader who picks OpenDyslexic keeps reading, and the font
  // changes a moment later); the very first atlas waits for `wanted` unless it cannot be had.
  StoryFont font_to_draw(StoryFont wanted) const;
  // Rebuilds the atlas when the characters, the text size, the pixel density or the story font
  // changed enough to matter. `text_px` is the body text size in logical pixels. Returns true
  // when rebuilt. Builds nothing while a font it needs is still on its way (ready() stays false
  // until the first atlas); a font that cannot be had is replaced by Dear ImGui's own.
  bool update(const std::set<char32_t>& characters, float text_px, float framebuffer_scale, StoryFont font);

  // ImGui sizes a font by its line (ascent to descent), CSS by its em: Comic Neue's line is
  // 1.15 em, so "14 px" in ImGui is about 12 CSS px. These say how many ImGui pixels make one CSS
  // pixel of em for the story's words and for the interface, read from the fonts themselves
  // (1 while a font is not in yet: nothing is drawn with it then).
  static float story_size_per_css_px(StoryFont font);
  static float ui_size_per_css_px();

  ImFont* regular = nullptr;  // captions and body text, baked at text_px
  ImFont* bold = nullptr;     // headlines, baked at 1.3 * text_px
  ImFont* ui = nullptr;       // the interface: bars, time strip, overlays (ImGui's default font)
  ImFont* ui_bold = nullptr;
  float text_px = 0;          // logical size the fonts were baked for (ImGui's line size)
  float size_per_css_px = 1;  // story_size_per_css_px of the story font in use
  bool ready() const { return regular != nullptr; }
  StoryFont story_font() const { return font_; }  // the one in the atlas
  // Counts the atlas's rebuilds: text measured before a rebuild may measure differently after.
  std::uint64_t generation() const { return generation_; }

 private:
  enum class Fetch { asked, failed };
  bool has(StoryFont font) const;     // both faces are in
  bool cannot_have(StoryFont font) const;  // a face could not be fetched
  std::map<std::string, Fetch> fetches_;  // by file name, for the fonts not compiled in
  std::vector<Failure> failures_;
  std::uint64_t generation_ = 0;
  std::set<char32_t> characters_;
  float scale_ = 0;
  StoryFont font_ = StoryFont::comic;
  ImVector<ImWchar> ranges_;        // the characters in use; must outlive the atlas build
  ImVector<ImWchar> typed_ranges_;  // and ASCII and Latin-1, for the interface's regular face
};

}  // namespace frise::view
