#include "core/panel_export.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "core/image.hpp"

namespace frise {

std::string export_file_name(std::size_t index, std::size_t count, const std::string& panel_id) {
  const int digits = std::max(3, static_cast<int>(std::to_string(count).size()));
  char number[32];
  std::snprintf(number, sizeof number, "%0*zu", digits, index + 1);
  // Letters, digits and - _ . stay (non-ASCII letters too: UTF-8 bytes are kept whole); the
  // rest would be a folder separator, a drive or a name some file systems refuse.
  std::string name;
  for (const char c : panel_id.substr(0, 120)) {
    const auto byte = static_cast<unsigned char>(c);
    const bool keep = byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    name += keep ? c : '_';
  }
  if (name.empty() || name.front() == '.') name.insert(name.begin(), '_');  // never a hidden file
  return std::string(number) + "-" + name + ".png";
}

bool write_png_whole(const std::string& path, int width, int height, std::span<const std::uint8_t> rgba,
                     std::string& error) {
  const std::string partial = path + ".part";
  if (!write_png(partial, width, height, rgba, error)) {
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    return false;
  }
  std::error_code renamed;
  std::filesystem::rename(partial, path, renamed);
  if (renamed) {
    error = "cannot write " + path + ": " + renamed.message();
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    return false;
  }
  return true;
}

namespace {

StripPlan shaped(std::size_t panels, int panel_w, int panel_h) {
  StripPlan plan;
  plan.columns = panels;
  plan.panel_width = panel_w;
  plan.panel_height = panel_h;
  plan.gutter = std::clamp(panel_w / 40, 8, 32);
  // Room for one line of the interface's text above and below, at the size the reader would use.
  plan.band_height = plan.date_height = std::clamp(static_cast<int>(std::lround(panel_h * 0.09)), 36, 96);
  return plan;
}

bool fits(const StripPlan& plan) {
  return plan.width() <= StripPlan::max_width &&
         static_cast<std::uint64_t>(plan.width()) * static_cast<std::uint64_t>(plan.height()) <= StripPlan::max_pixels;
}

}  // namespace

StripPlan plan_strip(std::size_t panels, int panel_w, int panel_h, bool size_given) {
  if (panels == 0) {
    StripPlan empty;
    empty.error = "the story has no panel to put in a strip";
    return empty;
  }
  if (!size_given) {
    panel_w = StripPlan::preferred_panel_width;
    panel_h = StripPlan::preferred_panel_height;
    // Smaller panels, same proportions, until the strip fits (a long story gets small panels).
    for (int w = panel_w; w >= StripPlan::min_panel_width; w -= 8) {
      const StripPlan plan = shaped(panels, w, static_cast<int>(std::lround(static_cast<double>(w) * panel_h / panel_w)));
      if (fits(plan)) return plan;
    }
  }
  StripPlan plan = shaped(panels, panel_w, panel_h);
  if (fits(plan)) return plan;
  // The widest panel that would fit, for the message.
  int fitting = 0;
  for (int w = panel_w; w >= 64 && fitting == 0; w -= 8) {
    const int h = static_cast<int>(std::lround(static_cast<double>(w) * panel_h / panel_w));
    if (h >= 64 && fits(shaped(panels, w, h))) fitting = w;
  }
  const std::string size = std::to_string(plan.width()) + "x" + std::to_string(plan.height());
  std::string why = plan.width() > StripPlan::max_width
                        ? "wider than " + std::to_string(StripPlan::max_width) +
                              " pixels, which many image viewers and browsers refuse"
                        : "over " + megapixels(StripPlan::max_pixels) + ", more than the strip may hold in memory";
  plan.error = "a strip of " + std::to_string(panels) + " panels at " + std::to_string(panel_w) + "x" +
               std::to_string(panel_h) + " would be " + size + " pixels, " + why;
  if (fitting > 0) {
    const int h = static_cast<int>(std::lround(static_cast<double>(fitting) * panel_h / panel_w));
    plan.error += "; --size " + std::to_string(fitting) + "x" + std::to_string(h) + " or smaller fits";
  } else {
    plan.error += "; export the panels one by one with --export instead";
  }
  return plan;
}

StripCanvas::StripCanvas(int width, int height)
    : width_(std::max(0, width)), height_(std::max(0, height)),
      pixels_(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_) * 4, 255) {}

void StripCanvas::paste(int x, int y, int w, int h, std::span<const std::uint8_t> rgba) {
  if (w <= 0 || h <= 0 || rgba.size() < static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4) return;
  const int x0 = std::max(0, x), x1 = std::min(width_, x + w);
  if (x1 <= x0) return;
  for (int row = std::max(0, y); row < std::min(height_, y + h); ++row) {
    const auto from = (static_cast<std::size_t>(row - y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x0 - x)) * 4;
    const auto to = (static_cast<std::size_t>(row) * static_cast<std::size_t>(width_) + static_cast<std::size_t>(x0)) * 4;
    std::copy_n(rgba.begin() + static_cast<std::ptrdiff_t>(from), static_cast<std::size_t>(x1 - x0) * 4,
                pixels_.begin() + static_cast<std::ptrdiff_t>(to));
  }
}

std::string screenshot_path(const std::string& story_path, const std::string& pictures_folder,
                            const std::string& timestamp, const std::function<bool(const std::string& folder)>& writable) {
  namespace fs = std::filesystem;
  std::string stem = fs::path(story_path).stem().string();
  if (stem.empty()) stem = "frise";
  const std::string name = stem + "-" + timestamp + ".png";
  std::string beside = fs::path(story_path).parent_path().string();
  if (beside.empty()) beside = ".";
  if (writable(beside)) return (fs::path(beside) / name).string();
  if (!pictures_folder.empty() && writable(pictures_folder)) return (fs::path(pictures_folder) / name).string();
  return {};
}

}  // namespace frise
