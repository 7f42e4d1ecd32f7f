// The editor inside the reader: E opens it beside the panel. Every change shows at once in the
// panel as readers will see it; Ctrl+S (or the button) saves the file in place, rewriting only
// what was edited; while edits are unsaved a recovery file beside the story is written every few
// seconds (and when the program ends), and offered the next time the editor opens.
#include "platform/app.hpp"
#include "platform/files.hpp"
#include "platform/host.hpp"
#include "view/reader_app.hpp"

namespace frise::view {

namespace {
constexpr double recovery_interval_seconds = 5;
}

void ReaderApp::draw_editor_panel(const platform::FrameInfo& info) {
  if (session_.overlay() != Overlay::editor) return;
  const Locale& text = interface_text();
  if (!editor_) {
    editor_ = std::make_unique<StoryEditor>(story_text_, session_.story_path());
    editor_revision_shown_ = editor_revision_recovered_ = editor_->revision();
    editor_status_ = {};
    // Unsaved edits of an earlier session, if the file beside the story differs from it.
    const platform::FileResult recovery = platform::read_file(recovery_path());
    editor_status_.recovery = recovery.ok() && std::string(recovery.bytes.begin(), recovery.bytes.end()) != story_text_;
  }
  const float px = fonts_.text_px;
  const float width = editor_width(info.window_width);
  const EditorRequests asked = draw_editor(*editor_, current(), language(), text,
                                           {info.window_width - width, 0, width, info.window_height}, px, editor_status_);
  if (asked.preview >= 0) {
    // The window grows or shrinks so that the panel's area is exactly the reader's screen.
    const PreviewSize& size = preview_sizes[asked.preview];
    platform::resize_window(size.width + static_cast<int>(editor_width(static_cast<float>(size.width) + 540.0f)), size.height);
  }
  if (!asked.language.empty()) {
    Settings settings = session_.settings();
    settings.language = asked.language;
    session_.change_settings(settings);
  }
  // The host hears where the fields are when they move (another panel, another layout).
  std::string fields = "{\"panel\":" + std::to_string(current()) + ",\"recovery\":" +
                       (editor_status_.recovery ? "true" : "false") + ",\"modified\":" +
                       (editor_->modified() ? "true" : "false") + ",\"fields\":{";
  for (std::size_t i = 0; i < asked.fields.size(); ++i) {
    const Rect& r = asked.fields[i].second;
    fields += (i ? ",\"" : "\"") + asked.fields[i].first + "\":[" + std::to_string(r.x) + "," + std::to_string(r.y) + "," +
              std::to_string(r.w) + "," + std::to_string(r.h) + "]";
  }
  fields += "}}";
  if (fields != editor_announced_) {
    editor_announced_ = fields;
    platform::notify_host("editor", fields);
  }
  if (asked.undo && editor_->undo()) ++editor_status_.generation;
  if (asked.redo && editor_->redo()) ++editor_status_.generation;
  if (asked.save) save_story();
  if (asked.previous) session_.perform(Action::previous);
  if (asked.next) session_.perform(Action::next);
  if (asked.restore) {
    const platform::FileResult recovery = platform::read_file(recovery_path());
    if (recovery.ok()) {
      // Taken back as one edit of the whole text, so Undo returns to the file as saved.
      editor_->replace_text(std::string(recovery.bytes.begin(), recovery.bytes.end()), text.text("editor.restore"));
      ++editor_status_.generation;
    }
    editor_status_.recovery = false;
  }
  if (asked.discard_recovery) {
    platform::remove_file(recovery_path());
    editor_status_.recovery = false;
  }
  if (asked.close) session_.close_overlay();
  // What changed shows in the panel at once.
  if (editor_->revision() != editor_revision_shown_) {
    editor_revision_shown_ = editor_->revision();
    if (editor_->readable()) session_.replace_story(editor_->story());
    editor_status_.message.clear();
  }
  if (editor_->modified() && editor_->revision() != editor_revision_recovered_ && now_ >= next_recovery_write_) {
    write_recovery();
    next_recovery_write_ = now_ + recovery_interval_seconds;
  }
  // Back to the text as saved (undone to it): nothing is left to recover.
  if (!editor_->modified() && recovery_written_) {
    platform::remove_file(recovery_path());
    recovery_written_ = false;
    editor_revision_recovered_ = editor_->revision();
  }
}

void ReaderApp::write_recovery() {
  if (!editor_ || !editor_->modified() || editor_->revision() == editor_revision_recovered_) return;
  if (platform::write_file(recovery_path(), editor_->text()).empty()) {
    editor_revision_recovered_ = editor_->revision();
    recovery_written_ = true;
  }
}

void ReaderApp::save_story() {
  if (!editor_ || !editor_->modified()) return;
  const std::string& path = session_.story_path();
  const std::string error = platform::write_file(path, editor_->text());
  if (!error.empty()) {
    editor_status_.message = error;
    return;
  }
  editor_->mark_saved();
  story_text_ = editor_->text();
  story_version_ = platform::file_version(path);  // our own save is not a change to reload
  platform::remove_file(recovery_path());
  recovery_written_ = false;
  editor_revision_recovered_ = editor_->revision();
  editor_status_.message = interface_text().text("editor.saved_notice");
}

}  // namespace frise::view
