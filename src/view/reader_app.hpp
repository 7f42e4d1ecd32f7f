// The reader's view: draws the session (core/reader_session.hpp: the story, the current panel,
// the settings, the overlay on top), carries out its effects (files, images, fonts, the camera,
// saves), and hands it the platform's input stream with the screen as drawn. It is the
// application the platform layer drives; it sees no SDL, GL or Emscripten.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/camera.hpp"
#include "core/host.hpp"
#include "core/panel_export.hpp"
#include "core/reader_driver.hpp"
#include "core/reader_session.hpp"
#include "platform/app.hpp"
#include "view/fonts.hpp"
#include "core/story_editor.hpp"
#include "view/editor_view.hpp"
#include "view/glossary_view.hpp"
#include "view/image_store.hpp"
#include "view/overlays.hpp"
#include "view/overview.hpp"
#include "view/panel_view.hpp"
#include "view/theme.hpp"
#include "view/time_strip.hpp"

namespace frise::view {

// What the reader is asked to write instead of being read (`--export`, `--export-strip`).
struct ExportRequest {
  enum class Kind { none, panels, strip };
  Kind kind = Kind::none;
  std::string target;   // the folder of the panels, or the strip's PNG
  StripPlan strip;      // for a strip: its shape (planned once the story's panel count is known)
};

class ReaderApp final : public platform::App {
 public:
  // `host`: the machine's services (files, storage, the window, links, the page), which outlive the app.
  ReaderApp(Host& host, SessionOptions options, ExportRequest export_request = {});

  bool prepare_fonts(const platform::FrameInfo& info) override;
  void frame(const platform::FrameInfo& info) override;
  bool frame_is_complete() const override { return frame_complete_; }
  bool wants_to_quit() const override { return quit_ || quit_now_; }
  bool may_quit() override;
  void will_quit() override;
  bool wants_capture() const override;
  void captured(int width, int height, std::vector<std::uint8_t> rgba) override;
  void file_dropped(const std::string& path) override;
  void window_placed(const platform::WindowPlacement& placement) override;
  // 0, or why the program should end unhappily: an export that failed (1) or was interrupted (130).
  int exit_code() const { return exit_code_; }
  // Where the window was last time, for the platform to open it there again.
  std::optional<platform::WindowPlacement> saved_window() const;

 private:
  // What the screen's own controls asked for while drawn (a search result, a story in the
  // picker, the editor's page buttons): carried out with the next frame's
  // input, so that the panel changes in one place per frame. Dropped when the overlay it was
  // drawn in has closed meanwhile.
  struct Pick {
    enum class What { search_hit, story, next, previous, panel } what;
    std::size_t index = 0;  // the result, story or panel
    Overlay in = Overlay::none;
  };

  const Story& story() const { return session_.story(); }
  std::size_t current() const { return session_.current(); }
  const std::string& language() const { return session_.language(); }
  const Locale& interface_text() const { return text_.in(session_.interface_language()); }

  void carry_out(std::vector<SessionEffect> effects);  // the session's effects, in order
  void on_story_shown(bool reload);
  void on_panel_changed();
  void on_view_action(Action action);
  // Live authoring (reader_reload.cpp): the story is read again when its file changes
  // (natively) or on R, and the reader stays on the panel it was showing.
  void watch_story_file();
  void draw_notice(ImDrawList& draw, const platform::FrameInfo& info);
  // Every input of the frame, in one place (reader_input.cpp): what the controls picked last
  // frame, then the platform's keys and pointer in order (after the page's commands).
  void apply_input(const platform::FrameInfo& info);
  PointerScreen pointer_screen() const;
  bool reduced_motion() const;
  void draw_story(ImDrawList& draw, const platform::FrameInfo& info);
  void draw_bars(ImDrawList& draw, const platform::FrameInfo& info, float bar);
  void draw_overlays();
  void apply_theme();
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
  // The editor (reader_editor.cpp): opened on the story's text as last read, saved in place,
  // with a recovery file beside the story while edits are unsaved.
  void draw_editor_panel(const platform::FrameInfo& info);
  void save_story();
  void write_recovery();
  void merge_from_disk();  // the file changed on disk while edits are unsaved
  // Beside the editor the panel is also edited by hand: a balloon dragged to another part of the
  // art takes that place; its tail's tip dragged onto a mouth (snapped to the nearest one) aims
  // there. Draws what is being dragged.
  void handle_editor_pointer(ImDrawList& draw);
  // The editor's drags of whole panels (reader_editor_drags.cpp). "Arrange the panels" shows the
  // overview in the panel's place: a thumbnail dragged onto another one's cell moves its panel
  // there, one undoable step; a click opens it. On a dated story's time strip, a panel's marker
  // dragged along the axis gets the date where it is dropped (to the day, month or year, as the
  // strip's zoom allows: core/date_drag.hpp), its period's end following, one undoable step; a
  // click still goes to the panel. Both follow the pointer of the platform's input stream
  // (pointer_), which the reader's own gestures read too.
  bool arranging() const { return arranging_ && session_.overlay() == Overlay::editor; }
  void toggle_arranging();
  void handle_arrange_pointer(ImDrawList& draw);
  void handle_marker_drag(ImDrawList& draw);
  // The strip's marker of a dated story near `at` (drawn this frame), or -1.
  int draggable_marker_at(Vec2 at) const;
  // The pointer is in one of those drags, or pressed on a marker to start one: core's pointer
  // map then leaves it alone (it would move the strip under the marker).
  bool editor_drag_has_pointer() const;
  // Where the thumbnails and markers the editor can drag are, for the host ("editor" event).
  void add_drag_targets(std::vector<std::pair<std::string, Rect>>& fields) const;
  std::string recovery_path() const { return session_.story_path() + ".recovery"; }
  // Export mode (reader_export.cpp): each panel in turn, once fully drawn, is captured; a strip's
  // columns are drawn by draw_strip_column instead of the reader's screen.
  void export_frame();
  void draw_strip_column(ImDrawList& draw, const platform::FrameInfo& info);
  Rect strip_panel_area() const;                   // where a strip's column draws its panel
  const PanelScene& strip_scene(std::size_t index);  // that panel laid out there
  void export_captured(int width, int height, std::vector<std::uint8_t> rgba);
  void finish_export(bool complete);
  void export_interrupted();
  void save_screenshot(int width, int height, const std::vector<std::uint8_t>& rgba);

  Host& host_;
  ReaderSession session_;
  ReaderDriver driver_;  // the session's files, saves, links and the page's events, through host_
  std::unique_ptr<ImageStore> images_;
  FontSet fonts_;
  std::set<char32_t> font_characters_;  // every character the story, its problems and the interface use
  bool font_characters_stale_ = true;
  Theme theme_;
  std::vector<Pick> picks_;
  Rect strip_area_;  // where the time strip was drawn (w = 0: not drawn)
  InterfaceText text_;
  SearchBox search_;       // the search field's text as typed (the session has the query and hits)
  ListScroll list_scroll_; // keys that move the open list (help, warnings, glossary) this frame
  GlossaryView glossary_;  // the glossary's cards and list, and the panel's links
  TimeStrip strip_;
  Overview overview_;
  // Guided view: panels sit side by side on a strip (stacked on narrow portrait windows) and the
  // camera eases from one to the next; its position is the panel index, in slots.
  CameraMotion slide_;
  double now_ = 0;
  Rect viewport_;  // where the current panel is drawn
  SceneCache scenes_;      // the panels on screen, laid out once, not every frame
  PanelScene last_scene_;  // what the last frame drew, for the host
  float window_w_ = 0, window_h_ = 0, scale_ = 1;
  bool frame_complete_ = false;
  std::uint64_t story_version_ = 0;  // platform::file_version of the story when it was read
  std::map<std::string, std::uint64_t> art_versions_;  // of the pictures shown, when first seen
  double next_version_check_ = 0;
  bool announced_ready_ = false;
  std::size_t known_image_failures_ = 0;  // images_->failures() when warning_lines_ were made
  std::size_t known_font_failures_ = 0;   // fonts_.failures() likewise
  std::vector<std::string> warning_lines_;
  bool warning_lines_stale_ = true;
  Rect badge_;                // where the problems badge is drawn (w = 0: not drawn)
  bool badge_hovered_ = false;
  std::size_t announced_index_ = SIZE_MAX;
  std::unique_ptr<StoryEditor> editor_;    // while the editor is open (and after, until another story)
  EditorStatus editor_status_;
  std::uint64_t editor_revision_shown_ = 0;     // the editor's revision the reader shows
  std::uint64_t editor_revision_recovered_ = 0; // the editor's revision in the recovery file
  double next_recovery_write_ = 0;
  bool recovery_written_ = false;  // this session wrote the recovery file (and removes it when saved)
  std::string disk_text_;  // the file on disk, when its changes clash with the unsaved edits
  bool quit_now_ = false;          // the author answered the question about unsaved edits
  bool discard_on_quit_ = false;   // ...by throwing them away
  std::string editor_announced_;  // the last "editor" event told to the host
  struct EditorDrag {
    enum class What { none, balloon, tail } what = What::none;
    std::size_t balloon = 0;
    Vec2 grab;  // where the pointer went down
  } editor_drag_;
  // A balloon just given a place by hand, checked once the layout has placed it: when the layout
  // kept it elsewhere (that place would cover a face or a prop), the author is told.
  struct PlacementCheck {
    std::size_t balloon = SIZE_MAX;
    std::string placement;
  } placement_check_;
  bool arranging_ = false;  // see arranging()
  // The pointer as this frame's input stream left it (reader_input.cpp).
  struct PointerState {
    Vec2 at;                  // where it is
    bool pressed = false;     // its button went down this frame...
    Vec2 pressed_at;          // ...there
    bool released = false;    // it went up this frame
    float wheel = 0;          // notches turned this frame (> 0: away from the reader)
  } pointer_;
  struct PanelDrag {
    bool active = false;
    bool moved = false;     // past a click's few pixels: a drag
    std::size_t panel = 0;  // the panel dragged (a thumbnail, or a marker)
    Vec2 grab;              // where the pointer went down
  } thumbnail_drag_, marker_drag_;
  bool quit_ = false;
  int exit_code_ = 0;
  bool screenshot_pending_ = false;  // F12: the next frame is saved
  struct ExportJob {
    ExportRequest request;
    std::size_t next = 0;        // the panel being drawn for capture
    std::size_t written = 0;
    bool started = false, finished = false;
    std::unique_ptr<StripCanvas> canvas;
    // A strip's rows that hold something (logical pixels): the panels' frames are laid out in
    // proportions of their own inside the area, so the empty paper above and below is cut.
    float strip_top = 0, strip_bottom = 0;
  } export_;
};

}  // namespace frise::view
