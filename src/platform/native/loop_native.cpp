// Desktop: a plain loop.
#include "platform/loop.hpp"

namespace frise::platform::detail {

void apply_platform_hints() {}

void adjust_initial_window_size(int&, int&) {}

bool remembers_window_placement() { return true; }

bool captures_frames() { return true; }

bool opens_dropped_files() { return true; }

void drive_loop(bool (*frame)(void* user), void* user) {
  while (frame(user)) {
  }
}

}  // namespace frise::platform::detail
