// The contract between the platform layer and the application: the platform owns the window,
// the GL context and the loop (a plain loop natively, the browser's animation frames on the web)
// and calls these hooks; the application never sees SDL, GL or Emscripten.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/input_map.hpp"

namespace frise::platform {

// Where the window sits on the desktop and its size, in logical pixels.
struct WindowPlacement {
  int x = 0, y = 0, width = 0, height = 0;
  bool operator==(const WindowPlacement&) const = default;
};

struct FrameInfo {
  float window_width = 0;      // logical pixels (CSS pixels on the web)
  float window_height = 0;
  float framebuffer_scale = 1; // device pixels per logical pixel
  double seconds = 0;          // time since start
  // What the reader did since the last frame, in order, as generic events: keys pressed
  // (auto-repeat included), characters typed, the pointer's presses, moves and wheel, a finger's
  // swipe, a pinch. Taken from events, not polled, so a key pressed and released within one slow
  // frame still counts. The input maps (core) say what each does.
  std::vector<InputEvent> input;
};

class App {
 public:
  virtual ~App() = default;
  // Before each ImGui frame: build or rebuild the font atlas for this scale and window size.
  // Returns true when the atlas changed and its texture must be uploaded again.
  virtual bool prepare_fonts(const FrameInfo& info) = 0;
  // Inside an ImGui frame: advance and draw.
  virtual void frame(const FrameInfo& info) = 0;
  // True when the frame just drawn shows everything it should (text, images or their placeholders):
  // the moment a screenshot is taken and the host page is told the panel is on screen.
  virtual bool frame_is_complete() const = 0;
  virtual bool wants_to_quit() const = 0;
  // The reader asked to close the window (natively): false keeps it open, the app asking first
  // (about unsaved edits); it then ends through wants_to_quit().
  virtual bool may_quit() { return true; }
  // The loop is about to end (natively): write what must not be lost, such as a pending save.
  virtual void will_quit() {}
  // A copy of the frame just drawn, asked for by the app (an export, F12): when this says so after
  // frame(), the platform reads the pixels back and hands them to captured(), before the next frame.
  virtual bool wants_capture() const { return false; }
  // `rgba`: width x height pixels, 4 bytes each, rows from the top (device pixels).
  virtual void captured(int /*width*/, int /*height*/, std::vector<std::uint8_t> /*rgba*/) {}
  // A file dropped on the window (natively), or opened by the system: the app decides what to do.
  virtual void file_dropped(const std::string& /*path*/) {}
  // The window was moved or resized by its user (logical pixels, position on the desktop).
  virtual void window_placed(const WindowPlacement& /*placement*/) {}
};

struct RunOptions {
  std::string title = "Frise";
  int width = 1280;              // initial window size in logical pixels (natively)
  int height = 800;
  bool fixed_size = false;       // --size: exactly this size, not resizable
  std::string screenshot_path;   // natively: write the first complete frame to this PNG, then quit
  // Natively: where the window was last time (its size too), unless fixed_size. A position off
  // every screen (a monitor since unplugged) is ignored and the window centred.
  std::optional<WindowPlacement> placement;
};

class PlatformHost;
// Runs until the app wants to quit (natively) or forever (on the web), the window attached to
// `host` while it is open. Returns the exit code.
int run(App& app, PlatformHost& host, const RunOptions& options);

}  // namespace frise::platform
