// Telling the world outside the app what it shows. On the web, a DOM event `frise:<name>` on
// window (and window.friseStatus); natively, a JSON line on stdout when enabled.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace frise::platform {

void set_host_events_printed(bool enabled);  // natively: print events to stdout (for tests and tools)
void notify_host(std::string_view event, std::string_view detail_json);
// The reader asked the system for less motion (prefers-reduced-motion in the browser;
// FRISE_REDUCED_MOTION=1 on the desktop).
bool host_prefers_reduced_motion();

// The system's (desktop) or browser's language as a tag ("fr", "en-GB"); empty when unknown. The
// interface speaks it until a story says which language it is in.
std::string system_language();

// Whether F12 can save a screenshot as a file (the desktop), and the user's pictures folder
// for it when the story's own folder cannot be written to ($XDG_PICTURES_DIR, else ~/Pictures).
bool can_save_screenshots();
std::string pictures_folder();
// Whether the program may create files in `folder` (it exists and is writable).
bool folder_is_writable(const std::string& folder);

// Opens a link of the story (an http(s) address, checked when the story was read) outside the
// comic: a new browser tab on the web, the system's browser on the desktop; and tells the host
// ("link" event). Only ever called for a click, a tap or a key press of the reader's.
void open_link(const std::string& url);

// Requests from outside: on the web, window.frise.goTo(id) and the parent page's postMessage
// arrive as {name: "goto", argument: id}, "next", "prev". Taken once, in arrival order.
struct HostCommand {
  std::string name;
  std::string argument;
};
std::vector<HostCommand> take_host_commands();

// A small text the reader keeps between visits (reading position, preferences): a file on the
// desktop, localStorage in the browser. Empty when nothing was saved or storage is unavailable.
// Saving never blocks a frame: the desktop writes the file on a thread of its own (the latest
// text wins, and what is pending is written before the program ends).
std::string load_saved_state();
void save_state(std::string_view text);
// What to run when the page is hidden or closed (the browser gives no later chance: frames stop):
// the reader writes its pending save there. Natively the app's will_quit() does it instead.
void on_page_hidden(std::function<void()> handler);

}  // namespace frise::platform
