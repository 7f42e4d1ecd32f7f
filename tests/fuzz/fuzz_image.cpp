// libFuzzer target: bytes -> frise::decode_image (stb_image, PNG and JPEG), with the project's
// limits. Besides not crashing (ASan, UBSan, libFuzzer's -rss_limit_mb / -malloc_limit_mb), the
// result must be either a failure with a reason and no pixels, or an image within the limits
// whose buffer is exactly width * height * 4 bytes.
//
// image-1 (tests/fuzz/crashes/image-1.bin), a JPEG whose Huffman table overflows Debian's
// stb_image 2.27, is refused by decode_image itself now: every input is decoded here.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "core/image.hpp"
#include "fuzz_common.hpp"

namespace {


}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const unsigned char> bytes(data, size);
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
