// Desktop: the Host of the app. Files from disk (FileLoader's worker thread), the reading state
// in $XDG_STATE_HOME/frise/state.json written on a thread of its own, links in the system's
// browser, the page's events as JSON lines on stdout when asked for (tests and tools read them).
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>

#include <unistd.h>

#include <SDL.h>

#include "platform/files.hpp"
#include "platform/host.hpp"

namespace frise::platform {
namespace {

// $XDG_STATE_HOME/frise/state.json, else ~/.local/state/frise/state.json.
std::filesystem::path state_file() {
  if (const char* dir = std::getenv("XDG_STATE_HOME"); dir && *dir) return std::filesystem::path(dir) / "frise" / "state.json";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".local" / "state" / "frise" / "state.json";
  return {};
}

void write_state_file(const std::string& text) {
  const auto path = state_file();
  if (path.empty()) return;
  std::error_code ignored;
  std::filesystem::create_directories(path.parent_path(), ignored);
  // Write then rename, so a crash mid-write never leaves half a file.
  const auto temporary = path.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) return;
  }
  std::filesystem::rename(temporary, path, ignored);
}

// One thread writes the state file, so a slow disk never holds a frame; only the latest text is
// written. Destroyed at exit, after writing what is still pending.
class StateWriter {
 public:
  ~StateWriter() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_one();
    if (thread_.joinable()) thread_.join();
  }
  void write(std::string text) {
    {
      std::lock_guard lock(mutex_);
      pending_ = std::move(text);
      if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
    }
    wake_.notify_one();
  }

 private:
  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      wake_.wait(lock, [this] { return pending_ || stopping_; });
      if (pending_) {
        const std::string text = std::move(*pending_);
        pending_.reset();
        lock.unlock();
        write_state_file(text);
        lock.lock();
        continue;
      }
      if (stopping_) return;
    }
  }
  std::mutex mutex_;
  std::condition_variable wake_;
  std::optional<std::string> pending_;
  bool stopping_ = false;
  std::thread thread_;
};


std::string read_state_file() {
  const auto path = state_file();
  if (path.empty()) return {};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string language_from_environment() {
  // POSIX's order: LC_ALL, then LC_MESSAGES, then LANG ("fr_FR.UTF-8" -> "fr-FR").
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (!value || !*value) continue;
    std::string tag(value);
    tag = tag.substr(0, tag.find_first_of(".@"));
    if (tag == "C" || tag == "POSIX") return {};
    for (char& c : tag)
      if (c == '_') c = '-';
    return tag;
  }
  return {};
}

class NativeHost final : public PlatformHost {
 public:
  explicit NativeHost(const HostOptions& options) : print_events_(options.print_events) {}

  void read_file(const std::string& path, bool fresh, std::function<void(FileRead&&)> done) override {
    files_.request(path, [done = std::move(done)](FileResult&& file) { done(as_read(std::move(file))); }, fresh);
  }
  void read_image(const std::string& path, std::function<void(const std::string&, DecodedImage&&)> done) override {
    files_.request_image(path, std::move(done));
  }
  void poll_files() override { files_.poll(); }
  FileRead read_file_now(const std::string& path) override { return as_read(platform::read_file(path)); }
  std::string write_file(const std::string& path, std::string_view text, bool atomic) override {
    return platform::write_file(path, text, atomic);
  }
  void remove_file(const std::string& path) override { platform::remove_file(path); }
  std::uint64_t file_version(const std::string& path) override { return platform::file_version(path); }
  bool folder_is_writable(const std::string& folder) override {
    std::error_code error;
    return std::filesystem::is_directory(folder, error) && access(folder.c_str(), W_OK) == 0;
  }
  std::string pictures_folder() override {
    // xdg-user-dirs' own setting first (it may be named in the user's language, "Images"), then ~/Pictures.
    if (const char* dir = std::getenv("XDG_PICTURES_DIR"); dir && *dir) return dir;
    if (const char* home = std::getenv("HOME"); home && *home) {
      std::error_code ignored;
      const std::filesystem::path pictures = std::filesystem::path(home) / "Pictures";
      if (std::filesystem::is_directory(pictures, ignored)) return pictures.string();
      return home;
    }
    return ".";  // F12 still saves, beside the story or here
  }

  std::string load_state() override { return read_state_file(); }
  void save_state(std::string_view text) override { state_writer_.write(std::string(text)); }
  void on_page_hidden(std::function<void()>) override {}  // the desktop has no page: App::will_quit() saves

  void resize_window(int width, int height) override {
    if (!window()) return;
    SDL_SetWindowFullscreen(window(), 0);
    SDL_SetWindowSize(window(), width, height);
  }

  void open_link(const std::string& url) override {
    // Tests click links without starting a browser.
    if (const char* quiet = std::getenv("FRISE_LINKS_NOT_OPENED"); quiet && *quiet) return;
    if (SDL_OpenURL(url.c_str()) != 0) std::fprintf(stderr, "frise: could not open %s: %s\n", url.c_str(), SDL_GetError());
  }
  void notify(std::string_view event, std::string_view detail_json) override {
    if (!print_events_) return;
    std::printf("{\"event\":\"%.*s\",\"detail\":%.*s}\n", static_cast<int>(event.size()), event.data(),
                static_cast<int>(detail_json.size()), detail_json.data());
    std::fflush(stdout);
  }
  std::vector<HostCommand> take_commands() override { return {}; }  // no page around the desktop app

  std::string system_language() override { return language_from_environment(); }
  bool prefers_reduced_motion() override {
    const char* value = std::getenv("FRISE_REDUCED_MOTION");
    return value && value[0] == '1';
  }
  unsigned threads_for_reading() override { return platform::threads_for_reading(); }

 private:
  static FileRead as_read(FileResult&& file) {
    return {std::move(file.path), std::string(file.bytes.begin(), file.bytes.end()), std::move(file.error)};
  }
  const bool print_events_;
  FileLoader files_;
  StateWriter state_writer_;  // last: destroyed first, writing what is still pending
};

}  // namespace

std::unique_ptr<PlatformHost> make_host(const HostOptions& options) { return std::make_unique<NativeHost>(options); }

}  // namespace frise::platform
