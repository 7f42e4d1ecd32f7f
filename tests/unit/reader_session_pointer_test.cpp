#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/reader_session.hpp"
#include "session_fixture.hpp"

using namespace frise;
using namespace frise::test;

TEST_CASE("session: the pointer turns pages, zooms the panel (reset by a move) and leaves the glossary's taps to the view") {
  ReaderSession session = ready_session(4);
  PointerScreen screen;
  screen.window_width = 800;
  screen.window_height = 600;
  screen.viewport = {0, 0, 800, 600};
  session.set_pointer_screen(screen);
  const auto event = [](PointerInput::Kind kind, float x, float y, Vec2 amount = {}, bool ctrl = false) {
    PointerInput input;
    input.kind = kind;
    input.at = {x, y};
    input.amount = amount;
    input.ctrl = ctrl;
    return InputEvent(input);
  };
  session.input(event(PointerInput::Kind::press, 750, 300));
  CHECK(session.input(event(PointerInput::Kind::release, 750, 300)));
  CHECK(session.current() == 1);
  CHECK(has(session.take_effects(), Kind::panel_changed));
  // Ctrl + wheel zooms around the pointer, and the host hears the scale.
  CHECK(session.input(event(PointerInput::Kind::wheel, 400, 300, {0, 1}, true)));
  CHECK(session.zoom().scale == doctest::Approx(1.25f));
  CHECK(session.zoom().offset.x == doctest::Approx(-100.0f));  // the point under the pointer stays there
  const auto zoomed = session.take_effects();
  REQUIRE(find(zoomed, Kind::zoom_changed));
  CHECK(std::stof(find(zoomed, Kind::zoom_changed)->text) == doctest::Approx(1.25f));
  // Zoomed, a drag moves around the panel, within its edges.
  session.input(event(PointerInput::Kind::press, 400, 300));
  session.input(event(PointerInput::Kind::move, 500, 300));
  CHECK(session.zoom().offset.x == doctest::Approx(0.0f));
  session.input(event(PointerInput::Kind::release, 500, 300));
  CHECK(session.current() == 1);
  // Never below the panel's own size, never past four times it.
  for (int i = 0; i < 20; ++i) session.input(event(PointerInput::Kind::wheel, 400, 300, {0, 1}, true));
  CHECK(session.zoom().scale == doctest::Approx(PanelZoom::max_scale));
  // A move shows the next panel whole.
  session.key(key_input(Key::right));
  CHECK_FALSE(session.zoom().zoomed());
  // A tap on a glossary term is the view's to carry out.
  screen.spots = {{100, 100, 50, 20}};
  session.set_pointer_screen(screen);
  (void)session.take_effects();
  session.input(event(PointerInput::Kind::press, 120, 110));
  session.input(event(PointerInput::Kind::release, 120, 110));
  const auto tapped = session.take_effects();
  REQUIRE(find(tapped, Kind::tap_spot));
  CHECK(find(tapped, Kind::tap_spot)->at.x == 120);
  CHECK(session.current() == 2);  // not also a page turn
}

TEST_CASE("session: several moves before the effects are taken ease once, to the last panel") {
  ReaderSession session = ready_session(5);
  session.key(key_input(Key::right));
  session.key(key_input(Key::right));
  session.go_to(4);
  const auto effects = session.take_effects();
  CHECK(std::count_if(effects.begin(), effects.end(), [](const SessionEffect& e) { return e.kind == Kind::panel_changed; }) == 1);
  CHECK(session.current() == 4);
}
