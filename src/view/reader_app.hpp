// The reader: loads a story, keeps the images around the current panel, reads the keyboard,
// mouse and touch, and draws the current panel with its place in the story. It is the
// application the platform layer drives; it sees no SDL, GL or Emscripten.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/camera.hpp"
#include "core/diagnostics.hpp"
#include "core/navigator.hpp"
#include "core/reading_state.hpp"
#include "core/story.hpp"
#include "platform/app.hpp"
#include "platform/files.hpp"
#include "view/fonts.hpp"
#include "view/glossary_view.hpp"
#include "view/image_store.hpp"
#include "view/overlays.hpp"
#include "view/overview.hpp"
#include "view/panel_view.hpp"
#include "view/theme.hpp"
#include "view/time_strip.hpp"

namespace frise::view {

struct ReaderOptions {
  std::string story_path;   // file path natively, URL relative to the page on the web
  std::string language;     // empty: the story's default language
  std::string start_panel;  // panel id to open at; empty: the first panel
  std::string theme;        // light, dark or contrast; empty: light
  bool autoplay = false;
  std::string timeline = "bottom";  // where the time axis sits: top, bottom or hidden
  bool reduce_motion = false;       // cut instead of easing (also when the system asks for it)
  bool dyslexia_font = false;       // the story's words in OpenDyslexic
};

class ReaderApp final : public platform::App {
 public:
  explicit ReaderApp(ReaderOptions options);

  bool prepare_fonts(const platform::FrameInfo& info) override;
  void frame(const platform::FrameInfo& info) override;
  bool frame_is_complete() const override { return frame_complete_; }
  bool wants_to_quit() const override { return false; }

 private:
  enum class StoryState { loading, ready, failed };

  // What the reader has on screen besides the panel, and how it moves on its own.
  struct Interface {
    bool chrome = true;       // top and bottom bars (a tap in the centre hides or shows them)
    bool autoplay = false;
    double autoplay_due = 0;  // when autoplay moves on
    ThemeKind theme = ThemeKind::light;
    float wheel = 0;          // mouse wheel travel not yet turned into a move
    bool dragging = false;
    bool touched_while_dragging = false;  // a finger was down: the drag is the finger's, not a swipe
    float drag_start_x = 0, drag_start_y = 0;
    bool help = false;
    bool overview = false;
    bool picker = false;
    float text_scale = 1;     // the reader's text size preference (+ and -)
    float line_spacing = 1;
    bool reduce_motion = false;
    bool dyslexia_font = false;
    std::string timeline = "bottom";  // top, bottom or hidden
    bool settings = false;
    bool problems = false;    // the list of the story's warnings (the badge in the top bar, or W)
    ProblemsScroll problems_scroll;  // keys that move the list this frame
    float zoom = 1;           // zoom into the current panel (pinch, Ctrl + wheel), 1 to 4
    Vec2 zoom_offset;         // where the zoomed panel's top-left sits, relative to the viewport
  };

  void open_story(const std::string& path, const std::string& start_panel);
  void on_story_file(platform::FileResult&& file);
  // Live authoring (reader_reload.cpp): the story is read again when its file changes (natively)
  // or on R, and the reader stays on the panel it was showing.
  void watch_story_file();
  void reload_story();
  void handle_reload_key();
  void draw_notice(ImDrawList& draw, const platform::FrameInfo& info);
  void moved();  // after the current panel changed
  void save_reading_state();
  std::string story_key() const;
  void handle_host_commands();
  void handle_input(const platform::FrameInfo& info);
  static bool typed(char c);  // typed this frame (reader_input.cpp)
  void handle_pointer(const platform::FrameInfo& info);
  void zoom_at(float factor, ImVec2 at);
  bool reduced_motion() const;
  void update_autoplay(const platform::FrameInfo& info);
  void draw_story(ImDrawList& draw, const platform::FrameInfo& info);
  void draw_bars(ImDrawList& draw, const platform::FrameInfo& info, float bar);
  void draw_overlays();
  void apply_settings(const ReaderSettings& settings);
  void set_theme(ThemeKind kind);
  bool close_top_overlay();
  struct ScreenText {
    float margin = 0, wrap = 0, y = 0;
  };
  ScreenText draw_screen_title(ImDrawList& draw, const platform::FrameInfo& info, const std::string& title, ImU32 colour);
  void draw_diagnostics(ImDrawList& draw, const platform::FrameInfo& info, const std::string& title);
  // The story's warnings: those found when it was read, then the images that could not be shown
  // (found while reading on). Both change with a reload.
  std::size_t warning_count() const;
  // Each as `file:line:column: JSON path: warning: message`, the file by its name.
  const std::vector<std::string>& warning_lines();
  // The problems badge at the right of the top bar: a drawn warning sign (the fonts have no ⚠)
  // and the count; a click on it opens the list.
  void draw_problems_badge(ImDrawList& draw, const platform::FrameInfo& info, float bar);
  void announce(const char* event);
  TextStyle text_style() const;
  double panel_seconds(const Panel& panel) const;

  ReaderOptions options_;
  platform::FileLoader files_;
  std::unique_ptr<ImageStore> images_;
  StoryState state_ = StoryState::loading;
  std::string story_path_;
  std::string start_panel_;
  Story story_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<std::string> source_lines_;  // a story that failed, to quote its lines in the errors
  Navigator navigator_;
  std::string language_;
  FontSet fonts_;
  std::set<char32_t> font_characters_;  // every character the story, its problems and the interface use
  bool font_characters_stale_ = true;
  Theme theme_;
  Interface ui_;
  InterfaceText text_;
  SearchBox search_;
  GlossaryView glossary_;  // the glossary's cards and list, and the panel's links
  std::vector<StoryEntry> stories_;  // the bundled stories, for the picker
  ReadingState saved_;               // where each story was left, and the reader's preferences
  TimeStrip strip_;
  Overview overview_;
  // Guided view: panels sit side by side on a strip (stacked on narrow portrait windows) and the
  // camera eases from one to the next; its position is the panel index, in slots.
  CameraMotion slide_;
  bool vertical_ = false;
  double now_ = 0;
  Rect viewport_;  // where the current panel is drawn
  PanelScene last_scene_;  // what the last frame drew, for the host
  float window_w_ = 0, window_h_ = 0, scale_ = 1;
  bool frame_complete_ = false;
  std::uint64_t story_version_ = 0;  // platform::file_version of the story when it was read
  double next_version_check_ = 0;
  bool reloading_ = false;
  std::string reload_panel_;  // the panel on screen when a reload began: shown again after it
  std::size_t reload_index_ = 0;
  std::string notice_;        // a short message over the top bar ("story reloaded")
  double notice_until_ = 0;
  bool announced_ready_ = false;
  std::size_t known_image_failures_ = 0;  // images_->failures() when warning_lines_ were made
  std::vector<std::string> warning_lines_;
  bool warning_lines_stale_ = true;
  Rect badge_;                // where the problems badge is drawn (w = 0: not drawn)
  bool badge_hovered_ = false;
  std::size_t announced_index_ = SIZE_MAX;
};

}  // namespace frise::view
