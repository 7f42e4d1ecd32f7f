// Live authoring: an author keeps the story open while editing its JSON. Natively the file is
// watched (its version checked twice a second) and read again when it is saved; R reloads on
// demand, in the browser too. The reader stays on the panel it was showing; a story that no
// longer loads shows its errors, and the next good save brings the panel back.
#include <algorithm>

#include "view/reader_app.hpp"
#include "view/text_block.hpp"

namespace frise::view {

void ReaderApp::watch_story_file() {
  if (state_ == StoryState::loading || reloading_ || now_ < next_version_check_) return;
  next_version_check_ = now_ + 0.5;
  const std::uint64_t version = platform::file_version(story_path_);
  // 0: not knowable (the browser) or the file is gone for a moment (editors save by replacing).
  if (version != 0 && version != story_version_) reload_story();
}

void ReaderApp::reload_story() {
  if (state_ == StoryState::loading || reloading_) return;
  reloading_ = true;
  story_version_ = platform::file_version(story_path_);
  if (state_ == StoryState::ready) {
    reload_panel_ = story_.panels[navigator_.current()].id;
    reload_index_ = navigator_.current();
  }  // else: the story is broken; the panel shown before it broke is still the one to return to
  const std::string path = story_path_;
  files_.request(
      path,
      [this, path](platform::FileResult&& file) {
        if (path == story_path_) on_story_file(std::move(file));
        else reloading_ = false;  // another story was opened meanwhile
      },
      /*fresh=*/true);
}

void ReaderApp::handle_reload_key() {
  if (!ImGui::GetIO().WantTextInput && (typed('r') || typed('R'))) reload_story();
}

void ReaderApp::draw_notice(ImDrawList& draw, const platform::FrameInfo& info) {
  if (notice_.empty() || now_ >= notice_until_) return;
  const float px = fonts_.text_px * 0.85f;
  const ImVec2 size = fonts_.ui->CalcTextSizeA(px, FLT_MAX, 0, notice_.c_str());
  const float pad = px * 0.6f;
  const ImVec2 min{(info.window_width - size.x) / 2 - pad, px * 0.4f};
  const ImVec2 max{min.x + size.x + 2 * pad, min.y + size.y + pad};
  draw.AddRectFilled(min, max, theme_.ink, px * 0.5f);
  draw.AddText(fonts_.ui, px, {min.x + pad, min.y + pad / 2}, theme_.paper, notice_.c_str());
}

}  // namespace frise::view
