// CPU time of the reader's frame while navigating a generated story: the current panel (laid
// out through the reader's scene cache, then drawn: balloons, text) and the time strip (ticks,
// chapter bands, markers) into Dear ImGui's draw lists, with no GPU involved. Two measures, each
// as median and 99th percentile in milliseconds:
//  - turning: a new panel every frame (each one laid out: the cost of a page turn);
//  - reading: each panel held for 10 frames, as a reader does (laid out once, then only drawn).
//   usage: frise_bench_frame [PANELS=10000 | STORY.json] [FRAMES=2000] [WxH=1280x800]
// A story file instead of a panel count measures a real story, art regions and all.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/story_json.hpp"
#include "generated_story.hpp"
#include "view/fonts.hpp"
#include "view/panel_view.hpp"
#include "view/time_strip.hpp"

int main(int argc, char** argv) {
  const std::string first = argc > 1 ? argv[1] : "10000";
  const bool from_file = first.ends_with(".json");
  const int frames = argc > 2 ? std::atoi(argv[2]) : 2000;
  std::string text;
  if (from_file) {
    std::ifstream in(first, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    text = bytes.str();
  } else {
    text = frise::bench::generate_story_json(std::atoi(first.c_str()));
  }
  const frise::StoryLoadResult loaded = frise::parse_story(text, from_file ? first : "panels/bench.json");
  const int panels = static_cast<int>(loaded.story.panels.size());
  if (!loaded.ok()) {
    std::fprintf(stderr, "bench: the generated story did not load\n");
    return 1;
  }
  const frise::Story& story = loaded.story;

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  float window_w = 1280, window_h = 800;
  if (argc > 3 && std::sscanf(argv[3], "%fx%f", &window_w, &window_h) != 2) {
    std::fprintf(stderr, "bench: expected a size such as 360x640, found %s\n", argv[3]);
    return 2;
  }
  io.DisplaySize = {window_w, window_h};
  io.DeltaTime = 1.0f / 60;
  frise::view::FontSet fonts;
  fonts.update(story.code_points(), 24, 1, frise::view::StoryFont::comic);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // no renderer: the atlas only needs building

  const frise::view::Theme theme;
  const frise::view::TextStyle style{&fonts, &theme, "fr", "fr"};
  const frise::Rect viewport{0, 40, window_w, window_h - 80};
  std::vector<frise::view::LayerImage> images(1);  // a placeholder: the art is not what is measured
  frise::view::TimeStrip strip;
  strip.reset(story);
  const frise::Rect strip_area{0, window_h - 80, window_w, 80};
  frise::view::SceneCache scenes;
  const frise::view::SceneCache::Shape shape{"fr", fonts.text_px, 1, fonts.generation()};
  const auto measure = [&](const char* name, int frames_per_panel) {
    scenes.clear();
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(frames));
    for (int frame = 0; frame < frames; ++frame) {
      const auto start = std::chrono::steady_clock::now();
      ImGui::NewFrame();
      const std::size_t current = static_cast<std::size_t>(frame / frames_per_panel) % story.panels.size();
      const frise::Panel& panel = story.panels[current];
      const frise::view::PanelScene& scene = scenes.scene(story, current, viewport, style, shape);
      frise::view::draw_panel(*ImGui::GetBackgroundDrawList(), scene, panel, images, style);
      strip.follow(current);
      strip.draw(*ImGui::GetBackgroundDrawList(), strip_area, current, story, fonts, theme, "fr");
      ImGui::Render();
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("frame CPU time, %s, %d panels, %d frames at %.0fx%.0f: median %.3f ms, p99 %.3f ms (target < 1 ms)\n",
                name, panels, frames, window_w, window_h, ms[ms.size() / 2], ms[ms.size() * 99 / 100]);
  };
  measure("turning (a new panel each frame)", 1);
  measure("reading (each panel 10 frames)", 10);
  ImGui::DestroyContext();
  return 0;
}
