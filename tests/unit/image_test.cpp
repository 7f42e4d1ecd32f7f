#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "core/image.hpp"
#include "source_file.hpp"

using namespace frise;

namespace {
std::vector<unsigned char> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
}  // namespace

TEST_CASE("a PNG written then decoded gives back its pixels") {
  const std::vector<std::uint8_t> pixels{255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 128};
  const std::string path = "frise_image_test.png";
  std::string error;
  REQUIRE(write_png(path, 2, 2, pixels, error));
  const DecodedImage image = decode_image(read_file(path));
  std::remove(path.c_str());
  REQUIRE(image.ok());
  CHECK(image.width == 2);
  CHECK(image.height == 2);
  CHECK(image.rgba == pixels);
}

TEST_CASE("bytes that are not an image fail with a reason, without crashing") {
  const std::string text = "not a picture at all";
  const DecodedImage image = decode_image(std::span(reinterpret_cast<const unsigned char*>(text.data()), text.size()));
  CHECK_FALSE(image.ok());
  CHECK(image.error.starts_with("not a PNG or JPEG image"));
  CHECK(decode_image({}).error == "empty file");
}

TEST_CASE("a truncated PNG is reported as corrupt") {
  const std::vector<std::uint8_t> pixels(64 * 64 * 4, 200);
  std::string error;
  REQUIRE(write_png("frise_truncated.png", 64, 64, pixels, error));
  std::vector<unsigned char> bytes = read_file("frise_truncated.png");
  std::remove("frise_truncated.png");
  bytes.resize(bytes.size() / 2);
  const DecodedImage image = decode_image(bytes);
  CHECK_FALSE(image.ok());
  CHECK(image.error.starts_with("corrupt image"));
}

namespace {
// A file of the bad-input corpus (tests/corpus/bad/images, made by tests/make_corpus_images.py).
std::vector<unsigned char> corpus_image(const char* name) {
  const std::string text = test::read_source_file(std::string("tests/corpus/bad/images/") + name);
  return {text.begin(), text.end()};
}
}  // namespace

TEST_CASE("an image over 16.8 megapixels is refused from its header, before decoding") {
  // 8 KB of PNG that would decode to 8192 x 8192 x 4 = 256 MiB.
  const auto bytes = corpus_image("huge-8192x8192.png");
  CHECK(bytes.size() < 16384);
  const DecodedImage image = decode_image(bytes);
  CHECK(image.error == "image is 8192x8192 pixels (67.1 megapixels); the limit is 16.8 megapixels (4096x4096)");
  CHECK(image.rgba.empty());
  CHECK(decode_image(corpus_image("wide-8193x1.png")).error == "image is 8193x1 pixels; the limit is 8192 on each side");
  CHECK(max_image_pixels == 4096u * 4096u);
}

TEST_CASE("decoded pixels stay in the buffer they were decoded into") {
  const DecodedImage image = decode_image(corpus_image("palette-8x6.png"));
  REQUIRE(image.ok());
  CHECK(image.width == 8);
  CHECK(image.height == 6);
  CHECK(image.rgba.size() == 8 * 6 * 4);
  CHECK(image.rgba[0] == 0);  // palette entry 0: black, opaque
  CHECK(image.rgba[3] == 255);
  CHECK(image.rgba[4] == 255);  // entry 1: white
  const std::span<const std::uint8_t> view = image.rgba;  // what textures are made from
  CHECK(view.data() == image.rgba.data());
}

TEST_CASE("inspecting a file says what it is and why the reader could not show it") {
  struct Case {
    const char* file;
    const char* kind;
    const char* problem;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"rgb-4x3.png", "PNG, 8-bit RGB", ""},
           {"grey-8x6.png", "PNG, 8-bit grey", ""},
           {"palette-8x6.png", "PNG, 8-bit palette", ""},
           {"grey-8x8.jpg", "JPEG, grey", ""},
           {"colour-64x48.jpg", "JPEG, colour", ""},
           {"empty.png", "empty (0 bytes)", "the file is empty (0 bytes)"},
           {"zero-size.png", "PNG, 8-bit RGB", "0x0 pixels: an image has at least one pixel each way"},
           {"truncated.png", "PNG, 8-bit RGB", "cut short (6210 bytes, no IEND chunk): corrupt image (outofdata)"},
           {"truncated.jpg", "JPEG, colour", "cut short (1138 bytes, no end-of-image marker): corrupt image (expected marker)"},
           {"palette-no-plte.png", "PNG, 8-bit palette", "a palette image without its palette (no PLTE chunk before the image data)"},
           {"huge-8192x8192.png", "PNG, 1-bit grey",
            "8192x8192 pixels (67.1 megapixels), over the reader's limit of 16.8 megapixels (4096x4096): never decoded"},
           {"anim.png", "a GIF image", "not a PNG or JPEG image: a GIF image"},
           {"page-404.jpg", "a web page (HTML)", "not a PNG or JPEG image: a web page (HTML)"},
           {"drawing.png", "an SVG drawing (rasterize it to PNG)", "not a PNG or JPEG image: an SVG drawing (rasterize it to PNG)"},
           {"text-mode-copy.png", "a damaged PNG (its signature is broken: was it copied as text?)",
            "not a PNG or JPEG image: a damaged PNG (its signature is broken: was it copied as text?)"},
       }) {
    CAPTURE(c.file);
    const ImageInspection found = inspect_image(corpus_image(c.file));
    CHECK(found.kind == c.kind);
    CHECK(found.problem == c.problem);
  }
  const ImageInspection deep = inspect_image(corpus_image("rgb-16bit-4x4.png"));
  CHECK(deep.kind == "PNG, 16-bit RGB");
  CHECK(deep.problem.empty());
  CHECK(deep.advice == "the reader decodes it at twice the memory, then shows it at 8 bits per channel (save it at 8 bits)");
  const ImageInspection grey = inspect_image(corpus_image("grey-8x6.png"));
  CHECK(grey.image);
  CHECK(grey.width == 8);
  CHECK(grey.height == 6);
}

TEST_CASE("a JPEG whose Huffman table would overflow the decoder is refused before it decodes") {
  // tests/fuzz/crashes/image-1.bin: a DHT segment of 472 codes, which Debian's stb_image 2.27
  // writes past its 256-entry tables on.
  const std::vector<unsigned char> bytes{0xFF, 0xD8, 0xFF, 0xC4, 0x00, 0x14, 0x00, 0xFF, 0xD9};
  const DecodedImage image = decode_image(bytes);
  CHECK_FALSE(image.ok());
  CHECK(image.error.find("Huffman table of more than 256 codes") != std::string::npos);
  CHECK(inspect_image(bytes).problem.find("Huffman table") != std::string::npos);
  // Fill bytes before the start marker, as stb_image allows, change nothing.
  std::vector<unsigned char> filled{0xFF, 0xFF};
  filled.insert(filled.end(), bytes.begin() + 1, bytes.end());
  CHECK_FALSE(decode_image(filled).ok());
}

TEST_CASE("a JPEG whose DC coefficients would overflow is refused as corrupt where they go out of range") {
  // tests/fuzz/crashes/image-3.jpg: a progressive 4096 x 4096 JPEG whose DC coefficients, summed
  // from block to block, Debian's stb_image 2.27 scales past int's range (signed overflow).
  // The configure step adds the range check (cmake/FriseDependencies.cmake): without it the
  // decoder goes on and fails elsewhere, or reports undefined behaviour under the sanitizers.
  const std::vector<unsigned char> bytes = read_file(FRISE_SOURCE_DIR "/tests/fuzz/crashes/image-3.jpg");
  REQUIRE(bytes.size() == 411);
  const DecodedImage image = decode_image(bytes);
  CHECK_FALSE(image.ok());
  CHECK(image.error == "corrupt image (bad DC coefficient)");
  CHECK(inspect_image(bytes).problem.find("bad DC coefficient") != std::string::npos);
}

TEST_CASE("a PNG whose image data chunk declares more bytes than the file holds is refused without allocating them") {
  // A valid header, then an IDAT declaring 0x7FFFFFF0 bytes in a file of a few dozen: stb_image
  // would make room for all of them first (found by fuzz_image).
  std::vector<unsigned char> png{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                 0, 0, 0, 8, 0, 0, 0, 6, 8, 2, 0, 0, 0, 0, 0, 0, 0,
                                 0x7F, 0xFF, 0xFF, 0xF0, 'I', 'D', 'A', 'T', 1, 2, 3, 4};
  const DecodedImage image = decode_image(png);
  CHECK_FALSE(image.ok());
  CHECK(image.error.find("declares 2147483632 bytes") != std::string::npos);
}
