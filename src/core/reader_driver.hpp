// Runs a ReaderSession on a Host: reads the files the session asks for and hands them back,
// keeps what it wants saved (coalesced by the session, written by the host off the frame, and
// at once when the page is hidden), brings in the page's commands, opens the story's links and
// tells the page what changed. The view carries out the rest of the effects (drawing, the
// camera, fonts); this part needs no window, so it is tested headless with a fake host.
#pragma once
#include <string>
#include <vector>

#include "core/host.hpp"
#include "core/reader_session.hpp"

namespace frise {

// The session's options with what only the host knows: the system's language, the threads.
SessionOptions with_host(SessionOptions options, Host& host);

class ReaderDriver {
 public:
  ReaderDriver(ReaderSession& session, Host& host);
  ReaderDriver(const ReaderDriver&) = delete;
  ReaderDriver& operator=(const ReaderDriver&) = delete;

  // At the start of a frame: the files that arrived, then the page's commands, go to the session.
  void begin_frame();
  // Carries out the effects that are the host's (reading, saving, links, the page's events)
  // and returns the ones the view must still carry out, in order (read_story among them: the
  // view notes the file's version).
  std::vector<SessionEffect> carry_out(std::vector<SessionEffect> effects);
  // What is pending is saved now (the program ends, the page is hidden).
  void flush();
  // The story file as last read, for the editor; the view replaces it when it saves.
  std::string story_text;

 private:
  void read_story(const std::string& path, bool fresh);
  ReaderSession& session_;
  Host& host_;
};

}  // namespace frise
