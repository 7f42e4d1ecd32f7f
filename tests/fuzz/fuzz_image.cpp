// libFuzzer target: bytes -> frise::decode_image (stb_image, PNG and JPEG), with the project's
// limits. Besides not crashing (ASan, UBSan, libFuzzer's -rss_limit_mb / -malloc_limit_mb), the
// result must be either a failure with a reason and no pixels, or an image within the limits
// whose buffer is exactly width * height * 4 bytes.
//
// FRISE_FUZZ_SKIP_KNOWN=1 in the environment skips the inputs of crashes already filed (see
// tests/fuzz/crashes/README.md), so that a long run looks for new ones instead of finding the
// same one again within seconds. Without it (the default, and in CTest) every input is decoded.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "core/image.hpp"
#include "fuzz_common.hpp"

namespace {

// image-1: Debian's stb_image 2.27 writes past stbi__huffman's size[257] and values[256] when
// a JPEG DHT segment declares more than 256 codes (upstream 2.28 refuses "bad DHT header").
// In what stb_image takes for a JPEG (FF, any fill bytes FF, then D8), every FF C4 is read as a
// DHT segment (bytes past the end read as 0, as stb_image does).
bool has_oversized_jpeg_huffman_table(std::span<const unsigned char> bytes) {
  std::size_t start = 0;
  if (bytes.empty() || bytes[0] != 0xFF) return false;
  while (start < bytes.size() && bytes[start] == 0xFF) ++start;
  if (start == bytes.size() || bytes[start] != 0xD8) return false;
  const auto at = [&](std::size_t i) -> unsigned { return i < bytes.size() ? bytes[i] : 0u; };
  for (std::size_t m = start; m + 1 < bytes.size(); ++m) {
    if (bytes[m] != 0xFF || bytes[m + 1] != 0xC4) continue;
    long length = static_cast<long>(at(m + 2) << 8 | at(m + 3)) - 2;
    std::size_t i = m + 4;
    while (length > 0) {
      ++i;  // table class and id
      unsigned codes = 0;
      for (int n = 0; n < 16; ++n) codes += at(i++);
      if (codes > 256) return true;
      i += codes;
      length -= 17 + static_cast<long>(codes);
      if (i > bytes.size() + 17) break;
    }
  }
  return false;
}

const bool skip_known = [] {
  const char* value = std::getenv("FRISE_FUZZ_SKIP_KNOWN");
  return value && value[0] == '1';
}();

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const unsigned char> bytes(data, size);
  if (skip_known && has_oversized_jpeg_huffman_table(bytes)) return -1;  // -1: not added to the corpus
  const frise::DecodedImage image = frise::decode_image(bytes);
  if (!image.ok()) {
    FRISE_FUZZ_CHECK(image.rgba.empty(), "a failed decoding (%s) kept %zu bytes of pixels", image.error.c_str(),
                     image.rgba.size());
    return 0;
  }
  FRISE_FUZZ_CHECK(image.width > 0 && image.height > 0, "decoded a %dx%d image", image.width, image.height);
  FRISE_FUZZ_CHECK(image.width <= frise::max_image_side && image.height <= frise::max_image_side,
                   "decoded a %dx%d image; the limit is %d on each side", image.width, image.height,
                   frise::max_image_side);
  const std::size_t expected = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4;
  FRISE_FUZZ_CHECK(image.rgba.size() == expected, "a %dx%d image holds %zu bytes, not %zu", image.width, image.height,
                   image.rgba.size(), expected);
  return 0;
}
