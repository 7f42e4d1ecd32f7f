// [SECTION] Loading: story file, images around the current panel, decoding
// [SECTION] Input
// [SECTION] Drawing
// [SECTION] Telling the host
#include "view/reader_app.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/image.hpp"
#include "core/paths.hpp"
#include "core/story_json.hpp"
#include "core/utf8.hpp"
#include "platform/host.hpp"

namespace frise::view {

ReaderApp::ReaderApp(ReaderOptions options) : options_(std::move(options)) {
  files_.request(options_.story_path, [this](platform::FileResult&& file) { on_story_file(std::move(file)); });
}

ReaderApp::~ReaderApp() {
  for (auto& [path, slot] : images_) platform::destroy_texture(slot.texture);
}

//-----------------------------------------------------------------------------
// [SECTION] Loading
//-----------------------------------------------------------------------------

void ReaderApp::on_story_file(platform::FileResult&& file) {
  if (!file.ok()) {
    diagnostics_.push_back({Severity::error, options_.story_path, 0, 0, "", file.error});
    state_ = StoryState::failed;
    return;
  }
  const std::string text(file.bytes.begin(), file.bytes.end());
  StoryLoadResult loaded = parse_story(text, options_.story_path);  // no file checks: the browser cannot
  const bool ok = loaded.ok();
  diagnostics_ = std::move(loaded.diagnostics);
  for (const Diagnostic& d : diagnostics_) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
  if (!ok) {
    state_ = StoryState::failed;
    return;
  }
  story_ = std::move(loaded.story);
  navigator_ = Navigator(story_.panels.size());
  language_ = options_.language.empty() ? story_.default_language : options_.language;
  if (!options_.start_panel.empty()) {
    const int index = story_.find_panel(options_.start_panel);
    if (index >= 0) navigator_.go_to(static_cast<std::size_t>(index));
  }
  state_ = StoryState::ready;
  request_images_around(navigator_.current());
}

std::string ReaderApp::image_path(const ArtLayer& layer) const {
  const ImageRef* image = story_.layer_image(layer);
  return image ? resolve_relative(options_.story_path, image->path) : std::string();
}

// A broken image keeps its place as a placeholder; the author is told why.
void ReaderApp::mark_broken(ImageSlot& slot, std::string error) {
  std::fprintf(stderr, "frise: warning: %s\n", error.c_str());
  slot.error = std::move(error);
  slot.state = ImageSlot::State::broken;
}

// The current panel first, then its neighbours, so the next move shows art at once.
void ReaderApp::request_images_around(std::size_t index) {
  const std::size_t count = story_.panels.size();
  for (std::size_t i : {index, index + 1, index - 1}) {
    if (i >= count) continue;  // index - 1 wraps past the start
    for (const ArtLayer& layer : story_.panels[i].art.layers) {
      const std::string path = image_path(layer);
      if (path.empty() || images_.contains(path)) continue;
      images_[path];
      files_.request(path, [this, path](platform::FileResult&& file) {
        ImageSlot& slot = images_[path];
        if (file.ok()) {
          slot.bytes = std::move(file.bytes);
          slot.state = ImageSlot::State::downloaded;
        } else {
          mark_broken(slot, file.error);
        }
      });
    }
  }
}

// One decode per frame keeps every frame short, even when several images arrive together.
void ReaderApp::decode_one_downloaded_image() {
  for (auto& [path, slot] : images_) {
    if (slot.state != ImageSlot::State::downloaded) continue;
    DecodedImage image = decode_image(slot.bytes);
    slot.bytes = {};
    if (image.ok()) {
      slot.texture = platform::create_texture(image.width, image.height, image.rgba);
      slot.state = ImageSlot::State::ready;
    } else {
      mark_broken(slot, path + ": " + image.error);
    }
    return;
  }
}

std::vector<LayerImage> ReaderApp::layer_images(const Panel& panel) const {
  std::vector<LayerImage> out;
  for (const ArtLayer& layer : panel.art.layers) {
    LayerImage image;
    image.x = layer.x;
    image.y = layer.y;
    image.scale = layer.scale;
    const std::string path = image_path(layer);
    if (path.empty()) image.status = LayerImage::Status::broken;  // a sprite that does not exist
    if (auto it = images_.find(path); it != images_.end()) {
      const ImageSlot& slot = it->second;
      if (slot.state == ImageSlot::State::ready) {
        image.status = LayerImage::Status::ready;
        image.texture = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(slot.texture.id));
        image.width = slot.texture.width;
        image.height = slot.texture.height;
      } else if (slot.state == ImageSlot::State::broken) {
        image.status = LayerImage::Status::broken;
      }
    }
    out.push_back(image);
  }
  return out;
}

bool ReaderApp::current_images_settled() const {
  if (state_ != StoryState::ready) return true;
  for (const LayerImage& image : layer_images(story_.panels[navigator_.current()]))
    if (image.status == LayerImage::Status::loading) return false;
  return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Input
//-----------------------------------------------------------------------------

void ReaderApp::handle_input(const platform::FrameInfo& info) {
  if (state_ != StoryState::ready) return;
  const ImGuiIO& io = ImGui::GetIO();
  const auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
  bool moved = false;
  if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_Space)) moved |= navigator_.next();
  if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp)) moved |= navigator_.previous();
  if (pressed(ImGuiKey_Home)) moved |= navigator_.first();
  if (pressed(ImGuiKey_End)) moved |= navigator_.last();
  // Letters come as typed characters, which do not depend on the keyboard layout.
  const auto typed = [&io](char c) {
    for (ImWchar typed_char : io.InputQueueCharacters)
      if (typed_char == static_cast<ImWchar>(c)) return true;
    return false;
  };
  if (typed('l') || typed('L')) {
    auto it = std::find(story_.languages.begin(), story_.languages.end(), language_);
    language_ = (it == story_.languages.end() || std::next(it) == story_.languages.end()) ? story_.languages.front()
                                                                                           : *std::next(it);
  }
  // Tap zones: the outer 30% of each side go back and forward.
  if (!io.WantCaptureMouse && ImGui::IsMouseClicked(0)) {
    const float x = io.MousePos.x / std::max(1.0f, info.window_width);
    if (x < 0.3f) moved |= navigator_.previous();
    else if (x > 0.7f) moved |= navigator_.next();
  }
  if (moved) request_images_around(navigator_.current());
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

bool ReaderApp::prepare_fonts(const platform::FrameInfo& info) {
  // Body text follows the window: readable on a phone (where width is what limits it), not tiny
  // on a 4K screen.
  const float text_px =
      std::clamp(std::min(info.window_width * 0.045f, info.window_height * 0.03f), 14.0f, 56.0f);
  std::set<char32_t> characters = story_.code_points();
  for (const Diagnostic& d : diagnostics_) collect_code_points(format_diagnostic(d), characters);
  return fonts_.update(characters, text_px, info.framebuffer_scale);
}

TextStyle ReaderApp::text_style() const { return {&fonts_, &theme_, language_, story_.default_language}; }

void ReaderApp::frame(const platform::FrameInfo& info) {
  window_w_ = info.window_width;
  window_h_ = info.window_height;
  scale_ = info.framebuffer_scale;
  files_.poll();
  decode_one_downloaded_image();
  handle_input(info);

  ImDrawList& draw = *ImGui::GetBackgroundDrawList();
  draw.AddRectFilled({0, 0}, {info.window_width, info.window_height}, theme_.paper);
  frame_complete_ = false;
  if (!fonts_.ready()) return;

  switch (state_) {
    case StoryState::loading:
      draw_message(draw, info, "Chargement de l’histoire…", {options_.story_path}, theme_.muted);
      break;
    case StoryState::failed: {
      std::vector<std::string> lines;
      for (const Diagnostic& d : diagnostics_) lines.push_back(format_diagnostic(d));
      draw_message(draw, info, "Cette histoire ne peut pas s’ouvrir", lines, theme_.error_ink);
      frame_complete_ = true;
      announce("error");
      break;
    }
    case StoryState::ready:
      draw_story(draw, info);
      frame_complete_ = current_images_settled();
      if (frame_complete_) {
        if (!announced_ready_) announce("ready");
        if (announced_index_ != navigator_.current()) announce("panel");
      }
      break;
  }
}

void ReaderApp::draw_story(ImDrawList& draw, const platform::FrameInfo& info) {
  const float px = fonts_.text_px;
  const float bar = px * 1.8f;
  const TextStyle style = text_style();
  const Panel& panel = story_.panels[navigator_.current()];

  // Top bar: the story's title; bottom bar: position and how to move.
  const std::string& title = story_.title.get(language_, story_.default_language);
  draw.AddText(fonts_.bold, px, {px * 0.8f, (bar - px) / 2}, theme_.muted, title.c_str());
  char position[64];
  std::snprintf(position, sizeof position, "%zu / %zu", navigator_.current() + 1, navigator_.count());
  const ImVec2 position_size = fonts_.regular->CalcTextSizeA(px, FLT_MAX, 0, position);
  const float bottom_y = info.window_height - bar + (bar - px) / 2;
  draw.AddText(fonts_.regular, px, {(info.window_width - position_size.x) / 2, bottom_y}, theme_.ink, position);
  // Arrows are drawn, not typed: the comic font has no arrow glyphs.
  const float mid_y = info.window_height - bar / 2;
  const float half = px * 0.4f;
  if (!navigator_.at_start())
    draw.AddTriangleFilled({px, mid_y}, {px + 2 * half, mid_y - half}, {px + 2 * half, mid_y + half}, theme_.accent);
  if (!navigator_.at_end()) {
    const float x = info.window_width - px;
    draw.AddTriangleFilled({x, mid_y}, {x - 2 * half, mid_y + half}, {x - 2 * half, mid_y - half}, theme_.accent);
  }

  const Rect viewport{0, bar, info.window_width, std::max(1.0f, info.window_height - 2 * bar)};
  last_scene_ = compose_panel(story_, panel, viewport, style);
  const std::vector<LayerImage> images = layer_images(panel);
  draw_panel(draw, last_scene_, panel, images, style);
}

void ReaderApp::draw_message(ImDrawList& draw, const platform::FrameInfo& info, const std::string& title,
                             const std::vector<std::string>& lines, ImU32 colour) {
  const float px = fonts_.text_px;
  const float margin = std::min(info.window_width, info.window_height) * 0.06f;
  const float wrap = info.window_width - 2 * margin;
  float y = margin;
  draw.AddText(fonts_.bold, px * 1.3f, {margin, y}, colour, title.c_str(), nullptr, wrap);
  y += fonts_.bold->CalcTextSizeA(px * 1.3f, FLT_MAX, wrap, title.c_str()).y + px;
  for (const std::string& line : lines) {
    draw.AddText(fonts_.regular, px, {margin, y}, theme_.ink, line.c_str(), nullptr, wrap);
    y += fonts_.regular->CalcTextSizeA(px, FLT_MAX, wrap, line.c_str()).y + px * 0.5f;
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Telling the host
//-----------------------------------------------------------------------------

// Layout rectangles travel in logical pixels, with the scale to reach device pixels, so a test
// can check where text landed in a screenshot.
void ReaderApp::announce(const char* event) {
  nlohmann::json detail;
  detail["window"] = {window_w_, window_h_};
  detail["scale"] = scale_;
  if (state_ == StoryState::ready) {
    const Panel& panel = story_.panels[navigator_.current()];
    detail["id"] = panel.id;
    detail["index"] = navigator_.current();
    detail["count"] = navigator_.count();
    detail["language"] = language_;
    const auto rect = [](const Rect& r) { return nlohmann::json::array({r.x, r.y, r.w, r.h}); };
    const PanelLayout& layout = last_scene_.layout;
    detail["frame"] = rect(layout.frame);
    detail["art"] = rect(layout.art);
    detail["caption"] = rect(layout.caption);
    nlohmann::json balloons = nlohmann::json::array();
    for (const PlacedBalloon& balloon : last_scene_.balloons.balloons) balloons.push_back(rect(balloon.box));
    detail["balloons"] = balloons;
    detail["dialogue_strip"] = last_scene_.dialogue_strip;
    announced_index_ = navigator_.current();
    if (std::string(event) == "ready") announced_ready_ = true;
  } else {
    if (announced_ready_) return;  // an error is told once
    announced_ready_ = true;
    nlohmann::json list = nlohmann::json::array();
    for (const Diagnostic& d : diagnostics_) list.push_back(format_diagnostic(d));
    detail["diagnostics"] = list;
  }
  platform::notify_host(event, detail.dump());
}

}  // namespace frise::view
