// The pointer's half of the input map: the platform turns mouse, wheel and finger events into
// PointerInputs in the same stream as the keys (core/input_map.hpp), and this turns them into the
// reader's commands, as the screen was last drawn: a click or tap on a side turns the page, in
// the centre shows or hides the bars; a drag, a swipe or the wheel turns it; a pinch or Ctrl +
// wheel zooms into the panel, and a drag then moves around it; on the time strip the wheel
// zooms its axis, a drag moves along it and a click picks the marker nearest to it. It keeps the
// gesture between events (where a press started, whether a finger made it).
#pragma once
#include <optional>
#include <vector>

#include "core/geometry.hpp"
#include "core/input_map.hpp"
#include "core/strip_labels.hpp"

namespace frise {

// The screen as the view last drew it: what each point belongs to.
struct PointerScreen {
  float window_width = 0, window_height = 0;  // logical pixels
  Rect viewport;                  // where the current panel is drawn
  Rect strip;                     // the time strip (w = 0: none): its own clicks, drags and wheel
  std::vector<StripMarker> strip_markers;  // its markers as drawn, in x order
  float marker_reach = 0;         // how far from a marker a click on the strip still picks it
  struct Thumbnail {
    Rect cell;                    // a thumbnail of the overview and its headline, as drawn
    std::size_t panel = 0;
  };
  std::vector<Thumbnail> thumbnails;  // the overview's, while it is open
  bool interface_has_pointer = false;  // the pointer is over a button, a field or an overlay's window
  std::vector<Rect> spots;        // the current panel's glossary terms and links
  bool card_open = false;         // a glossary card is open: a tap anywhere goes to it (and closes it)
};

struct PointerCommand {
  enum class Kind {
    next, previous,
    toggle_chrome,  // show or hide the bars and the time strip
    close_overlay,  // a click beside a modal overlay
    tap_spot,       // a tap the glossary takes (a term, a link, or closing its card), at `at`
    zoom,           // zoom the panel by `factor` around `at`
    pan,            // move the zoomed panel by `delta`
    go_to,          // the strip's marker of `panel` was clicked
    strip_zoom,     // zoom the strip's axis by `factor` around `at`
    strip_pan,      // move along the strip's axis: its drawing follows the pointer by `delta.x`
    choose_thumbnail,  // the overview's thumbnail of `panel` was clicked: open it
    overview_scroll,   // scroll the overview: by `factor` wheel notches (> 0: up), or its drawing follows a drag by `delta.y`
  };
  Kind kind = Kind::next;
  Vec2 at;
  float factor = 1;
  Vec2 delta;
  std::size_t panel = 0;
};

class PointerMap {
 public:
  // A share of the window's smaller side: a gesture shorter than this is a tap, a longer one a
  // drag or a swipe.
  static constexpr float drag_share = 0.08f;
  // Pixels a pressed pointer moves before a drag moves the zoomed panel (ImGui's own threshold).
  static constexpr float pan_threshold_px = 6;
  // The outer share of each side where a tap turns the page.
  static constexpr float side_share = 0.3f;

  // What `input` asks for, on `screen`, while `context` has the input; `zoomed`: the panel is
  // zoomed in (a drag pans it, a swipe does not turn the page).
  std::optional<PointerCommand> map(const PointerInput& input, const PointerScreen& screen, InputContext context,
                                    bool zoomed);

 private:
  std::optional<PointerCommand> on_strip(const PointerInput& input, const PointerScreen& screen);
  std::optional<PointerCommand> on_overview(const PointerInput& input, const PointerScreen& screen);
  bool strip_pressed_ = false;  // a press on the time strip, followed until released wherever it goes
  bool strip_dragged_ = false;  // ...and moved: a drag along the axis, not a click
  float strip_press_x_ = 0, strip_last_x_ = 0;
  bool overview_pressed_ = false;  // a press on the overview's grid
  bool overview_dragging_ = false; // ...moved: it scrolls the grid, and is not a click
  bool pressed_ = false;   // a press on the panel, not yet released
  bool by_finger_ = false; // ...made by a finger: its swipe turns the page, not its mouse echo
  bool panning_ = false;   // ...moving the zoomed panel
  Vec2 press_at_, last_at_;
  float wheel_ = 0;        // wheel travel not yet turned into a page
};

}  // namespace frise
