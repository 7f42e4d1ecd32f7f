// The editor inside the reader: E opens it beside the panel. Every change shows at once in the
// panel as readers will see it; Ctrl+S (or the button) saves the file in place, rewriting only
// what was edited; while edits are unsaved a recovery file beside the story is written every few
// seconds (and when the program ends), and offered the next time the editor opens.
#include <algorithm>
#include <cmath>
#include <optional>
#include <nlohmann/json.hpp>

#include "core/text_merge.hpp"
#include "platform/app.hpp"
#include "view/reader_app.hpp"

namespace frise::view {

namespace {
constexpr double recovery_interval_seconds = 5;
}

void ReaderApp::draw_editor_panel(const platform::FrameInfo& info) {
  if (session_.overlay() != Overlay::editor) return;
  const Locale& text = interface_text();
  if (!editor_) {
    editor_ = std::make_unique<StoryEditor>(driver_.story_text, session_.story_path());
    editor_revision_shown_ = editor_revision_recovered_ = editor_->revision();
    editor_status_ = {};
    // Unsaved edits of an earlier session, if the file beside the story differs from it.
    const FileRead recovery = host_.read_file_now(recovery_path());
    editor_status_.recovery = recovery.ok() && recovery.bytes != driver_.story_text;
  }
  const float px = fonts_.text_px;
  editor_status_.save_by_rename = session_.settings().save_by_rename;
  editor_status_.arranging = arranging();
  editor_status_.dated_strip = strip_.axis().dated && strip_area_.w > 0;
  const float width = editor_width(info.window_width);
  EditorRequests asked = draw_editor(*editor_, current(), language(), text,
                                           {info.window_width - width, 0, width, info.window_height}, px, editor_status_);
  if (asked.preview >= 0) {
    // The window grows or shrinks so that the panel's area is exactly the reader's screen.
    const PreviewSize& size = preview_sizes[asked.preview];
    host_.resize_window(size.width + static_cast<int>(editor_width(static_cast<float>(size.width) + 540.0f)), size.height);
  }
  if (!asked.language.empty()) {
    Settings settings = session_.settings();
    settings.language = asked.language;
    session_.change_settings(settings);
  }
  if (asked.arrange) toggle_arranging();
  add_drag_targets(asked.fields);
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
    host_.notify("editor", fields);
  }
  if (asked.undo && editor_->undo()) ++editor_status_.generation;
  if (asked.redo && editor_->redo()) ++editor_status_.generation;
  if (asked.save) save_story();
  if (asked.previous) picks_.push_back({Pick::What::previous, 0, Overlay::editor});
  if (asked.next) picks_.push_back({Pick::What::next, 0, Overlay::editor});
  if (asked.restore) {
    const FileRead recovery = host_.read_file_now(recovery_path());
    if (recovery.ok()) {
      // Taken back as one edit of the whole text, so Undo returns to the file as saved.
      editor_->replace_text(recovery.bytes, text.text("editor.restore"));
      ++editor_status_.generation;
    }
    editor_status_.recovery = false;
  }
  if (asked.discard_recovery) {
    host_.remove_file(recovery_path());
    editor_status_.recovery = false;
  }
  if (asked.save_and_quit) {
    save_story();
    quit_now_ = !editor_->modified();  // a save that failed says why, and the window stays
    editor_status_.confirm_quit = !quit_now_;
  }
  if (asked.quit_without_saving) {
    discard_on_quit_ = quit_now_ = true;
  }
  if (asked.cancel_quit) editor_status_.confirm_quit = false;
  if (asked.save_by_rename) {
    Settings settings = session_.settings();
    settings.save_by_rename = *asked.save_by_rename;
    session_.change_settings(settings);
  }
  if (asked.keep_mine || asked.take_theirs) {
    if (asked.take_theirs) {
      editor_->replace_text(disk_text_, text.text("editor.take_theirs"));
      ++editor_status_.generation;
    }
    driver_.story_text = std::move(disk_text_);
    disk_text_.clear();
    editor_status_.disk_conflict = false;
    editor_status_.message.clear();
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
    host_.remove_file(recovery_path());
    recovery_written_ = false;
    editor_revision_recovered_ = editor_->revision();
  }
}

namespace {

// The part of the art a point falls in, as a placement: thirds across and down.
const char* placement_at(const Rect& art, Vec2 at) {
  static constexpr const char* grid[3][3] = {{"top-left", "top", "top-right"},
                                             {"left", "auto", "right"},
                                             {"bottom-left", "bottom", "bottom-right"}};
  const auto third = [](float t) { return t < 1.0f / 3 ? 0 : t < 2.0f / 3 ? 1 : 2; };
  return grid[third((at.y - art.y) / std::max(1.0f, art.h))][third((at.x - art.x) / std::max(1.0f, art.w))];
}

bool inside(const Rect& r, Vec2 p) { return p.x >= r.x && p.y >= r.y && p.x < r.right() && p.y < r.bottom(); }

float distance(Vec2 a, Vec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

void ReaderApp::handle_editor_pointer(ImDrawList& draw) {
  if (!editor_ || session_.overlay() != Overlay::editor || arranging()) return;
  const ImGuiIO& io = ImGui::GetIO();
  const Vec2 mouse{io.MousePos.x, io.MousePos.y};
  const PanelScene& scene = last_scene_;
  const std::vector<PlacedBalloon>& placed = scene.balloons.balloons;
  const std::size_t on_art = std::min(scene.strip_from, placed.size());
  const float grab_radius = fonts_.text_px * 0.8f;
  if (placement_check_.balloon < on_art) {
    const Rect& box = placed[placement_check_.balloon].box;
    const std::string landed = placement_at(scene.layout.art, {box.x + box.w / 2, box.y + box.h / 2});
    if (landed != placement_check_.placement && placement_check_.placement != "auto")
      editor_status_.message = interface_text().format("editor.placement_kept", {{"place", placement_check_.placement}});
    placement_check_ = {};
  }
  if (editor_drag_.what == EditorDrag::What::none && ImGui::IsMouseClicked(0) && !io.WantCaptureMouse) {
    // A tail's tip first (it is small and often over the art), then the balloon itself.
    for (std::size_t i = 0; i < on_art; ++i)
      if (placed[i].tail && distance(placed[i].tail->tip, mouse) < grab_radius) editor_drag_ = {EditorDrag::What::tail, i, mouse};
    for (std::size_t i = 0; i < on_art && editor_drag_.what == EditorDrag::What::none; ++i)
      if (inside(placed[i].box, mouse)) editor_drag_ = {EditorDrag::What::balloon, i, mouse};
  }
  if (editor_drag_.what == EditorDrag::What::none || editor_drag_.balloon >= on_art) {
    editor_drag_.what = EditorDrag::What::none;
    return;
  }
  const PlacedBalloon& balloon = placed[editor_drag_.balloon];
  const Rect& art = scene.layout.art;
  // The nearest mouth to the pointer, which a tail's tip snaps to.
  const Vec2* mouth = nullptr;
  for (const PanelScene::Region& region : scene.regions)
    if (region.mouth && distance(*region.mouth, mouse) < fonts_.text_px * 2.5f &&
        (!mouth || distance(*region.mouth, mouse) < distance(*mouth, mouse)))
      mouth = &*region.mouth;
  if (editor_drag_.what == EditorDrag::What::balloon) {
    const Rect moved{balloon.box.x + mouse.x - editor_drag_.grab.x, balloon.box.y + mouse.y - editor_drag_.grab.y, balloon.box.w,
                     balloon.box.h};
    draw.AddRect({moved.x, moved.y}, {moved.right(), moved.bottom()}, theme_.accent, fonts_.text_px * 0.6f, 0, 2.5f);
    // The third of the art it would take, outlined.
    const char* place = placement_at(art, {moved.x + moved.w / 2, moved.y + moved.h / 2});
    draw.AddText(fonts_.ui_bold, fonts_.text_px, {moved.x, moved.bottom() + 4}, theme_.accent, place);
  } else {
    const Vec2 tip = mouth ? *mouth : mouse;
    const Vec2 base = balloon.tail->base_middle();
    draw.AddLine({base.x, base.y}, {tip.x, tip.y}, theme_.accent, 2.5f);
    draw.AddCircle({tip.x, tip.y}, grab_radius * 0.5f, theme_.accent, 0, 2.5f);
  }
  if (!ImGui::IsMouseReleased(0)) return;
  const std::size_t index = editor_drag_.balloon;
  const EditorDrag drag = std::exchange(editor_drag_, {});
  if (distance(drag.grab, mouse) < 3) return;  // a click, not a drag
  if (drag.what == EditorDrag::What::balloon) {
    const Vec2 centre{balloon.box.x + balloon.box.w / 2 + mouse.x - drag.grab.x,
                      balloon.box.y + balloon.box.h / 2 + mouse.y - drag.grab.y};
    if (editor_->set_balloon_placement(current(), index, placement_at(art, centre)))
      placement_check_ = {index, placement_at(art, centre)};
  } else {
    // The tail aims at the point, in fractions of the art, as the format stores it.
    const Vec2 tip = mouth ? *mouth : mouse;
    const auto fraction = [](float v) { return std::round(std::clamp(v, 0.0f, 1.0f) * 1000.0f) / 1000.0f; };
    const nlohmann::ordered_json target = {{"x", fraction((tip.x - art.x) / std::max(1.0f, art.w))},
                                           {"y", fraction((tip.y - art.y) / std::max(1.0f, art.h))}};
    editor_->set_value("/panels/" + std::to_string(current()) + "/balloons/" + std::to_string(index) + "/tail", target,
                       "tail of balloon " + std::to_string(index + 1) + " of panel " + std::to_string(current() + 1));
  }
  editor_->end_gesture();
}

void ReaderApp::merge_from_disk() {
  const FileRead disk = host_.read_file_now(session_.story_path());
  if (!disk.ok()) return;  // gone for a moment (an editor saving by replacing): the next check sees it
  const std::string& theirs = disk.bytes;
  const Locale& text = interface_text();
  if (const std::optional<std::string> merged = merge_changes(driver_.story_text, editor_->text(), theirs)) {
    editor_->replace_text(*merged, text.text("editor.merged_step"));
    ++editor_status_.generation;
    driver_.story_text = theirs;  // what later changes on disk are compared with
    editor_status_.message = text.text("editor.disk_merged");
    editor_status_.disk_conflict = false;
  } else {
    disk_text_ = theirs;
    editor_status_.disk_conflict = true;
    editor_status_.message = text.text("editor.disk_conflict");
  }
}

bool ReaderApp::may_quit() {
  if (quit_now_ || !editor_ || !editor_->modified()) return true;
  editor_status_.confirm_quit = true;
  session_.open_overlay(Overlay::editor);  // where the question is asked
  return false;
}

void ReaderApp::write_recovery() {
  if (discard_on_quit_) {  // the author chose to throw the edits away
    host_.remove_file(recovery_path());
    return;
  }
  if (!editor_ || !editor_->modified() || editor_->revision() == editor_revision_recovered_) return;
  if (host_.write_file(recovery_path(), editor_->text(), true).empty()) {
    editor_revision_recovered_ = editor_->revision();
    recovery_written_ = true;
  }
}

void ReaderApp::save_story() {
  if (!editor_ || !editor_->modified()) return;
  const std::string& path = session_.story_path();
  const std::string error = host_.write_file(path, editor_->text(), session_.settings().save_by_rename);
  if (!error.empty()) {
    editor_status_.message = error;
    return;
  }
  editor_->mark_saved();
  driver_.story_text = editor_->text();
  story_version_ = host_.file_version(path);  // our own save is not a change to reload
  host_.remove_file(recovery_path());
  recovery_written_ = false;
  editor_revision_recovered_ = editor_->revision();
  editor_status_.message = interface_text().text("editor.saved_notice");
}

}  // namespace frise::view
