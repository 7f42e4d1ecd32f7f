// Decoding PNG and JPEG bytes to RGBA pixels (stb_image), with explicit limits so a huge or
// corrupt file fails cleanly instead of exhausting memory: the size is read from the file's
// header first, and an image over the limits is never decoded.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace frise {

// Pixels in the buffer stb_image decoded them into, kept as they are (never copied).
class Pixels {
 public:
  Pixels() = default;
  const std::uint8_t* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::uint8_t operator[](std::size_t i) const { return data_.get()[i]; }
  const std::uint8_t* begin() const { return data_.get(); }
  const std::uint8_t* end() const { return data_.get() + size_; }
  friend bool operator==(const Pixels& a, std::span<const std::uint8_t> b);

 private:
  friend struct PixelsAccess;
  struct Free {
    void operator()(std::uint8_t* pixels) const;
  };
  std::unique_ptr<std::uint8_t, Free> data_;
  std::size_t size_ = 0;
};

struct DecodedImage {
  int width = 0;
  int height = 0;
  Pixels rgba;        // width * height * 4 bytes, rows top to bottom
  std::string error;  // why decoding failed; empty on success
  bool ok() const { return error.empty(); }
};

inline constexpr int max_image_side = 8192;
// At most 4096 x 4096 pixels (16.8 megapixels): 64 MiB of RGBA, half the reader's 128 MiB of
// textures. A side may reach max_image_side (a long frieze), not both.
inline constexpr std::uint64_t max_image_pixels = std::uint64_t{4096} * 4096;

// Refuses, before decoding, a file whose header gives a side over max_image_side or more than
// max_image_pixels pixels.
DecodedImage decode_image(std::span<const unsigned char> bytes);

// What a file named as an image holds, for `frise validate`: read and checked as the reader
// would (the header first: an image over the limits is never decoded), and said in words.
struct ImageInspection {
  bool image = false;        // a PNG or JPEG whose header could be read
  int width = 0, height = 0;  // from the header, when `image`
  std::string kind;          // what it is: "PNG, 8-bit RGBA", "JPEG, grey", "a GIF image", "empty (0 bytes)"
  // Why the reader cannot show it ("" when it can): not PNG or JPEG, cut short, corrupt,
  // over the limits.
  std::string problem;
  // What the reader shows, but not as well as it could ("" when nothing): a 16-bit PNG, a JPEG
  // cut short whose missing part shows grey.
  std::string advice;
};
ImageInspection inspect_image(std::span<const unsigned char> bytes);

// "16.8 megapixels"
std::string megapixels(std::uint64_t pixels);

}  // namespace frise

namespace frise {
// Writes RGBA pixels (rows top to bottom) as a PNG file; false with `error` set on failure.
bool write_png(const std::string& path, int width, int height, std::span<const std::uint8_t> rgba,
               std::string& error);
}  // namespace frise
