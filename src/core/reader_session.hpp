// The reader's state and rules, without a window: which story is open and how far it loaded,
// the current panel, the language, the settings, the overlay on top (modal: it has the
// keyboard), autoplay, live reload and the reading position. It is driven by commands (a key,
// an action, a file that arrived, the clock) and answers with effects the platform and the view
// carry out (read a file, save the state, ease to the new panel…). The view draws a session; it
// holds no reading state of its own.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/camera.hpp"
#include "core/diagnostics.hpp"
#include "core/input_map.hpp"
#include "core/navigator.hpp"
#include "core/pointer_map.hpp"
#include "core/reading_state.hpp"
#include "core/search.hpp"
#include "core/settings.hpp"
#include "core/story.hpp"
#include "core/story_index.hpp"

namespace frise {

enum class Overlay { none, help, settings, overview, search, picker, problems, glossary_list, editor };
InputContext input_context(Overlay overlay);
const char* to_string(Overlay overlay);  // "help", "settings"… ("none")

enum class LoadState { loading, ready, failed };

struct SessionEffect {
  enum class Kind {
    read_story,        // read the story at `text` (again when `fresh`: a reload) and give it to story_file()
    read_index,        // read the stories' list at `text` and give it to index_file()
    story_opened,      // a story starts loading: what was drawn from the last one goes
    story_shown,       // the story (or its new version, `fresh`) is ready to draw
    story_failed,      // the story cannot be shown: draw its diagnostics (`fresh`: a reload's)
    story_edited,      // the author changed the story in the editor: lay it out again
    panel_changed,     // the current panel changed: ease to it, fetch the images around it (once
                       // for several moves before the effects are taken)
    zoom_changed,      // the reader zoomed the panel in or out (`text`: the scale)
    tap_spot,          // a tap at `at` is the glossary's: a term's card, a link, or closing a card
    strip_zoom,        // zoom the time strip's axis by `amount` around the point `at`
    strip_pan,         // move the time strip's axis: its drawing follows the pointer by `amount` pixels
    overview_scroll,   // scroll the overview by `amount` wheel notches (> 0: up), or by `at.y` pixels dragged
    settings_changed,  // theme, text size, spacing, font, motion or language changed
    overlay_changed,   // another overlay is on top (or none)
    save_state,        // keep `text` (the reading state as JSON) for the next visit
    open_link,         // open the story's link `text` outside the comic
    view_action,       // `action` belongs to the view (fullscreen, the glossary's focus)
  };
  Kind kind;
  std::string text;
  bool fresh = false;
  Action action = Action::close;
  Vec2 at;
  float amount = 0;
};

struct SessionOptions {
  std::string story_path;        // file path natively, URL relative to the page on the web
  std::string start_panel;       // a link's panel: wins over the remembered one
  SettingsOverrides overrides;   // the command line's or the URL's, over the saved settings
  bool autoplay = false;
  std::string system_language;   // the system's or browser's, for the interface before a story is read
  unsigned threads = 1;          // for reading long stories
  // A folder's stories (`frise DIR`), for the picker; when empty, the picker lists those of the
  // story list at `story_list` (an index.json: platform::story_list_for says where the story
  // has one), read once the session starts; with neither, the story has no picker.
  std::vector<StoryEntry> stories;
  std::string story_list;
  bool open_picker = false;      // open the picker over the first story once it is shown
  bool remember = true;          // false: nothing is saved (an export must not move the reader's place)
};

class ReaderSession {
 public:
  // Coalesced saves: the reading position is written this long after the last change, not on
  // every page turn.
  static constexpr double save_delay_seconds = 0.5;

  ReaderSession(SessionOptions options, std::string_view saved_state_json);

  // --- Loading
  void open_story(const std::string& path, const std::string& start_panel);
  // The story file asked for by read_story: its bytes, or why it could not be read.
  void story_file(const std::string& path, bool ok, std::string_view bytes, const std::string& error);
  void index_file(const std::string& path, bool ok, std::string_view bytes);
  // A story file dropped on the window: it opens (a folder's picker keeps listing its stories).
  void open_dropped(const std::string& path);
  // Read the story again, staying on the panel shown (R, or its file changed on disk).
  void reload();
  // The story as the editor made it: the same panel stays on screen (by id, else by place).
  void replace_story(const Story& story);
  bool reloading() const { return reloading_; }

  // --- Input
  // One event of the platform's stream: a key or the pointer. True when it did something.
  bool input(const InputEvent& event);
  // A key, mapped by the input map for what has the keyboard. True when it was bound.
  bool key(const KeyInput& input);
  // The pointer, mapped by the pointer map on the screen as last drawn; a press, the wheel, a
  // pinch or a swipe pauses autoplay, as any key does.
  bool pointer(const PointerInput& input);
  // Where the panel, the strip, the controls and the glossary's spots were drawn: what the next
  // pointer events land on.
  void set_pointer_screen(PointerScreen screen) { pointer_screen_ = std::move(screen); }
  void perform(Action action);
  bool go_to(std::size_t index);
  bool go_to_panel(const std::string& id);
  void open_overlay(Overlay overlay);
  void close_overlay();
  void toggle_overlay(Overlay overlay);
  void toggle_chrome() { chrome_ = !chrome_; }
  void change_settings(const Settings& settings);  // from the settings overlay's controls
  // A link of the current panel (its media's, or one under its caption) to open outside the
  // comic, asked for by the reader's tap, click or Enter. Any other address is refused: only
  // the story's own links, checked when it was read, are ever opened.
  bool open_link(const std::string& url);
  void focus_setting(SettingsControl control) { settings_focus_ = control; }
  // Panels stacked (narrow portrait windows): Up and Down turn pages.
  void set_stacked(bool stacked) { stacked_ = stacked; }
  // The overview's grid as drawn: the arrows move by a column or a row, Page keys by a screen.
  void set_overview_grid(std::size_t columns, std::size_t rows_in_view);
  void highlight_thumbnail(std::size_t index);
  void set_search_query(std::string_view query);
  void select_story(std::size_t index) { picker_highlight_ = index; }
  void select_search_hit(std::size_t index) { search_selection_ = index; }

  // The desktop window was moved or resized: remembered for the next start.
  void window_placed(const WindowPlace& place);
  // A notice the view asked for (a screenshot was saved): a locale key and one {name} = value.
  void show_notice(const char* key, std::string name, std::string value, double seconds = 4);

  // --- Time: autoplay moves on, pending saves are written. `panel_shown`: the current panel is
  // fully on screen (its images in), when autoplay's clock starts.
  void tick(double now, bool panel_shown);
  void flush_saves();
  // The pending save's text, taken now (not as an effect): for the page being hidden, when no
  // frame will come to carry effects out.
  std::optional<std::string> take_pending_save();
  std::vector<SessionEffect> take_effects();

  // --- What the view draws
  LoadState state() const { return state_; }
  const std::string& story_path() const { return story_path_; }
  const Story& story() const { return story_; }
  std::size_t current() const { return navigator_.current(); }
  const Navigator& navigator() const { return navigator_; }
  const std::string& language() const { return language_; }  // the story's words in it
  // The interface's words: the story's language once read (a story that cannot be shown but
  // says its language: that one, so its errors are explained in it), else the saved or
  // asked-for one, else the system's.
  std::string interface_language() const;
  const Settings& settings() const { return settings_; }
  Overlay overlay() const { return overlay_; }
  bool chrome() const { return chrome_; }
  const PanelZoom& zoom() const { return zoom_; }  // into the current panel; reset by each move
  bool autoplay() const { return autoplay_; }
  bool stacked() const { return stacked_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  const std::vector<std::string>& source_lines() const { return source_lines_; }
  const std::vector<StoryEntry>& stories() const { return stories_; }
  SettingsControl settings_focus() const { return settings_focus_; }
  std::size_t overview_highlight() const { return overview_highlight_; }
  const std::string& search_query() const { return search_query_; }
  const std::vector<SearchHit>& search_hits() const { return search_hits_; }
  std::size_t search_selection() const { return search_selection_; }
  std::size_t picker_highlight() const { return picker_highlight_; }
  // A short message over the top bar (a locale key: "story.reloaded"), while `now` is before its end.
  const char* notice(double now) const { return now < notice_until_ ? notice_key_ : nullptr; }
  // The notice's one placeholder and its value ("path", "/home/…/shot.png"); empty names: none.
  const std::pair<std::string, std::string>& notice_value() const { return notice_value_; }
  // How long autoplay shows a panel: its author's duration, else long enough to read its words.
  double panel_seconds(const Panel& panel) const;
  const ReadingState& saved() const { return saved_; }

 private:
  void emit(SessionEffect::Kind kind, std::string text = {}, bool fresh = false);
  void emit_view_action(Action action);
  void moved();                 // after the current panel changed
  void remember();              // the position and settings are to be saved (soon)
  void overlay_action(Action action);
  void move_highlight(std::size_t& highlight, std::size_t count, long delta);

  SessionOptions options_;
  ReadingState saved_;
  Settings settings_;
  LoadState state_ = LoadState::loading;
  std::string story_path_, start_panel_;
  Story story_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<std::string> source_lines_;  // a story that failed, to quote its lines in the errors
  std::vector<std::string> failed_languages_;  // ...and the languages it names, its own first (none: unreadable)
  Navigator navigator_;
  std::string language_;
  std::vector<StoryEntry> stories_;
  Overlay overlay_ = Overlay::none;
  bool chrome_ = true;
  bool stacked_ = false;
  bool autoplay_ = false;
  double autoplay_due_ = 0;  // 0: the clock starts when the panel is shown
  double now_ = 0;
  std::optional<double> save_due_;
  PointerMap pointer_map_;
  PointerScreen pointer_screen_;
  PanelZoom zoom_;
  bool reloading_ = false;
  std::string reload_panel_;   // the panel on screen when a reload began: shown again after it
  std::size_t reload_index_ = 0;
  const char* notice_key_ = nullptr;
  std::pair<std::string, std::string> notice_value_;
  double notice_until_ = 0;
  bool picker_pending_ = false;  // open_picker, until the first story is shown
  SettingsControl settings_focus_ = SettingsControl::language;
  std::size_t overview_highlight_ = 0, overview_columns_ = 1, overview_rows_ = 1;
  std::string search_query_;
  SearchIndex search_index_;
  std::string search_indexed_language_;
  std::vector<SearchHit> search_hits_;
  std::size_t search_selection_ = 0;
  std::size_t picker_highlight_ = 0;
  std::vector<SessionEffect> effects_;
};

}  // namespace frise
