#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/reader_session.hpp"
#include "core/reading_state.hpp"
#include "session_fixture.hpp"

using namespace frise;
using namespace frise::test;

TEST_CASE("session: opening asks for the story and the stories' list, then shows the story") {
  SessionOptions options;
  options.story_path = "stories/demo.json";
  options.story_list = "stories/index.json";
  ReaderSession session(options, "");
  const auto effects = session.take_effects();
  const SessionEffect* read = find(effects, Kind::read_story);
  REQUIRE(read);
  CHECK(read->text == "stories/demo.json");
  CHECK_FALSE(read->fresh);
  REQUIRE(find(effects, Kind::read_index));
  CHECK(find(effects, Kind::read_index)->text == "stories/index.json");
  CHECK(session.state() == LoadState::loading);
  // A story that is not the one asked for (replaced meanwhile) is dropped.
  session.story_file("stories/other.json", true, story_json(3), "");
  CHECK(session.state() == LoadState::loading);
  session.story_file("stories/demo.json", true, story_json(3), "");
  CHECK(session.state() == LoadState::ready);
  CHECK(session.story().panels.size() == 3);
  const auto shown = session.take_effects();
  CHECK(has(shown, Kind::story_shown));
  CHECK(has(shown, Kind::settings_changed));
}

TEST_CASE("session: a story without a story list asks for none (on the web, one kept outside panels/)") {
  SessionOptions options;
  options.story_path = "some/folder/x.json";
  ReaderSession session(options, "");
  const auto effects = session.take_effects();
  CHECK(has(effects, Kind::read_story));
  CHECK_FALSE(has(effects, Kind::read_index));
  session.story_file("some/folder/x.json", true, story_json(3), "");
  REQUIRE(session.state() == LoadState::ready);
  CHECK_FALSE(has(session.take_effects(), Kind::read_index));
  session.open_overlay(Overlay::picker);
  CHECK(session.overlay() == Overlay::none);  // no stories to pick from
}

TEST_CASE("session: a story that cannot be read or parsed fails with its diagnostics and quoted lines") {
  SessionOptions options;
  options.story_path = "s.json";
  ReaderSession unreadable(options, "");
  unreadable.story_file("s.json", false, "", "cannot read s.json: No such file");
  CHECK(unreadable.state() == LoadState::failed);
  REQUIRE(unreadable.diagnostics().size() == 1);
  CHECK(unreadable.diagnostics()[0].message == "cannot read s.json: No such file");
  CHECK(has(unreadable.take_effects(), Kind::story_failed));

  ReaderSession broken(options, "");
  broken.story_file("s.json", true, "{\n  \"frise\": 1,\n  \"panels\": [\n", "");
  CHECK(broken.state() == LoadState::failed);
  CHECK_FALSE(broken.diagnostics().empty());
  CHECK(broken.source_lines().size() == 4);
  CHECK(broken.source_lines()[1] == "  \"frise\": 1,");
  // Keys do nothing to a story that is not there, except R which reads it again.
  CHECK(broken.key(typed('o')));
  CHECK(broken.overlay() == Overlay::none);
  (void)broken.take_effects();
  broken.key(typed('r'));
  const auto effects = broken.take_effects();
  REQUIRE(find(effects, Kind::read_story));
  CHECK(find(effects, Kind::read_story)->fresh);
}

TEST_CASE("session: moves, effects and the coalesced save of the reading position") {
  ReaderSession session = ready_session(5);
  session.tick(10.0, true);
  CHECK(session.key(key_input(Key::right)));
  CHECK(session.current() == 1);
  CHECK(has(session.take_effects(), Kind::panel_changed));
  session.key(key_input(Key::space));
  session.key(key_input(Key::page_down));
  CHECK(session.current() == 3);
  session.key(key_input(Key::end));
  CHECK(session.current() == 4);
  session.key(key_input(Key::right));  // already at the end
  CHECK(session.current() == 4);
  session.key(key_input(Key::home));
  CHECK(session.current() == 0);
  // Nothing is written while the reader turns pages quickly...
  session.tick(10.2, true);
  CHECK_FALSE(has(session.take_effects(), Kind::save_state));
  session.key(key_input(Key::right));
  session.key(key_input(Key::right));
  // ...then once, with the last panel.
  session.tick(10.0 + ReaderSession::save_delay_seconds, true);
  const auto effects = session.take_effects();
  CHECK(std::count_if(effects.begin(), effects.end(), [](const SessionEffect& e) { return e.kind == Kind::save_state; }) == 1);
  const SessionEffect* save = find(effects, Kind::save_state);
  REQUIRE(save);
  const ReadingState state = ReadingState::from_json(save->text).state;
  REQUIRE(state.last_panel("demo"));
  CHECK(*state.last_panel("demo") == "p2");
  session.tick(20, true);
  CHECK_FALSE(has(session.take_effects(), Kind::save_state));  // nothing new to save
  // A pending save is written at once when the program ends.
  session.key(key_input(Key::right));
  session.flush_saves();
  CHECK(has(session.take_effects(), Kind::save_state));
}

TEST_CASE("session: a saved position reopens there, a link's panel wins") {
  ReadingState saved;
  saved.remember("demo", "p3");
  saved.preferences.theme = ThemeName::dark;
  CHECK(ready_session(5, {}, to_json(saved)).current() == 3);
  CHECK(ready_session(5, {}, to_json(saved)).settings().theme == ThemeName::dark);
  SessionOptions linked;
  linked.start_panel = "p1";
  CHECK(ready_session(5, linked, to_json(saved)).current() == 1);
  linked.start_panel = "gone";
  CHECK(ready_session(5, linked, to_json(saved)).current() == 3);
}

TEST_CASE("session: Up and Down turn pages only on stacked panels") {
  ReaderSession session = ready_session(5);
  CHECK_FALSE(session.key(key_input(Key::down)));
  CHECK(session.current() == 0);
  session.set_stacked(true);
  CHECK(session.key(key_input(Key::down)));
  CHECK(session.current() == 1);
  session.key(key_input(Key::up));
  CHECK(session.current() == 0);
}

TEST_CASE("session: overlays are modal, and each has its keys") {
  ReaderSession session = ready_session(12);
  SUBCASE("settings: arrows change the focused setting, Tab moves between settings, the comic stays") {
    session.key(typed('s'));
    CHECK(session.overlay() == Overlay::settings);
    CHECK(has(session.take_effects(), Kind::overlay_changed));
    CHECK(session.settings_focus() == SettingsControl::language);
    session.key(key_input(Key::right));  // the next language, not the next panel
    CHECK(session.current() == 0);
    CHECK(session.language() == "en");
    session.key(key_input(Key::space));  // Space: the next choice, not the next panel
    CHECK(session.current() == 0);
    CHECK(session.language() == "fr");
    session.key(key_input(Key::tab));
    CHECK(session.settings_focus() == SettingsControl::theme);
    session.key(key_input(Key::right));
    CHECK(session.settings().theme == ThemeName::dark);
    session.key(key_input(Key::tab));
    session.key(key_input(Key::right));
    session.key(key_input(Key::right));
    CHECK(session.settings().text_size == doctest::Approx(1.2f));
    session.key(key_input(Key::tab, true));  // Shift+Tab goes back
    CHECK(session.settings_focus() == SettingsControl::theme);
    for (int i = 0; i < 7; ++i) session.key(key_input(Key::tab));  // round the controls
    CHECK(session.settings_focus() == SettingsControl::theme);
    session.key(typed('o'));  // letters of the reading keys do nothing here
    CHECK(session.overlay() == Overlay::settings);
    session.key(key_input(Key::escape));
    CHECK(session.overlay() == Overlay::none);
    session.key(key_input(Key::right));
    CHECK(session.current() == 1);
  }
  SUBCASE("overview: arrows move the highlight, Enter opens it and closes the overview") {
    session.go_to(5);
    session.key(typed('o'));
    CHECK(session.overlay() == Overlay::overview);
    CHECK(session.overview_highlight() == 5);
    session.set_overview_grid(4, 2);
    session.key(key_input(Key::down));
    CHECK(session.overview_highlight() == 9);
    session.key(key_input(Key::down));
    CHECK(session.overview_highlight() == 11);  // the last one, not past it
    session.key(key_input(Key::left));
    session.key(key_input(Key::up));
    CHECK(session.overview_highlight() == 6);
    session.key(key_input(Key::page_up));
    CHECK(session.overview_highlight() == 0);
    session.key(key_input(Key::end));
    CHECK(session.overview_highlight() == 11);
    CHECK(session.current() == 5);  // nothing moved behind
    session.key(key_input(Key::enter));
    CHECK(session.overlay() == Overlay::none);
    CHECK(session.current() == 11);
  }
  SUBCASE("search: the arrows pick a result, Enter opens it") {
    session.key(shortcut('f'));
    CHECK(session.overlay() == Overlay::search);
    session.set_search_query("case");
    REQUIRE(session.search_hits().size() == 11);
    CHECK(session.search_selection() == 0);
    session.key(key_input(Key::down));
    session.key(key_input(Key::down));
    session.key(key_input(Key::up));
    CHECK(session.search_selection() == 1);
    session.key(typed('o'));  // typing goes to the field, never to the reader
    CHECK(session.overlay() == Overlay::search);
    session.key(key_input(Key::enter));
    CHECK(session.overlay() == Overlay::none);
    CHECK(session.current() == static_cast<std::size_t>(session.search_hits()[1].panel));
  }
  SUBCASE("help and warnings scroll with the arrows (in the view) and close with their letter") {
    session.key(typed('?'));
    CHECK(session.overlay() == Overlay::help);
    (void)session.take_effects();
    session.key(key_input(Key::down));
    const auto effects = session.take_effects();
    REQUIRE(find(effects, Kind::view_action));
    CHECK(find(effects, Kind::view_action)->action == Action::move_down);
    CHECK(session.current() == 0);
    session.key(typed('?'));
    CHECK(session.overlay() == Overlay::none);
    session.key(typed('W'));
    CHECK(session.overlay() == Overlay::problems);
    session.key(typed('w'));
    CHECK(session.overlay() == Overlay::none);
  }
  SUBCASE("one overlay at a time: opening another replaces it") {
    session.open_overlay(Overlay::help);
    session.open_overlay(Overlay::settings);
    CHECK(session.overlay() == Overlay::settings);
    session.close_overlay();
    CHECK(session.overlay() == Overlay::none);
  }
}

TEST_CASE("session: the picker needs two stories, and picking one opens it") {
  ReaderSession session = ready_session(3);
  session.open_overlay(Overlay::picker);
  CHECK(session.overlay() == Overlay::none);  // no list yet
  session.index_file("stories/index.json", true,
                     R"({"stories": [{"file": "demo.json", "title": "Démo"}, {"file": "other.json", "title": "Autre"}]})");
  REQUIRE(session.stories().size() == 2);
  CHECK(session.stories()[1].file == "stories/other.json");
  session.open_overlay(Overlay::picker);
  CHECK(session.overlay() == Overlay::picker);
  CHECK(session.picker_highlight() == 0);  // the story being read
  (void)session.take_effects();
  session.key(key_input(Key::down));
  session.key(key_input(Key::enter));
  CHECK(session.overlay() == Overlay::none);
  CHECK(session.state() == LoadState::loading);
  const auto effects = session.take_effects();
  REQUIRE(find(effects, Kind::read_story));
  CHECK(find(effects, Kind::read_story)->text == "stories/other.json");
  CHECK(has(effects, Kind::story_opened));
}

TEST_CASE("session: reading keys for the settings: L, T, + and -, within their limits, remembered") {
  ReaderSession session = ready_session(3);
  session.key(typed('L'));
  CHECK(session.language() == "en");
  CHECK(session.interface_language() == "en");
  session.key(typed('l'));
  CHECK(session.language() == "fr");
  session.key(typed('t'));
  CHECK(session.settings().theme == ThemeName::dark);
  for (int i = 0; i < 20; ++i) session.key(typed('+'));
  CHECK(session.settings().text_size == text_size_range.max);
  for (int i = 0; i < 20; ++i) session.key(typed('-'));
  CHECK(session.settings().text_size == text_size_range.min);
  session.flush_saves();
  const auto effects = session.take_effects();
  const SessionEffect* save = find(effects, Kind::save_state);
  REQUIRE(save);
  const Settings saved = ReadingState::from_json(save->text).state.preferences;
  CHECK(saved.theme == ThemeName::dark);
  CHECK(saved.text_size == text_size_range.min);
  CHECK(saved.language == "fr");
}

TEST_CASE("session: the interface speaks the story's language, else the asked-for or saved one, else the system's") {
  SessionOptions options;
  options.story_path = "s.json";
  options.system_language = "en-GB";
  ReaderSession session(options, "");
  CHECK(session.interface_language() == "en-GB");  // loading: nothing else is known
  session.story_file("s.json", true, story_json(2), "");
  CHECK(session.interface_language() == "fr");  // the story is French
  options.overrides.language = "en";
  ReaderSession english(options, "");
  CHECK(english.interface_language() == "en");
  english.story_file("s.json", true, story_json(2), "");
  CHECK(english.language() == "en");
  options.overrides.language = "de";  // a language the story does not have: its own
  ReaderSession german(options, "");
  german.story_file("s.json", true, story_json(2), "");
  CHECK(german.language() == "fr");
}

TEST_CASE("session: a story that cannot be shown explains itself in its own language, when it can say which") {
  SessionOptions options;
  options.story_path = "s.json";
  options.system_language = "en-GB";
  // Well-formed JSON, but a panel without an id: an error, in a French story.
  const std::string wrong = R"({"frise": 1, "title": "T", "language": "fr", "languages": ["fr", "en"], "panels": [{"caption": "x"}]})";
  ReaderSession french(options, "");
  french.story_file("s.json", true, wrong, "");
  REQUIRE(french.state() == LoadState::failed);
  CHECK(french.interface_language() == "fr");
  // Asked for English, which the story has: English.
  options.overrides.language = "en";
  ReaderSession english(options, "");
  english.story_file("s.json", true, wrong, "");
  CHECK(english.interface_language() == "en");
  // Broken JSON says no language: the asked-for one, else the system's.
  options.overrides.language.reset();
  ReaderSession broken(options, "");
  broken.story_file("s.json", true, R"({"frise": 1, "language": "fr",)", "");
  REQUIRE(broken.state() == LoadState::failed);
  CHECK(broken.interface_language() == "en-GB");
}

TEST_CASE("session: autoplay waits for the panel to be shown, gives it its time, pauses on any key") {
  SessionOptions options;
  options.autoplay = true;
  ReaderSession session = ready_session(3, options);
  CHECK(session.autoplay());
  const double seconds = session.panel_seconds(session.story().panels[0]);
  CHECK(seconds >= 4.0);
  session.tick(1.0, false);  // images not in yet: the clock has not started
  session.tick(100.0, true);  // shown: the clock starts now
  CHECK(session.current() == 0);
  session.tick(100.0 + seconds - 0.1, true);
  CHECK(session.current() == 0);
  session.tick(100.0 + seconds, true);
  CHECK(session.current() == 1);
  // An overlay holds autoplay; a key pauses it; P starts it again.
  session.key(typed('x'));  // unbound, but a key all the same
  CHECK_FALSE(session.autoplay());
  session.key(typed('p'));
  CHECK(session.autoplay());
  PointerInput wheel;
  wheel.kind = PointerInput::Kind::wheel;  // over nothing the session knows of: no page turns, but input
  session.pointer(wheel);
  CHECK_FALSE(session.autoplay());
  session.key(typed('P'));
  session.tick(200, true);
  session.tick(200 + 100, true);
  CHECK(session.current() == 2);
  session.tick(400, true);
  session.tick(500, true);
  CHECK_FALSE(session.autoplay());  // the end of the story stops it
}

TEST_CASE("session: reload reads the file fresh and comes back to the same panel, or the same place") {
  ReaderSession session = ready_session(5);
  session.go_to(3);
  (void)session.take_effects();
  session.reload();
  CHECK(session.reloading());
  const auto effects = session.take_effects();
  REQUIRE(find(effects, Kind::read_story));
  CHECK(find(effects, Kind::read_story)->fresh);
  session.reload();  // already reloading: one request
  CHECK_FALSE(has(session.take_effects(), Kind::read_story));
  session.story_file("stories/demo.json", true, story_json(6, "Salut"), "");
  CHECK(session.current() == 3);
  CHECK(session.story().panels[0].caption.get("fr", "fr") == "Salut");
  CHECK(session.notice(0.5) != nullptr);
  const auto shown = session.take_effects();
  REQUIRE(find(shown, Kind::story_shown));
  CHECK(find(shown, Kind::story_shown)->fresh);
  // A broken save shows its errors; the next good one brings the panel back.
  session.reload();
  session.story_file("stories/demo.json", true, "{", "");
  CHECK(session.state() == LoadState::failed);
  session.reload();
  session.story_file("stories/demo.json", true, story_json(6), "");
  CHECK(session.current() == 3);
  // The panel was removed: the same place, or the last panel.
  session.reload();
  session.story_file("stories/demo.json", true, story_json(2), "");
  CHECK(session.current() == 1);
}

TEST_CASE("session: host commands and the overview's clicks go through go_to") {
  ReaderSession session = ready_session(4);
  CHECK(session.go_to_panel("p2"));
  CHECK(session.current() == 2);
  CHECK_FALSE(session.go_to_panel("nope"));
  CHECK_FALSE(session.go_to(99));
  CHECK(session.current() == 2);
}

TEST_CASE("session: a folder's stories fill the picker, which opens over the first once it is shown") {
  SessionOptions options;
  options.story_path = "/f/a.json";
  options.stories = {{"/f/a.json", {}}, {"/f/b.json", {}}};
  options.open_picker = true;
  ReaderSession session(options, "");
  const auto opening = session.take_effects();
  CHECK_FALSE(has(opening, Kind::read_index));  // no index.json beside it is asked for
  CHECK(session.stories().size() == 2);
  session.story_file("/f/a.json", true, story_json(2), "");
  CHECK(session.overlay() == Overlay::picker);
  session.key(key_input(Key::down));
  session.key(key_input(Key::enter));
  const auto effects = session.take_effects();
  REQUIRE(find(effects, Kind::read_story));
  CHECK(find(effects, Kind::read_story)->text == "/f/b.json");
  session.story_file("/f/b.json", true, story_json(2), "");
  CHECK(session.overlay() == Overlay::none);  // only once, at the start
}

TEST_CASE("session: a dropped story opens, the same file again is read again on its panel") {
  ReaderSession session = ready_session(3);
  session.go_to(2);
  session.open_dropped("stories/demo.json");
  CHECK(session.reloading());
  session.story_file("stories/demo.json", true, story_json(3), "");
  CHECK(session.current() == 2);
  session.open_dropped("/elsewhere/other.json");
  CHECK(session.state() == LoadState::loading);
  CHECK(session.story_path() == "/elsewhere/other.json");
}

TEST_CASE("session: the window's place is saved with the rest, an export saves nothing") {
  ReaderSession session = ready_session(3);
  session.window_placed({10, 20, 900, 700});
  session.tick(1.0, true);
  const auto effects = session.take_effects();
  REQUIRE(find(effects, Kind::save_state));
  const ReadingState saved = ReadingState::from_json(find(effects, Kind::save_state)->text).state;
  REQUIRE(saved.window);
  CHECK(*saved.window == WindowPlace{10, 20, 900, 700});
  session.window_placed({0, 0, 10, 10});  // too small to be a reader's choice: ignored
  CHECK(session.saved().window->width == 900);

  SessionOptions quiet;
  quiet.remember = false;
  ReaderSession exporting = ready_session(3, quiet);
  exporting.go_to(2);
  exporting.window_placed({10, 20, 900, 700});
  exporting.tick(5.0, true);
  CHECK_FALSE(has(exporting.take_effects(), Kind::save_state));
}

TEST_CASE("session: F12 is the view's (a screenshot), with a notice it may show with a path") {
  ReaderSession session = ready_session(3);
  session.key(key_input(Key::f12));
  const auto effects = session.take_effects();
  REQUIRE(find(effects, Kind::view_action));
  CHECK(find(effects, Kind::view_action)->action == Action::save_screenshot);
  session.tick(10, true);
  session.show_notice("notice.screenshot_saved", "path", "/s/a.png");
  CHECK(std::string(session.notice(11)) == "notice.screenshot_saved");
  CHECK(session.notice_value().second == "/s/a.png");
  CHECK(session.notice(20) == nullptr);
}
