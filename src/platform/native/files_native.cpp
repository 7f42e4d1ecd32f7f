// Desktop file loading: one worker thread reads files in request order; poll() hands the
// results to their callbacks on the main thread.
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include "platform/files.hpp"

namespace frise::platform {

struct FileLoader::Impl {
  struct Job {
    std::string path;
    Callback callback;
    bool decode = false;  // an image: decode it here, on the worker
    ImageCallback image_callback;
  };
  struct Done {
    FileResult result;
    Callback callback;
    DecodedImage image;
    ImageCallback image_callback;
  };

  std::mutex mutex;
  std::condition_variable wake;
  std::deque<Job> jobs;
  std::deque<Done> done;
  bool stopping = false;
  std::thread worker{[this] { work(); }};

  static FileResult read(const std::string& path) {
    FileResult result;
    result.path = path;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      result.error = "cannot open " + path;
      return result;
    }
    result.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) result.error = "cannot read " + path;
    return result;
  }

  void work() {
    std::unique_lock lock(mutex);
    for (;;) {
      wake.wait(lock, [this] { return stopping || !jobs.empty(); });
      if (stopping) return;
      Job job = std::move(jobs.front());
      jobs.pop_front();
      lock.unlock();
      FileResult result = read(job.path);
      DecodedImage image;
      if (job.decode) {
        image = result.ok() ? decode_image(result.bytes) : DecodedImage{0, 0, {}, result.error};
        if (!image.ok() && result.ok()) image.error = job.path + ": " + image.error;
        result.bytes = {};
      }
      lock.lock();
      done.push_back({std::move(result), std::move(job.callback), std::move(image), std::move(job.image_callback)});
    }
  }

  ~Impl() {
    {
      std::lock_guard lock(mutex);
      stopping = true;
    }
    wake.notify_all();
    worker.join();
  }
};

FileLoader::FileLoader() : impl_(std::make_unique<Impl>()) {}
FileLoader::~FileLoader() = default;

void FileLoader::request(const std::string& path, Callback callback, bool /*fresh: files are read from disk*/) {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->jobs.push_back({path, std::move(callback), false, {}});
  }
  impl_->wake.notify_one();
}

void FileLoader::request_image(const std::string& path, ImageCallback callback) {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->jobs.push_back({path, {}, true, std::move(callback)});
  }
  impl_->wake.notify_one();
}

void FileLoader::poll() {
  std::deque<Impl::Done> ready;
  {
    std::lock_guard lock(impl_->mutex);
    ready.swap(impl_->done);
  }
  for (auto& item : ready) {
    if (item.image_callback) item.image_callback(item.result.path, std::move(item.image));
    else item.callback(std::move(item.result));
  }
}

std::uint64_t file_version(const std::string& path) {
  std::error_code error;
  const auto modified = std::filesystem::last_write_time(path, error);
  if (error) return 0;
  const auto size = std::filesystem::file_size(path, error);
  if (error) return 0;
  const auto ticks = static_cast<std::uint64_t>(modified.time_since_epoch().count());
  return (ticks ^ (static_cast<std::uint64_t>(size) * 0x9E3779B97F4A7C15u)) | 1;  // never 0
}

unsigned threads_for_reading() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace frise::platform
