// The web edition's part of the reader's exports and screenshots (reader_export.cpp natively):
// none. A page's reader is never asked to export (cli/read_command_web.cpp refuses the desktop's
// --export), F12 finds no folder to save into (the browser's Host has no pictures folder), the
// page captures no frame and SDL brings it no dropped file (platform/web/loop_web.cpp). Compiled
// in, that code (PNG writing, the strip's canvas, std::filesystem) was part of what every reader
// downloads (issue 13); these keep the members the reader calls, doing what they did there.
#include "view/reader_app.hpp"

namespace frise::view {

bool ReaderApp::wants_capture() const { return false; }

void ReaderApp::captured(int, int, std::vector<std::uint8_t>) { screenshot_pending_ = false; }

// The export request is always none here: reader_app.cpp calls these only for an export.
void ReaderApp::export_interrupted() {}
void ReaderApp::export_frame() {}
void ReaderApp::finish_export(bool) {}
void ReaderApp::draw_strip_column(ImDrawList&, const platform::FrameInfo&) {}

void ReaderApp::file_dropped(const std::string&) {}

}  // namespace frise::view
