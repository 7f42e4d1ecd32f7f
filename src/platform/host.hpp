// The platform's Host (core/host.hpp): the machine's services as the app is handed them, one
// implementation per platform, picked by CMake (native/host_native.cpp, web/host_web.cpp).
#pragma once
#include <memory>

#include "core/host.hpp"

struct SDL_Window;

namespace frise::platform {

struct HostOptions {
  bool print_events = false;  // natively: the page's events as JSON lines on stdout (tests, tools)
};

class PlatformHost : public Host {
 public:
  // The window, once the loop has opened it (for fullscreen and resizing); null once closed.
  virtual void attach_window(SDL_Window* window) = 0;
};

std::unique_ptr<PlatformHost> make_host(const HostOptions& options);

}  // namespace frise::platform
