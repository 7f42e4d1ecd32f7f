// Which images to keep decoded: images load lazily around the current panel, and decoded
// textures are evicted once they pass a memory budget, so a 10,000-panel story reads in the
// memory of a phone browser. Pure bookkeeping on image keys: the platform layer decodes,
// uploads and frees the textures, and tells this module what it did.
//
// Preloading follows comic readers: the current panel, then the next, the previous, and two
// more ahead (three ahead, one behind). Going one panel either way is one click, and forward
// wins ties because most reading goes forward.
#pragma once
#include <cstddef>
#include <cstdint>
#include <list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/story.hpp"

namespace frise {

// One image a panel shows. The key identifies the decoded image: panels that share one (a
// sprite, a recurring background) share its texture, so it counts once.
struct PanelImage {
  std::string key;          // the image path, relative to the story
  std::uint64_t bytes = 0;  // decoded size (width x height x 4); 0 when the story does not say
};

// The images of every panel, in reading order: what plan_images works from.
using PanelImages = std::vector<std::vector<PanelImage>>;

// Each panel's images (its art layers, sprites resolved), sized from the story's declared
// width and height. A layer without an image (no path, unknown sprite) is skipped.
PanelImages panel_images(const Story& story);

struct PreloadWindow {
  std::size_t ahead = 3;
  std::size_t behind = 1;
  // Budgeted size of an image whose size is unknown: a 1024 x 1024 RGBA texture.
  std::uint64_t unknown_bytes = 1024u * 1024u * 4u;
};

struct PlannedImage {
  std::string key;
  std::uint64_t bytes = 0;  // as budgeted: unknown sizes count PreloadWindow::unknown_bytes
  std::size_t panel = 0;    // the panel that first needs it, in priority order
};

struct ImagePlan {
  std::vector<PlannedImage> images;  // to have loaded, highest priority first, each key once
  std::size_t current_count = 0;    // the first current_count images are the current panel's
  std::uint64_t bytes = 0;           // sum of images[].bytes
  // The current panel alone exceeds the budget. Its images are planned all the same: a
  // blank panel would be worse than a texture over budget.
  bool current_over_budget = false;

  // Keys of the current panel's images: the ones eviction must never take.
  std::vector<std::string> current_keys() const;
};

// The images to have loaded when `current` is the current panel, in priority order. A panel
// joins the plan only when all of its images fit in what is left of the budget, and planning
// stops at the first panel that does not fit, so a far panel never displaces a near one.
// Costs O(images in the window), whatever the length of the story.
ImagePlan plan_images(const PanelImages& panels, std::size_t current, std::uint64_t budget_bytes,
                      const PreloadWindow& window = {});

// Which images are loaded, how much memory they take, and which to evict first: the least
// recently needed. All operations are O(1) but eviction, which is O(images evicted + images kept).
class ImageResidency {
 public:
  explicit ImageResidency(std::uint64_t budget_bytes) : budget_(budget_bytes) {}

  // The image is decoded and takes `bytes` (its real size, now known). Counts it as just needed.
  // Loading a key again only updates its size: a shared image counts once.
  void mark_loaded(const std::string& key, std::uint64_t bytes);
  // The image is needed now (drawn, or planned): it becomes the last candidate for eviction.
  // Does nothing for an image not loaded.
  void touch(std::string_view key);
  // Touches the plan's loaded images from lowest to highest priority, so the current panel's
  // are the most recently needed. Call it after each plan_images, before loading.
  void touch_plan(const ImagePlan& plan);
  // The platform freed the texture for another reason (context lost, story closed).
  void forget(std::string_view key);

  // While the total exceeds the budget: removes the least recently needed image that is not in
  // `keep`, and returns the removed keys, in that order, for the platform to free. Stops when
  // only images in `keep` remain.
  std::vector<std::string> evict_over_budget(std::span<const std::string> keep);

  bool loaded(std::string_view key) const { return entries_.find(std::string(key)) != entries_.end(); }
  std::uint64_t total_bytes() const { return total_; }
  std::uint64_t budget() const { return budget_; }
  void set_budget(std::uint64_t budget_bytes) { budget_ = budget_bytes; }
  std::size_t count() const { return entries_.size(); }
  // Loaded keys, least recently needed first.
  std::vector<std::string> keys_by_recency() const { return {recency_.begin(), recency_.end()}; }

 private:
  struct Entry {
    std::uint64_t bytes = 0;
    std::list<std::string>::iterator in_recency;
  };
  std::uint64_t budget_ = 0;
  std::uint64_t total_ = 0;
  std::list<std::string> recency_;  // least recently needed first
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace frise
