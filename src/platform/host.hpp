// Telling the world outside the app what it shows. On the web, a DOM event `frise:<name>` on
// window (and window.friseStatus); natively, a JSON line on stdout when enabled.
#pragma once
#include <string_view>

namespace frise::platform {

void set_host_events_printed(bool enabled);  // natively: print events to stdout (for tests and tools)
void notify_host(std::string_view event, std::string_view detail_json);
// The reader asked the system for less motion (prefers-reduced-motion in the browser;
// FRISE_REDUCED_MOTION=1 on the desktop).
bool host_prefers_reduced_motion();

}  // namespace frise::platform
