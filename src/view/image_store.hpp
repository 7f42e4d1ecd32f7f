// The images of the story's art as the reader needs them: requested around the current panel,
// decoded by the file loader (on a worker thread natively; on the web as each file arrives,
// between frames), uploaded as textures when they arrive, evicted past the memory budget, and shown
// as placeholders while loading or when broken (with a warning naming the file and the reason).
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/host.hpp"
#include "core/image_budget.hpp"
#include "core/story.hpp"
#include "platform/gpu.hpp"
#include "view/panel_view.hpp"

namespace frise::view {

class ImageStore {
 public:
  ImageStore(Host& host, std::string story_path) : host_(host), story_path_(std::move(story_path)) {}
  ~ImageStore();
  ImageStore(const ImageStore&) = delete;
  ImageStore& operator=(const ImageStore&) = delete;

  // How wide the current panel's art is drawn, in device pixels, for the requests ahead of it:
  // an image drawn more than a quarter larger than its declared width is taken from its
  // `image_2x` file when it has one (its normal file stands in until that one arrives).
  void set_art_device_width(float pixels) { art_device_width_ = pixels; }
  // The language the story is read in: an image drawn with words has a file per language, and
  // the reader's is shown (the default language's when it has none). Empty: the default's.
  // Switching asks for nothing by itself: the next requests and layer_images take the new files.
  void set_language(const std::string& language) { language_ = language; }
  const std::string& language() const { return language_; }
  // Requests the images of panel `index`; those of its neighbours wait until they are in
  // (request_ahead), so the panel on screen never shares the line or the decoding with them.
  void request_around(const Story& story, std::size_t index);
  // Once per frame: the neighbours' images, when the panel request_around named is settled.
  void request_ahead(const Story& story);
  // Requests the images of one panel (thumbnails in the overview).
  void request_panel(const Story& story, std::size_t index);
  // What each layer of `panel`, its art drawn `art_device_width` device pixels wide, can show
  // right now; its images count as seen this frame.
  std::vector<LayerImage> layer_images(const Story& story, const Panel& panel, float art_device_width);
  // After drawing: textures past the memory budget are freed, least recently seen first, never
  // one seen this frame (they come back from the file when needed again).
  void end_frame();
  // The files the layers of `panel` are drawn from at the current panel's size.
  std::vector<std::string> files_for(const Story& story, const Panel& panel) const;
  // True when every image of `panel` (at the current panel's size) is loaded or known to be broken.
  bool settled(const Story& story, const Panel& panel);
  // The images that could not be shown so far, each once, in the order found: the file (resolved
  // against the story) and why ("cannot read …: no such file", "…: corrupt image (…)").
  struct Failure {
    std::string file;
    std::string error;
  };
  const std::vector<Failure>& failures() const { return failures_; }
  // The file changed on disk (an artist saved it): it is read again, and a failure it had is
  // forgotten until the new version is known.
  void reload(const std::string& file);

 private:
  struct Slot {
    enum class State { requested, ready, broken };
    State state = State::requested;
    platform::Texture texture;
  };
  // The file a layer is drawn from at the current size, and its normal-size file.
  std::string path_of(const Story& story, const ArtLayer& layer, float art_device_width) const;
  std::string normal_path_of(const Story& story, const ArtLayer& layer) const;
  void request(const std::string& path);
  void mark_broken(Slot& slot, const std::string& file, const std::string& error);

  Host& host_;  // reads and decodes the pictures
  std::string story_path_;
  std::map<std::string, Slot> slots_;  // by path resolved against the story file
  // 128 MiB of textures: about 40 full-size panels, far more than the window shows at once.
  ImageResidency residency_{128ull << 20};
  std::vector<std::string> seen_this_frame_;
  std::vector<Failure> failures_;
  float art_device_width_ = 0;
  std::string language_;
  std::size_t ahead_of_ = SIZE_MAX;  // the panel whose neighbours' images are still to be asked for
  // Downloads still in flight when the store goes (another story opened) must not reach it.
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace frise::view
