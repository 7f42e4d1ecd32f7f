// Decoding PNG and JPEG bytes to RGBA pixels (stb_image), with an explicit size limit so a huge
// or corrupt file fails cleanly instead of exhausting memory.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace frise {

struct DecodedImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4 bytes, rows top to bottom
  std::string error;               // why decoding failed; empty on success
  bool ok() const { return error.empty(); }
};

inline constexpr int max_image_side = 8192;

DecodedImage decode_image(std::span<const unsigned char> bytes);

}  // namespace frise

namespace frise {
// Writes RGBA pixels (rows top to bottom) as a PNG file; false with `error` set on failure.
bool write_png(const std::string& path, int width, int height, std::span<const std::uint8_t> rgba,
               std::string& error);
}  // namespace frise
