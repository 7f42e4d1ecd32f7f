#include "core/image.hpp"

#include <stb/stb_image.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <cstdio>
#include <string_view>

namespace frise {

struct PixelsAccess {
  static Pixels adopt(std::uint8_t* data, std::size_t size) {
    Pixels out;
    out.data_.reset(data);
    out.size_ = data ? size : 0;
    return out;
  }
};

void Pixels::Free::operator()(std::uint8_t* pixels) const { stbi_image_free(pixels); }

bool operator==(const Pixels& a, std::span<const std::uint8_t> b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

std::string megapixels(std::uint64_t pixels) {
  char text[48];
  std::snprintf(text, sizeof text, "%.1f megapixels", static_cast<double>(pixels) / 1e6);
  return text;
}

namespace {

bool starts_with(std::span<const unsigned char> bytes, std::string_view prefix, std::size_t at = 0) {
  return bytes.size() >= at + prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), bytes.begin() + static_cast<std::ptrdiff_t>(at),
                    [](char a, unsigned char b) { return static_cast<unsigned char>(a) == b; });
}

bool is_png(std::span<const unsigned char> bytes) { return starts_with(bytes, "\x89PNG\r\n\x1a\n"); }
bool is_jpeg(std::span<const unsigned char> bytes) { return starts_with(bytes, "\xFF\xD8\xFF"); }

// The first bytes of `bytes`, lower-cased, as text (for sniffing markup).
std::string head_text(std::span<const unsigned char> bytes, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < std::min(count, bytes.size()); ++i) {
    const unsigned char c = bytes[i];
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

// What a file that is not a PNG or JPEG is, as far as its first bytes say.
std::string other_kind(std::span<const unsigned char> bytes) {
  if (starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a")) return "a GIF image";
  if (starts_with(bytes, "RIFF") && starts_with(bytes, "WEBP", 8)) return "a WebP image";
  if (starts_with(bytes, "BM")) return "a BMP image";
  if (starts_with(bytes, std::string_view("II*\0", 4)) || starts_with(bytes, std::string_view("MM\0*", 4))) return "a TIFF image";
  if (starts_with(bytes, "ftyp", 4)) {
    if (starts_with(bytes, "avif", 8) || starts_with(bytes, "avis", 8)) return "an AVIF image";
    if (starts_with(bytes, "heic", 8) || starts_with(bytes, "heix", 8) || starts_with(bytes, "mif1", 8)) return "a HEIC image";
    return "an MP4 or QuickTime file";
  }
  if (starts_with(bytes, "%PDF")) return "a PDF document";
  if (starts_with(bytes, "\x89PNG")) return "a damaged PNG (its signature is broken: was it copied as text?)";
  if (starts_with(bytes, "\xFF\xD8")) return "a damaged JPEG";
  std::size_t start = starts_with(bytes, "\xEF\xBB\xBF") ? 3 : 0;
  while (start < bytes.size() && start < 512 && (bytes[start] == ' ' || bytes[start] == '\n' || bytes[start] == '\r' || bytes[start] == '\t'))
    ++start;
  const std::string head = head_text(bytes.subspan(std::min(start, bytes.size())), 1024);
  if (head.starts_with("<")) {
    if (head.find("<svg") != std::string::npos) return "an SVG drawing (rasterize it to PNG)";
    if (head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos) return "a web page (HTML)";
    return "XML or HTML text";
  }
  if (head.starts_with("{") || head.starts_with("[")) return "JSON text";
  const bool text = std::all_of(head.begin(), head.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
  });
  if (text) return "text";
  char first[40];
  std::snprintf(first, sizeof first, "unknown data starting %02X %02X %02X %02X", bytes.size() > 0 ? bytes[0] : 0,
                bytes.size() > 1 ? bytes[1] : 0, bytes.size() > 2 ? bytes[2] : 0, bytes.size() > 3 ? bytes[3] : 0);
  return first;
}

std::uint32_t big_endian(std::span<const unsigned char> bytes, std::size_t at) {
  return static_cast<std::uint32_t>(bytes[at]) << 24 | static_cast<std::uint32_t>(bytes[at + 1]) << 16 |
         static_cast<std::uint32_t>(bytes[at + 2]) << 8 | static_cast<std::uint32_t>(bytes[at + 3]);
}

struct PngHeader {
  bool found = false;  // an IHDR chunk right after the signature
  std::uint32_t width = 0, height = 0;
  int depth = 0, colour = -1;
};

PngHeader png_header(std::span<const unsigned char> bytes) {
  PngHeader h;
  if (bytes.size() < 8 + 8 + 13 || !starts_with(bytes, "IHDR", 12)) return h;
  h.found = true;
  h.width = big_endian(bytes, 16);
  h.height = big_endian(bytes, 20);
  h.depth = bytes[24];
  h.colour = bytes[25];
  return h;
}

std::string png_kind(const PngHeader& h) {
  const char* colours[] = {"grey", "?", "RGB", "palette", "grey + alpha", "?", "RGBA"};
  const std::string colour = h.colour >= 0 && h.colour <= 6 && h.colour != 1 && h.colour != 5
                                 ? colours[h.colour]
                                 : "colour type " + std::to_string(h.colour);
  return "PNG, " + std::to_string(h.depth) + "-bit " + colour;
}

// The PNG's chunks, walked from the signature: whether they reach an IEND inside the file, and
// whether a PLTE comes before the first IDAT.
struct PngChunks {
  bool reaches_end = false;
  bool palette_before_data = false;
  // An IDAT chunk's declared length when it runs past the file and is more than twice the file:
  // not a file cut short (that is reported as such), but a length no file here could back.
  std::uint64_t overlong_data = 0;
};

PngChunks png_chunks(std::span<const unsigned char> bytes) {
  PngChunks out;
  bool data = false;
  std::uint64_t at = 8;
  while (at + 12 <= bytes.size()) {
    const std::uint64_t length = big_endian(bytes, static_cast<std::size_t>(at));
    const auto type = static_cast<std::size_t>(at + 4);
    if (starts_with(bytes, "IEND", type)) {
      out.reaches_end = true;
      break;
    }
    if (starts_with(bytes, "IDAT", type)) {
      data = true;
      if (at + 12 + length > bytes.size() && length > 2 * bytes.size() && !out.overlong_data) out.overlong_data = length;
    }
    if (starts_with(bytes, "PLTE", type) && !data) out.palette_before_data = true;
    at += 12 + length;
  }
  return out;
}

// Whether a JPEG has its end-of-image marker (FF D9) near its end (some writers add a few bytes
// after it).
bool jpeg_has_end(std::span<const unsigned char> bytes) {
  const std::size_t from = bytes.size() > 4096 ? bytes.size() - 4096 : 0;
  for (std::size_t i = bytes.size(); i-- > from + 1;)
    if (bytes[i - 1] == 0xFF && bytes[i] == 0xD9) return true;
  return false;
}

std::string size_text(int w, int h) { return std::to_string(w) + "x" + std::to_string(h); }

// Why an image of this size is not decoded ("" when it may be).
std::string over_limits(int w, int h) {
  if (w > max_image_side || h > max_image_side)
    return "image is " + size_text(w, h) + " pixels; the limit is " + std::to_string(max_image_side) + " on each side";
  const std::uint64_t pixels = static_cast<std::uint64_t>(w) * static_cast<std::uint64_t>(h);
  if (pixels > max_image_pixels)
    return "image is " + size_text(w, h) + " pixels (" + megapixels(pixels) + "); the limit is " + megapixels(max_image_pixels) +
           " (4096x4096)";
  return {};
}

// The same, said of a file the reader would refuse.
std::string refused_size(int w, int h) {
  if (w > max_image_side || h > max_image_side)
    return size_text(w, h) + " pixels, over the reader's limit of " + std::to_string(max_image_side) +
           " pixels a side: never decoded";
  const std::uint64_t pixels = static_cast<std::uint64_t>(w) * static_cast<std::uint64_t>(h);
  return size_text(w, h) + " pixels (" + megapixels(pixels) + "), over the reader's limit of " + megapixels(max_image_pixels) +
         " (4096x4096): never decoded";
}

// stb_image over the whole file, its size read from the header first. `channels`: 4 for RGBA,
// 0 for the file's own. The one place Frise decodes.
struct Decoded {
  std::uint8_t* pixels = nullptr;
  int width = 0, height = 0;
  std::string error;
};

// Debian's stb_image 2.27 writes past stbi__huffman's size[257] and values[256] (a heap overflow,
// found by fuzz_image: tests/fuzz/crashes/image-1.bin) when a JPEG DHT segment declares more than
// 256 codes; upstream 2.28 refuses it ("bad DHT header"). Such a file is refused before stb_image
// sees it. In what stb_image takes for a JPEG (FF, any fill bytes FF, then D8), every FF C4 is
// read as a DHT segment, to be safe wherever stb_image would meet it (bytes past the end read as
// 0, as stb_image does).
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
      if (i > bytes.size()) break;  // the rest reads as zeros: no more codes
    }
  }
  return false;
}

Decoded decode(std::span<const unsigned char> bytes, int channels) {
  Decoded out;
  if (bytes.empty()) {
    out.error = "empty file";
    return out;
  }
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    out.error = "file too large";
    return out;
  }
  const int length = static_cast<int>(bytes.size());
  int w = 0, h = 0, file_channels = 0;
  if (!is_png(bytes) && !is_jpeg(bytes)) {
    out.error = "not a PNG or JPEG image (" + other_kind(bytes) + ")";
    return out;
  }
  // stb_image makes room for a PNG's IDAT chunk before reading it, from the length the chunk
  // declares: a few hundred bytes saying "2 GB follow" would cost 2 GB (found by fuzz_image).
  if (is_png(bytes)) {
    if (const std::uint64_t declared = png_chunks(bytes).overlong_data) {
      out.error = "corrupt image (an image data chunk declares " + std::to_string(declared) +
                  " bytes, more than the file holds)";
      return out;
    }
  }
  // Before stb_image reads even the header: it builds the Huffman tables there.
  if (has_oversized_jpeg_huffman_table(bytes)) {
    out.error = "a JPEG with a Huffman table of more than 256 codes (corrupt, and unsafe to decode)";
    return out;
  }
  if (!stbi_info_from_memory(bytes.data(), length, &w, &h, &file_channels)) {
    out.error = std::string(is_png(bytes) ? "a PNG" : "a JPEG") + " whose header cannot be read (" + stbi_failure_reason() + ")";
    return out;
  }
  if (std::string why = over_limits(w, h); !why.empty()) {
    out.error = std::move(why);
    return out;
  }
  out.pixels = stbi_load_from_memory(bytes.data(), length, &w, &h, &file_channels, channels);
  if (!out.pixels) {
    out.error = std::string("corrupt image (") + stbi_failure_reason() + ")";
    return out;
  }
  out.width = w;
  out.height = h;
  return out;
}

}  // namespace

DecodedImage decode_image(std::span<const unsigned char> bytes) {
  DecodedImage out;
  Decoded decoded = decode(bytes, 4);
  if (!decoded.pixels) {
    out.error = std::move(decoded.error);
    return out;
  }
  out.width = decoded.width;
  out.height = decoded.height;
  out.rgba = PixelsAccess::adopt(decoded.pixels, static_cast<std::size_t>(decoded.width) * static_cast<std::size_t>(decoded.height) * 4);
  return out;
}

ImageInspection inspect_image(std::span<const unsigned char> bytes) {
  ImageInspection out;
  if (bytes.empty()) {
    out.kind = "empty (0 bytes)";
    out.problem = "the file is empty (0 bytes)";
    return out;
  }
  const bool png = is_png(bytes), jpeg = is_jpeg(bytes);
  if (!png && !jpeg) {
    out.kind = other_kind(bytes);
    out.problem = "not a PNG or JPEG image: " + out.kind;
    return out;
  }
  const std::string bytes_text = std::to_string(bytes.size()) + " bytes";
  if (png) {
    const PngHeader header = png_header(bytes);
    if (!header.found) {
      out.kind = "PNG";
      out.problem = "cut short before its size (" + bytes_text + ")";
      return out;
    }
    out.kind = png_kind(header);
    if (header.width == 0 || header.height == 0) {
      out.problem = std::to_string(header.width) + "x" + std::to_string(header.height) +
                    " pixels: an image has at least one pixel each way";
      return out;
    }
    if (header.depth == 16)
      out.advice = "the reader decodes it at twice the memory, then shows it at 8 bits per channel (save it at 8 bits)";
  } else {
    out.kind = "JPEG";
  }
  // A file cut short says so first: whatever stb_image then trips on follows from it.
  const PngChunks chunks = png ? png_chunks(bytes) : PngChunks{};
  const std::string cut_short = png && !chunks.reaches_end   ? "cut short (" + bytes_text + ", no IEND chunk): "
                                : jpeg && !jpeg_has_end(bytes) ? "cut short (" + bytes_text + ", no end-of-image marker): "
                                                               : "";
  int w = 0, h = 0, channels = 0;
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    out.problem = "file too large";
    return out;
  }
  if (has_oversized_jpeg_huffman_table(bytes)) {
    out.problem = "a JPEG with a Huffman table of more than 256 codes (corrupt, and unsafe to decode)";
    return out;
  }
  if (!stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &w, &h, &channels)) {
    if (png && png_header(bytes).colour == 3 && !chunks.palette_before_data)
      out.problem = cut_short + "a palette image without its palette (no PLTE chunk before the image data)";
    else
      out.problem = cut_short + "its header cannot be read (" + stbi_failure_reason() + ")";
    return out;
  }
  if (jpeg) out.kind = channels == 1 ? "JPEG, grey" : "JPEG, colour";
  out.image = true;
  out.width = w;
  out.height = h;
  if (!over_limits(w, h).empty()) {
    out.problem = refused_size(w, h);
    return out;
  }
  Decoded decoded = decode(bytes, 0);
  if (!decoded.pixels) {
    out.problem = cut_short + decoded.error;
    return out;
  }
  stbi_image_free(decoded.pixels);
  // stb_image shows what it could read of a file cut short: the rest is grey or black.
  if (!cut_short.empty()) out.advice = cut_short + "its last rows may show grey or black";
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
  errno = 0;
  if (!stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4)) {
    // stb opens the file with fopen: errno says why (a missing folder, no permission, a full disk).
    error = "cannot write " + path + (errno != 0 ? std::string(": ") + std::strerror(errno) : std::string());
    return false;
  }
  return true;
}

}  // namespace frise
