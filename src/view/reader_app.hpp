// The reader: loads a story, keeps the images around the current panel, reads the keyboard and
// mouse, and draws the current panel with its place in the story. It is the application the
// platform layer drives; it sees no SDL, GL or Emscripten.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/layout.hpp"
#include "core/navigator.hpp"
#include "core/story.hpp"
#include "platform/app.hpp"
#include "platform/files.hpp"
#include "platform/gpu.hpp"
#include "view/fonts.hpp"
#include "view/panel_view.hpp"
#include "view/theme.hpp"

namespace frise::view {

struct ReaderOptions {
  std::string story_path;   // file path natively, URL relative to the page on the web
  std::string language;     // empty: the story's default language
  std::string start_panel;  // panel id to open at; empty: the first panel
};

class ReaderApp final : public platform::App {
 public:
  explicit ReaderApp(ReaderOptions options);
  ~ReaderApp() override;

  bool prepare_fonts(const platform::FrameInfo& info) override;
  void frame(const platform::FrameInfo& info) override;
  bool frame_is_complete() const override { return frame_complete_; }
  bool wants_to_quit() const override { return false; }

 private:
  enum class StoryState { loading, ready, failed };
  struct ImageSlot {
    enum class State { requested, downloaded, ready, broken };
    State state = State::requested;
    std::vector<unsigned char> bytes;  // downloaded, waiting to be decoded
    platform::Texture texture;
    std::string error;
  };

  void on_story_file(platform::FileResult&& file);
  void request_images_around(std::size_t index);
  void decode_one_downloaded_image();
  static void mark_broken(ImageSlot& slot, std::string error);
  void handle_input(const platform::FrameInfo& info);
  void draw_story(ImDrawList& draw, const platform::FrameInfo& info);
  void draw_message(ImDrawList& draw, const platform::FrameInfo& info, const std::string& title,
                    const std::vector<std::string>& lines, ImU32 colour);
  bool current_images_settled() const;
  std::vector<LayerImage> layer_images(const Panel& panel) const;
  std::string image_path(const ArtLayer& layer) const;
  void announce(const char* event);
  TextStyle text_style() const;

  ReaderOptions options_;
  platform::FileLoader files_;
  StoryState state_ = StoryState::loading;
  Story story_;
  std::vector<Diagnostic> diagnostics_;
  Navigator navigator_;
  std::string language_;
  std::map<std::string, ImageSlot> images_;  // by resolved path
  FontSet fonts_;
  Theme theme_;
  PanelScene last_scene_;  // what the last frame drew, for the host
  float window_w_ = 0, window_h_ = 0, scale_ = 1;
  bool frame_complete_ = false;
  bool announced_ready_ = false;
  std::size_t announced_index_ = SIZE_MAX;
};

}  // namespace frise::view
