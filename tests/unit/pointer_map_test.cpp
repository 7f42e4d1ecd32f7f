#include <doctest/doctest.h>

#include <optional>

#include "core/pointer_map.hpp"

using namespace frise;

namespace {

using Kind = PointerInput::Kind;
using Command = PointerCommand::Kind;

// A 1000 x 600 window whose panel fills the middle, the time strip along the bottom.
PointerScreen screen() {
  PointerScreen s;
  s.window_width = 1000;
  s.window_height = 600;
  s.viewport = {0, 40, 1000, 460};
  s.strip = {0, 500, 1000, 60};
  return s;
}

PointerInput at(Kind kind, float x, float y, bool touch = false) {
  PointerInput input;
  input.kind = kind;
  input.at = {x, y};
  input.touch = touch;
  return input;
}

PointerInput with_amount(Kind kind, float x, float y, Vec2 amount, bool ctrl = false) {
  PointerInput input = at(kind, x, y, kind == Kind::swipe || kind == Kind::pinch);
  input.amount = amount;
  input.ctrl = ctrl;
  return input;
}

// What a click (press then release, possibly moved) ends in.
std::optional<PointerCommand> click(PointerMap& map, Vec2 from, Vec2 to, const PointerScreen& s = screen(),
                                    InputContext context = InputContext::reading, bool touch = false) {
  CHECK_FALSE(map.map(at(Kind::press, from.x, from.y, touch), s, context, false).has_value());
  (void)map.map(at(Kind::move, to.x, to.y, touch), s, context, false);
  return map.map(at(Kind::release, to.x, to.y, touch), s, context, false);
}

std::optional<Command> kind_of(const std::optional<PointerCommand>& command) {
  return command ? std::optional<Command>(command->kind) : std::nullopt;
}

}  // namespace

TEST_CASE("pointer map: a click or tap in the outer 30% of a side goes back or forward, the centre toggles the bars") {
  PointerMap map;
  CHECK(kind_of(click(map, {100, 300}, {100, 300})) == Command::previous);
  CHECK(kind_of(click(map, {900, 300}, {902, 301})) == Command::next);
  CHECK(kind_of(click(map, {500, 300}, {500, 300})) == Command::toggle_chrome);
  CHECK(kind_of(click(map, {290, 300}, {290, 300})) == Command::previous);
  CHECK(kind_of(click(map, {310, 300}, {310, 300})) == Command::toggle_chrome);
  // A finger's tap, echoed as a mouse click, does the same.
  CHECK(kind_of(click(map, {900, 300}, {900, 300}, screen(), InputContext::reading, true)) == Command::next);
}

TEST_CASE("pointer map: a mouse drag turns the page the way the strip follows it, a finger's drag is its swipe") {
  PointerMap map;
  CHECK(kind_of(click(map, {700, 300}, {400, 310})) == Command::next);       // leftwards: the next panel
  CHECK(kind_of(click(map, {400, 300}, {700, 290})) == Command::previous);   // rightwards: back
  CHECK(kind_of(click(map, {500, 400}, {510, 100})) == Command::next);       // upwards, on stacked panels
  // A drag under 8% of the window's smaller side (48 px) is still a tap, on the side it started.
  CHECK(kind_of(click(map, {900, 300}, {860, 300})) == Command::next);
  // A finger's drag arrives twice: as a swipe, which turns the page, and as its mouse echo, which must not.
  CHECK(kind_of(click(map, {700, 300}, {400, 300}, screen(), InputContext::reading, true)) == std::nullopt);
  CHECK(kind_of(map.map(with_amount(Kind::swipe, 400, 300, {-300, 10}), screen(), InputContext::reading, false)) ==
        Command::next);
  CHECK(kind_of(map.map(with_amount(Kind::swipe, 400, 300, {20, 250}), screen(), InputContext::reading, false)) ==
        Command::previous);
  CHECK_FALSE(map.map(with_amount(Kind::swipe, 400, 300, {-30, 0}), screen(), InputContext::reading, false));  // too short
  // A mouse press whose drag a finger joins (a touch screen's echo) is the finger's too.
  (void)map.map(at(Kind::press, 700, 300), screen(), InputContext::reading, false);
  (void)map.map(at(Kind::move, 500, 300, true), screen(), InputContext::reading, false);
  CHECK_FALSE(map.map(at(Kind::release, 400, 300), screen(), InputContext::reading, false));
}

TEST_CASE("pointer map: the wheel turns one page per notch, Ctrl + wheel and a pinch zoom around the pointer") {
  PointerMap map;
  CHECK(kind_of(map.map(with_amount(Kind::wheel, 500, 300, {0, -1}), screen(), InputContext::reading, false)) ==
        Command::next);
  CHECK(kind_of(map.map(with_amount(Kind::wheel, 500, 300, {0, 1}), screen(), InputContext::reading, false)) ==
        Command::previous);
  // Half notches add up.
  CHECK_FALSE(map.map(with_amount(Kind::wheel, 500, 300, {0, -0.5f}), screen(), InputContext::reading, false));
  CHECK(kind_of(map.map(with_amount(Kind::wheel, 500, 300, {0, -0.5f}), screen(), InputContext::reading, false)) ==
        Command::next);
  const auto in = map.map(with_amount(Kind::wheel, 420, 260, {0, 1}, true), screen(), InputContext::reading, false);
  REQUIRE(in);
  CHECK(in->kind == Command::zoom);
  CHECK(in->factor == doctest::Approx(1.25f));
  CHECK(in->at.x == 420);
  const auto out = map.map(with_amount(Kind::wheel, 420, 260, {0, -1}, true), screen(), InputContext::reading, false);
  REQUIRE(out);
  CHECK(out->factor == doctest::Approx(0.8f));
  const auto pinch = map.map(with_amount(Kind::pinch, 300, 200, {0.05f, 0}), screen(), InputContext::reading, false);
  REQUIRE(pinch);
  CHECK(pinch->kind == Command::zoom);
  CHECK(pinch->factor == doctest::Approx(1.2f));
  CHECK(pinch->at.y == 200);
}

TEST_CASE("pointer map: a pinch is never also a tap or a drag of its first finger") {
  PointerMap map;
  (void)map.map(at(Kind::press, 900, 300, true), screen(), InputContext::reading, false);
  (void)map.map(with_amount(Kind::pinch, 900, 300, {0, 0}), screen(), InputContext::reading, false);  // the second finger
  CHECK_FALSE(map.map(at(Kind::release, 900, 300, true), screen(), InputContext::reading, false));
}

TEST_CASE("pointer map: zoomed in, a drag moves around the panel and a swipe does not turn it") {
  PointerMap map;
  (void)map.map(at(Kind::press, 500, 300), screen(), InputContext::reading, true);
  CHECK_FALSE(map.map(at(Kind::move, 503, 300), screen(), InputContext::reading, true));  // under the drag threshold
  const auto pan = map.map(at(Kind::move, 520, 290), screen(), InputContext::reading, true);
  REQUIRE(pan);
  CHECK(pan->kind == Command::pan);
  CHECK(pan->delta.x == 17);
  CHECK(pan->delta.y == -10);
  CHECK_FALSE(map.map(at(Kind::release, 300, 290), screen(), InputContext::reading, true));  // no page turn
  CHECK_FALSE(map.map(with_amount(Kind::swipe, 400, 300, {-300, 0}), screen(), InputContext::reading, true));
  // A tap while zoomed still turns the page.
  (void)map.map(at(Kind::press, 950, 300), screen(), InputContext::reading, true);
  CHECK(kind_of(map.map(at(Kind::release, 950, 300), screen(), InputContext::reading, true)) == Command::next);
}

TEST_CASE("pointer map: on the time strip a click picks the nearest marker, a drag moves along it, the wheel zooms it") {
  PointerMap map;
  PointerScreen s = screen();
  s.strip_markers = {{0, 100, 530, 5, true}, {3, 400, 530, 5, true}, {7, 800, 530, 5, true}};
  s.marker_reach = 20;
  const auto picked = click(map, {790, 540}, {790, 540}, s);
  REQUIRE(picked);
  CHECK(picked->kind == Command::go_to);
  CHECK(picked->panel == 7);
  CHECK_FALSE(click(map, {600, 540}, {600, 540}, s));  // no marker near: nothing, and not a page turn either
  // A drag follows the pointer wherever it goes, and is not a click when released.
  (void)map.map(at(Kind::press, 400, 540), s, InputContext::reading, false);
  const auto along = map.map(at(Kind::move, 300, 300), s, InputContext::reading, false);
  REQUIRE(along);
  CHECK(along->kind == Command::strip_pan);
  CHECK(along->delta.x == -100);
  CHECK_FALSE(map.map(at(Kind::release, 300, 300), s, InputContext::reading, false));
  const auto zoom = map.map(with_amount(Kind::wheel, 500, 530, {0, 2}), s, InputContext::reading, false);
  REQUIRE(zoom);
  CHECK(zoom->kind == Command::strip_zoom);
  CHECK(zoom->factor == doctest::Approx(1.5625f));
  // Behind a modal overlay the strip is not reachable: the click closes the overlay.
  CHECK(kind_of(map.map(at(Kind::press, 800, 540), s, InputContext::settings, false)) == Command::close_overlay);
  // Beside the editor it is: the author jumps along the story.
  (void)map.map(at(Kind::press, 100, 540), s, InputContext::editor, false);
  CHECK(kind_of(map.map(at(Kind::release, 100, 540), s, InputContext::editor, false)) == Command::go_to);
}

TEST_CASE("pointer map: in the overview a click opens the thumbnail under it, the wheel and a drag scroll the grid") {
  PointerMap map;
  PointerScreen s = screen();
  s.thumbnails = {{{20, 60, 200, 150}, 0}, {{240, 60, 200, 150}, 1}, {{20, 230, 200, 150}, 4}};
  const auto chosen = click(map, {100, 300}, {102, 301}, s, InputContext::overview);
  REQUIRE(chosen);
  CHECK(chosen->kind == Command::choose_thumbnail);
  CHECK(chosen->panel == 4);
  CHECK_FALSE(click(map, {900, 300}, {900, 300}, s, InputContext::overview));  // between thumbnails: nothing, no page turn
  const auto wheel = map.map(with_amount(Kind::wheel, 500, 300, {0, -1}), s, InputContext::overview, false);
  REQUIRE(wheel);
  CHECK(wheel->kind == Command::overview_scroll);
  CHECK(wheel->factor == -1);
  // A drag scrolls the grid with the finger, and is not a click when it ends on a thumbnail.
  (void)map.map(at(Kind::press, 100, 300), s, InputContext::overview, false);
  CHECK_FALSE(map.map(at(Kind::move, 100, 297), s, InputContext::overview, false));  // under the drag threshold
  const auto drag = map.map(at(Kind::move, 100, 200), s, InputContext::overview, false);
  REQUIRE(drag);
  CHECK(drag->kind == Command::overview_scroll);
  CHECK(drag->delta.y == -97);
  CHECK_FALSE(map.map(at(Kind::release, 100, 100), s, InputContext::overview, false));
  // Outside the grid (the bars), the wheel does nothing.
  CHECK_FALSE(map.map(with_amount(Kind::wheel, 500, 20, {0, -1}), s, InputContext::overview, false));
}

TEST_CASE("pointer map: the interface's controls take their own pointer") {
  PointerMap map;
  PointerScreen over_button = screen();
  over_button.interface_has_pointer = true;
  CHECK_FALSE(click(map, {900, 300}, {900, 300}, over_button));
  CHECK_FALSE(click(map, {300, 300}, {300, 300}, over_button, InputContext::overview));
  CHECK_FALSE(map.map(with_amount(Kind::wheel, 500, 300, {0, -1}), over_button, InputContext::reading, false));
  // A drag that started on the panel still ends there, on the strip too.
  CHECK(kind_of(click(map, {700, 300}, {400, 530})) == Command::next);
}

TEST_CASE("pointer map: an overlay is modal: a click beside it closes it, nothing reaches the comic") {
  PointerMap map;
  for (const InputContext context : {InputContext::settings, InputContext::help, InputContext::problems,
                                     InputContext::picker, InputContext::glossary_list}) {
    CAPTURE(static_cast<int>(context));
    CHECK(kind_of(map.map(at(Kind::press, 900, 300), screen(), context, false)) == Command::close_overlay);
    CHECK_FALSE(map.map(at(Kind::release, 900, 300), screen(), context, false));
    CHECK_FALSE(map.map(with_amount(Kind::wheel, 500, 300, {0, -1}), screen(), context, false));
    CHECK_FALSE(map.map(with_amount(Kind::swipe, 400, 300, {-300, 0}), screen(), context, false));
  }
  // The search stays open (its results are picked by a click), and beside the editor the panel is its preview.
  CHECK_FALSE(click(map, {900, 300}, {900, 300}, screen(), InputContext::search));
  CHECK_FALSE(click(map, {900, 300}, {900, 300}, screen(), InputContext::editor));
  // A click inside the overlay's window is its controls'.
  PointerScreen in_window = screen();
  in_window.interface_has_pointer = true;
  CHECK_FALSE(map.map(at(Kind::press, 500, 300), in_window, InputContext::settings, false));
}

TEST_CASE("pointer map: a tap on a glossary term or link, or with a card open, is the glossary's") {
  PointerMap map;
  PointerScreen s = screen();
  s.spots = {{850, 280, 80, 30}};
  const auto on_term = click(map, {880, 290}, {880, 290}, s);
  REQUIRE(on_term);
  CHECK(on_term->kind == Command::tap_spot);
  CHECK(on_term->at.x == 880);
  CHECK(kind_of(click(map, {900, 400}, {900, 400}, s)) == Command::next);  // beside the term
  s.card_open = true;  // a tap anywhere closes the card, and only that
  CHECK(kind_of(click(map, {900, 400}, {900, 400}, s)) == Command::tap_spot);
  // A drag is still a page turn.
  CHECK(kind_of(click(map, {700, 300}, {400, 300}, s)) == Command::next);
}
