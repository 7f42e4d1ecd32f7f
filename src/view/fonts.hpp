// The font atlas: Comic Neue for the story's words, Cantarell for the interface (both embedded at
// build time), holding exactly the characters in use, baked at the device's pixel density so
// text stays crisp on HiDPI screens.
#pragma once
#include <imgui.h>

#include <set>

namespace frise::view {

class FontSet {
 public:
  // Rebuilds the atlas when the characters, the text size or the pixel density changed enough
  // to matter. `text_px` is the body text size in logical pixels. Returns true when rebuilt.
  bool update(const std::set<char32_t>& characters, float text_px, float framebuffer_scale);

  ImFont* regular = nullptr;  // captions and body text, baked at text_px
  ImFont* bold = nullptr;     // headlines, baked at 1.3 * text_px
  ImFont* ui = nullptr;       // the interface: bars, time strip, overlays (ImGui's default font)
  ImFont* ui_bold = nullptr;
  float text_px = 0;          // logical size the fonts were baked for
  bool ready() const { return regular != nullptr; }

 private:
  std::set<char32_t> characters_;
  float scale_ = 0;
  ImVector<ImWchar> ranges_;  // must outlive the atlas build
};

}  // namespace frise::view
