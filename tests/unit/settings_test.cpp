#include <doctest/doctest.h>

#include <cmath>
#include <algorithm>
#include <set>
#include <tuple>

#include "core/input_map.hpp"
#include "core/reading_state.hpp"
#include "core/settings.hpp"

using namespace frise;

TEST_CASE("settings: names parse back, and unknown names are refused") {
  for (ThemeName theme : {ThemeName::light, ThemeName::dark, ThemeName::contrast})
    CHECK(parse_theme(to_string(theme)) == theme);
  for (TimelinePlace place : {TimelinePlace::top, TimelinePlace::bottom, TimelinePlace::hidden})
    CHECK(parse_timeline_place(to_string(place)) == place);
  CHECK_FALSE(parse_theme("purple").has_value());
  CHECK_FALSE(parse_timeline_place("").has_value());
  CHECK(next_theme(ThemeName::contrast) == ThemeName::light);
}

TEST_CASE("settings: numbers keep to their limits and land on their steps") {
  CHECK(text_size_range.clamp(9.0f) == text_size_range.max);
  CHECK(text_size_range.clamp(0.0f) == text_size_range.min);
  CHECK(text_size_range.clamp(NAN) == text_size_range.fallback);
  Settings s;
  for (int i = 0; i < 3; ++i) CHECK(step(s, SettingsControl::text_size, 1, {}));
  CHECK(s.text_size == doctest::Approx(1.3f));
  for (int i = 0; i < 30; ++i) step(s, SettingsControl::line_spacing, 1, {});
  CHECK(s.line_spacing == line_spacing_range.max);
  CHECK_FALSE(step(s, SettingsControl::line_spacing, 1, {}));  // at the limit: no change
}

TEST_CASE("settings: each control steps and activates") {
  const std::vector<std::string> languages{"fr", "en"};
  Settings s;
  s.language = "fr";
  CHECK(step(s, SettingsControl::language, 1, languages));
  CHECK(s.language == "en");
  CHECK_FALSE(step(s, SettingsControl::language, 1, languages));  // Right at the last: stays
  CHECK(activate(s, SettingsControl::language, languages));        // Space wraps round
  CHECK(s.language == "fr");
  CHECK(step(s, SettingsControl::reduced_motion, 1, languages));
  CHECK(s.reduced_motion);
  CHECK_FALSE(step(s, SettingsControl::reduced_motion, 1, languages));
  CHECK(activate(s, SettingsControl::dyslexia_font, languages));
  CHECK(s.dyslexia_font);
  CHECK(step(s, SettingsControl::timeline, -1, languages));
  CHECK(s.timeline == TimelinePlace::top);
  CHECK(activate(s, SettingsControl::timeline, languages));
  CHECK(s.timeline == TimelinePlace::bottom);
  CHECK_FALSE(activate(s, SettingsControl::text_size, languages));
}

TEST_CASE("settings: overrides apply only what was given, and the saved settings round trip") {
  Settings saved;
  saved.theme = ThemeName::dark;
  saved.timeline = TimelinePlace::top;
  saved.dyslexia_font = true;
  SettingsOverrides overrides;
  overrides.timeline = TimelinePlace::bottom;  // the default, but asked for: it wins
  overrides.language = "../etc";               // not a language: ignored
  const Settings applied = apply(saved, overrides);
  CHECK(applied.theme == ThemeName::dark);
  CHECK(applied.timeline == TimelinePlace::bottom);
  CHECK(applied.dyslexia_font);
  CHECK(applied.language.empty());
  ReadingState state;
  state.preferences = applied;
  state.preferences.text_size = 1.3f;
  CHECK(ReadingState::from_json(to_json(state)).state.preferences == state.preferences);
}

TEST_CASE("input map: one action per key and context, the reading keys of the README") {
  CHECK(action_for(InputContext::reading, key_input(Key::right), false) == Action::next);
  CHECK(action_for(InputContext::reading, typed('O'), false) == Action::toggle_overview);
  CHECK(action_for(InputContext::reading, typed('o'), false) == Action::toggle_overview);
  CHECK(action_for(InputContext::reading, shortcut('f'), false) == Action::open_search);
  CHECK(action_for(InputContext::reading, typed('f'), false) == Action::toggle_fullscreen);
  CHECK_FALSE(action_for(InputContext::reading, key_input(Key::down), false).has_value());
  CHECK(action_for(InputContext::reading, key_input(Key::down), true) == Action::next);
  // In an overlay the reading keys do nothing: it has the keyboard.
  CHECK_FALSE(action_for(InputContext::settings, typed('o'), false).has_value());
  CHECK(action_for(InputContext::settings, key_input(Key::right), false) == Action::move_right);
  CHECK(action_for(InputContext::settings, key_input(Key::tab, true), false) == Action::focus_previous);
  CHECK(action_for(InputContext::settings, key_input(Key::tab), false) == Action::focus_next);
  CHECK(action_for(InputContext::reading, key_input(Key::right, true), false) == Action::next);  // Shift held
  CHECK(action_for(InputContext::help, key_input(Key::page_down), false) == Action::page_down);
  CHECK(action_for(InputContext::problems, key_input(Key::escape), false) == Action::close);
  CHECK_FALSE(action_for(InputContext::search, typed('a'), false).has_value());
  // No key is bound twice in one context (the first would silently win).
  std::set<std::tuple<int, int, char32_t, bool, bool, bool>> seen;
  for (const KeyBinding& b : key_bindings()) {
    const char32_t c = b.input.character >= 'A' && b.input.character <= 'Z' ? b.input.character + 32 : b.input.character;
    CHECK_MESSAGE(seen.insert({static_cast<int>(b.context), static_cast<int>(b.input.key), c, b.input.shift,
                               b.input.shortcut, b.stacked_only})
                      .second,
                  "bound twice in context " << static_cast<int>(b.context));
  }
}

TEST_CASE("input map: the help lists every described reading action once, with all its keys") {
  const std::vector<HelpRow> rows = help_rows();
  REQUIRE_FALSE(rows.empty());
  CHECK(rows.front().description_key == "action.next");
  CHECK(rows.front().keys == std::vector<std::string>{"key.right", "key.page_down", "key.space", "stacked:key.down"});
  std::set<std::string> descriptions;
  for (const HelpRow& row : rows) CHECK(descriptions.insert(row.description_key).second);
  const auto search = std::find_if(rows.begin(), rows.end(), [](const HelpRow& r) { return r.description_key == "action.search"; });
  REQUIRE(search != rows.end());
  CHECK(search->keys == std::vector<std::string>{"char:/", "ctrl:F"});
}

TEST_CASE("help: F12 is listed by the desktop app only, which alone can save a screenshot") {
  const auto lists_f12 = [](const std::vector<HelpRow>& rows) {
    return std::any_of(rows.begin(), rows.end(), [](const HelpRow& row) { return row.description_key == "action.screenshot"; });
  };
  CHECK(lists_f12(help_rows(true)));
  CHECK_FALSE(lists_f12(help_rows(false)));
  CHECK(action_for(InputContext::reading, key_input(Key::f12), false) == Action::save_screenshot);
}
