// Asynchronous file loading: natively from disk on a worker thread, on the web by HTTP fetch
// relative to the page. Results are delivered by poll(), on the main thread, between frames,
// so nothing blocks a frame.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/image.hpp"

namespace frise::platform {

// The largest file the loader reads (a story's limit in the story format, 64 MiB; images and
// the story list too). Natively the size is checked before reading; on the web from the
// response's Content-Length when the server gives one, else while it arrives: a larger file is
// an error that says so, never read whole.
inline constexpr std::size_t max_file_bytes = std::size_t{64} << 20;

struct FileResult {
  std::string path;
  std::vector<unsigned char> bytes;
  std::string error;  // empty on success
  bool ok() const { return error.empty(); }
};

// Reads a whole file at once, with FileLoader's checks and messages (a folder, a missing or
// unreadable file, one over max_file_bytes: an error, never an exception), for what runs
// without a frame loop (frise validate, frise layout). In the browser, which cannot read
// synchronously, it is always an error.
FileResult read_file(const std::string& path);

// Writes `text` to `path`: into a temporary file in the same folder, flushed to the disk, then
// renamed over the old one, so a crash never leaves half a story; straight into the file when
// `atomic` is false (for folders kept by sync tools that dislike renames). Returns why it failed
// ("cannot write …: Permission denied"), empty on success. The browser cannot write files: it
// always says so.
std::string write_file(const std::string& path, std::string_view text, bool atomic = true);
void remove_file(const std::string& path);  // quietly nothing when it is not there

// A number that changes when the file at `path` does (from its modification time and size), so
// the reader can reload a story its author saves; 0 when it cannot be known (in the browser,
// or the file is missing).
std::uint64_t file_version(const std::string& path);

// Threads a long story's panels may be read on (StoryLoadOptions::threads): the machine's
// cores natively, one in the browser, whose build has no threads.
unsigned threads_for_reading();

class FileLoader {
 public:
  using Callback = std::function<void(FileResult&&)>;
  FileLoader();
  ~FileLoader();
  FileLoader(const FileLoader&) = delete;
  FileLoader& operator=(const FileLoader&) = delete;

  // `fresh`: never from a cache (the browser's), for a story reloaded after an edit.
  // A missing file, a folder, a file that cannot be read or one over max_file_bytes gives a
  // result whose error says which (natively: "cannot read PATH: it is a folder, not a file").
  // On the web, a path that leaves the site (a leading /, a backslash, a scheme, a control
  // character, a .. above it) gives an error without a request.
  void request(const std::string& path, Callback callback, bool fresh = false);
  // Reads and decodes an image. Natively the decoding happens on the worker thread too, off the
  // frame; in the browser it happens when the download completes, between frames.
  using ImageCallback = std::function<void(const std::string& path, DecodedImage&&)>;
  void request_image(const std::string& path, ImageCallback callback);
  // Delivers the results that arrived since the last call.
  void poll();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace frise::platform
