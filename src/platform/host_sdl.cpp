// The Host services both platforms take from SDL (host.hpp says which).
#include "platform/host.hpp"

#include <SDL.h>

namespace frise::platform {

std::string PlatformHost::clipboard_text() {
  char* text = SDL_GetClipboardText();
  std::string out = text ? text : "";
  SDL_free(text);
  return out;
}

void PlatformHost::set_clipboard_text(const std::string& text) { SDL_SetClipboardText(text.c_str()); }

void PlatformHost::toggle_fullscreen() {
  if (!window_) return;
  const bool full = (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
  SDL_SetWindowFullscreen(window_, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

}  // namespace frise::platform
