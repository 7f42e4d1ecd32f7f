#include <doctest/doctest.h>

#include <cmath>

#include "core/layout.hpp"

using namespace frise;

namespace {
// A caption of `chars` characters of `char_w` pixels, on lines of `line_h` pixels.
std::function<float(float, float)> fake_caption(int chars, float char_w, float line_h) {
  return [=](float width, float scale) {
    const int per_line = std::max(1, static_cast<int>(width / (char_w * scale)));
    return line_h * scale * static_cast<float>((chars + per_line - 1) / per_line);
  };
}
// A header of constant height (scaled with the text), whatever the width.
std::function<float(float, float)> fixed_header(float height) {
  return [=](float, float scale) { return height * scale; };
}
}  // namespace

TEST_CASE("a panel fits inside its viewport at any window size and keeps its art's aspect") {
  for (const Rect view : {Rect{0, 0, 320, 480}, Rect{0, 40, 1280, 720}, Rect{0, 0, 3840, 2160}, Rect{0, 0, 500, 120}}) {
    for (float aspect : {0.5f, 1.0f, 1.5f, 2.4f}) {
      CAPTURE(view.w);
      CAPTURE(view.h);
      CAPTURE(aspect);
      PanelLayoutInput input{view, aspect, fixed_header(20.0f), fake_caption(240, 9.0f, 20.0f)};
      const PanelLayout l = layout_panel(input);
      CHECK(view.contains(l.frame));
      CHECK(l.frame.contains(l.art));
      CHECK(l.frame.contains(l.caption));
      if (l.caption_beside) {
        CHECK(l.caption.x >= l.art.right());
        CHECK(l.caption.y == doctest::Approx(l.art.y));
        // The header heads the column, the caption's words start under it and fit in it.
        CHECK(l.caption.contains(l.header));
        CHECK(l.caption_text_y >= l.header.bottom());
        CHECK(l.caption_text_y + input.caption_height_for_width(l.caption.w - 2 * l.padding, l.text_scale) <=
              l.caption.bottom() + 0.5f);
      } else {
        CHECK(l.header.bottom() <= l.frame.y);
        CHECK(l.caption.y >= l.art.bottom());
      }
      CHECK(std::fabs(l.art.w / l.art.h - aspect) < 0.01f);
      CHECK(l.text_scale >= 0.6f);
      if (!l.caption_overflow && !l.caption_beside)
        CHECK(l.caption.h >= input.caption_height_for_width(l.caption.w - 2 * l.padding, l.text_scale) + 2 * l.padding - 0.5f);
    }
  }
}

TEST_CASE("the caption band is tall enough for its wrapped text") {
  const auto caption = fake_caption(400, 10.0f, 24.0f);
  const PanelLayout l = layout_panel({{0, 0, 1280, 800}, 1.5f, nullptr, caption});
  CHECK(l.text_scale == 1.0f);
  CHECK_FALSE(l.caption_overflow);
  CHECK(l.caption.h >= caption(l.caption.w - 2 * l.padding, 1.0f) + 2 * l.padding - 0.5f);
}

TEST_CASE("when space is short the text shrinks before the caption is clipped") {
  const PanelLayout small = layout_panel({{0, 0, 320, 480}, 1.5f, fixed_header(40.0f), fake_caption(700, 9.0f, 20.0f)});
  CHECK(small.text_scale < 1.0f);
  CHECK_FALSE(small.caption_overflow);
  const PanelLayout tiny = layout_panel({{0, 0, 320, 200}, 1.5f, fixed_header(40.0f), fake_caption(5000, 9.0f, 20.0f)});
  CHECK(tiny.caption_overflow);
  CHECK(tiny.text_scale == 0.6f);
  CHECK(Rect{0, 0, 320, 200}.contains(tiny.frame));
}

TEST_CASE("a narrow art keeps a readable caption width") {
  const PanelLayout l = layout_panel({{0, 0, 1280, 800}, 0.4f, nullptr, fake_caption(300, 10.0f, 24.0f)});
  CHECK(l.frame.w >= 0.55f * (1280 - 2 * 0.04f * 800) - 0.5f);
  CHECK(l.art.x > l.frame.x);  // centred, with paper on both sides
}

TEST_CASE("the header is tall enough for a headline wrapped to the width it is drawn at") {
  // A long headline over a narrow (tall) panel: it wraps to more lines in the frame's width than
  // in the window's, and the layout makes room for all of them.
  const auto headline = fake_caption(160, 12.0f, 30.0f);
  const PanelLayout l = layout_panel({{0, 0, 1000, 900}, 0.6f, headline, nullptr});
  CHECK_FALSE(l.caption_beside);
  CHECK(l.frame.w < 1000 * 0.9f);
  CHECK(l.header.w == doctest::Approx(l.frame.w));
  CHECK(l.header.h >= headline(l.header.w, l.text_scale) - 0.5f);
  CHECK(l.header.bottom() <= l.frame.y);
  // In a wide window it heads the column beside the art, wrapped to the column.
  const PanelLayout wide = layout_panel({{0, 0, 1600, 900}, 1.5f, headline, nullptr});
  CHECK(wide.caption_beside);
  CHECK(wide.caption.contains(wide.header));
  CHECK(wide.header.h >= headline(wide.header.w, wide.text_scale) - 0.5f);
}

TEST_CASE("without a caption the art takes the whole frame") {
  const PanelLayout l = layout_panel({{0, 0, 1000, 1000}, 1.0f, nullptr, nullptr});
  CHECK(l.caption.h == 0);
  CHECK(l.art.w == doctest::Approx(l.frame.w - 2 * l.border));
  CHECK(l.art.h == doctest::Approx(l.frame.h - 2 * l.border));
}

TEST_CASE("the panel is centred horizontally") {
  const PanelLayout l = layout_panel({{0, 0, 1600, 900}, 1.0f, nullptr, nullptr});
  CHECK(l.frame.x == doctest::Approx(1600 - l.frame.right()));
}

TEST_CASE("in a wide, low window the caption is a column beside the art, which grows") {
  const auto caption = fake_caption(240, 7.0f, 18.0f);
  // A blog's 720 x 480 iframe, less the reader's bars.
  const PanelLayout wide = layout_panel({{0, 20, 720, 360}, 4.0f / 3.0f, fixed_header(40.0f), caption});
  CHECK(wide.caption_beside);
  CHECK(wide.text_scale == 1.0f);
  CHECK(wide.caption.x >= wide.art.right());
  CHECK(wide.caption.h == doctest::Approx(wide.art.h));
  CHECK(wide.caption.w >= 0.28f * (720 - 2 * 0.04f * 360));  // a readable column, not a sliver
  // The same panel with its caption below, in a window as tall as it is wide: the art had less height.
  const PanelLayout square = layout_panel({{0, 0, 480, 480}, 4.0f / 3.0f, fixed_header(40.0f), caption});
  CHECK_FALSE(square.caption_beside);
  CHECK(wide.art.h > 0.6f * 360);
  // A phone held upright keeps the band below.
  CHECK_FALSE(layout_panel({{0, 0, 360, 640}, 4.0f / 3.0f, fixed_header(40.0f), caption}).caption_beside);
}

TEST_CASE("in a wide, low window the art does not move from panel to panel, caption or not") {
  // A blog's 720 x 480 iframe, less the reader's bars.
  const Rect view{0, 20, 720, 360};
  PanelLayoutInput input{view, 1.5f, fixed_header(40.0f), fake_caption(120, 7.0f, 18.0f)};
  input.text_px = 14.4f;
  input.min_text_px = 14;
  const PanelLayout short_caption = layout_panel(input);
  input.caption_height_for_width = nullptr;
  const PanelLayout bare = layout_panel(input);
  input.caption_height_for_width = fake_caption(60, 7.0f, 18.0f);
  input.header_height_for_width = nullptr;
  const PanelLayout no_header = layout_panel(input);
  for (const PanelLayout* l : {&bare, &no_header}) {
    CHECK(l->caption_beside);
    CHECK(l->art.x == doctest::Approx(short_caption.art.x));
    CHECK(l->art.y == doctest::Approx(short_caption.art.y));
    CHECK(l->art.w == doctest::Approx(short_caption.art.w));
    CHECK(l->frame.x == doctest::Approx(short_caption.frame.x));
    CHECK(l->frame.w == doctest::Approx(short_caption.frame.w));
  }
  // A caption that needs a wider column widens it to the right; the art keeps its place.
  input.caption_height_for_width = fake_caption(520, 7.0f, 18.0f);
  const PanelLayout long_caption = layout_panel(input);
  if (long_caption.caption_beside && long_caption.art.w == doctest::Approx(short_caption.art.w)) {
    CHECK(long_caption.frame.x == doctest::Approx(short_caption.frame.x));
    CHECK(long_caption.caption.w > short_caption.caption.w);
  }
}

TEST_CASE("in a wide, low window a panel with no words for the column has no empty column") {
  const Rect view{0, 20, 720, 360};
  PanelLayoutInput input{view, 1.5f, fixed_header(40.0f), fake_caption(120, 7.0f, 18.0f)};
  const PanelLayout with_words = layout_panel(input);
  input.header_height_for_width = nullptr;
  input.caption_height_for_width = nullptr;
  const PanelLayout bare = layout_panel(input);
  CHECK(bare.caption.w * bare.caption.h == 0);
  CHECK(bare.art.w == doctest::Approx(with_words.art.w));  // as large as its neighbours' art
  CHECK(bare.frame.w == doctest::Approx(bare.art.w + 2 * bare.border));
  CHECK(bare.frame.x - view.x == doctest::Approx(view.right() - bare.frame.right()));  // centred
  // Among panels with columns, it keeps their art's place instead: the picture does not move.
  input.art_where_columns_put_it = true;
  const PanelLayout steady = layout_panel(input);
  CHECK(steady.caption.w * steady.caption.h == 0);
  CHECK(steady.art.x == doctest::Approx(with_words.art.x));
  CHECK(steady.art.y == doctest::Approx(with_words.art.y));
  CHECK(steady.art.w == doctest::Approx(with_words.art.w));
  CHECK(steady.frame.x == doctest::Approx(with_words.frame.x));
}

TEST_CASE("text never shrinks below the readable size: the art gives way first") {
  PanelLayoutInput input{{0, 0, 360, 420}, 1.5f, fixed_header(40.0f), fake_caption(900, 8.0f, 20.0f)};
  input.text_px = 15;
  input.min_text_px = 14;
  const PanelLayout l = layout_panel(input);
  CHECK(input.text_px * l.text_scale >= 14);
  CHECK(l.art.h < 0.3f * 420);  // smaller than the usual smallest art, to keep the words readable
}

TEST_CASE("the reader's body text is never under 14 px, whatever the window or the preference") {
  CHECK(body_text_px(720, 480, 1.0f, 14) >= 14);
  CHECK(body_text_px(320, 240, 0.8f, 14) == 14);
  CHECK(body_text_px(320, 240, 0.8f, 16.1f) == doctest::Approx(16.1f));  // 14 CSS px of a font whose line is 1.15 em
  CHECK(body_text_px(3840, 2160, 1.0f, 14) > 40);
}

TEST_CASE("a caption too long for a column beside the art goes below it") {
  const PanelLayout l = layout_panel({{0, 0, 720, 360}, 4.0f / 3.0f, fixed_header(40.0f), fake_caption(3000, 7.0f, 18.0f)});
  CHECK_FALSE(l.caption_beside);
  CHECK(l.caption.y >= l.art.bottom());
}

TEST_CASE("paper above the art for balloons: between the header and the frame, the art under it, at its aspect") {
  PanelLayoutInput input{{0, 60, 360, 450}, 1.5f, fixed_header(40.0f), fake_caption(80, 8.0f, 20.0f)};
  input.text_px = 16;
  input.min_text_px = 14;
  const PanelLayout without = layout_panel(input);
  CHECK(without.lettering.h == 0);
  input.lettering_h = 90;
  const PanelLayout l = layout_panel(input);
  CHECK(l.lettering.h == doctest::Approx(90));
  // The frame starts at the art: balloons on the paper break out of it.
  CHECK(l.lettering.bottom() <= l.frame.y + l.border);
  CHECK(l.frame.y + l.border == doctest::Approx(l.art.y));
  CHECK(l.lettering.x >= l.frame.x);
  CHECK(l.lettering.right() <= l.frame.right());
  CHECK(l.art.bottom() <= l.caption.y);
  CHECK(l.header.bottom() <= l.lettering.y);
  CHECK(input.viewport.contains(l.lettering));
  CHECK(input.viewport.contains(l.frame));
  CHECK(std::fabs(l.art.w / l.art.h - 1.5f) < 0.01f);
}

TEST_CASE("a wide window's panel without column words may have page either side of its art, the art staying put") {
  PanelLayoutInput input{{0, 40, 720, 400}, 1.5f, nullptr, nullptr};
  input.text_px = 16;
  input.min_text_px = 14;
  const PanelLayout plain = layout_panel(input);
  CHECK(plain.lettering_left.w == 0);
  CHECK(plain.lettering_right.w == 0);
  input.lettering_beside = true;
  const PanelLayout l = layout_panel(input);
  CHECK(l.art.x == doctest::Approx(plain.art.x));
  CHECK(l.art.w == doctest::Approx(plain.art.w));
  REQUIRE(l.lettering_left.w > 0);
  REQUIRE(l.lettering_right.w > 0);
  CHECK(l.lettering_left.right() <= l.frame.x + 0.01f);
  CHECK(l.lettering_right.x >= l.frame.right() - 0.01f);
  CHECK(l.lettering_left.y == doctest::Approx(l.art.y));
  CHECK(l.lettering_right.h == doctest::Approx(l.art.h));
  CHECK(input.viewport.contains(l.lettering_left));
  CHECK(input.viewport.contains(l.lettering_right));
  CHECK(has_page_beside(l));
  CHECK_FALSE(has_page_beside(plain));
  const Rect band = art_with_page_beside(l);
  CHECK(band.x == doctest::Approx(l.lettering_left.x));
  CHECK(band.right() == doctest::Approx(l.lettering_right.right()));
  CHECK(band.y == doctest::Approx(l.art.y));
  CHECK(art_with_page_beside(plain).w == doctest::Approx(plain.art.w));
  // A headline alone goes above the frame then, the page either side of the art staying free.
  input.header_height_for_width = fixed_header(40.0f);
  const PanelLayout headed = layout_panel(input);
  CHECK_FALSE(headed.caption_beside);
  CHECK(headed.header.bottom() <= headed.frame.y);
  REQUIRE(headed.lettering_left.w > 0);
  REQUIRE(headed.lettering_right.w > 0);
  CHECK(headed.lettering_left.right() <= headed.frame.x + 0.01f);
  CHECK(headed.lettering_right.y == doctest::Approx(headed.art.y));
  // A panel with words for a column has that column, and no page beside the art.
  input.caption_height_for_width = fake_caption(80, 8.0f, 20.0f);
  const PanelLayout with_words = layout_panel(input);
  CHECK(with_words.caption_beside);
  CHECK(with_words.lettering_left.w == 0);
  CHECK(with_words.lettering_right.w == 0);
}
