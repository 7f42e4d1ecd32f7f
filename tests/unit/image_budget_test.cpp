#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/image_budget.hpp"

using namespace frise;

namespace {

constexpr std::uint64_t MB = 1024u * 1024u;

// `count` panels, each showing its own image "p<i>" of `bytes`.
PanelImages one_image_each(std::size_t count, std::uint64_t bytes) {
  PanelImages panels(count);
  for (std::size_t i = 0; i < count; ++i) panels[i].push_back({"p" + std::to_string(i), bytes});
  return panels;
}

std::vector<std::size_t> planned_panels(const ImagePlan& plan) {
  std::vector<std::size_t> out;
  for (const PlannedImage& image : plan.images) out.push_back(image.panel);
  return out;
}

bool has(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

TEST_CASE("image budget plans the current panel first, then the next, the previous and two more ahead") {
  const PanelImages panels = one_image_each(10, MB);
  const ImagePlan plan = plan_images(panels, 5, 100 * MB);
  CHECK(planned_panels(plan) == std::vector<std::size_t>{5, 6, 4, 7, 8});
  CHECK(plan.current_count == 1);
  CHECK(plan.current_keys() == std::vector<std::string>{"p5"});
  CHECK(plan.bytes == 5 * MB);
  CHECK_FALSE(plan.current_over_budget);

  PreloadWindow wide;
  wide.ahead = 2;
  wide.behind = 3;
  CHECK(planned_panels(plan_images(panels, 5, 100 * MB, wide)) == std::vector<std::size_t>{5, 6, 4, 7, 3, 2});
}

TEST_CASE("image budget preload window at the start and the end of the story") {
  const PanelImages panels = one_image_each(10, MB);
  CHECK(planned_panels(plan_images(panels, 0, 100 * MB)) == std::vector<std::size_t>{0, 1, 2, 3});
  CHECK(planned_panels(plan_images(panels, 8, 100 * MB)) == std::vector<std::size_t>{8, 9, 7});
  CHECK(planned_panels(plan_images(panels, 9, 100 * MB)) == std::vector<std::size_t>{9, 8});
  CHECK(planned_panels(plan_images(one_image_each(1, MB), 0, 100 * MB)) == std::vector<std::size_t>{0});
  CHECK(plan_images(panels, 10, 100 * MB).images.empty());  // past the end: nothing
  CHECK(plan_images(PanelImages{}, 0, 100 * MB).images.empty());
}

TEST_CASE("image budget plan stops at the first panel that does not fit, but always keeps the current one") {
  PanelImages panels = one_image_each(10, 2 * MB);
  panels[6][0].bytes = 5 * MB;
  // Current (2) + next (5) = 7 > 6: the next panel does not fit, and nothing further replaces it.
  const ImagePlan plan = plan_images(panels, 5, 6 * MB);
  CHECK(planned_panels(plan) == std::vector<std::size_t>{5});
  // A current panel over budget on its own is still planned, and flagged.
  const ImagePlan huge = plan_images(panels, 6, 4 * MB);
  CHECK(planned_panels(huge) == std::vector<std::size_t>{6});
  CHECK(huge.current_over_budget);
  // Unknown sizes are budgeted at the estimate.
  panels[3][0].bytes = 0;
  PreloadWindow window;
  window.unknown_bytes = 3 * MB;
  const ImagePlan unknown = plan_images(panels, 3, 100 * MB, window);
  CHECK(unknown.images[0].bytes == 3 * MB);
}

TEST_CASE("image budget counts images shared by several panels once") {
  PanelImages panels(4);
  for (std::size_t i = 0; i < 4; ++i) {
    panels[i].push_back({"sprites/hero.png", 4 * MB});
    panels[i].push_back({"bg" + std::to_string(i), 2 * MB});
    panels[i].push_back({"sprites/hero.png", 4 * MB});  // twice in one panel, too
  }
  const ImagePlan plan = plan_images(panels, 0, 100 * MB);
  CHECK(plan.images.size() == 5);  // hero, bg0, bg1, bg2, bg3
  CHECK(plan.bytes == 4 * MB + 4 * 2 * MB);
  CHECK(plan.current_count == 2);
  // The shared image is already planned, so the next panels each cost only their background.
  CHECK(planned_panels(plan_images(panels, 0, 8 * MB)) == std::vector<std::size_t>{0, 0, 1});

  ImageResidency residency(100 * MB);
  residency.mark_loaded("sprites/hero.png", 4 * MB);
  residency.mark_loaded("bg0", 2 * MB);
  residency.mark_loaded("sprites/hero.png", 4 * MB);
  CHECK(residency.count() == 2);
  CHECK(residency.total_bytes() == 6 * MB);
}

TEST_CASE("image budget panel images come from the story, sprites resolved") {
  Story story;
  story.sprites.push_back({"hero", ImageRef{"sprites/hero.png", 100, 200, {}, {}, {}, {}}});
  Panel a;
  a.art.layers.push_back(ArtLayer{ImageRef{"art/a.png", 640, 480, {}, {}, {}, {}}, "", 0, 0, 1, {}});
  a.art.layers.push_back(ArtLayer{ImageRef{}, "hero", 0, 0, 1, {}});
  Panel b;
  b.art.layers.push_back(ArtLayer{ImageRef{}, "hero", 0, 0, 1, {}});
  b.art.layers.push_back(ArtLayer{ImageRef{}, "nobody", 0, 0, 1, {}});        // unknown sprite: skipped
  b.art.layers.push_back(ArtLayer{ImageRef{"art/b.png", 0, 0, {}, {}, {}, {}}, "", 0, 0, 1, {}});  // size unknown
  story.panels = {a, b};
  const PanelImages images = panel_images(story);
  REQUIRE(images.size() == 2);
  REQUIRE(images[0].size() == 2);
  CHECK(images[0][0].key == "art/a.png");
  CHECK(images[0][0].bytes == 640u * 480u * 4u);
  CHECK(images[0][1].key == "sprites/hero.png");
  CHECK(images[0][1].bytes == 100u * 200u * 4u);
  REQUIRE(images[1].size() == 2);
  CHECK(images[1][0].key == "sprites/hero.png");
  CHECK(images[1][1].bytes == 0);
}

TEST_CASE("image budget evicts the least recently needed first and never the current panel's") {
  ImageResidency residency(10 * MB);
  residency.mark_loaded("a", 4 * MB);
  residency.mark_loaded("b", 4 * MB);
  CHECK(residency.evict_over_budget({}).empty());  // under budget: nothing to do
  residency.mark_loaded("c", 4 * MB);
  CHECK(residency.total_bytes() == 12 * MB);
  residency.touch("a");  // order now b, c, a
  CHECK(residency.keys_by_recency() == std::vector<std::string>{"b", "c", "a"});
  CHECK(residency.evict_over_budget({}) == std::vector<std::string>{"b"});
  CHECK(residency.total_bytes() == 8 * MB);
  CHECK_FALSE(residency.loaded("b"));

  residency.mark_loaded("d", 6 * MB);  // c, a, d: 14 MB
  const std::vector<std::string> current{"c"};
  CHECK(residency.evict_over_budget(current) == std::vector<std::string>{"a"});
  CHECK(residency.loaded("c"));
  // Only protected images left over budget: they stay.
  residency.set_budget(MB);
  const std::vector<std::string> both{"c", "d"};
  CHECK(residency.evict_over_budget(both).empty());
  CHECK(residency.total_bytes() == 10 * MB);
  residency.forget("d");
  CHECK(residency.total_bytes() == 4 * MB);
  residency.touch("nothing");  // unknown keys are ignored
  CHECK(residency.count() == 1);

  // touch_plan makes the plan's first images the most recent.
  ImageResidency r2(100 * MB);
  for (const char* key : {"p4", "p3", "p2", "x"}) r2.mark_loaded(key, MB);
  r2.touch_plan(plan_images(one_image_each(6, MB), 2, 100 * MB));  // plans p2, p3, p1, p4, p5
  CHECK(r2.keys_by_recency() == std::vector<std::string>{"x", "p4", "p3", "p2"});
}

TEST_CASE("image budget: walking a 10,000-panel story both ways stays under budget") {
  const std::size_t count = 10000;
  PanelImages panels(count);
  for (std::size_t i = 0; i < count; ++i) {
    panels[i].push_back({"art/" + std::to_string(i), (1 + i % 5) * MB});
    if (i % 10 < 4) panels[i].push_back({"sprites/" + std::to_string(i % 3), 2 * MB});  // shared
  }
  const std::uint64_t biggest_panel = 5 * MB + 2 * MB;
  for (const std::uint64_t budget : {biggest_panel, 16 * MB, 40 * MB}) {
    CAPTURE(budget);
    ImageResidency residency(budget);
    std::uint64_t peak = 0;
    std::size_t loads = 0;
    bool ok = true;
    const auto visit = [&](std::size_t current) {
      const ImagePlan plan = plan_images(panels, current, budget);
      ok = ok && !plan.current_over_budget && plan.bytes <= budget;
      residency.touch_plan(plan);
      const std::vector<std::string> keep = plan.current_keys();
      for (const PlannedImage& image : plan.images) {
        if (residency.loaded(image.key)) continue;
        residency.mark_loaded(image.key, image.bytes);
        ++loads;
        for (const std::string& gone : residency.evict_over_budget(keep)) ok = ok && !has(keep, gone);
        peak = std::max(peak, residency.total_bytes());
      }
      for (const std::string& key : keep) ok = ok && residency.loaded(key);
      ok = ok && residency.total_bytes() <= budget;
    };
    for (std::size_t i = 0; i < count; ++i) visit(i);
    for (std::size_t i = count; i-- > 0;) visit(i);
    CHECK(ok);
    CHECK(peak <= budget);
    CHECK(residency.total_bytes() <= budget);
    // Walking forward with a preload window, each image loads about once per pass: no thrashing.
    if (budget == 40 * MB) CHECK(loads < 3 * count);
  }
}
