#include "core/image.hpp"

#include <stb/stb_image.h>

namespace frise {

DecodedImage decode_image(std::span<const unsigned char> bytes) {
  DecodedImage out;
  if (bytes.empty()) {
    out.error = "empty file";
    return out;
  }
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    out.error = "file too large";
    return out;
  }
  const int length = static_cast<int>(bytes.size());
  int w = 0, h = 0, channels = 0;
  if (!stbi_info_from_memory(bytes.data(), length, &w, &h, &channels)) {
    out.error = std::string("not a PNG or JPEG image (") + stbi_failure_reason() + ")";
    return out;
  }
  if (w > max_image_side || h > max_image_side) {
    out.error = "image is " + std::to_string(w) + "x" + std::to_string(h) + " pixels; the limit is " +
                std::to_string(max_image_side) + " on each side";
    return out;
  }
  unsigned char* pixels = stbi_load_from_memory(bytes.data(), length, &w, &h, &channels, 4);
  if (!pixels) {
    out.error = std::string("corrupt image (") + stbi_failure_reason() + ")";
    return out;
  }
  out.width = w;
  out.height = h;
  out.rgba.assign(pixels, pixels + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  stbi_image_free(pixels);
  return out;
}

}  // namespace frise

#include <stb/stb_image_write.h>

namespace frise {

bool write_png(const std::string& path, int width, int height, std::span<const std::uint8_t> rgba,
               std::string& error) {
  if (width <= 0 || height <= 0 || rgba.size() < static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4) {
    error = "no pixels to write";
    return false;
  }
  if (!stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4)) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace frise
