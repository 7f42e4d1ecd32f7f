#include "view/image_store.hpp"

#include <algorithm>
#include <cstdio>

#include "core/paths.hpp"

namespace frise::view {

ImageStore::~ImageStore() {
  for (auto& [path, slot] : slots_) platform::destroy_texture(slot.texture);
}

std::string ImageStore::normal_path_of(const Story& story, const ArtLayer& layer) const {
  const ImageRef* image = story.layer_image(layer);
  return image ? resolve_relative(story_path_, image->file(language_, story.default_language)) : std::string();
}

std::string ImageStore::path_of(const Story& story, const ArtLayer& layer, float art_device_width) const {
  const ImageRef* image = story.layer_image(layer);
  if (!image) return {};
  const std::string& twice = image->file_2x(language_, story.default_language);
  const bool large = !twice.empty() && image->width > 0 &&
                     art_device_width * layer.scale > 1.25f * static_cast<float>(image->width);
  return resolve_relative(story_path_, large ? twice : image->file(language_, story.default_language));
}

// A broken image keeps its place as a placeholder; the author is told why (on stderr, and in the
// reader's list of warnings). An image evicted and broken again is told once.
void ImageStore::mark_broken(Slot& slot, const std::string& file, const std::string& error) {
  slot.state = Slot::State::broken;
  if (std::any_of(failures_.begin(), failures_.end(), [&](const Failure& f) { return f.file == file; })) return;
  std::fprintf(stderr, "frise: warning: %s\n", error.c_str());
  failures_.push_back({file, error});
}

void ImageStore::request(const std::string& path) {
  if (path.empty() || slots_.contains(path)) return;
  slots_[path];
  // Decoded off the frame (see Host::read_image); only the upload happens here.
  host_.read_image(path, [this, alive = std::weak_ptr<bool>(alive_)](const std::string& file, DecodedImage&& image) {
    if (alive.expired()) return;
    Slot& slot = slots_[file];
    if (!image.ok()) {
      mark_broken(slot, file, image.error);
      return;
    }
    slot.texture = platform::create_texture(image.width, image.height, image.rgba);
    slot.state = Slot::State::ready;
    // Mipmaps add a third to the pixels' size.
    residency_.mark_loaded(file, static_cast<std::uint64_t>(image.width) * static_cast<std::uint64_t>(image.height) * 16 / 3);
  });
}

void ImageStore::reload(const std::string& file) {
  const auto it = slots_.find(file);
  if (it == slots_.end() || it->second.state == Slot::State::requested) return;  // not shown, or on its way
  if (it->second.state == Slot::State::ready) platform::destroy_texture(it->second.texture);
  slots_.erase(it);
  residency_.forget(file);
  std::erase_if(failures_, [&](const Failure& f) { return f.file == file; });
  request(file);
}

void ImageStore::request_around(const Story& story, std::size_t index) {
  if (index >= story.panels.size()) return;
  for (const ArtLayer& layer : story.panels[index].art.layers) request(path_of(story, layer, art_device_width_));
  ahead_of_ = index;
}

void ImageStore::request_ahead(const Story& story) {
  const std::size_t index = ahead_of_, count = story.panels.size();
  if (index >= count || !settled(story, story.panels[index])) return;
  ahead_of_ = SIZE_MAX;
  // The next ones a reader is about to see, then the previous.
  for (std::size_t i : {index + 1, index + 2, index - 1}) {
    if (i >= count) continue;  // index - 1 wraps past the start
    for (const ArtLayer& layer : story.panels[i].art.layers) request(path_of(story, layer, art_device_width_));
  }
}

void ImageStore::request_panel(const Story& story, std::size_t index) {
  if (index >= story.panels.size()) return;
  for (const ArtLayer& layer : story.panels[index].art.layers) request(normal_path_of(story, layer));
}

std::vector<LayerImage> ImageStore::layer_images(const Story& story, const Panel& panel, float art_device_width) {
  std::vector<LayerImage> out;
  for (const ArtLayer& layer : panel.art.layers) {
    LayerImage image;
    image.x = layer.x;
    image.y = layer.y;
    image.scale = layer.scale;
    std::string path = path_of(story, layer, art_device_width);
    if (path.empty()) image.status = LayerImage::Status::broken;  // a sprite that does not exist
    request(path);  // the size may call for a file not requested yet
    // Until the large file is in, the normal one (when loaded) stands in.
    if (auto large = slots_.find(path); large != slots_.end() && large->second.state != Slot::State::ready) {
      const std::string normal = normal_path_of(story, layer);
      if (auto it = slots_.find(normal); normal != path && it != slots_.end() && it->second.state == Slot::State::ready)
        path = normal;
    }
    if (auto it = slots_.find(path); it != slots_.end()) {
      const Slot& slot = it->second;
      if (slot.state == Slot::State::ready) {
        residency_.touch(path);
        seen_this_frame_.push_back(path);
        image.status = LayerImage::Status::ready;
        image.texture = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(slot.texture.id));
        image.width = slot.texture.width;
        image.height = slot.texture.height;
      } else if (slot.state == Slot::State::broken) {
        image.status = LayerImage::Status::broken;
      }
    }
    out.push_back(image);
  }
  return out;
}

void ImageStore::end_frame() {
  for (const std::string& path : residency_.evict_over_budget(seen_this_frame_)) {
    if (auto it = slots_.find(path); it != slots_.end()) {
      platform::destroy_texture(it->second.texture);
      slots_.erase(it);
    }
  }
  seen_this_frame_.clear();
}

std::vector<std::string> ImageStore::files_for(const Story& story, const Panel& panel) const {
  std::vector<std::string> out;
  for (const ArtLayer& layer : panel.art.layers) out.push_back(path_of(story, layer, art_device_width_));
  return out;
}

bool ImageStore::settled(const Story& story, const Panel& panel) {
  // The files the current size calls for, not the normal ones standing in for them.
  for (const ArtLayer& layer : panel.art.layers) {
    const std::string path = path_of(story, layer, art_device_width_);
    if (path.empty()) continue;  // a sprite that does not exist: drawn as broken at once
    const auto it = slots_.find(path);
    if (it == slots_.end() || it->second.state == Slot::State::requested) return false;
  }
  return true;
}

}  // namespace frise::view
