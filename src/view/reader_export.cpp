// The reader writing images instead of being read: `--export` pages through every panel by
// itself and saves each as the window shows it; `--export-strip` draws one column per panel
// (its chapter's band, the panel, its date) and pastes them into one long image; F12 saves the
// window as it is. The platform hands over the pixels of a frame when wants_capture() asks.
// Also here: a file dropped on the window. All of it desktop only: the web edition has
// reader_export_web.cpp instead.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/time_axis.hpp"
#include "view/reader_app.hpp"

namespace frise::view {

namespace {

ImU32 with_alpha(ImU32 colour, int alpha) {
  return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

// "2024-05-01-142233", for a screenshot's file name (sorts by time, no colon for other systems).
std::string local_timestamp() {
  const std::time_t now = std::time(nullptr);
  char text[32] = "now";
  if (const std::tm* local = std::localtime(&now)) std::strftime(text, sizeof text, "%Y-%m-%d-%H%M%S", local);
  return text;
}

}  // namespace

bool ReaderApp::wants_capture() const {
  if (screenshot_pending_) return true;
  return export_.started && !export_.finished && frame_complete_ && session_.state() == LoadState::ready &&
         current() == export_.next;
}

void ReaderApp::captured(int width, int height, std::vector<std::uint8_t> rgba) {
  if (export_.request.kind != ExportRequest::Kind::none) {
    if (wants_capture()) export_captured(width, height, std::move(rgba));
    screenshot_pending_ = false;  // an export's window is not the reader's to screenshot
    return;
  }
  if (std::exchange(screenshot_pending_, false)) save_screenshot(width, height, rgba);
}

// An export stopped before its end (Ctrl+C, the window closed): what was written is whole,
// since each file is renamed into place only once complete.
void ReaderApp::export_interrupted() {
  export_.finished = true;
  const std::size_t count = session_.state() == LoadState::ready ? story().panels.size() : 0;
  if (export_.request.kind == ExportRequest::Kind::panels)
    std::fprintf(stderr, "frise: export interrupted: %zu of %zu panels written to %s, each complete\n", export_.written,
                 count, export_.request.target.c_str());
  else
    std::fprintf(stderr, "frise: export interrupted after %zu of %zu panels: %s not written\n", export_.written, count,
                 export_.request.target.c_str());
  exit_code_ = 130;  // as a shell reports a program stopped by Ctrl+C
}

// Each frame of an export: the first one starts on the first panel (the reader's saved place is
// neither used nor moved: nothing is saved in export mode).
void ReaderApp::export_frame() {
  if (export_.started || export_.finished) return;
  export_.started = true;
  const std::size_t count = story().panels.size();
  if (export_.request.kind == ExportRequest::Kind::strip) {
    // Every panel laid out first: the strip is as tall as the tallest frame, with the band right
    // above the frames and the dates right under them.
    const StripPlan& plan = export_.request.strip;
    const Rect area = strip_panel_area();
    float top = area.bottom(), bottom = area.y;
    for (std::size_t i = 0; i < count; ++i) {
      const Rect& frame = strip_scene(i).layout.frame;
      top = std::min(top, frame.y);
      bottom = std::max(bottom, frame.bottom());
    }
    if (bottom <= top) top = area.y, bottom = area.bottom();
    // An undated story has no row of dates: a gutter's worth of paper under the frames instead.
    const bool dated = std::any_of(story().panels.begin(), story().panels.end(),
                                   [](const Panel& panel) { return panel.date || !panel.display_date.empty(); });
    const float under = dated ? static_cast<float>(plan.date_height) : static_cast<float>(plan.gutter) / 2;
    export_.strip_top = std::max(0.0f, top - static_cast<float>(plan.band_height));
    export_.strip_bottom = std::min(area.bottom() + static_cast<float>(plan.date_height), bottom + under);
    std::fprintf(stderr, "frise: drawing the strip of %zu panels (%dx%d) for %s\n", count, plan.width(),
                 static_cast<int>(std::lround(export_.strip_bottom * scale_)) - static_cast<int>(std::lround(export_.strip_top * scale_)),
                 export_.request.target.c_str());
  } else {
    std::fprintf(stderr, "frise: exporting %zu panels to %s\n", count, export_.request.target.c_str());
  }
  session_.go_to(0);
  carry_out(session_.take_effects());
}

void ReaderApp::export_captured(int width, int height, std::vector<std::uint8_t> rgba) {
  const std::size_t count = story().panels.size();
  const std::size_t index = export_.next;
  std::string error;
  if (export_.request.kind == ExportRequest::Kind::panels) {
    const std::string path =
        (std::filesystem::path(export_.request.target) / export_file_name(index, count, story().panels[index].id)).string();
    if (!write_png_whole(path, width, height, rgba, error)) {
      std::fprintf(stderr, "frise: %s\n", error.c_str());
      return finish_export(false);
    }
    std::fprintf(stderr, "frise: panel %zu of %zu: %s\n", index + 1, count, path.c_str());
  } else {
    // The columns are pasted as drawn, in device pixels (twice the plan on a HiDPI screen), only
    // the rows between the band's top and the dates' bottom.
    const int top = std::clamp(static_cast<int>(std::lround(export_.strip_top * scale_)), 0, height);
    const int bottom = std::clamp(static_cast<int>(std::lround(export_.strip_bottom * scale_)), top, height);
    if (!export_.canvas) export_.canvas = std::make_unique<StripCanvas>(width * static_cast<int>(count), bottom - top);
    export_.canvas->paste(width * static_cast<int>(index), -top, width, height, rgba);
    std::fprintf(stderr, "frise: panel %zu of %zu\n", index + 1, count);
  }
  ++export_.written;
  if (++export_.next < count) {
    session_.go_to(export_.next);
    carry_out(session_.take_effects());
    return;
  }
  if (export_.request.kind == ExportRequest::Kind::strip) {
    const StripCanvas& canvas = *export_.canvas;
    if (!write_png_whole(export_.request.target, canvas.width(), canvas.height(), canvas.pixels(), error)) {
      std::fprintf(stderr, "frise: %s\n", error.c_str());
      return finish_export(false);
    }
    std::fprintf(stderr, "frise: wrote %s (%dx%d)\n", export_.request.target.c_str(), canvas.width(), canvas.height());
  } else {
    std::fprintf(stderr, "frise: wrote %zu panels to %s\n", count, export_.request.target.c_str());
  }
  finish_export(true);
}

void ReaderApp::finish_export(bool complete) {
  if (export_.finished) return;
  export_.finished = true;
  quit_ = true;
  if (!complete && exit_code_ == 0) {
    exit_code_ = 1;
    if (session_.state() == LoadState::failed)
      std::fprintf(stderr, "frise: nothing exported: %s does not load (its errors are above)\n", session_.story_path().c_str());
  }
}

// The story's column of the strip: the chapter's band across the top (its title written once,
// continuing over the next columns of the same chapter as if the strip were drawn in one go),
// the panel as the reader lays it out in that area, and its date under it.
void ReaderApp::draw_strip_column(ImDrawList& draw, const platform::FrameInfo& info) {
  const StripPlan& plan = export_.request.strip;
  const std::size_t index = current();
  const Panel& panel = story().panels[index];
  const float px = fonts_.text_px;
  const auto column_w = static_cast<float>(plan.column_width());
  const auto band_h = static_cast<float>(plan.band_height);
  const float band_y = export_.strip_top;  // the band sits right above the tallest frame
  if (const Chapter* chapter = story().find_chapter(panel.chapter)) {
    std::size_t first = index, last = index;
    while (first > 0 && story().panels[first - 1].chapter == panel.chapter) --first;
    while (last + 1 < story().panels.size() && story().panels[last + 1].chapter == panel.chapter) ++last;
    const ImU32 colour = chapter->colour ? IM_COL32(chapter->colour->r, chapter->colour->g, chapter->colour->b, 255) : theme_.muted;
    draw.AddRectFilled({0, band_y}, {info.window_width, band_y + band_h}, with_alpha(colour, 70));
    const float start_x = (static_cast<float>(first) - static_cast<float>(index)) * column_w;
    const float end_x = (static_cast<float>(last + 1) - static_cast<float>(index)) * column_w;
    if (first == index) draw.AddRectFilled({0, band_y}, {4, band_y + band_h}, colour);  // where the chapter begins
    const std::string& title = chapter->title.get(language(), story().default_language);
    draw.PushClipRect({std::max(0.0f, start_x), band_y}, {std::min(info.window_width, end_x - px * 0.5f), band_y + band_h}, true);
    draw.AddText(fonts_.bold, px, {start_x + px * 0.7f, band_y + (band_h - px) / 2}, theme_.ink, title.c_str());
    draw.PopClipRect();
  }
  const Rect area = strip_panel_area();
  const TextStyle style = text_style();
  const PanelScene& scene = strip_scene(index);
  const float art_device_width = scene.layout.art.w * scale_;
  images_->set_art_device_width(art_device_width);
  draw.PushClipRect({area.x, area.y}, {area.right(), area.bottom()}, true);
  draw_panel(draw, scene, panel, images_->layer_images(story(), panel, art_device_width), style, nullptr);
  draw.PopClipRect();
  last_scene_ = scene;
  // The date as the time strip writes it, unless the author wrote how it reads.
  const std::string date = !panel.display_date.empty() ? panel.display_date.get(language(), story().default_language)
                           : panel.date                ? format_date(*panel.date, language())
                                                       : std::string();
  if (!date.empty()) {
    const ImVec2 size = fonts_.bold->CalcTextSizeA(px, FLT_MAX, 0, date.c_str());
    const float date_y = export_.strip_bottom - static_cast<float>(plan.date_height);
    const float y = date_y + (static_cast<float>(plan.date_height) - size.y) / 2;
    draw.PushClipRect({0, date_y}, {info.window_width, info.window_height}, true);
    draw.AddText(fonts_.bold, px, {std::max(area.x, area.x + (area.w - size.x) / 2), y}, theme_.accent, date.c_str());
    draw.PopClipRect();
  }
}

Rect ReaderApp::strip_panel_area() const {
  const StripPlan& plan = export_.request.strip;
  return {static_cast<float>(plan.gutter) / 2, static_cast<float>(plan.band_height), static_cast<float>(plan.panel_width),
          static_cast<float>(plan.panel_height)};
}

const PanelScene& ReaderApp::strip_scene(std::size_t index) {
  const SceneCache::Shape shape{language(), fonts_.text_px, session_.settings().line_spacing, fonts_.generation()};
  return scenes_.scene(story(), index, strip_panel_area(), text_style(), shape);
}

// F12: the window as it is, beside the story (or in the user's pictures), and a notice saying where.
void ReaderApp::save_screenshot(int width, int height, const std::vector<std::uint8_t>& rgba) {
  const std::string path = screenshot_path(session_.story_path(), host_.pictures_folder(), local_timestamp(),
                                           [this](const std::string& folder) { return host_.folder_is_writable(folder); });
  std::string error = path.empty() ? "no folder to write it in (neither the story's nor the pictures folder)" : "";
  if (error.empty() && write_png_whole(path, width, height, rgba, error)) {
    std::fprintf(stderr, "frise: wrote %s (%dx%d)\n", path.c_str(), width, height);
    session_.show_notice("notice.screenshot_saved", "path", path);
    host_.notify("screenshot", nlohmann::json{{"path", path}, {"width", width}, {"height", height}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  } else {
    std::fprintf(stderr, "frise: screenshot not saved: %s\n", error.c_str());
    session_.show_notice("notice.screenshot_failed", "error", error);
  }
  font_characters_stale_ = true;  // the notice's path may hold letters the atlas lacks
}

void ReaderApp::file_dropped(const std::string& path) {
  if (export_.request.kind != ExportRequest::Kind::none) return;
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error);
  const std::string full = error ? path : absolute.lexically_normal().generic_string();
  const std::string name = fs::path(full).filename().string();
  std::string refused;
  if (fs::is_directory(full, error)) refused = name + ": a folder (start frise with it to pick one of its stories)";
  else if (fs::path(full).extension() != ".json") refused = name + ": not a story (a .json file)";
  if (!refused.empty()) {
    std::fprintf(stderr, "frise: cannot open %s\n", refused.c_str());
    session_.show_notice("notice.cannot_open", "what", refused);
    font_characters_stale_ = true;
    return;
  }
  // A file name on disk is bytes, not always UTF-8: replaced, never a throw.
  host_.notify("dropped", nlohmann::json{{"path", full}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  session_.open_dropped(full);
  carry_out(session_.take_effects());
}

}  // namespace frise::view
