// Desktop: host events become JSON lines on stdout when asked for (tests and tools read them).
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

#include <nlohmann/json.hpp>

#include "platform/host.hpp"

namespace frise::platform {
namespace {
bool g_print_events = false;  // set once from the command line, before the loop starts
}

void set_host_events_printed(bool enabled) { g_print_events = enabled; }

void notify_host(std::string_view event, std::string_view detail_json) {
  if (!g_print_events) return;
  std::printf("{\"event\":\"%.*s\",\"detail\":%.*s}\n", static_cast<int>(event.size()), event.data(),
              static_cast<int>(detail_json.size()), detail_json.data());
  std::fflush(stdout);
}

std::vector<HostCommand> take_host_commands() { return {}; }

void on_page_hidden(std::function<void()>) {}  // the desktop has no page: App::will_quit() saves

void open_link(const std::string& url) {
  notify_host("link", nlohmann::json{{"url", url}}.dump());
  // Tests click links without starting a browser.
  if (const char* quiet = std::getenv("FRISE_LINKS_NOT_OPENED"); quiet && *quiet) return;
  if (SDL_OpenURL(url.c_str()) != 0) std::fprintf(stderr, "frise: could not open %s: %s\n", url.c_str(), SDL_GetError());
}

namespace {
// $XDG_STATE_HOME/frise/state.json, else ~/.local/state/frise/state.json.
std::filesystem::path state_file() {
  if (const char* dir = std::getenv("XDG_STATE_HOME"); dir && *dir) return std::filesystem::path(dir) / "frise" / "state.json";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".local" / "state" / "frise" / "state.json";
  return {};
}
}  // namespace

std::string load_saved_state() {
  const auto path = state_file();
  if (path.empty()) return {};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

namespace {

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

StateWriter g_state_writer;

}  // namespace

void save_state(std::string_view text) { g_state_writer.write(std::string(text)); }

std::string system_language() {
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

bool can_save_screenshots() { return true; }

std::string pictures_folder() {
  // xdg-user-dirs' own setting first (it may be named in the user's language, "Images"), then ~/Pictures.
  if (const char* dir = std::getenv("XDG_PICTURES_DIR"); dir && *dir) return dir;
  if (const char* home = std::getenv("HOME"); home && *home) {
    std::error_code ignored;
    const std::filesystem::path pictures = std::filesystem::path(home) / "Pictures";
    if (std::filesystem::is_directory(pictures, ignored)) return pictures.string();
    return home;
  }
  return {};
}

bool folder_is_writable(const std::string& folder) {
  std::error_code error;
  return std::filesystem::is_directory(folder, error) && access(folder.c_str(), W_OK) == 0;
}

bool host_prefers_reduced_motion() {
  const char* value = std::getenv("FRISE_REDUCED_MOTION");
  return value && value[0] == '1';
}

}  // namespace frise::platform
