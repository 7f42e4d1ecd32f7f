// The platform's Host (core/host.hpp): the machine's services as the app is handed them, one
// implementation per platform, picked by CMake (native/host_native.cpp, web/host_web.cpp).
#pragma once
#include <memory>
#include <string>

#include "core/host.hpp"

struct SDL_Window;

namespace frise::platform {

struct HostOptions {
  bool print_events = false;  // natively: the page's events as JSON lines on stdout (tests, tools)
};

// What both platforms do the same way, through SDL (host_sdl.cpp): the clipboard, as Dear
// ImGui's SDL backend uses it (on the web, the page's own stays the browser's), and fullscreen
// (on the web, SDL asks the browser for it within the key press's user activation).
class PlatformHost : public Host {
 public:
  // The window, once the loop has opened it (for fullscreen and resizing); null once closed.
  void attach_window(SDL_Window* window) { window_ = window; }

  std::string clipboard_text() override;
  void set_clipboard_text(const std::string& text) override;
  void toggle_fullscreen() override;

 protected:
  SDL_Window* window() const { return window_; }

 private:
  SDL_Window* window_ = nullptr;
};

std::unique_ptr<PlatformHost> make_host(const HostOptions& options);

}  // namespace frise::platform
