// Browser file loading: an HTTP request per file, relative to the page; results wait in a queue
// until poll() delivers them between frames.
#include <emscripten.h>

#include <deque>

#include "platform/files.hpp"

namespace frise::platform {

struct FileLoader::Impl {
  struct Pending {
    Impl* owner;
    std::string path;
    Callback callback;
  };
  struct Done {
    FileResult result;
    Callback callback;
  };
  std::deque<Done> done;
  std::size_t in_flight = 0;
  // Requests still in the browser keep a pointer to their owner; it must outlive them.
  bool alive = true;

  static void on_load(void* arg, void* data, int size) {
    auto* pending = static_cast<Pending*>(arg);
    FileResult result;
    result.path = pending->path;
    const auto* bytes = static_cast<const unsigned char*>(data);
    result.bytes.assign(bytes, bytes + size);
    pending->owner->done.push_back({std::move(result), std::move(pending->callback)});
    delete pending;
  }
  static void on_error(void* arg) {
    auto* pending = static_cast<Pending*>(arg);
    FileResult result;
    result.path = pending->path;
    result.error = "cannot download " + pending->path;
    pending->owner->done.push_back({std::move(result), std::move(pending->callback)});
    delete pending;
  }
};

FileLoader::FileLoader() : impl_(std::make_unique<Impl>()) {}
FileLoader::~FileLoader() = default;

void FileLoader::request(const std::string& path, Callback callback) {
  ++impl_->in_flight;
  auto* pending = new Impl::Pending{impl_.get(), path, std::move(callback)};
  emscripten_async_wget_data(path.c_str(), pending, &Impl::on_load, &Impl::on_error);
}

void FileLoader::poll() {
  std::deque<Impl::Done> ready;
  ready.swap(impl_->done);
  impl_->in_flight -= ready.size();
  for (auto& item : ready) item.callback(std::move(item.result));
}

bool FileLoader::busy() const { return impl_->in_flight > 0; }

}  // namespace frise::platform
