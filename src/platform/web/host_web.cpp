// Browser: host events become DOM CustomEvents `frise:<name>` on window; the latest state also
// stays readable as window.friseStatus for scripts that arrive late.
#include <emscripten.h>

#include <string>

#include "platform/host.hpp"

// clang-format off
EM_JS(void, frise_dispatch_host_event, (const char* event, const char* detail_json), {
  const name = UTF8ToString(event);
  const detail = JSON.parse(UTF8ToString(detail_json));
  const status = window.friseStatus || (window.friseStatus = {});
  status[name] = detail;
  window.dispatchEvent(new CustomEvent('frise:' + name, {detail}));
});
EM_JS(int, frise_prefers_reduced_motion, (), {
  return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
});
// clang-format on

namespace frise::platform {

void set_host_events_printed(bool) {}

void notify_host(std::string_view event, std::string_view detail_json) {
  const std::string name(event), detail(detail_json);
  frise_dispatch_host_event(name.c_str(), detail.c_str());
}

bool host_prefers_reduced_motion() { return frise_prefers_reduced_motion() != 0; }

}  // namespace frise::platform
