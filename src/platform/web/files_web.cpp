// Browser file loading: a fetch() per file, relative to the page; results wait in a queue until
// poll() delivers them between frames. A response is refused before it is read when its
// Content-Length says it is over max_file_bytes, and while it arrives when the server gives no
// length (a chunked or compressed transfer): a stranger's server cannot make the page hold more.
#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <string>
#include <string_view>

#include "platform/files.hpp"

// clang-format off
// Fetches `path` (a file path relative to the page: each segment is percent-encoded, so a file
// named "a%2e.png" or "b?.png" is that file, as on disk) with `query` after it, and calls _frise_file_arrived(id, pointer, size, status) once: status 0 with the
// bytes at `pointer` (malloc'ed here, freed by C++), an HTTP status (404…), -1 when the request
// failed (network, CSP), -2 when the file is over max_bytes (size: its declared or received
// size), -3 when memory for it cannot be had. A response the page asked for before the program
// ran (the story, the fonts: Module.friseTakeEarly in web/frise-page.js) is taken from it, once,
// and read with the same checks.
EM_JS(void, frise_js_fetch, (int id, const char* path, const char* query, double max_bytes), {
  const url = UTF8ToString(path).split('/').map(encodeURIComponent).join('/') + UTF8ToString(query);
  const arrived = (pointer, size, status) => _frise_file_arrived(id, pointer, size, status);
  (async () => {
    const early = Module["friseTakeEarly"] ? Module["friseTakeEarly"](url) : null;
    const response = await (early || fetch(url, {credentials: 'same-origin'}));
    if (!response.ok) {
      if (response.body) response.body.cancel().catch(() => {});
      return arrived(0, 0, response.status || -1);
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > max_bytes) {
      if (response.body) response.body.cancel().catch(() => {});
      return arrived(0, declared, -2);
    }
    const chunks = [];
    let total = 0;
    if (response.body && response.body.getReader) {
      const reader = response.body.getReader();
      for (;;) {
        const {done, value} = await reader.read();
        if (done) break;
        total += value.length;
        if (total > max_bytes) {
          reader.cancel().catch(() => {});
          return arrived(0, total, -2);
        }
        chunks.push(value);
      }
    } else {
      const whole = new Uint8Array(await response.arrayBuffer());
      if (whole.length > max_bytes) return arrived(0, whole.length, -2);
      chunks.push(whole);
      total = whole.length;
    }
    const pointer = _malloc(Math.max(total, 1));
    if (!pointer) return arrived(0, total, -3);
    let at = pointer;
    for (const chunk of chunks) {
      HEAPU8.set(chunk, at);  // HEAPU8 read after _malloc: the memory may have grown
      at += chunk.length;
    }
    arrived(pointer, total, 0);
  })().catch(() => arrived(0, 0, -1));
});
// clang-format on

namespace frise::platform {

struct FileLoader::Impl {
  struct Pending {
    Impl* owner;
    std::string path;
    Callback callback;
    ImageCallback image_callback;  // set for images: decoded as soon as they arrive
  };
  struct Done {
    FileResult result;
    Callback callback;
    DecodedImage image;
    ImageCallback image_callback;
  };
  std::deque<Done> done;

  // Requests still in the browser, by the id the page's fetch answers with. A loader that goes
  // away drops its own: their answers are then ignored.
  static std::map<int, Pending>& in_flight() {
    static std::map<int, Pending> requests;
    return requests;
  }

  ~Impl() {
    auto& requests = in_flight();
    for (auto it = requests.begin(); it != requests.end();) it = it->second.owner == this ? requests.erase(it) : std::next(it);
  }

  void fetch(const std::string& path, const std::string& query, Callback callback, ImageCallback image_callback) {
    if (std::string why = refusal(path); !why.empty()) {
      finish({this, path, std::move(callback), std::move(image_callback)}, {}, why);
      return;
    }
    static int next_id = 0;
    const int id = ++next_id;
    in_flight().emplace(id, Pending{this, path, std::move(callback), std::move(image_callback)});
    frise_js_fetch(id, path.c_str(), query.c_str(), static_cast<double>(max_file_bytes));
  }

  // Why `path` is not fetched at all ("" when it is): the site is the page's folder, so a path
  // must stay relative to it (no leading /, no backslash, no scheme, no control character, no ..
  // above it).
  static std::string refusal(const std::string& path) {
    const auto control = [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; };
    const std::string_view view(path);
    const std::size_t colon = view.find(':'), slash = view.find('/');
    bool inside = !view.empty() && view.front() != '/' && view.find('\\') == std::string_view::npos &&
                  (colon == std::string_view::npos || (slash != std::string_view::npos && slash < colon)) &&
                  std::none_of(view.begin(), view.end(), control);
    int depth = 0;
    for (std::size_t start = 0; inside && start <= view.size();) {
      const std::size_t end = std::min(view.find('/', start), view.size());
      const std::string_view segment = view.substr(start, end - start);
      if (segment == "..") inside = --depth >= 0;
      else if (!segment.empty() && segment != ".") ++depth;
      start = end + 1;
    }
    if (!inside) return "not fetched: " + path + " is not a path inside the site";
    return {};
  }

  void finish(Pending&& pending, std::vector<unsigned char>&& bytes, std::string error) {
    FileResult result;
    result.path = pending.path;
    result.error = std::move(error);
    DecodedImage image;
    if (pending.image_callback) {
      // The download's own callback runs between frames: decoding here keeps it off the frame.
      if (result.ok()) {
        image = decode_image(bytes);
        if (!image.ok()) image.error = pending.path + ": " + image.error;
      } else {
        image.error = result.error;
      }
    } else {
      result.bytes = std::move(bytes);
    }
    done.push_back({std::move(result), std::move(pending.callback), std::move(image), std::move(pending.image_callback)});
  }
};

namespace {

std::string mebibytes(double bytes) {
  char text[32];
  std::snprintf(text, sizeof text, std::fmod(bytes, 1048576.0) == 0 ? "%.0f MiB" : "%.1f MiB", bytes / 1048576.0);
  return text;
}

}  // namespace

}  // namespace frise::platform

// Called by frise_js_fetch, once per request, between frames.
extern "C" EMSCRIPTEN_KEEPALIVE void frise_file_arrived(int id, unsigned char* data, double size, int status) {
  using frise::platform::FileLoader;
  auto& requests = FileLoader::Impl::in_flight();
  const auto found = requests.find(id);
  if (found == requests.end()) {  // its loader is gone
    std::free(data);
    return;
  }
  FileLoader::Impl::Pending pending = std::move(found->second);
  requests.erase(found);
  std::vector<unsigned char> bytes;
  std::string error;
  if (status == 0) {
    bytes.assign(data, data + static_cast<std::size_t>(size));
  } else if (status == -2) {
    error = "cannot download " + pending.path + ": " + frise::platform::mebibytes(size) + ", over the " +
            frise::platform::mebibytes(static_cast<double>(frise::platform::max_file_bytes)) + " limit";
  } else if (status == -3) {
    error = "cannot download " + pending.path + ": not enough memory for " + frise::platform::mebibytes(size);
  } else if (status > 0) {
    error = "cannot download " + pending.path + " (HTTP " + std::to_string(status) + ")";
  } else {
    error = "cannot download " + pending.path;
  }
  std::free(data);
  FileLoader::Impl* owner = pending.owner;
  owner->finish(std::move(pending), std::move(bytes), std::move(error));
}

namespace frise::platform {

FileLoader::FileLoader() : impl_(std::make_unique<Impl>()) {}
FileLoader::~FileLoader() = default;

void FileLoader::request(const std::string& path, Callback callback, bool fresh) {
  // A query the server ignores makes the URL one the browser has not cached.
  static unsigned reloads = 0;
  impl_->fetch(path, fresh ? "?frise-reload=" + std::to_string(++reloads) : std::string(), std::move(callback), {});
}

void FileLoader::request_image(const std::string& path, ImageCallback callback) {
  impl_->fetch(path, {}, {}, std::move(callback));
}

void FileLoader::poll() {
  std::deque<Impl::Done> ready;
  ready.swap(impl_->done);
  for (auto& item : ready) {
    if (item.image_callback) item.image_callback(item.result.path, std::move(item.image));
    else item.callback(std::move(item.result));
  }
}

FileResult read_file(const std::string& path) {
  FileResult result;
  result.path = path;
  result.error = "cannot read " + path + " at once in the browser";
  return result;
}

std::string write_file(const std::string& path, std::string_view, bool) {
  return "cannot save " + path + ": a web page cannot write files (edit and save with the desktop app)";
}

void remove_file(const std::string&) {}

std::uint64_t file_version(const std::string&) { return 0; }  // a page cannot watch its server's files

unsigned threads_for_reading() { return 1; }

}  // namespace frise::platform
