// The reader's input: keys (only while the comic has focus: the platform sees to that), mouse
// wheel, click and tap zones, and drags or swipes.
#include <algorithm>
#include <cmath>

#include "platform/app.hpp"
#include "platform/host.hpp"
#include "view/reader_app.hpp"

namespace frise::view {

// Letters come as typed characters, which do not depend on the keyboard layout.
bool ReaderApp::typed(char c) {
  for (ImWchar typed_char : ImGui::GetIO().InputQueueCharacters)
    if (typed_char == static_cast<ImWchar>(c)) return true;
  return false;
}

// Moves asked for by the page around the comic (links, its buttons, the parent of an iframe).
void ReaderApp::handle_host_commands() {
  bool moved_now = false;
  for (const platform::HostCommand& command : platform::take_host_commands()) {
    if (command.name == "goto") {
      const int index = story_.find_panel(command.argument);
      if (index >= 0) moved_now |= navigator_.go_to(static_cast<std::size_t>(index));
    } else if (command.name == "next") {
      moved_now |= navigator_.next();
    } else if (command.name == "prev") {
      moved_now |= navigator_.previous();
    }
  }
  if (moved_now) moved();
}

void ReaderApp::handle_input(const platform::FrameInfo& info) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool any_key = io.InputQueueCharacters.Size > 0 || !info.keys.empty();
  bool moved_now = false;
  if (!io.WantTextInput) {
    for (platform::Key key : info.keys) {
      using platform::Key;
      // A list is open (the warnings, the glossary): Up, Down, Page Up, Page Down, Home and End move it.
      if (ui_.problems || glossary_.list_open()) {
        ProblemsScroll& scroll = ui_.problems ? ui_.problems_scroll : glossary_.list_scroll;
        if (key == Key::down || key == Key::up) {
          scroll.lines += key == Key::down ? 1 : -1;
          continue;
        }
        if (key == Key::page_down || key == Key::page_up) {
          scroll.pages += key == Key::page_down ? 1 : -1;
          continue;
        }
        if (key == Key::home || key == Key::end) {
          scroll.to = key == Key::end ? 1 : -1;
          continue;
        }
      }
      // Down and up move along a stacked (portrait) strip as right and left do along a row.
      if (key == Key::right || key == Key::page_down || key == Key::space || (key == Key::down && vertical_))
        moved_now |= navigator_.next();
      if (key == Key::left || key == Key::page_up || (key == Key::up && vertical_)) moved_now |= navigator_.previous();
      if (key == Key::home) moved_now |= navigator_.first();
      if (key == Key::end) moved_now |= navigator_.last();
    }
    // Preferences the reader changes here are remembered at once.
    bool preferences_changed = false;
    if (typed('l') || typed('L')) {
      auto it = std::find(story_.languages.begin(), story_.languages.end(), language_);
      language_ = (it == story_.languages.end() || std::next(it) == story_.languages.end()) ? story_.languages.front()
                                                                                             : *std::next(it);
      preferences_changed = true;
    }
    if (typed('t') || typed('T')) {
      set_theme(next_theme(ui_.theme));
      preferences_changed = true;
    }
    if (typed('f') || typed('F')) platform::toggle_fullscreen();
    if (typed('?')) ui_.help = !ui_.help;
    if ((typed('w') || typed('W')) && (ui_.problems || warning_count() > 0)) ui_.problems = !ui_.problems;
    if (typed('s') || typed('S')) ui_.settings = !ui_.settings;
    if (typed('g') || typed('G')) glossary_.focus_next();
    if (info.pressed(platform::Key::enter)) glossary_.activate(story_, navigator_.current());
    if (typed('o') || typed('O')) {
      ui_.overview = !ui_.overview;
      if (ui_.overview)
        overview_.open(navigator_.current(), viewport_, fonts_.text_px, story_.panels.size(), now_, reduced_motion());
    }
    if (typed('+') || typed('=')) {
      ui_.text_scale = std::min(1.6f, ui_.text_scale + 0.1f);
      preferences_changed = true;
    }
    if (typed('-')) {
      ui_.text_scale = std::max(0.8f, ui_.text_scale - 0.1f);
      preferences_changed = true;
    }
    if (preferences_changed) save_reading_state();
    if (typed('/')) {
      search_.open = true;
      search_.focus = true;
    }
  }
  if (info.shortcut_letters.find('f') != std::string::npos) {  // Ctrl+F: search, as everywhere
    search_.open = true;
    search_.focus = true;
  }
  if (info.pressed(platform::Key::escape)) close_top_overlay();
  // Autoplay pauses on any input, and P starts or stops it.
  const bool toggle_autoplay = !io.WantTextInput && (typed('p') || typed('P'));
  if (ui_.autoplay && (any_key || io.MouseClicked[0] || io.MouseWheel != 0) && !toggle_autoplay) ui_.autoplay = false;
  if (toggle_autoplay) {
    ui_.autoplay = !ui_.autoplay;
    ui_.autoplay_due = 0;
  }
  handle_pointer(info);
  if (moved_now) moved();
}

void ReaderApp::handle_pointer(const platform::FrameInfo& info) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantCaptureMouse || strip_.owns_pointer(io.MousePos) || ui_.overview) {
    ui_.dragging = false;  // the strip handles its own clicks, drags and wheel
    return;
  }
  bool moved_now = false;
  // Pinch, or Ctrl + wheel, zooms into the panel; a pinch is never also a swipe.
  if (info.pinch != 0) {
    zoom_at(1.0f + info.pinch * 4.0f, io.MousePos);
    ui_.dragging = false;
    return;
  }
  if (io.KeyCtrl && io.MouseWheel != 0) {
    zoom_at(io.MouseWheel > 0 ? 1.25f : 0.8f, io.MousePos);
    return;
  }
  if (ui_.zoom > 1 && ImGui::IsMouseDragging(0)) {  // zoomed in, a drag moves around the panel
    const ImVec2 delta = io.MouseDelta;
    ui_.zoom_offset = {ui_.zoom_offset.x + delta.x, ui_.zoom_offset.y + delta.y};
    zoom_at(1.0f, io.MousePos);  // clamps the offset
    ui_.dragging = false;
    return;
  }
  // A finger's swipe (reported by the platform), like a mouse drag: the strip follows the finger.
  const float threshold = std::min(std::max(1.0f, info.window_width), info.window_height) * 0.08f;
  // Either direction works: leftwards or upwards brings the next panel, rows and stacks alike.
  const float swipe = std::fabs(info.swipe_x) > std::fabs(info.swipe_y) ? info.swipe_x : info.swipe_y;
  if (std::fabs(swipe) > threshold && ui_.zoom <= 1) moved_now |= swipe < 0 ? navigator_.next() : navigator_.previous();
  if (info.touching) ui_.touched_while_dragging = true;
  // The wheel moves one panel per notch-worth of travel, whatever the device's resolution.
  ui_.wheel += io.MouseWheel + io.MouseWheelH;
  if (ui_.wheel <= -1.0f) {
    moved_now |= navigator_.next();
    ui_.wheel = 0;
  } else if (ui_.wheel >= 1.0f) {
    moved_now |= navigator_.previous();
    ui_.wheel = 0;
  }
  const float width = std::max(1.0f, info.window_width);
  if (ImGui::IsMouseClicked(0)) {
    ui_.touched_while_dragging = info.touching;
    ui_.dragging = true;
    ui_.drag_start_x = io.MousePos.x;
    ui_.drag_start_y = io.MousePos.y;
  }
  if (ui_.dragging && ImGui::IsMouseReleased(0)) {
    ui_.dragging = false;
    const float dx = io.MousePos.x - ui_.drag_start_x, dy = io.MousePos.y - ui_.drag_start_y;
    const float along = std::fabs(dx) > std::fabs(dy) ? dx : dy;  // the drag's main direction
    if (ui_.touched_while_dragging && std::fabs(along) > threshold) {
      // The finger's own swipe was handled above; its mouse echo is not a second move.
    } else if (std::fabs(along) > threshold) {
      // A drag: the strip follows the pointer, so leftwards or upwards brings the next panel.
      moved_now |= along < 0 ? navigator_.next() : navigator_.previous();
    } else if (std::fabs(dx) < threshold && std::fabs(dy) < threshold) {
      // A tap: on a glossary term or a link, opens it (or closes an open card); else the outer
      // 30% of each side go back and forward, the centre shows or hides the bars.
      const float x = ui_.drag_start_x / width;
      if (glossary_.tap({ui_.drag_start_x, ui_.drag_start_y}, story_, navigator_.current())) {
        // taken by the glossary or a link
      } else if (x < 0.3f) moved_now |= navigator_.previous();
      else if (x > 0.7f) moved_now |= navigator_.next();
      else ui_.chrome = !ui_.chrome;
    }
  }
  if (moved_now) moved();
}

}  // namespace frise::view
