// The reader's input, all of it in one place per frame (after the host page's commands, which
// driver_.begin_frame() brings in): what the screen's controls picked while drawn, then the
// platform's stream of keys and pointer events
// (only while the comic has focus: the platform sees to that), which the session maps
// (core/input_map.cpp, core/pointer_map.cpp) on the screen as last drawn.
#include "platform/app.hpp"
#include "view/reader_app.hpp"

namespace frise::view {

PointerScreen ReaderApp::pointer_screen() const {
  PointerScreen screen;
  screen.window_width = window_w_;
  screen.window_height = window_h_;
  screen.viewport = viewport_;
  screen.strip = strip_area_;
  screen.strip_markers = strip_.markers();
  screen.marker_reach = strip_.marker_reach();
  if (session_.overlay() == Overlay::overview) screen.thumbnails = overview_.thumbnails();
  // Over a window of Dear ImGui's (an overlay, a button, the editor), its controls have the pointer.
  // So have the editor's drags of panels and their markers.
  screen.interface_has_pointer = ImGui::GetIO().WantCaptureMouse || editor_drag_has_pointer();
  screen.spots = glossary_.spot_rects();
  screen.card_open = glossary_.card_open();
  return screen;
}

void ReaderApp::apply_input(const platform::FrameInfo& info) {
  for (const Pick& pick : std::exchange(picks_, {})) {
    if (pick.in != session_.overlay()) continue;
    switch (pick.what) {
      case Pick::What::search_hit: session_.select_search_hit(pick.index); break;
      case Pick::What::story: session_.select_story(pick.index); break;
      case Pick::What::next: session_.perform(Action::next); break;
      case Pick::What::previous: session_.perform(Action::previous); break;
      case Pick::What::panel: session_.go_to(pick.index); break;
    }
    if (pick.what == Pick::What::search_hit || pick.what == Pick::What::story)
      session_.perform(Action::choose);
  }
  // Where the pointer went this frame, for the editor's drags (before the screen is told to the
  // session: a press on a marker the editor drags is not the strip's).
  pointer_.pressed = pointer_.released = false;
  pointer_.wheel = 0;
  for (const InputEvent& event : info.input) {
    const PointerInput* p = std::get_if<PointerInput>(&event);
    if (!p) continue;
    if (p->kind == PointerInput::Kind::wheel) pointer_.wheel += p->amount.y;
    if (p->kind != PointerInput::Kind::press && p->kind != PointerInput::Kind::release && p->kind != PointerInput::Kind::move)
      continue;
    pointer_.at = p->at;
    if (p->kind == PointerInput::Kind::press && !pointer_.pressed) {
      pointer_.pressed = true;
      pointer_.pressed_at = p->at;
    }
    if (p->kind == PointerInput::Kind::release) pointer_.released = true;
  }
  session_.set_pointer_screen(pointer_screen());
  for (const InputEvent& event : info.input) {
    if (const KeyInput* key = std::get_if<KeyInput>(&event)) {
      // The search field has the typed characters (and its own Left, Right, Home, End); only the
      // keys that pick a result or close go to the session.
      if (session_.overlay() == Overlay::search && ImGui::GetIO().WantTextInput &&
          (key->key == Key::character || key->key == Key::left || key->key == Key::right || key->key == Key::home ||
           key->key == Key::end || key->key == Key::space))
        continue;
    }
    const std::size_t selection = session_.search_selection();
    session_.input(event);
    if (session_.search_selection() != selection) search_.scroll_to_selected = true;
  }
}

}  // namespace frise::view
