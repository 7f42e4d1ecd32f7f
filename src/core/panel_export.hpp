// Exporting a story as images, without a window: the file each panel goes to (`--export`), the
// shape of the whole frise as one long image (`--export-strip`) and its limits, the canvas its
// columns are pasted into, and where a screenshot taken in the app goes (F12). Drawing the
// panels is the view's; this is the arithmetic and the files.
#pragma once
#include <functional>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace frise {

// "007-air-gap.png": the panel's place (three digits, more for a story of 1,000 panels or more)
// and its id, with anything a file system may refuse (/, \, :, spaces…) made "_".
std::string export_file_name(std::size_t index, std::size_t count, const std::string& panel_id);

// Writes `rgba` as a PNG at `path` so that `path` is either absent or complete: the pixels go
// to "path.part" first, renamed over `path` once written (an interrupted export leaves no
// half-written panel under a panel's name). False with `error` naming the path on failure.
bool write_png_whole(const std::string& path, int width, int height, std::span<const std::uint8_t> rgba,
                     std::string& error);

// The long image: one column per panel, side by side; each column holds the chapter's band
// at the top, the panel, and its date under it.
struct StripPlan {
  // Wider images are refused by many viewers and browsers (they stop at 32,767 pixels), and
  // the whole image is held in memory while its columns are drawn.
  static constexpr int max_width = 32767;
  static constexpr std::uint64_t max_pixels = 120'000'000;  // 480 MB of RGBA
  static constexpr int preferred_panel_width = 720, preferred_panel_height = 480;
  static constexpr int min_panel_width = 320;

  int panel_width = 0, panel_height = 0;  // each panel's area
  int gutter = 0;                         // paper between two panels (half on each side of a column)
  int band_height = 0, date_height = 0;   // the chapter's band above, the date below
  std::size_t columns = 0;
  int column_width() const { return panel_width + gutter; }
  int column_height() const { return band_height + panel_height + date_height; }
  int width() const { return static_cast<int>(columns) * column_width(); }
  int height() const { return column_height(); }
  std::string error;                      // why no strip can be made ("" when it can)
};

// The strip for `panels` panels. With `size_given` the panels are exactly `panel_w` x `panel_h`,
// and a strip past the limits is an error that says which limit and a size that would fit;
// without it, the preferred size, made smaller (down to min_panel_width, same proportions)
// until the strip fits.
StripPlan plan_strip(std::size_t panels, int panel_w, int panel_h, bool size_given);

// The long image being assembled, column by column, then written.
class StripCanvas {
 public:
  StripCanvas(int width, int height);
  // Pastes `rgba` (`w` x `h`, rows from the top) with its top-left corner at (x, y); what falls
  // outside the canvas is dropped.
  void paste(int x, int y, int w, int h, std::span<const std::uint8_t> rgba);
  int width() const { return width_; }
  int height() const { return height_; }
  const std::vector<std::uint8_t>& pixels() const { return pixels_; }

 private:
  int width_, height_;
  std::vector<std::uint8_t> pixels_;
};

// Where F12 saves: beside the story when its folder can be written to, else in `pictures_folder`
// (the user's Pictures), named after the story and the time: "road45-2024-05-01-142233.png".
// `writable(folder)` says whether a folder can be written to. Empty when neither can.
std::string screenshot_path(const std::string& story_path, const std::string& pictures_folder,
                            const std::string& timestamp, const std::function<bool(const std::string& folder)>& writable);

}  // namespace frise
