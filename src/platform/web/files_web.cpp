// Browser file loading: an HTTP request per file, relative to the page; results wait in a queue
// until poll() delivers them between frames.
#include <emscripten.h>

#include <deque>

#include "platform/files.hpp"

namespace frise::platform {

struct FileLoader::Impl {
  struct Pending {
    // Requests still in the browser point at their owner, so a FileLoader lives as long as the
    // page (the reader owns one for its whole life).
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

  static void on_load(void* arg, void* data, int size) {
    auto* pending = static_cast<Pending*>(arg);
    FileResult result;
    result.path = pending->path;
    const auto* bytes = static_cast<const unsigned char*>(data);
    DecodedImage image;
    if (pending->image_callback) {
      // The download's own callback runs between frames: decoding here keeps it off the frame.
      image = decode_image(std::span(bytes, static_cast<std::size_t>(size)));
      if (!image.ok()) image.error = pending->path + ": " + image.error;
    } else {
      result.bytes.assign(bytes, bytes + size);
    }
    pending->owner->done.push_back(
        {std::move(result), std::move(pending->callback), std::move(image), std::move(pending->image_callback)});
    delete pending;
  }
  static void on_error(void* arg) {
    auto* pending = static_cast<Pending*>(arg);
    FileResult result;
    result.path = pending->path;
    result.error = "cannot download " + pending->path;
    DecodedImage image;
    image.error = result.error;
    pending->owner->done.push_back(
        {std::move(result), std::move(pending->callback), std::move(image), std::move(pending->image_callback)});
    delete pending;
  }
};

FileLoader::FileLoader() : impl_(std::make_unique<Impl>()) {}
FileLoader::~FileLoader() = default;

void FileLoader::request(const std::string& path, Callback callback, bool fresh) {
  auto* pending = new Impl::Pending{impl_.get(), path, std::move(callback), {}};
  // A query the server ignores makes the URL one the browser has not cached.
  static unsigned reloads = 0;
  const std::string url =
      fresh ? path + (path.find('?') == std::string::npos ? "?" : "&") + "frise-reload=" + std::to_string(++reloads) : path;
  emscripten_async_wget_data(url.c_str(), pending, &Impl::on_load, &Impl::on_error);
}

void FileLoader::request_image(const std::string& path, ImageCallback callback) {
  auto* pending = new Impl::Pending{impl_.get(), path, {}, std::move(callback)};
  emscripten_async_wget_data(path.c_str(), pending, &Impl::on_load, &Impl::on_error);
}

void FileLoader::poll() {
  std::deque<Impl::Done> ready;
  ready.swap(impl_->done);
  for (auto& item : ready) {
    if (item.image_callback) item.image_callback(item.result.path, std::move(item.image));
    else item.callback(std::move(item.result));
  }
}

std::uint64_t file_version(const std::string&) { return 0; }  // a page cannot watch its server's files

unsigned threads_for_reading() { return 1; }

}  // namespace frise::platform
