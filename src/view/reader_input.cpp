// The reader's input: keys (only while the comic has focus: the platform sees to that) go to the
// session; the pointer's gestures (wheel, click and tap zones, drags, swipes, pinch) become its
// commands here, where the panel's geometry is known.
#include <algorithm>
#include <cmath>

#include "platform/app.hpp"
#include "platform/host.hpp"
#include "view/reader_app.hpp"

namespace frise::view {

// Moves asked for by the page around the comic (links, its buttons, the parent of an iframe).
void ReaderApp::handle_host_commands() {
  for (const platform::HostCommand& command : platform::take_host_commands()) {
    if (command.name == "goto") session_.go_to_panel(command.argument);
    else if (command.name == "next") session_.perform(Action::next);
    else if (command.name == "prev") session_.perform(Action::previous);
  }
}

// Every key goes to the session, which maps it for what has the keyboard (core/input_map.cpp).
void ReaderApp::handle_keys(const platform::FrameInfo& info) {
  for (const KeyInput& key : info.keys) {
    // The search field has the typed characters (and its own Left, Right, Home, End); only the
    // keys that pick a result or close go to the session.
    if (session_.overlay() == Overlay::search && ImGui::GetIO().WantTextInput &&
        (key.key == Key::character || key.key == Key::left || key.key == Key::right || key.key == Key::home ||
         key.key == Key::end || key.key == Key::space))
      continue;
    const std::size_t selection = session_.search_selection();
    session_.key(key);
    if (session_.search_selection() != selection) search_.scroll_to_selected = true;
  }
}

void ReaderApp::handle_pointer(const platform::FrameInfo& info) {
  const ImGuiIO& io = ImGui::GetIO();
  Pointer& p = pointer_;
  const bool input = io.MouseClicked[0] || io.MouseWheel != 0 || io.MouseWheelH != 0 || info.pinch != 0 ||
                     info.swipe_x != 0 || info.swipe_y != 0;
  if (input) session_.pointer_input();  // autoplay pauses
  const Overlay overlay = session_.overlay();
  if (io.WantCaptureMouse || strip_.owns_pointer(io.MousePos) || overlay == Overlay::overview) {
    p.dragging = false;  // the strip and the overview handle their own clicks, drags and wheel
    return;
  }
  // An overlay is modal: a click beside it closes it, and nothing reaches the comic behind
  // (beside the editor, the panel is its preview: a click there leaves the editor open).
  if (overlay != Overlay::none) {
    p.dragging = false;
    if (io.MouseClicked[0] && overlay != Overlay::search && overlay != Overlay::editor) session_.close_overlay();
    return;
  }
  // Pinch, or Ctrl + wheel, zooms into the panel; a pinch is never also a swipe.
  if (info.pinch != 0) {
    zoom_at(1.0f + info.pinch * 4.0f, io.MousePos);
    p.dragging = false;
    return;
  }
  if (io.KeyCtrl && io.MouseWheel != 0) {
    zoom_at(io.MouseWheel > 0 ? 1.25f : 0.8f, io.MousePos);
    return;
  }
  if (p.zoom > 1 && ImGui::IsMouseDragging(0)) {  // zoomed in, a drag moves around the panel
    const ImVec2 delta = io.MouseDelta;
    p.zoom_offset = {p.zoom_offset.x + delta.x, p.zoom_offset.y + delta.y};
    zoom_at(1.0f, io.MousePos);  // clamps the offset
    p.dragging = false;
    return;
  }
  // A finger's swipe (reported by the platform), like a mouse drag: the strip follows the finger.
  const float threshold = std::min(std::max(1.0f, info.window_width), info.window_height) * 0.08f;
  // Either direction works: leftwards or upwards brings the next panel, rows and stacks alike.
  const float swipe = std::fabs(info.swipe_x) > std::fabs(info.swipe_y) ? info.swipe_x : info.swipe_y;
  if (std::fabs(swipe) > threshold && p.zoom <= 1) session_.perform(swipe < 0 ? Action::next : Action::previous);
  if (info.touching) p.touched_while_dragging = true;
  // The wheel moves one panel per notch-worth of travel, whatever the device's resolution.
  p.wheel += io.MouseWheel + io.MouseWheelH;
  if (p.wheel <= -1.0f) {
    session_.perform(Action::next);
    p.wheel = 0;
  } else if (p.wheel >= 1.0f) {
    session_.perform(Action::previous);
    p.wheel = 0;
  }
  const float width = std::max(1.0f, info.window_width);
  if (ImGui::IsMouseClicked(0)) {
    p.touched_while_dragging = info.touching;
    p.dragging = true;
    p.drag_start_x = io.MousePos.x;
    p.drag_start_y = io.MousePos.y;
  }
  if (p.dragging && ImGui::IsMouseReleased(0)) {
    p.dragging = false;
    const float dx = io.MousePos.x - p.drag_start_x, dy = io.MousePos.y - p.drag_start_y;
    const float along = std::fabs(dx) > std::fabs(dy) ? dx : dy;  // the drag's main direction
    if (p.touched_while_dragging && std::fabs(along) > threshold) {
      // The finger's own swipe was handled above; its mouse echo is not a second move.
    } else if (std::fabs(along) > threshold) {
      // A drag: the strip follows the pointer, so leftwards or upwards brings the next panel.
      session_.perform(along < 0 ? Action::next : Action::previous);
    } else if (std::fabs(dx) < threshold && std::fabs(dy) < threshold) {
      // A tap: on a glossary term or a link, opens it (or closes an open card); else the outer
      // 30% of each side go back and forward, the centre shows or hides the bars.
      const float x = p.drag_start_x / width;
      if (glossary_.tap({p.drag_start_x, p.drag_start_y}, story(), current())) {
        // taken by the glossary or a link
      } else if (x < 0.3f) session_.perform(Action::previous);
      else if (x > 0.7f) session_.perform(Action::next);
      else session_.toggle_chrome();
    }
  }
}

}  // namespace frise::view
