#include "core/image_budget.hpp"

#include <algorithm>
#include <iterator>

namespace frise {
namespace {

// Panels in preload priority order around `current`: current, +1, -1, +2, -2, ... within the
// window and the story; at equal distance the panel ahead comes first.
std::vector<std::size_t> window_order(std::size_t current, std::size_t count, const PreloadWindow& window) {
  std::vector<std::size_t> order;
  if (current >= count) return order;
  order.push_back(current);
  const std::size_t reach = std::max(window.ahead, window.behind);
  for (std::size_t d = 1; d <= reach; ++d) {
    if (d <= window.ahead && d < count - current) order.push_back(current + d);
    if (d <= window.behind && d <= current) order.push_back(current - d);
  }
  return order;
}

bool contains(std::span<const std::string> keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

PanelImages panel_images(const Story& story) {
  PanelImages out(story.panels.size());
  for (std::size_t i = 0; i < story.panels.size(); ++i) {
    for (const ArtLayer& layer : story.panels[i].art.layers) {
      const ImageRef* image = story.layer_image(layer);
      if (!image || image->path.empty()) continue;
      const std::uint64_t bytes = image->width > 0 && image->height > 0
                                      ? static_cast<std::uint64_t>(image->width) * static_cast<std::uint64_t>(image->height) * 4u
                                      : 0u;
      out[i].push_back({image->path, bytes});
    }
  }
  return out;
}

std::vector<std::string> ImagePlan::current_keys() const {
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < current_count && i < images.size(); ++i) keys.push_back(images[i].key);
  return keys;
}

ImagePlan plan_images(const PanelImages& panels, std::size_t current, std::uint64_t budget_bytes,
                      const PreloadWindow& window) {
  ImagePlan plan;
  std::vector<PlannedImage> fresh;  // one panel's images not planned yet
  const auto planned = [&](const std::string& key) {
    const auto same = [&](const PlannedImage& p) { return p.key == key; };
    return std::any_of(plan.images.begin(), plan.images.end(), same) || std::any_of(fresh.begin(), fresh.end(), same);
  };
  for (const std::size_t panel : window_order(current, panels.size(), window)) {
    fresh.clear();
    std::uint64_t fresh_bytes = 0;
    for (const PanelImage& image : panels[panel]) {
      if (image.key.empty() || planned(image.key)) continue;
      const std::uint64_t bytes = image.bytes > 0 ? image.bytes : window.unknown_bytes;
      fresh.push_back({image.key, bytes, panel});
      fresh_bytes += bytes;
    }
    const bool is_current = panel == current;
    if (!is_current && plan.bytes + fresh_bytes > budget_bytes) break;
    plan.images.insert(plan.images.end(), fresh.begin(), fresh.end());
    plan.bytes += fresh_bytes;
    if (is_current) {
      plan.current_count = plan.images.size();
      plan.current_over_budget = plan.bytes > budget_bytes;
    }
  }
  return plan;
}

void ImageResidency::mark_loaded(const std::string& key, std::uint64_t bytes) {
  auto found = entries_.find(key);
  if (found == entries_.end()) {
    recency_.push_back(key);
    entries_.emplace(key, Entry{bytes, std::prev(recency_.end())});
    total_ += bytes;
    return;
  }
  total_ = total_ - found->second.bytes + bytes;
  found->second.bytes = bytes;
  recency_.splice(recency_.end(), recency_, found->second.in_recency);
}

void ImageResidency::touch(std::string_view key) {
  const auto found = entries_.find(std::string(key));
  if (found == entries_.end()) return;
  recency_.splice(recency_.end(), recency_, found->second.in_recency);
}

void ImageResidency::touch_plan(const ImagePlan& plan) {
  for (auto it = plan.images.rbegin(); it != plan.images.rend(); ++it) touch(it->key);
}

void ImageResidency::forget(std::string_view key) {
  const auto found = entries_.find(std::string(key));
  if (found == entries_.end()) return;
  total_ -= found->second.bytes;
  recency_.erase(found->second.in_recency);
  entries_.erase(found);
}

std::vector<std::string> ImageResidency::evict_over_budget(std::span<const std::string> keep) {
  std::vector<std::string> evicted;
  auto it = recency_.begin();
  while (total_ > budget_ && it != recency_.end()) {
    if (contains(keep, *it)) {
      ++it;
      continue;
    }
    const auto found = entries_.find(*it);
    total_ -= found->second.bytes;
    evicted.push_back(std::move(*it));
    entries_.erase(found);
    it = recency_.erase(it);
  }
  return evicted;
}

}  // namespace frise
