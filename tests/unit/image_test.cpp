#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "core/image.hpp"

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
