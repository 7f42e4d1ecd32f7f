// Internal to the platform layer: the parts that differ between the desktop and the browser,
// implemented once in native/loop_native.cpp and once in web/loop_web.cpp (CMake picks one).
#pragma once

namespace frise::platform::detail {

// SDL hints to set before SDL_Init (on the web: keys only from the focused canvas).
void apply_platform_hints();
// On the web the page decides the window's size; natively the requested size stays.
void adjust_initial_window_size(int& width, int& height);
// Natively the window's size and place are the reader's to keep between runs; on the web the
// page decides them.
bool remembers_window_placement();
// Natively the app may be handed a copy of a frame (an export, F12, --screenshot: PNG files)
// and the files dropped on its window. A page does neither: its reader has no folder to write
// into, and files reach it by URL only. Known at link time, so that the web edition carries
// none of that code (issue 13).
bool captures_frames();
bool opens_dropped_files();
// Calls frame(user) repeatedly until it returns false: a loop natively, browser frames on the web.
void drive_loop(bool (*frame)(void* user), void* user);

}  // namespace frise::platform::detail
