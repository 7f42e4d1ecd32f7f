#include "core/input_map.hpp"

#include <algorithm>
#include <array>

namespace frise {
namespace {

using C = InputContext;
using A = Action;

constexpr KeyInput named(Key key, bool shift = false) { return {key, 0, shift, false}; }
constexpr KeyInput chr(char32_t c) { return {Key::character, c, false, false}; }
constexpr KeyInput ctrl(char32_t c, bool shift = false) { return {Key::character, c, shift, true}; }

constexpr std::array bindings{
    // Reading: what the help lists, in its order.
    KeyBinding{C::reading, named(Key::right), A::next, false, "action.next"},
    KeyBinding{C::reading, named(Key::page_down), A::next, false, "action.next"},
    KeyBinding{C::reading, named(Key::space), A::next, false, "action.next"},
    KeyBinding{C::reading, named(Key::down), A::next, true, "action.next"},
    KeyBinding{C::reading, named(Key::left), A::previous, false, "action.previous"},
    KeyBinding{C::reading, named(Key::page_up), A::previous, false, "action.previous"},
    KeyBinding{C::reading, named(Key::up), A::previous, true, "action.previous"},
    KeyBinding{C::reading, named(Key::home), A::first, false, "action.first"},
    KeyBinding{C::reading, named(Key::end), A::last, false, "action.last"},
    KeyBinding{C::reading, chr('o'), A::toggle_overview, false, "action.overview"},
    KeyBinding{C::reading, chr('/'), A::open_search, false, "action.search"},
    KeyBinding{C::reading, ctrl('f'), A::open_search, false, "action.search"},
    KeyBinding{C::reading, chr('g'), A::next_glossary_spot, false, "action.glossary"},
    KeyBinding{C::reading, named(Key::enter), A::open_focused_spot, false, "action.open_spot"},
    KeyBinding{C::reading, chr('p'), A::toggle_autoplay, false, "action.autoplay"},
    KeyBinding{C::reading, chr('l'), A::next_language, false, "action.language"},
    KeyBinding{C::reading, chr('t'), A::next_theme, false, "action.theme"},
    KeyBinding{C::reading, chr('+'), A::text_larger, false, "action.text_larger"},
    KeyBinding{C::reading, chr('='), A::text_larger, false, nullptr},  // + without Shift on many keyboards
    KeyBinding{C::reading, chr('-'), A::text_smaller, false, "action.text_smaller"},
    KeyBinding{C::reading, chr('s'), A::toggle_settings, false, "action.settings"},
    KeyBinding{C::reading, chr('f'), A::toggle_fullscreen, false, "action.fullscreen"},
    KeyBinding{C::reading, chr('w'), A::toggle_problems, false, "action.warnings"},
    KeyBinding{C::reading, chr('r'), A::reload, false, "action.reload"},
    KeyBinding{C::reading, chr('e'), A::toggle_editor, false, "action.editor"},
    KeyBinding{C::reading, named(Key::f12), A::save_screenshot, false, "action.screenshot", true},
    KeyBinding{C::reading, chr('?'), A::toggle_help, false, "action.help"},
    KeyBinding{C::reading, named(Key::escape), A::close, false, "action.close"},

    // The help, the warnings and the glossary's list scroll with the same keys (`list`), and
    // close with the letter that opened them.
    KeyBinding{C::list, named(Key::down), A::move_down},
    KeyBinding{C::list, named(Key::up), A::move_up},
    KeyBinding{C::list, named(Key::page_down), A::page_down},
    KeyBinding{C::list, named(Key::page_up), A::page_up},
    KeyBinding{C::list, named(Key::home), A::to_start},
    KeyBinding{C::list, named(Key::end), A::to_end},
    KeyBinding{C::list, named(Key::escape), A::close},
    KeyBinding{C::help, chr('?'), A::close},
    KeyBinding{C::problems, chr('w'), A::close},
    KeyBinding{C::glossary_list, chr('g'), A::close},

    // Settings: Tab (and Up, Down) between controls, Left and Right change the value.
    KeyBinding{C::settings, named(Key::tab), A::focus_next},
    KeyBinding{C::settings, named(Key::tab, true), A::focus_previous},
    KeyBinding{C::settings, named(Key::down), A::focus_next},
    KeyBinding{C::settings, named(Key::up), A::focus_previous},
    KeyBinding{C::settings, named(Key::left), A::move_left},
    KeyBinding{C::settings, named(Key::right), A::move_right},
    KeyBinding{C::settings, named(Key::space), A::choose},
    KeyBinding{C::settings, named(Key::enter), A::choose},
    KeyBinding{C::settings, named(Key::escape), A::close},
    KeyBinding{C::settings, chr('s'), A::close},

    // Overview: the arrows move the highlighted thumbnail, Enter opens it.
    KeyBinding{C::overview, named(Key::left), A::move_left},
    KeyBinding{C::overview, named(Key::right), A::move_right},
    KeyBinding{C::overview, named(Key::up), A::move_up},
    KeyBinding{C::overview, named(Key::down), A::move_down},
    KeyBinding{C::overview, named(Key::page_up), A::page_up},
    KeyBinding{C::overview, named(Key::page_down), A::page_down},
    KeyBinding{C::overview, named(Key::home), A::to_start},
    KeyBinding{C::overview, named(Key::end), A::to_end},
    KeyBinding{C::overview, named(Key::tab), A::move_right},
    KeyBinding{C::overview, named(Key::tab, true), A::move_left},
    KeyBinding{C::overview, named(Key::enter), A::choose},
    KeyBinding{C::overview, named(Key::space), A::choose},
    KeyBinding{C::overview, named(Key::escape), A::close},
    KeyBinding{C::overview, chr('o'), A::close},

    // Search: typing goes to the search field; the arrows pick a result, Enter opens it.
    KeyBinding{C::search, named(Key::down), A::move_down},
    KeyBinding{C::search, named(Key::up), A::move_up},
    KeyBinding{C::search, named(Key::tab), A::move_down},
    KeyBinding{C::search, named(Key::tab, true), A::move_up},
    KeyBinding{C::search, named(Key::enter), A::choose},
    KeyBinding{C::search, named(Key::escape), A::close},

    // The editor: its fields have the typed keys; these do the rest.
    KeyBinding{C::editor, ctrl('z'), A::undo},
    KeyBinding{C::editor, ctrl('z', true), A::redo},
    KeyBinding{C::editor, ctrl('y'), A::redo},
    KeyBinding{C::editor, ctrl('s'), A::save},
    KeyBinding{C::editor, named(Key::page_down), A::next},
    KeyBinding{C::editor, named(Key::page_up), A::previous},
    KeyBinding{C::editor, named(Key::escape), A::close},

    // The story picker: a list to choose from.
    KeyBinding{C::picker, named(Key::down), A::move_down},
    KeyBinding{C::picker, named(Key::up), A::move_up},
    KeyBinding{C::picker, named(Key::tab), A::move_down},
    KeyBinding{C::picker, named(Key::tab, true), A::move_up},
    KeyBinding{C::picker, named(Key::enter), A::choose},
    KeyBinding{C::picker, named(Key::space), A::choose},
    KeyBinding{C::picker, named(Key::escape), A::close},
};

char32_t lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

bool matches(const KeyInput& bound, const KeyInput& input) {
  if (bound.key != input.key || bound.shortcut != input.shortcut) return false;
  // Ctrl+Shift+Z is not Ctrl+Z; a typed letter's case does not matter.
  if (bound.key == Key::character) return lower(bound.character) == lower(input.character) && (!bound.shortcut || bound.shift == input.shift);
  // Shift tells Tab from Shift+Tab; elsewhere it does not matter (Shift+Right still turns the
  // page), which also keeps the keys working when the browser never told SDL that Shift was
  // released (Shift+Tab moved the focus out of the canvas before the key went up).
  if (bound.key == Key::tab) return bound.shift == input.shift;
  return !bound.shift || input.shift;
}

std::string key_name(const KeyInput& input) {
  switch (input.key) {
    case Key::left: return "key.left";
    case Key::right: return "key.right";
    case Key::up: return "key.up";
    case Key::down: return "key.down";
    case Key::page_up: return "key.page_up";
    case Key::page_down: return "key.page_down";
    case Key::home: return "key.home";
    case Key::end: return "key.end";
    case Key::space: return "key.space";
    case Key::escape: return "key.escape";
    case Key::enter: return "key.enter";
    case Key::tab: return "key.tab";
    case Key::f12: return "key.f12";
    case Key::character:
    case Key::none: break;
  }
  const char32_t c = input.character >= 'a' && input.character <= 'z' ? input.character - 'a' + 'A' : input.character;
  std::string text = input.shortcut ? "ctrl:" : "char:";
  if (c < 0x80) text += static_cast<char>(c);
  return text;
}

}  // namespace

KeyInput key_input(Key key, bool shift) { return named(key, shift); }
KeyInput typed(char32_t character) { return chr(character); }
KeyInput shortcut(char32_t letter, bool shift) { return ctrl(letter, shift); }

std::span<const KeyBinding> key_bindings() { return bindings; }

std::optional<Action> action_for(InputContext context, const KeyInput& input, bool stacked) {
  const auto find = [&](InputContext in) -> std::optional<Action> {
    for (const KeyBinding& binding : bindings) {
      if (binding.context != in || !matches(binding.input, input)) continue;
      if (binding.stacked_only && !stacked) continue;
      return binding.action;
    }
    return std::nullopt;
  };
  if (const std::optional<Action> own = find(context)) return own;
  const bool is_list = context == C::help || context == C::problems || context == C::glossary_list;
  return is_list ? find(C::list) : std::nullopt;
}

std::vector<HelpRow> help_rows(bool desktop_app) {
  std::vector<HelpRow> rows;
  for (const KeyBinding& binding : bindings) {
    if (binding.context != InputContext::reading || !binding.help_key) continue;
    if (binding.desktop_only && !desktop_app) continue;
    const auto same = [&](const HelpRow& row) { return row.description_key == binding.help_key; };
    auto row = std::find_if(rows.begin(), rows.end(), same);
    if (row == rows.end()) row = rows.insert(rows.end(), HelpRow{{}, binding.help_key});
    row->keys.push_back((binding.stacked_only ? "stacked:" : "") + key_name(binding.input));
  }
  return rows;
}

}  // namespace frise
