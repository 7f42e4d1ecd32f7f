// Live authoring: an author keeps the story open while editing its JSON. Natively the file is
// watched (its version checked twice a second) and read again when it is saved, and so are the
// current panel's pictures; R reloads on
// demand, in the browser too (the session's reload, which also keeps the panel). The reader stays on the panel it was showing; a story that no
// longer loads shows its errors, and the next good save brings the panel back.
#include <algorithm>

#include "view/reader_app.hpp"
#include "view/text_block.hpp"

namespace frise::view {

void ReaderApp::watch_story_file() {
  if (session_.state() == LoadState::loading || session_.reloading() || now_ < next_version_check_) return;
  next_version_check_ = now_ + 0.5;
  // The current panel's pictures, read again when an artist saves one.
  if (session_.state() == LoadState::ready && images_) {
    for (const std::string& file : images_->files_for(story(), story().panels[current()])) {
      const std::uint64_t version = host_.file_version(file);
      if (version == 0) continue;
      auto [known, added] = art_versions_.try_emplace(file, version);
      if (!added && known->second != version) {
        known->second = version;
        images_->reload(file);
        warning_lines_stale_ = true;
      }
    }
  }
  const std::uint64_t version = host_.file_version(session_.story_path());
  // 0: not knowable (the browser) or the file is gone for a moment (editors save by replacing).
  if (version != 0 && version != story_version_) {
    // Unsaved edits are never thrown away for what another program wrote (another editor, git):
    // its changes are merged in as one undoable step when they touch other parts of the file,
    // and the author chooses when they touch the same.
    if (editor_ && editor_->modified()) {
      story_version_ = version;
      merge_from_disk();
      return;
    }
    session_.reload();
    carry_out(session_.take_effects());
  }
}

void ReaderApp::draw_notice(ImDrawList& draw, const platform::FrameInfo& info) {
  const char* key = session_.notice(now_);
  if (!key) return;
  const auto& [name, value] = session_.notice_value();
  const std::string notice = name.empty() ? interface_text().text(key) : interface_text().format(key, {{name, value}});
  const float px = fonts_.text_px * 0.85f;
  const float pad = px * 0.6f;
  // A long notice (a screenshot's full path) wraps within the window rather than running off it.
  const float wrap = std::max(px * 4, info.window_width - 4 * pad);
  const ImVec2 size = fonts_.ui->CalcTextSizeA(px, FLT_MAX, wrap, notice.c_str());
  const ImVec2 min{(info.window_width - size.x) / 2 - pad, px * 0.4f};
  const ImVec2 max{min.x + size.x + 2 * pad, min.y + size.y + pad};
  draw.AddRectFilled(min, max, theme_.ink, px * 0.5f);
  draw.AddText(fonts_.ui, px, {min.x + pad, min.y + pad / 2}, theme_.paper, notice.c_str(), nullptr, wrap);
}

}  // namespace frise::view
