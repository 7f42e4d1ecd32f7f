// Desktop: host events become JSON lines on stdout when asked for (tests and tools read them).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "platform/host.hpp"

namespace frise::platform {
namespace {
bool g_print_events = false;  // set once from the command line, before the loop starts
}

void set_host_events_printed(bool enabled) { g_print_events = enabled; }

void notify_host(std::string_view event, std::string_view detail_json) {
  if (!g_print_events) return;
  std::printf("{\"event\":\"%.*s\",\"detail\":%.*s}\n", static_cast<int>(event.size()), event.data(),
              static_cast<int>(detail_json.size()), detail_json.data());
  std::fflush(stdout);
}

bool host_prefers_reduced_motion() {
  const char* value = std::getenv("FRISE_REDUCED_MOTION");
  return value && value[0] == '1';
}

}  // namespace frise::platform
