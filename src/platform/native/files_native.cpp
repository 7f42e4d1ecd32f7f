// Desktop file loading: one worker thread reads files in request order; poll() hands the
// results to their callbacks on the main thread. POSIX (Linux, macOS): the file's type and size
// are asked of the opened file itself, so what is checked is what is read.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>

#include "platform/files.hpp"

namespace frise::platform {

namespace {

std::string mebibytes(std::uint64_t bytes) {
  char text[32];
  const double value = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::snprintf(text, sizeof text, bytes % (1u << 20) ? "%.1f MiB" : "%.0f MiB", value);
  return text;
}

}  // namespace

// Reads a whole file, or says in words why not: missing, a folder, not a regular file (a
// FIFO or a device would never end), unreadable, over max_file_bytes (checked on the open
// file before reading, and again while reading, in case it grows). Never throws.
FileResult read_file(const std::string& path) {
  FileResult result;
  result.path = path;
  const auto fail = [&](const std::string& why) {
    result.bytes = {};
    result.error = "cannot read " + path + ": " + why;
    return result;
  };
  // O_NONBLOCK: opening a FIFO does not wait for a writer; it is refused just below.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) return fail("no such file");
    if (error == EACCES || error == EPERM) return fail("permission denied");
    return fail(std::strerror(error));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) return fail(std::strerror(errno));
  if (S_ISDIR(info.st_mode)) return fail("it is a folder, not a file");
  if (!S_ISREG(info.st_mode)) return fail("not a regular file");
  const auto size = static_cast<std::uint64_t>(info.st_size);
  if (size > max_file_bytes) {
    // Just over the limit, mebibytes would read the same as the limit: say the bytes then.
    const std::string shown = size - max_file_bytes < (1u << 20) / 10 ? std::to_string(size) + " bytes" : mebibytes(size);
    return fail(shown + ", over the " + mebibytes(max_file_bytes) + " limit (" + std::to_string(max_file_bytes) + " bytes)");
  }
  try {
    result.bytes.resize(static_cast<std::size_t>(size));
    std::size_t at = 0;
    for (;;) {
      if (at == result.bytes.size()) {
        // Grown since fstat: read on, within the limit.
        if (result.bytes.size() >= max_file_bytes + 1) return fail("over the " + mebibytes(max_file_bytes) + " limit");
        result.bytes.resize(std::min<std::size_t>(max_file_bytes + 1, result.bytes.size() + 65536));
      }
      const ssize_t got = ::read(fd, result.bytes.data() + at, result.bytes.size() - at);
      if (got < 0) {
        if (errno == EINTR) continue;
        return fail(std::strerror(errno));
      }
      if (got == 0) break;
      at += static_cast<std::size_t>(got);
    }
    if (at > max_file_bytes) return fail("over the " + mebibytes(max_file_bytes) + " limit");
    result.bytes.resize(at);
  } catch (const std::exception& error) {  // std::bad_alloc: too little memory for this file
    return fail(std::string("not enough memory (") + error.what() + ")");
  }
  return result;
}

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

  void work() {
    std::unique_lock lock(mutex);
    for (;;) {
      wake.wait(lock, [this] { return stopping || !jobs.empty(); });
      if (stopping) return;
      Job job = std::move(jobs.front());
      jobs.pop_front();
      lock.unlock();
      FileResult result = read_file(job.path);
      DecodedImage image;
      if (job.decode) {
        try {
          image = result.ok() ? decode_image(result.bytes) : DecodedImage{0, 0, {}, result.error};
          if (!image.ok() && result.ok()) image.error = job.path + ": " + image.error;
        } catch (const std::exception& error) {  // nothing may leave the worker thread
          image = DecodedImage{0, 0, {}, job.path + ": cannot decode (" + error.what() + ")"};
        }
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

std::string write_file(const std::string& path, std::string_view text, bool atomic) {
  const std::string target = atomic ? path + ".frise-saving" : path;
  const auto failed = [&](const char* what) {
    const std::string why = std::string("cannot ") + what + " " + path + ": " + std::strerror(errno);
    if (atomic) ::unlink(target.c_str());
    return why;
  };
  const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return failed("write");
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      return failed("write");
    }
    written += static_cast<std::size_t>(n);
  }
  // On the disk before it replaces the old file: a power cut then leaves one or the other whole.
  if (::fsync(fd) != 0 || ::close(fd) != 0) return failed("write");
  if (atomic && ::rename(target.c_str(), path.c_str()) != 0) return failed("replace");
  return {};
}

void remove_file(const std::string& path) { ::unlink(path.c_str()); }

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
