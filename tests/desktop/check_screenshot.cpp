// Checks that a screenshot of Frise shows a panel, not a blank or broken frame:
//   frise_check_screenshot SHOT.png EVENT.json [--size WxH]
//   frise_check_screenshot SHOT.png EVENT.json --badge    only: the problems badge is drawn
// (the event's "badge" rectangle holds the amber warning sign and dark strokes: its rim, its
// "!" and the count).
// EVENT.json is the detail of the app's "ready"/"panel" event (where it drew the frame, art and
// caption, in logical pixels, with the device pixel scale). Checks, each with its own message:
//   - the image has the expected size in device pixels;
//   - it has many distinct colours (not blank);
//   - the art rectangle holds the illustration (many colours), not a flat placeholder;
//   - the caption rectangle holds text: ink-dark pixels (at least a short line's) on a light band
//     (for a panel without a caption band, its first balloon).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/image.hpp"

namespace {

int failures = 0;
void expect(bool ok, const std::string& what) {
  std::printf("%s %s\n", ok ? "ok:  " : "FAIL:", what.c_str());
  if (!ok) ++failures;
}

struct Box {
  int x0, y0, x1, y1;
};

Box device_box(const nlohmann::json& rect, float scale, int width, int height) {
  const auto clampi = [](float v, int hi) { return std::max(0, std::min(hi, static_cast<int>(v))); };
  const float x = rect[0].get<float>() * scale, y = rect[1].get<float>() * scale;
  const float w = rect[2].get<float>() * scale, h = rect[3].get<float>() * scale;
  return {clampi(x, width), clampi(y, height), clampi(x + w, width), clampi(y + h, height)};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: frise_check_screenshot SHOT.png EVENT.json [--size WxH]\n");
    return 2;
  }
  std::ifstream image_file(argv[1], std::ios::binary);
  const std::vector<unsigned char> bytes{std::istreambuf_iterator<char>(image_file), std::istreambuf_iterator<char>()};
  const frise::DecodedImage shot = frise::decode_image(bytes);
  if (!shot.ok()) {
    std::printf("FAIL: %s is not a readable image: %s\n", argv[1], shot.error.c_str());
    return 1;
  }
  std::ifstream event_file(argv[2]);
  const nlohmann::json event = nlohmann::json::parse(event_file, nullptr, false);
  if (event.is_discarded() || !event.contains("caption")) {
    std::printf("FAIL: %s holds no panel event with a caption rectangle\n", argv[2]);
    return 1;
  }
  const float scale = event.value("scale", 1.0f);

  if (argc >= 5 && std::string(argv[3]) == "--size") {
    int w = 0, h = 0;
    std::sscanf(argv[4], "%dx%d", &w, &h);
    expect(shot.width == w && shot.height == h, "image is " + std::to_string(shot.width) + "x" +
                                                    std::to_string(shot.height) + ", expected " + argv[4]);
  }

  const auto pixel = [&](int x, int y) {
    const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(shot.width) + static_cast<std::size_t>(x)) * 4;
    return std::array<int, 3>{shot.rgba[i], shot.rgba[i + 1], shot.rgba[i + 2]};
  };
  const auto colours_in = [&](Box b) {
    std::set<int> colours;
    for (int y = b.y0; y < b.y1; ++y)
      for (int x = b.x0; x < b.x1; ++x) {
        const auto p = pixel(x, y);
        colours.insert((p[0] >> 3) << 10 | (p[1] >> 3) << 5 | (p[2] >> 3));  // 15-bit buckets
      }
    return colours.size();
  };

  if (argc >= 4 && std::string(argv[3]) == "--badge") {
    expect(event.contains("badge"), "the event gives the problems badge's rectangle");
    if (!event.contains("badge")) return 1;
    const Box badge = device_box(event["badge"], scale, shot.width, shot.height);
    long amber = 0, dark = 0, total = 0;
    for (int y = badge.y0; y < badge.y1; ++y)
      for (int x = badge.x0; x < badge.x1; ++x) {
        const auto p = pixel(x, y);
        amber += p[0] > 200 && p[1] > 140 && p[1] < 200 && p[2] < 80;  // the sign's (240, 176, 30)
        dark += (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000 < 100;
        ++total;
      }
    expect(badge.x1 > badge.x0 && badge.y1 > badge.y0 && badge.x0 > shot.width / 2 && badge.y1 < shot.height / 4,
           "the badge sits at the right of the top bar");
    expect(total > 0 && amber > total / 30, "the badge holds the amber warning sign (" + std::to_string(amber) + " of " +
                                                std::to_string(total) + " pixels)");
    expect(total > 0 && dark > total / 40, "the badge holds dark strokes: the sign's rim, its \"!\" and the count (" +
                                               std::to_string(dark) + " of " + std::to_string(total) + " pixels)");
    return failures ? 1 : 0;
  }

  const std::size_t whole = colours_in({0, 0, shot.width, shot.height});
  expect(whole >= 64, "whole image has " + std::to_string(whole) + " distinct colours (at least 64 expected)");

  const Box art = device_box(event["art"], scale, shot.width, shot.height);
  const std::size_t art_colours = colours_in(art);
  expect(art_colours >= 32, "art area has " + std::to_string(art_colours) +
                                " distinct colours: an illustration, not a placeholder (at least 32 expected)");

  Box caption = device_box(event["caption"], scale, shot.width, shot.height);
  bool balloon_instead = false;
  if ((caption.x1 - caption.x0 < 2 || caption.y1 - caption.y0 < 2) && event.contains("balloons") &&
      event["balloons"].is_array() && !event["balloons"].empty()) {
    // A panel whose words are all in balloons has no caption band: its words are checked in
    // its first balloon instead (ink on a light balloon, inside the frame).
    caption = device_box(event["balloons"][0], scale, shot.width, shot.height);
    balloon_instead = true;
    std::printf("ok:   no caption band (every word is in a balloon): the first balloon is checked for text\n");
  }
  if (event.contains("frame")) {
    // The caption's text belongs to the panel: its band lies within the panel's frame. A balloon
    // may also sit on the paper above the frame (a tall window), breaking out of the panel.
    const Box frame = device_box(event["frame"], scale, shot.width, shot.height);
    const auto within = [&](const Box& outer) {
      return caption.x0 >= outer.x0 - 1 && caption.y0 >= outer.y0 - 1 && caption.x1 <= outer.x1 + 1 && caption.y1 <= outer.y1 + 1;
    };
    const bool on_paper =
        balloon_instead && event.contains("lettering") && within(device_box(event["lettering"], scale, shot.width, shot.height));
    expect(within(frame) || on_paper, on_paper ? "the balloon lies on the paper above the panel's frame"
                                               : "the caption band lies inside the panel's frame");
    // And the frame's border is drawn: along its top edge, pixels that stand out from the page
    // just above it (in any theme).
    const auto luma = [&](int x, int y) {
      const auto p = pixel(x, y);
      return (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000;
    };
    // Balloons may break out of the frame over its top edge (on a tall window): the columns they
    // cover are not counted there. The bottom edge is checked too: nothing lies over it.
    std::vector<std::pair<int, int>> covered;
    if (event.contains("balloons") && event["balloons"].is_array())
      for (const auto& b : event["balloons"]) {
        const Box box = device_box(b, scale, shot.width, shot.height);
        if (box.y0 <= frame.y0 && box.y1 >= frame.y0) covered.emplace_back(box.x0, box.x1);
      }
    const auto is_covered = [&](int x) {
      return std::any_of(covered.begin(), covered.end(), [x](const auto& c) { return x >= c.first && x < c.second; });
    };
    // A device pixel or two inside the edge: the border's first row is anti-aliased.
    const int inset = 1 + static_cast<int>(scale);
    // Share of the columns where one of the rows from edge_y to edge_y + rows stands out from the
    // page at page_y.
    const auto border_share = [&](int edge_y, int rows, int page_y, bool skip_covered) {
      page_y = std::clamp(page_y, 0, shot.height - 1);
      long border = 0, counted = 0;
      for (int x = frame.x0; x < frame.x1; ++x) {
        if (skip_covered && is_covered(x)) continue;
        ++counted;
        bool stands_out = false;
        for (int y = edge_y; y <= edge_y + rows; ++y)
          stands_out = stands_out || std::abs(luma(x, std::clamp(y, 0, shot.height - 1)) - luma(x, page_y)) > 60;
        border += stands_out;
      }
      return counted ? static_cast<double>(border) / static_cast<double>(counted) : 1.0;
    };
    const double top = border_share(frame.y0 + inset, 0, frame.y0 - 3, true);
    const double bottom = border_share(frame.y1 - 1 - inset, inset, frame.y1 + 2 + inset, false);
    expect(frame.x1 > frame.x0 && top > 0.8 && bottom > 0.8,
           "the panel's frame has its border (on " + std::to_string(static_cast<int>(top * 100)) +
               "% of the top edge where no balloon lies over it, " + std::to_string(static_cast<int>(bottom * 100)) +
               "% of the bottom edge)");
  }
  long dark = 0, light = 0, total = 0;
  for (int y = caption.y0; y < caption.y1; ++y)
    for (int x = caption.x0; x < caption.x1; ++x) {
      const auto p = pixel(x, y);
      const int luma = (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000;
      dark += luma < 150;  // anti-aliased text on the light band
      light += luma > 200;
      ++total;
    }
  const double dark_share = total ? static_cast<double>(dark) / static_cast<double>(total) : 0;
  const double light_share = total ? static_cast<double>(light) / static_cast<double>(total) : 0;
  expect(total > 0, "caption area is not empty (" + std::to_string(total) + " pixels)");
  // Text: at least the ink of a short line (a caption may be a few words in a tall column), and
  // not a solid block.
  const long width = caption.x1 - caption.x0;
  expect(dark >= 2 * width && dark_share < 0.5,
         "caption area has " + std::to_string(dark) + " ink-dark pixels (" +
             std::to_string(static_cast<int>(dark_share * 1000) / 10.0) + "%): text is there (at least " +
             std::to_string(2 * width) + ", under 50% expected)");
  expect(light_share > 0.4, "caption band is light behind the text (" +
                                std::to_string(static_cast<int>(light_share * 100)) + "% light pixels, over 40% expected)");
  return failures ? 1 : 0;
}
