// Browser: the Host of the app. Files by fetch relative to the page (FileLoader), the reading
// state in localStorage, links in a new tab; the page's events become DOM CustomEvents
// `frise:<name>` on window (the latest state also stays readable as window.friseStatus for
// scripts that arrive late), and its requests (window.frise, postMessage) come in as commands.
#include <emscripten.h>

#include <cstdlib>
#include <deque>
#include <functional>
#include <string>

#include "platform/files.hpp"
#include "platform/host.hpp"

// clang-format off
EM_JS(void, frise_dispatch_host_event, (const char* event, const char* detail_json), {
  const name = UTF8ToString(event);
  const detail = JSON.parse(UTF8ToString(detail_json));
  // By its quoted name: Closure Compiler renames what it does not know (window.friseStatus).
  const status = window["friseStatus"] || (window["friseStatus"] = {});
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

namespace frise::platform {
namespace {

std::string taken(char* text) {  // a string malloc'ed by JavaScript
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

class WebHost final : public PlatformHost {
 public:
  void read_file(const std::string& path, bool fresh, std::function<void(FileRead&&)> done) override {
    files_.request(
        path,
        [done = std::move(done)](FileResult&& file) {
          done({std::move(file.path), std::string(file.bytes.begin(), file.bytes.end()), std::move(file.error)});
        },
        fresh);
  }
  void read_image(const std::string& path, std::function<void(const std::string&, DecodedImage&&)> done) override {
    files_.request_image(path, std::move(done));
  }
  void poll_files() override { files_.poll(); }
  FileRead read_file_now(const std::string& path) override {
    return {path, {}, "cannot read " + path + " at once in the browser"};
  }
  std::string write_file(const std::string& path, std::string_view text, bool atomic) override {
    return platform::write_file(path, text, atomic);  // says the browser cannot
  }
  void remove_file(const std::string&) override {}
  std::uint64_t file_version(const std::string&) override { return 0; }
  // The browser has no folder to save into (F12 opens its developer tools anyway).
  bool folder_is_writable(const std::string&) override { return false; }
  std::string pictures_folder() override { return {}; }

  std::string load_state() override { return taken(frise_js_load_state()); }
  void save_state(std::string_view text) override { frise_js_save_state(std::string(text).c_str()); }
  void on_page_hidden(std::function<void()> handler) override { page_hidden = std::move(handler); }

  void resize_window(int, int) override {}  // the page decides its canvas's size

  void open_link(const std::string& url) override { frise_js_open_link(url.c_str()); }
  void notify(std::string_view event, std::string_view detail_json) override {
    frise_dispatch_host_event(std::string(event).c_str(), std::string(detail_json).c_str());
  }
  std::vector<HostCommand> take_commands() override {
    std::vector<HostCommand> out(commands.begin(), commands.end());
    commands.clear();
    return out;
  }

  std::string system_language() override { return taken(frise_js_language()); }
  bool prefers_reduced_motion() override { return frise_prefers_reduced_motion() != 0; }
  unsigned threads_for_reading() override { return platform::threads_for_reading(); }

  std::deque<HostCommand> commands;   // filled by JavaScript between frames
  std::function<void()> page_hidden;  // set once by the app

 private:
  FileLoader files_;
};

// The one host, for the page's calls into the program (which carry no pointer of ours).
WebHost* g_host = nullptr;

}  // namespace

std::unique_ptr<PlatformHost> make_host(const HostOptions&) {
  auto host = std::make_unique<WebHost>();
  g_host = host.get();
  return host;
}

}  // namespace frise::platform

// Called by the page on pagehide and when it becomes hidden, outside any frame.
extern "C" EMSCRIPTEN_KEEPALIVE void frise_page_hidden() {
  if (frise::platform::g_host && frise::platform::g_host->page_hidden) frise::platform::g_host->page_hidden();
}

// Called from the page (window.frise.goTo, postMessage) through Module.ccall.
extern "C" EMSCRIPTEN_KEEPALIVE void frise_command(const char* name, const char* argument) {
  if (frise::platform::g_host && frise::platform::g_host->commands.size() < 64)
    frise::platform::g_host->commands.push_back({name ? name : "", argument ? argument : ""});
}
