// Browser: host events become DOM CustomEvents `frise:<name>` on window; the latest state also
// stays readable as window.friseStatus for scripts that arrive late.
#include <emscripten.h>

#include <cstdlib>
#include <deque>
#include <functional>
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
// Storage may be blocked (a sandboxed iframe, private browsing): then nothing is remembered.
// The page sets Module.friseRemember to false when it is framed by a page parent= does not name:
// then the saved state is neither read (no resuming where the reader stopped) nor written.
EM_JS(char*, frise_js_load_state, (), {
  let text = "";
  try { if (Module["friseRemember"] !== false) text = window.localStorage.getItem("frise.state") || ""; } catch (e) {}
  const size = lengthBytesUTF8(text) + 1;
  const out = _malloc(size);
  stringToUTF8(text, out, size);
  return out;
});
EM_JS(void, frise_js_save_state, (const char* text), {
  try { if (Module["friseRemember"] !== false) window.localStorage.setItem("frise.state", UTF8ToString(text)); } catch (e) {}
});
// A new tab that cannot reach back into the comic's page (noopener), from the reader's click
// (the frame runs within the click's user activation, so no popup blocker stops it).
EM_JS(void, frise_js_open_link, (const char* url), {
  const address = UTF8ToString(url);
  const scheme = address.slice(0, 8).toLowerCase();  /* no regex literal: the preprocessor reads // as a comment */
  if (!scheme.startsWith('https:') && !scheme.startsWith('http:')) return;
  window.open(address, '_blank', 'noopener,noreferrer');
});

EM_JS(char*, frise_js_language, (), {
  const text = (navigator.language || "").slice(0, 16);
  const size = lengthBytesUTF8(text) + 1;
  const out = _malloc(size);
  stringToUTF8(text, out, size);
  return out;
});
EM_JS(int, frise_prefers_reduced_motion, (), {
  return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
});
// clang-format on

namespace {
std::deque<frise::platform::HostCommand> g_commands;  // filled by JavaScript between frames
std::function<void()> g_page_hidden;                  // set once by the app
}

// Called by the page on pagehide and when it becomes hidden, outside any frame.
extern "C" EMSCRIPTEN_KEEPALIVE void frise_page_hidden() {
  if (g_page_hidden) g_page_hidden();
}

// Called from the page (window.frise.goTo, postMessage) through Module.ccall.
extern "C" EMSCRIPTEN_KEEPALIVE void frise_command(const char* name, const char* argument) {
  if (g_commands.size() < 64) g_commands.push_back({name ? name : "", argument ? argument : ""});
}

namespace frise::platform {

void set_host_events_printed(bool) {}

void on_page_hidden(std::function<void()> handler) { g_page_hidden = std::move(handler); }

std::vector<HostCommand> take_host_commands() {
  std::vector<HostCommand> out(g_commands.begin(), g_commands.end());
  g_commands.clear();
  return out;
}

std::string load_saved_state() {
  char* text = frise_js_load_state();
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

void save_state(std::string_view text) {
  const std::string copy(text);
  frise_js_save_state(copy.c_str());
}

void notify_host(std::string_view event, std::string_view detail_json) {
  const std::string name(event), detail(detail_json);
  frise_dispatch_host_event(name.c_str(), detail.c_str());
}

bool host_prefers_reduced_motion() { return frise_prefers_reduced_motion() != 0; }

// The browser has no folder to save into (F12 opens its developer tools anyway).
bool can_save_screenshots() { return false; }
std::string pictures_folder() { return {}; }
bool folder_is_writable(const std::string&) { return false; }

std::string system_language() {
  char* text = frise_js_language();
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

void open_link(const std::string& url) {
  frise_js_open_link(url.c_str());
  std::string detail = "{\"url\":\"";
  for (char c : url) {  // an http(s) address without spaces or controls: only quotes need escaping
    if (c == '"' || c == '\\') detail += '\\';
    detail += c;
  }
  notify_host("link", detail + "\"}");
}

}  // namespace frise::platform
