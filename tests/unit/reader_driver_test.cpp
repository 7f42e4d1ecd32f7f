#include <doctest/doctest.h>

#include <string>

#include "core/reader_driver.hpp"
#include "core/reading_state.hpp"
#include "fake_host.hpp"

using namespace frise;
using frise::test::FakeHost;

namespace {

const char* const story_path = "panels/demo.json";

// Four panels; the third has a link under its caption.
std::string story_json() {
  return R"({"frise": 1, "id": "demo", "title": "Demo", "language": "en", "panels": [
    {"id": "p0", "caption": "one"}, {"id": "p1", "caption": "two"},
    {"id": "p2", "caption": "three", "links": [{"title": "More", "url": "https://example.org/more"}]},
    {"id": "p3", "caption": "four"}]})";
}

// The app's frame, as far as the machine is concerned: files and the page's commands in, the
// clock, then the effects out.
void frame(ReaderSession& session, ReaderDriver& driver, double now) {
  driver.begin_frame();
  session.tick(now, true);
  (void)driver.carry_out(session.take_effects());
}

struct Reader {
  FakeHost host;
  std::unique_ptr<ReaderSession> session;
  std::unique_ptr<ReaderDriver> driver;
  explicit Reader(const std::string& saved_state = "") {
    host.files[story_path] = story_json();
    host.saved_state = saved_state;
    SessionOptions options;
    options.story_path = story_path;
    options.story_list = "panels/index.json";
    session = std::make_unique<ReaderSession>(with_host(options, host), host.load_state());
    driver = std::make_unique<ReaderDriver>(*session, host);
    (void)driver->carry_out(session->take_effects());
    frame(*session, *driver, 1.0);  // the story arrives
    REQUIRE(session->state() == LoadState::ready);
  }
};

}  // namespace

TEST_CASE("app: the story and the stories' list are read through the host, the saved position through its storage") {
  ReadingState saved;
  saved.remember("demo", "p3");
  Reader reader(to_json(saved));
  CHECK(reader.host.reads == std::vector<std::string>{story_path, "panels/index.json"});
  CHECK(reader.session->current() == 3);
  CHECK(reader.driver->story_text == story_json());  // for the editor
  CHECK(reader.session->interface_language() == "en");
}

TEST_CASE("app: the reading position is saved once, after the reader stops turning pages, not on every turn") {
  Reader reader;
  double now = 1.0;  // the frames go on from the one the story arrived in
  for (int turn = 0; turn < 3; ++turn) {  // three turns, a frame apart
    reader.session->key(key_input(Key::right));
    frame(*reader.session, *reader.driver, now += 0.016);
  }
  CHECK(reader.host.saves.empty());
  for (int i = 0; i < 60; ++i) frame(*reader.session, *reader.driver, now += 0.016);  // a second of frames
  REQUIRE(reader.host.saves.size() == 1);
  const ReadingState state = ReadingState::from_json(reader.host.saves[0]).state;
  REQUIRE(state.last_panel("demo"));
  CHECK(*state.last_panel("demo") == "p3");
}

TEST_CASE("app: a page turned just before the page is hidden is saved then, without waiting for a frame") {
  Reader reader;
  reader.session->key(key_input(Key::right));
  frame(*reader.session, *reader.driver, 1.016);
  CHECK(reader.host.saves.empty());
  REQUIRE(reader.host.page_hidden);
  reader.host.page_hidden();
  REQUIRE(reader.host.saves.size() == 1);
  CHECK(*ReadingState::from_json(reader.host.saves[0]).state.last_panel("demo") == "p1");
  reader.host.page_hidden();  // nothing new
  CHECK(reader.host.saves.size() == 1);
}

TEST_CASE("app: the page's commands move the reader, and the page hears the overlay and the zoom") {
  Reader reader;
  reader.host.commands = {{"goto", "p2"}, {"next", ""}, {"prev", ""}, {"goto", "nope"}, {"unknown", "p0"}};
  frame(*reader.session, *reader.driver, 2.0);
  CHECK(reader.session->current() == 2);
  reader.session->key(typed('s'));
  frame(*reader.session, *reader.driver, 2.1);
  REQUIRE(reader.host.count_events("overlay") == 1);
  CHECK(reader.host.events.back().second == R"({"overlay":"settings"})");
  reader.session->key(key_input(Key::escape));
  PointerScreen screen;
  screen.window_width = 800;
  screen.window_height = 600;
  screen.viewport = {0, 0, 800, 600};
  reader.session->set_pointer_screen(screen);
  PointerInput pinch;
  pinch.kind = PointerInput::Kind::pinch;
  pinch.at = {400, 300};
  pinch.amount = {0.1f, 0};
  reader.session->pointer(pinch);
  frame(*reader.session, *reader.driver, 2.2);
  REQUIRE(reader.host.count_events("zoom") == 1);
  CHECK(reader.host.events.back().second.find("\"zoom\":1.4") != std::string::npos);
}

TEST_CASE("app: a link of the panel opens through the host, which tells the page, no other address opens") {
  Reader reader;
  CHECK_FALSE(reader.session->open_link("https://example.org/more"));  // not this panel's
  reader.session->go_to(2);
  CHECK_FALSE(reader.session->open_link("https://evil.example/"));
  CHECK(reader.session->open_link("https://example.org/more"));
  frame(*reader.session, *reader.driver, 3.0);
  CHECK(reader.host.links == std::vector<std::string>{"https://example.org/more"});
  REQUIRE(reader.host.count_events("link") == 1);
  CHECK(reader.host.events.back().second == R"({"url":"https://example.org/more"})");
}
