// Telling the world outside the app what it shows. On the web, a DOM event `frise:<name>` on
// window (and window.friseStatus); natively, a JSON line on stdout when enabled.
#pragma once
#include <string_view>

namespace frise::platform {

void set_host_events_printed(bool enabled);  // natively: print events to stdout (for tests and tools)
void notify_host(std::string_view event, std::string_view detail_json);

}  // namespace frise::platform
