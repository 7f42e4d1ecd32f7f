#include "core/starter_story.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace frise {

namespace {

// The figures, in the picture's pixels; the story's regions are these as fractions.
struct Figure {
  int x, head_y, radius;
  std::uint8_t shirt[3];
};
constexpr Figure figures[] = {{288, 300, 56, {46, 125, 107}}, {672, 300, 56, {200, 90, 60}}};


// Each panel's art layer is written where the marker stands.
std::string starter_story_text() {
  return R"({
  "$schema": "story.schema.json",
  "frise": 1,
  "id": "my-story",
  "language": "en",
  "languages": ["en"],
  "title": "My story",
  "subtitle": "Replace these words with yours",
  "credits": [{"role": "Story and drawings", "name": "You"}],
  "characters": [
    {"id": "ada", "name": "Ada", "role": "the one who starts", "colour": "#2E7D6B"},
    {"id": "bo", "name": "Bo", "role": "the one who answers", "colour": "#C85A3C"}
  ],
  "chapters": [
    {"id": "beginning", "title": "The beginning", "start": "2024-01", "end": "2024-03"}
  ],
  "panels": [
    {
      "id": "hello",
      "chapter": "beginning",
      "date": "2024-01",
      "display_date": "January 2024",
      "headline": "Hello",
      "caption": "Every panel has a headline, a caption and balloons. Edit them in story.json.",
      "balloons": [
        {"speaker": "ada", "kind": "speech", "text": "Hi Bo! This is our first panel."},
        {"speaker": "bo", "kind": "speech", "text": "Hi Ada! Save the file and the reader shows the change."}
      ],
      "art": {"layers": [{"$ref_note": null}]},
      "aspect": 1.5
    },
    {
      "id": "thinking",
      "chapter": "beginning",
      "date": "2024-02",
      "display_date": "February 2024",
      "headline": "A thought",
      "caption": "A balloon can be speech, a thought, a shout or a whisper.",
      "balloons": [
        {"speaker": "bo", "kind": "thought", "text": "What should the next panel say?"}
      ],
      "art": {"layers": [{"$ref_note": null}]},
      "aspect": 1.5
    },
    {
      "id": "your-turn",
      "chapter": "beginning",
      "date": "2024-03",
      "display_date": "March 2024",
      "headline": "Your turn",
      "caption": "Replace art/placeholder.png with your own drawing, then run frise validate story.json.",
      "balloons": [
        {"speaker": "ada", "kind": "shout", "text": "Now it is your story!"}
      ],
      "art": {"layers": [{"$ref_note": null}]},
      "aspect": 1.5
    }
  ]
}
)";
}

// The placeholder's layer: the picture, its size, what it shows, and where the faces and mouths
// are (fractions of the picture), so that the tails reach the right mouth.
std::string placeholder_layer() {
  const auto fraction = [](int value, int of) {
    char text[16];
    std::snprintf(text, sizeof text, "%.3f", static_cast<double>(value) / of);
    return std::string(text);
  };
  const int w = StarterImage::width, h = StarterImage::height;
  std::string regions;
  const char* who[] = {"ada", "bo"};
  for (std::size_t i = 0; i < std::size(figures); ++i) {
    const Figure& f = figures[i];
    regions += std::string(R"({"kind": "face", "who": ")") + who[i] + R"(", "x": )" + fraction(f.x - f.radius, w) +
               ", \"y\": " + fraction(f.head_y - f.radius, h) + ", \"w\": " + fraction(2 * f.radius, w) +
               ", \"h\": " + fraction(2 * f.radius, h) + ", \"mouth\": {\"x\": " + fraction(f.x, w) +
               ", \"y\": " + fraction(f.head_y + f.radius / 2, h) + "}},\n            ";
  }
  regions += R"({"kind": "calm", "x": 0, "y": 0, "w": 1, "h": 0.3})";
  return R"({"image": "art/placeholder.png", "width": 960, "height": 640,
          "alt": "Two simple figures, Ada on the left and Bo on the right, under a blue sky.",
          "regions": [
            )" + regions + "\n          ]}";
}

}  // namespace

std::string starter_story_json() {
  std::string text = starter_story_text();
  const std::string marker = R"({"$ref_note": null})";
  for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at))
    text.replace(at, marker.size(), placeholder_layer());
  return text;
}

StarterImage starter_image() {
  StarterImage image;
  const int w = StarterImage::width, h = StarterImage::height;
  image.rgba.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  const auto put = [&](int x, int y, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
    if (x < 0 || y < 0 || x >= w || y >= h) return;
    std::uint8_t* p = &image.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 4];
    p[0] = r, p[1] = g, p[2] = b, p[3] = 255;
  };
  const int ground = h * 72 / 100;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      if (y < ground) put(x, y, 207, 232, 243);  // sky
      else put(x, y, 233, 220, 192);             // ground
    }
  for (const Figure& figure : figures) {
    // The body: a rounded block from under the head down to the ground, in the character's colour.
    const int top = figure.head_y + figure.radius + 6, half = figure.radius * 3 / 2;
    for (int y = top; y < ground + 20; ++y)
      for (int x = figure.x - half; x <= figure.x + half; ++x) {
        const int dy = std::max(0, top + half / 2 - y), dx = std::abs(x - figure.x) - (half - half / 2);
        if (dx > 0 && dx * dx + dy * dy > (half / 2) * (half / 2)) continue;
        put(x, y, figure.shirt[0], figure.shirt[1], figure.shirt[2]);
      }
    // The head: a skin-coloured disc with a dark outline, two eyes and a mouth.
    const int r = figure.radius;
    for (int y = -r - 3; y <= r + 3; ++y)
      for (int x = -r - 3; x <= r + 3; ++x) {
        const int d = x * x + y * y;
        if (d <= r * r) put(figure.x + x, figure.head_y + y, 246, 214, 180);
        else if (d <= (r + 3) * (r + 3)) put(figure.x + x, figure.head_y + y, 40, 36, 40);
      }
    for (const int eye : {-r / 3, r / 3})
      for (int y = -6; y <= 6; ++y)
        for (int x = -6; x <= 6; ++x)
          if (x * x + y * y <= 36) put(figure.x + eye + x, figure.head_y - r / 5 + y, 40, 36, 40);
    for (int x = -r / 3; x <= r / 3; ++x)
      for (int t = 0; t < 4; ++t) put(figure.x + x, figure.head_y + r / 2 + t - (x * x) / (r * 2), 150, 60, 60);
  }
  return image;
}

}  // namespace frise
