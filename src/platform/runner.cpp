// The platform's frame: SDL events -> Dear ImGui (its controls) and generic input events (the
// app's input stream) -> the app's hooks -> OpenGL ES 3 -> screen. The same code runs natively
// and in the browser; only the loop driver (loop.hpp) differs.
#include <SDL.h>
#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "core/image.hpp"
#include "core/utf8.hpp"
#include "platform/app.hpp"
#include "platform/host.hpp"
#include "platform/loop.hpp"

namespace frise::platform {
namespace {

struct Runner {
  App& app;
  PlatformHost& host;
  const RunOptions& options;
  std::string clipboard;  // the host's clipboard text, held while Dear ImGui reads it
  // The finger being followed for a swipe (the first one down), as a share of the window.
  SDL_FingerID finger = 0;
  bool finger_down = false;
  int fingers = 0;
  float finger_x = 0, finger_y = 0;
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  bool quit = false;
  int exit_code = 0;
  int frames = 0;
};

// The frame just drawn (the back buffer), as RGBA rows from the top.
std::vector<std::uint8_t> read_framebuffer(int width, int height) {
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // GL rows go bottom to top; images' rows top to bottom.
  const std::size_t row = static_cast<std::size_t>(width) * 4;
  std::vector<std::uint8_t> flipped(pixels.size());
  for (int y = 0; y < height; ++y)
    std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(height - 1 - y)), row,
                flipped.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y)));
  // The window has no alpha channel worth keeping: a PNG viewer would show the read-back's
  // leftovers as holes.
  for (std::size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
  return flipped;
}

bool save_framebuffer(const std::string& path, int width, int height) {
  const std::vector<std::uint8_t> flipped = read_framebuffer(width, height);
  std::string error;
  if (!write_png(path, width, height, flipped, error)) {
    std::fprintf(stderr, "frise: %s\n", error.c_str());
    return false;
  }
  std::printf("frise: wrote %s (%dx%d)\n", path.c_str(), width, height);
  return true;
}

std::optional<Key> named_key(SDL_Keycode code) {
  switch (code) {
    case SDLK_LEFT: return Key::left;
    case SDLK_RIGHT: return Key::right;
    case SDLK_UP: return Key::up;
    case SDLK_DOWN: return Key::down;
    case SDLK_PAGEUP: return Key::page_up;
    case SDLK_PAGEDOWN: return Key::page_down;
    case SDLK_HOME: return Key::home;
    case SDLK_END: return Key::end;
    case SDLK_SPACE: return Key::space;
    case SDLK_ESCAPE: return Key::escape;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return Key::enter;
    case SDLK_TAB: return Key::tab;
    case SDLK_F12: return Key::f12;
    default: return std::nullopt;
  }
}

// The window's place as its user left it; a fullscreen or maximised window keeps the place it
// had before, so that leaving those states comes back to it next time.
void report_placement(Runner& r) {
  // --size: a test's or an export's window, not the reader's choice; the web page sizes its own canvas.
  if (r.options.fixed_size || !detail::remembers_window_placement()) return;
  if (SDL_GetWindowFlags(r.window) & (SDL_WINDOW_FULLSCREEN | SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_MAXIMIZED |
                                      SDL_WINDOW_MINIMIZED))
    return;
  WindowPlacement placement;
  SDL_GetWindowPosition(r.window, &placement.x, &placement.y);
  SDL_GetWindowSize(r.window, &placement.width, &placement.height);
  r.app.window_placed(placement);
}

// Whether a window at `placement` would show at least a corner's worth of itself on some screen.
bool on_some_screen(const WindowPlacement& placement) {
  constexpr int visible = 64;  // enough of the title bar to grab it
  for (int i = 0; i < SDL_GetNumVideoDisplays(); ++i) {
    SDL_Rect bounds;
    if (SDL_GetDisplayUsableBounds(i, &bounds) != 0) continue;
    const int x0 = std::max(bounds.x, placement.x), x1 = std::min(bounds.x + bounds.w, placement.x + placement.width);
    const int y0 = std::max(bounds.y, placement.y), y1 = std::min(bounds.y + bounds.h, placement.y + placement.height);
    if (x1 - x0 >= visible && y1 - y0 >= visible) return true;
  }
  return false;
}

// A mouse event as the app's pointer input. SDL echoes a finger as a mouse (SDL_TOUCH_MOUSEID):
// flagged, so that a finger's drag is not turned into a second move besides its swipe.
PointerInput pointer_input(PointerInput::Kind kind, int x, int y, Uint32 which, const Runner& r) {
  PointerInput input;
  input.kind = kind;
  input.at = {static_cast<float>(x), static_cast<float>(y)};
  input.touch = which == SDL_TOUCH_MOUSEID || r.fingers > 0;
  input.ctrl = (SDL_GetModState() & KMOD_CTRL) != 0;
  return input;
}

// Fingers: the first one down and up again is a swipe (browsers echo no mouse drag for it);
// a second one makes it a pinch instead.
void track_fingers(Runner& r, const SDL_Event& event, std::vector<InputEvent>& input) {
  int w = 0, h = 0;
  SDL_GetWindowSize(r.window, &w, &h);
  const Vec2 window{static_cast<float>(w), static_cast<float>(h)};
  if (event.type == SDL_FINGERDOWN) {
    if (r.fingers++ == 0) {
      r.finger = event.tfinger.fingerId;
      r.finger_down = true;
      r.finger_x = event.tfinger.x;
      r.finger_y = event.tfinger.y;
    } else {
      r.finger_down = false;  // two fingers: a pinch, not a swipe; the first finger's press is not a tap
      PointerInput pinch;
      pinch.kind = PointerInput::Kind::pinch;
      pinch.at = {event.tfinger.x * window.x, event.tfinger.y * window.y};
      pinch.touch = true;
      input.emplace_back(pinch);
    }
  }
  if (event.type == SDL_FINGERUP) {
    r.fingers = std::max(0, r.fingers - 1);
    if (r.finger_down && event.tfinger.fingerId == r.finger) {
      PointerInput swipe;
      swipe.kind = PointerInput::Kind::swipe;
      swipe.at = {event.tfinger.x * window.x, event.tfinger.y * window.y};
      swipe.amount = {(event.tfinger.x - r.finger_x) * window.x, (event.tfinger.y - r.finger_y) * window.y};
      swipe.touch = true;
      input.emplace_back(swipe);
      r.finger_down = false;
    }
  }
  if (event.type == SDL_MULTIGESTURE && event.mgesture.numFingers >= 2) {
    PointerInput pinch;
    pinch.kind = PointerInput::Kind::pinch;
    pinch.at = {event.mgesture.x * window.x, event.mgesture.y * window.y};  // between the fingers
    pinch.amount = {event.mgesture.dDist, 0};
    pinch.touch = true;
    input.emplace_back(pinch);
  }
}

// The reader's input from one SDL event: its keys, typed characters and pointer.
void translate(Runner& r, const SDL_Event& event, std::vector<InputEvent>& input) {
  track_fingers(r, event, input);
  using Kind = PointerInput::Kind;
  if ((event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) && event.button.button == SDL_BUTTON_LEFT)
    input.emplace_back(pointer_input(event.type == SDL_MOUSEBUTTONDOWN ? Kind::press : Kind::release, event.button.x,
                                     event.button.y, event.button.which, r));
  if (event.type == SDL_MOUSEMOTION)
    input.emplace_back(pointer_input(Kind::move, event.motion.x, event.motion.y, event.motion.which, r));
  if (event.type == SDL_MOUSEWHEEL) {
    // A notch per event whatever the device reports, as Dear ImGui counts it.
    PointerInput wheel = pointer_input(Kind::wheel, event.wheel.mouseX, event.wheel.mouseY, event.wheel.which, r);
    const auto sign = [](Sint32 v) { return v > 0 ? 1.0f : v < 0 ? -1.0f : 0.0f; };
    wheel.amount = {sign(event.wheel.x), sign(event.wheel.y)};
    input.emplace_back(wheel);
  }
  if (event.type == SDL_KEYDOWN && !(event.key.keysym.mod & (KMOD_CTRL | KMOD_GUI | KMOD_ALT)))
    if (auto key = named_key(event.key.keysym.sym)) input.emplace_back(key_input(*key, (event.key.keysym.mod & KMOD_SHIFT) != 0));
  if (event.type == SDL_KEYDOWN && (event.key.keysym.mod & (KMOD_CTRL | KMOD_GUI)) &&
      event.key.keysym.sym >= SDLK_a && event.key.keysym.sym <= SDLK_z)
    input.emplace_back(shortcut(static_cast<char32_t>(event.key.keysym.sym), (event.key.keysym.mod & KMOD_SHIFT) != 0));
  // Letters and symbols as typed (whatever the keyboard's layout), one code point each.
  if (event.type == SDL_TEXTINPUT)
    for (char32_t c : decode_utf8(event.text.text)) input.emplace_back(typed(c));
}

bool run_one_frame(void* user) {
  Runner& r = *static_cast<Runner*>(user);
  std::vector<InputEvent> input;
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);  // Dear ImGui's own controls (buttons, fields, overlays' windows)
    translate(r, event, input);
    // The window's close button, or Ctrl+C in the terminal; the app may ask first (unsaved edits).
    if (event.type == SDL_QUIT && r.app.may_quit()) r.quit = true;
    if (detail::opens_dropped_files() && event.type == SDL_DROPFILE && event.drop.file) {
      const std::string dropped = event.drop.file;
      SDL_free(event.drop.file);
      r.app.file_dropped(dropped);
    }
    if (event.type == SDL_WINDOWEVENT && event.window.windowID == SDL_GetWindowID(r.window) &&
        (event.window.event == SDL_WINDOWEVENT_MOVED || event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED))
      report_placement(r);
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(r.window) && r.app.may_quit())
      r.quit = true;
  }

  int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
  SDL_GetWindowSize(r.window, &window_w, &window_h);
  SDL_GL_GetDrawableSize(r.window, &drawable_w, &drawable_h);
  FrameInfo info;
  info.window_width = static_cast<float>(window_w);
  info.window_height = static_cast<float>(window_h);
  info.framebuffer_scale = window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
  info.seconds = static_cast<double>(SDL_GetTicks64()) / 1000.0;
  info.input = std::move(input);

  if (r.app.prepare_fonts(info)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  r.app.frame(info);
  ImGui::Render();

  glViewport(0, 0, drawable_w, drawable_h);
  glClearColor(0, 0, 0, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++r.frames;

  if (detail::captures_frames() && r.app.wants_capture()) r.app.captured(drawable_w, drawable_h, read_framebuffer(drawable_w, drawable_h));
  if (detail::captures_frames() && !r.options.screenshot_path.empty() && r.app.frame_is_complete()) {
    if (!save_framebuffer(r.options.screenshot_path, drawable_w, drawable_h)) r.exit_code = 1;
    r.quit = true;
  }
  SDL_GL_SwapWindow(r.window);
  if (r.app.wants_to_quit()) r.quit = true;
  return !r.quit;
}

}  // namespace

int run(App& app, PlatformHost& host, const RunOptions& options) {
  detail::apply_platform_hints();
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "frise: cannot start SDL: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

  int width = options.width, height = options.height;
  detail::adjust_initial_window_size(width, height);
  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
  if (!options.fixed_size) flags |= SDL_WINDOW_RESIZABLE;
  static Runner* runner = nullptr;  // the web loop outlives this function's frame
  runner = new Runner{app, host, options, {}};
  int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
  if (options.placement && !options.fixed_size && detail::remembers_window_placement() &&
      options.placement->width >= 200 && options.placement->height >= 150) {
    width = options.placement->width;
    height = options.placement->height;
    if (on_some_screen(*options.placement)) {
      x = options.placement->x;
      y = options.placement->y;
    }
  }
  runner->window = SDL_CreateWindow(options.title.c_str(), x, y, width, height, flags);
  if (!runner->window) {
    std::fprintf(stderr, "frise: cannot open a window: %s\n", SDL_GetError());
    return 1;
  }
  runner->gl = SDL_GL_CreateContext(runner->window);
  if (!runner->gl) {
    std::fprintf(stderr, "frise: cannot create an OpenGL ES 3 context: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(runner->window, runner->gl);
  host.attach_window(runner->window);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the reader's state is saved by the app, not as ImGui window layout
  io.LogFilename = nullptr;
  ImGui_ImplSDL2_InitForOpenGL(runner->window, runner->gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  // The editor's fields copy and paste through the host's clipboard.
  io.ClipboardUserData = runner;
  io.SetClipboardTextFn = [](void* user, const char* text) { static_cast<Runner*>(user)->host.set_clipboard_text(text); };
  io.GetClipboardTextFn = [](void* user) {
    Runner& r = *static_cast<Runner*>(user);
    r.clipboard = r.host.clipboard_text();
    return r.clipboard.c_str();
  };

  detail::drive_loop(&run_one_frame, runner);
  app.will_quit();

  const int code = runner->exit_code;
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(runner->gl);
  host.attach_window(nullptr);
  SDL_DestroyWindow(runner->window);
  SDL_Quit();
  delete runner;
  runner = nullptr;
  return code;
}

}  // namespace frise::platform
