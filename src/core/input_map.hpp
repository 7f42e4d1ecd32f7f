// Every key binding of the reader, in one table: the platform turns its key events into
// KeyInputs (generic key codes, typed characters, modifiers), and this map turns them into the
// reader's actions according to what has the keyboard (the comic, or the overlay on top of it).
// The help overlay is generated from the same table, so it cannot drift from what the keys do.
// The pointer's events travel in the same stream (InputEvent); core/pointer_map.hpp maps them.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "core/geometry.hpp"

namespace frise {

// Named keys; letters and symbols arrive as typed characters instead (`character`), which do
// not depend on the keyboard layout: "?" is "?" on every keyboard.
enum class Key { none, left, right, up, down, page_up, page_down, home, end, space, escape, enter, tab, f12, character };

struct KeyInput {
  Key key = Key::none;
  char32_t character = 0;  // for Key::character: the typed character
  bool shift = false;
  bool shortcut = false;   // Ctrl (Cmd on a Mac) was held: only shortcut bindings answer
  bool operator==(const KeyInput&) const = default;
};
KeyInput key_input(Key key, bool shift = false);
KeyInput typed(char32_t character);
KeyInput shortcut(char32_t letter, bool shift = false);  // Ctrl+letter (Ctrl+Shift+letter)

// A mouse's or a finger's event, in window (logical) pixels.
struct PointerInput {
  enum class Kind {
    press,    // the left button or a finger went down
    release,  // ...and up
    move,
    wheel,    // `amount`: notches, y > 0 away from the reader, x > 0 rightwards
    pinch,    // two fingers: `amount.x` is how much they spread, as a share of the window (< 0 closes)
    swipe,    // one finger lifted after moving: `amount` is its travel (browsers echo no mouse drag for it)
  };
  Kind kind = Kind::move;
  Vec2 at;             // where the pointer is (a pinch: between the fingers)
  Vec2 amount;
  bool touch = false;  // made by a finger (a press or release: the platform's mouse echo of a touch)
  bool ctrl = false;   // Ctrl (Cmd on a Mac) was held
};

// One input of the stream the platform hands over each frame, in the order it happened.
using InputEvent = std::variant<KeyInput, PointerInput>;

// What has the keyboard: the comic itself, or the overlay open over it (modal: while one is
// open, keys go to it alone).
enum class InputContext {
  reading, help, settings, overview, search, picker, problems, glossary_list, editor,
  list,  // the keys the help, the warnings and the glossary's list share (never what has the keyboard)
};

enum class Action {
  // Reading
  next, previous, first, last, toggle_overview, toggle_fullscreen, open_search, toggle_autoplay,
  next_language, next_theme, text_larger, text_smaller, toggle_settings, reload, toggle_problems,
  next_glossary_spot, open_focused_spot, toggle_help, toggle_editor, close, save_screenshot,
  // In the editor
  undo, redo, save,
  // Inside an overlay
  focus_next, focus_previous, move_left, move_right, move_up, move_down, page_up, page_down, to_start, to_end,
  choose,
};

struct KeyBinding {
  InputContext context;
  KeyInput input;
  Action action;
  bool stacked_only = false;  // only when panels are stacked (narrow portrait windows): Up and Down
  const char* help_key = nullptr;  // locale key describing the action in the help; null: not listed
  bool desktop_only = false;  // what only the desktop app does (F12 writes a file): not in the web's help
};

// The table itself, in the order the help lists it.
std::span<const KeyBinding> key_bindings();

// The action `input` asks for in `context`, or none (an unbound key does nothing: in an overlay
// it never reaches the comic behind). Letters match whatever their case.
std::optional<Action> action_for(InputContext context, const KeyInput& input, bool stacked);

// The help's rows: for each described action of the reading context, its keys (as locale keys
// such as "key.right" or the character itself) and the locale key of its description.
struct HelpRow {
  // "key.right", "key.page_down", "char:/", "ctrl:F"; "stacked:key.down" when only on stacked panels
  std::vector<std::string> keys;
  std::string description_key;
};
// `desktop_app`: the help of the desktop app, which lists its own keys (F12) too.
std::vector<HelpRow> help_rows(bool desktop_app = true);

}  // namespace frise
