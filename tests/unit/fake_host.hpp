// A Host for tests: files from a map, delivered on poll_files() as the real ones arrive between
// frames; everything the app asks of the machine recorded for the test to check.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/host.hpp"

namespace frise::test {

class FakeHost final : public Host {
 public:
  std::map<std::string, std::string> files;   // what read_file finds; any other path is missing
  std::vector<std::string> reads;              // the paths asked for, in order
  std::string saved_state;                     // what load_state() gives
  std::vector<std::string> saves;              // each save_state(), in order
  std::vector<std::string> links;              // each open_link()
  std::vector<std::pair<std::string, std::string>> events;  // each notify(): event, detail
  std::vector<HostCommand> commands;           // given by the next take_commands()
  std::function<void()> page_hidden;           // the app's handler
  int fullscreen_toggles = 0;
  std::string clipboard;

  void read_file(const std::string& path, bool, std::function<void(FileRead&&)> done) override {
    reads.push_back(path);
    pending_.emplace_back(path, std::move(done));
  }
  void read_image(const std::string& path, std::function<void(const std::string&, DecodedImage&&)> done) override {
    reads.push_back(path);
    pending_images_.emplace_back(path, std::move(done));
  }
  void poll_files() override {
    for (auto& [path, done] : std::exchange(pending_, {})) done(read_file_now(path));
    for (auto& [path, done] : std::exchange(pending_images_, {})) {
      DecodedImage image;
      image.error = "the fake host decodes no image";
      done(path, std::move(image));
    }
  }
  FileRead read_file_now(const std::string& path) override {
    const auto it = files.find(path);
    if (it == files.end()) return {path, {}, "cannot read " + path + ": No such file"};
    return {path, it->second, {}};
  }
  std::string write_file(const std::string& path, std::string_view text, bool) override {
    files[path] = std::string(text);
    return {};
  }
  void remove_file(const std::string& path) override { files.erase(path); }
  std::uint64_t file_version(const std::string&) override { return 0; }
  bool folder_is_writable(const std::string&) override { return false; }
  std::string pictures_folder() override { return {}; }
  std::string load_state() override { return saved_state; }
  void save_state(std::string_view text) override { saves.emplace_back(text); }
  void on_page_hidden(std::function<void()> handler) override { page_hidden = std::move(handler); }
  std::string clipboard_text() override { return clipboard; }
  void set_clipboard_text(const std::string& text) override { clipboard = text; }
  void toggle_fullscreen() override { ++fullscreen_toggles; }
  void resize_window(int, int) override {}
  void open_link(const std::string& url) override { links.push_back(url); }
  void notify(std::string_view event, std::string_view detail) override { events.emplace_back(event, detail); }
  std::vector<HostCommand> take_commands() override { return std::exchange(commands, {}); }
  std::string system_language() override { return "en-GB"; }
  bool prefers_reduced_motion() override { return false; }
  unsigned threads_for_reading() override { return 1; }

  std::size_t count_events(const std::string& name) const {
    std::size_t n = 0;
    for (const auto& [event, detail] : events) n += event == name;
    return n;
  }

 private:
  std::vector<std::pair<std::string, std::function<void(FileRead&&)>>> pending_;
  std::vector<std::pair<std::string, std::function<void(const std::string&, DecodedImage&&)>>> pending_images_;
};

}  // namespace frise::test
