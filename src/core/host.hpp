// What the reader asks of the machine it runs on, behind one small interface: files, storage,
// the clipboard, the window, links, and the page around the comic. The app is handed one and
// never calls the platform itself: src/platform/native/host_native.cpp and
// src/platform/web/host_web.cpp implement it (CMake picks one), tests/unit/fake_host.hpp
// fakes it to test the app's behaviour headless.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/image.hpp"

namespace frise {

struct FileRead {
  std::string path;
  std::string bytes;
  std::string error;  // empty on success: why the file could not be read
  bool ok() const { return error.empty(); }
};

// A request from the page around the comic (window.frise.goTo(id), the parent's postMessage):
// "goto" with a panel id, "next", "prev".
struct HostCommand {
  std::string name;
  std::string argument;
};

class Host {
 public:
  virtual ~Host() = default;

  // --- Files: from disk natively (a worker thread), by fetch relative to the page on the web.
  // Reads are asynchronous: their callbacks run in poll_files(), on the main thread, between
  // frames. `fresh`: never from a cache (a story reloaded after an edit).
  virtual void read_file(const std::string& path, bool fresh, std::function<void(FileRead&&)> done) = 0;
  // Read and decoded off the frame natively; decoded when the download completes on the web.
  virtual void read_image(const std::string& path, std::function<void(const std::string& path, DecodedImage&&)> done) = 0;
  virtual void poll_files() = 0;
  // At once, for the editor's own files (the recovery file, the story when saving); the browser
  // cannot, and says so in the error.
  virtual FileRead read_file_now(const std::string& path) = 0;
  virtual std::string write_file(const std::string& path, std::string_view text, bool atomic) = 0;  // why not, or ""
  virtual void remove_file(const std::string& path) = 0;
  // Changes when the file does (0 when it cannot be known: the browser), to reload what the author saves.
  virtual std::uint64_t file_version(const std::string& path) = 0;
  // Whether the program may create files in `folder`; the user's pictures folder ("" when
  // there is none to save into: the browser), for F12.
  virtual bool folder_is_writable(const std::string& folder) = 0;
  virtual std::string pictures_folder() = 0;

  // --- Storage: a small text kept between visits (a file, localStorage). Saving never blocks
  // a frame; "" when nothing was saved or storage is unavailable.
  virtual std::string load_state() = 0;
  virtual void save_state(std::string_view text) = 0;
  // What to run when the page is hidden or closed (the browser gives no later chance).
  virtual void on_page_hidden(std::function<void()> handler) = 0;

  // --- The clipboard (the editor's fields copy and paste through it).
  virtual std::string clipboard_text() = 0;
  virtual void set_clipboard_text(const std::string& text) = 0;

  // --- The window: fullscreen (F), and a reader's window size for the editor's previews (the
  // browser's page decides its canvas's size: there it does nothing).
  virtual void toggle_fullscreen() = 0;
  virtual void resize_window(int width, int height) = 0;

  // --- The world outside: a story's link (http or https, checked when the story was read)
  // opened outside the comic, only ever for the reader's click, tap or key; events for the page
  // (DOM events on the web, JSON lines on stdout with --print-events); the page's requests.
  virtual void open_link(const std::string& url) = 0;
  virtual void notify(std::string_view event, std::string_view detail_json) = 0;
  virtual std::vector<HostCommand> take_commands() = 0;

  // --- What the system says: its language ("fr", "en-GB"; "" when unknown), whether the reader
  // asked it for less motion, how many threads may read a long story.
  virtual std::string system_language() = 0;
  virtual bool prefers_reduced_motion() = 0;
  virtual unsigned threads_for_reading() = 0;
};

}  // namespace frise
