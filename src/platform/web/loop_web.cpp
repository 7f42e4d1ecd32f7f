// Browser: the page's animation frames drive the loop; the canvas fills the page (or iframe).
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include "platform/loop.hpp"

namespace frise::platform::detail {
namespace {

bool (*g_frame)(void*) = nullptr;  // emscripten_set_main_loop_arg has room for one pointer only
void* g_user = nullptr;

void browser_frame(void*) {
  if (!g_frame(g_user)) emscripten_cancel_main_loop();
}

}  // namespace

void apply_platform_hints() {
  // Keys reach Frise only while its canvas has focus, never from the host page.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
}

void adjust_initial_window_size(int& width, int& height) {
  double css_w = 0, css_h = 0;
  if (emscripten_get_element_css_size("#canvas", &css_w, &css_h) == EMSCRIPTEN_RESULT_SUCCESS && css_w > 0 &&
      css_h > 0) {
    width = static_cast<int>(css_w);
    height = static_cast<int>(css_h);
  }
}

bool remembers_window_placement() { return false; }

bool captures_frames() { return false; }

bool opens_dropped_files() { return false; }

void drive_loop(bool (*frame)(void* user), void* user) {
  g_frame = frame;
  g_user = user;
  emscripten_set_main_loop_arg(browser_frame, nullptr, 0, true);
}

}  // namespace frise::platform::detail
