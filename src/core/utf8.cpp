#include "core/utf8.hpp"

#include <algorithm>

namespace frise {

std::size_t decode_utf8_at(std::string_view text, std::size_t pos, char32_t& out) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if (lead < 0x80) {
    out = lead;
    return 1;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2; value = lead & 0x1Fu; minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3; value = lead & 0x0Fu; minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4; value = lead & 0x07u; minimum = 0x10000;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char continuation = byte(pos + i);
    if ((continuation & 0xC0) != 0x80) return 0;
    value = (value << 6) | (continuation & 0x3Fu);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  out = value;
  return length;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t pos = 0;
  char32_t ignored = 0;
  while (pos < text.size()) {
    const std::size_t length = decode_utf8_at(text, pos, ignored);
    if (length == 0) return pos;
    pos += length;
  }
  return std::nullopt;
}

std::vector<char32_t> decode_utf8(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    const std::size_t length = decode_utf8_at(text, pos, cp);
    out.push_back(length ? cp : U'\uFFFD');
    pos += length ? length : 1;
  }
  return out;
}

namespace {
bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

std::size_t count_characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !continuation_byte(c); }));
}

std::size_t byte_offset_of_character(std::string_view text, std::size_t index) {
  std::size_t byte = 0;
  for (std::size_t i = 0; i < index && byte < text.size(); ++i) {
    ++byte;
    while (byte < text.size() && continuation_byte(text[byte])) ++byte;
  }
  return std::min(byte, text.size());
}

void collect_code_points(std::string_view text, std::set<char32_t>& out) {
  for (char32_t cp : decode_utf8(text)) out.insert(cp);
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace frise
