// `frise STORY` in the browser: the page's command line (web/frise-page.js, engineArguments)
// names a story by its URL and the reader's options, never a folder or an export. The desktop's
// read_command.cpp also opens a folder's picker (std::filesystem: folder listing, file reading
// through iostreams) and writes PNG exports; none of it can run in a page, which has no file
// system, but linked in it was part of what every reader downloads (issue 13). So the web
// edition reads its command line here, with the desktop's behaviour for what a page can ask.
#include <cstdio>

#include "cli/commands.hpp"
#include "cli/read_options.hpp"
#include "platform/app.hpp"
#include "platform/host.hpp"
#include "platform/paths.hpp"
#include "view/reader_app.hpp"

namespace frise::cli {

int read(const CommandLine& command) {
  // The desktop's export reads the story synchronously first, which a browser cannot: it ended
  // there with read_file's error. The page never asks for one; said plainly all the same.
  if (!command.export_dir.empty() || !command.export_strip.empty()) {
    std::fprintf(stderr, "frise: the web edition cannot export: run frise STORY.json --export DIR on a desktop\n");
    return 1;
  }
  const std::unique_ptr<platform::PlatformHost> host = platform::make_host({command.print_events});
  SessionOptions reader_options;
  // A URL relative to the page (paths_web.cpp): never a folder, and never made absolute (the
  // desktop's full_path() of a file on disk).
  reader_options.story_path = platform::find_data_file(command.story);
  reader_options.story_list = platform::story_list_for(reader_options.story_path);
  take_reading_options(command, reader_options);
  const platform::RunOptions options = window_options(command);

  view::ReaderApp reader(*host, reader_options);
  const int code = platform::run(reader, *host, options);
  return code != 0 ? code : reader.exit_code();
}

}  // namespace frise::cli
