#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/image.hpp"
#include "core/panel_export.hpp"

using namespace frise;

TEST_CASE("export: each panel's file is named by its place and id, safe on any file system") {
  CHECK(export_file_name(0, 39, "cover") == "001-cover.png");
  CHECK(export_file_name(38, 39, "road-end") == "039-road-end.png");
  CHECK(export_file_name(6, 1200, "x") == "0007-x.png");  // a long story: as many digits as it needs
  CHECK(export_file_name(0, 3, "a/b\\c:d e") == "001-a_b_c_d_e.png");
  CHECK(export_file_name(0, 3, ".hidden") == "001-_.hidden.png");
  CHECK(export_file_name(0, 3, "été") == "001-été.png");  // letters of other scripts stay
}

TEST_CASE("export: a strip fits the limits, at the preferred size or smaller, or says what fits") {
  const StripPlan road45 = plan_strip(39, 1280, 800, false);
  CHECK(road45.error == "");
  CHECK(road45.panel_width == 720);  // fits as preferred
  CHECK(road45.width() == 39 * road45.column_width());
  CHECK(road45.width() <= StripPlan::max_width);
  const StripPlan long_story = plan_strip(59, 1280, 800, false);
  CHECK(long_story.error == "");
  CHECK(long_story.panel_width < 720);  // made smaller to fit
  CHECK(long_story.width() <= StripPlan::max_width);
  CHECK(long_story.panel_height * 720 == doctest::Approx(long_story.panel_width * 480).epsilon(0.02));
  const StripPlan asked = plan_strip(59, 720, 480, true);
  CHECK(asked.error.find("wider than 32767 pixels, which many image viewers and browsers refuse") != std::string::npos);
  CHECK(asked.error.find("--size 536x357 or smaller fits") != std::string::npos);
  CHECK(plan_strip(5000, 720, 480, false).error.find("export the panels one by one with --export instead") !=
        std::string::npos);
  CHECK(plan_strip(0, 720, 480, false).error == "the story has no panel to put in a strip");
  CHECK(plan_strip(2, 4000, 16000, true).error.find("megapixels") != std::string::npos);  // too many pixels
}

TEST_CASE("export: the strip canvas pastes columns in place and drops what falls outside") {
  StripCanvas canvas(4, 2);
  const std::vector<std::uint8_t> red{255, 0, 0, 255, 255, 0, 0, 255};  // 2x1
  canvas.paste(1, 1, 2, 1, red);
  CHECK(canvas.pixels()[(1 * 4 + 1) * 4] == 255);
  CHECK(canvas.pixels()[(1 * 4 + 1) * 4 + 1] == 0);
  CHECK(canvas.pixels()[(0 * 4 + 1) * 4 + 1] == 255);  // untouched rows stay white
  canvas.paste(3, -1, 2, 1, red);                       // all outside: nothing, no crash
  canvas.paste(3, 0, 2, 1, red);                        // half outside: the inside half
  CHECK(canvas.pixels()[(0 * 4 + 3) * 4 + 1] == 0);
  canvas.paste(0, 0, 2, 1, std::vector<std::uint8_t>(3));  // too few bytes: ignored
}

TEST_CASE("export: files are written whole or not at all, errors name the path") {
  namespace fs = std::filesystem;
  const fs::path folder = fs::temp_directory_path() / "frise-export-test";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const std::vector<std::uint8_t> pixels(4 * 4 * 4, 200);
  std::string error;
  CHECK(write_png_whole((folder / "a.png").string(), 4, 4, pixels, error));
  CHECK(fs::exists(folder / "a.png"));
  CHECK_FALSE(fs::exists(folder / "a.png.part"));
  CHECK_FALSE(write_png_whole((folder / "missing" / "b.png").string(), 4, 4, pixels, error));
  CHECK(error.find((folder / "missing" / "b.png.part").string()) != std::string::npos);
  CHECK(error.find("No such file or directory") != std::string::npos);
  CHECK_FALSE(fs::exists(folder / "missing" / "b.png"));
  fs::remove_all(folder);
}

TEST_CASE("export: F12 saves beside the story, else in the pictures folder") {
  const auto all = [](const std::string&) { return true; };
  const auto only_pictures = [](const std::string& folder) { return folder == "/home/a/Pictures"; };
  const auto none = [](const std::string&) { return false; };
  CHECK(screenshot_path("/s/road45.json", "/home/a/Pictures", "2024-05-01-142233", all) ==
        "/s/road45-2024-05-01-142233.png");
  CHECK(screenshot_path("/s/road45.json", "/home/a/Pictures", "t", only_pictures) == "/home/a/Pictures/road45-t.png");
  CHECK(screenshot_path("/s/road45.json", "/home/a/Pictures", "t", none) == "");
  CHECK(screenshot_path("road45.json", "", "t", all) == "./road45-t.png");
}
