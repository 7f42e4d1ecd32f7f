#include "core/diagnostics.hpp"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <cstdio>
#include <limits>

#include "core/utf8.hpp"

namespace frise {
namespace {

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7F; }
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

void append_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    if (is_control(static_cast<unsigned char>(c))) {
      char code[8];
      std::snprintf(code, sizeof code, "\\u%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += code;
    } else {
      out += c;
    }
  }
}

int saturated(std::size_t value) {
  return value > static_cast<std::size_t>(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                                           : static_cast<int>(value);
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
  std::string out;
  append_escaped(out, d.file);
  if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  out += ": ";
  if (!d.path.empty()) {
    append_escaped(out, d.path);
    out += ": ";
  }
  out += d.severity == Severity::error ? "error: " : "warning: ";
  append_escaped(out, d.message);
  return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::error) return true;
  return false;
}

void line_and_column(const std::string& text, std::size_t offset, int& line, int& column) {
  const std::string_view before = std::string_view(text).substr(0, std::min(offset, text.size()));
  const std::size_t last_newline = before.rfind('\n');
  const std::size_t line_start = last_newline == std::string_view::npos ? 0 : last_newline + 1;
  line = 1 + saturated(static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')));
  column = 1 + saturated(count_characters(before.substr(line_start)));  // characters, not bytes
}

TextPositions::TextPositions(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  characters_before_block_.reserve(text.size() / block + 1);
  std::uint64_t characters = 0;
  for (std::size_t start = 0; start < text.size(); start += block) {
    characters_before_block_.push_back(characters);
    const std::size_t end = std::min(start + block, text.size());
    for (std::size_t i = start; i < end; ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      characters += is_continuation(c) ? 0 : 1;
      if (c == '\n') line_starts_.push_back(i + 1);
    }
  }
  characters_before_block_.push_back(characters);
}

std::size_t TextPositions::characters_before(std::size_t offset) const {
  const std::size_t first = offset / block;
  std::size_t count = static_cast<std::size_t>(characters_before_block_[first]);
  for (std::size_t i = first * block; i < offset; ++i) count += is_continuation(static_cast<unsigned char>(text_[i])) ? 0 : 1;
  return count;
}

void TextPositions::locate(std::size_t offset, int& line, int& column) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
  line = 1 + saturated(line_index);
  column = 1 + saturated(characters_before(offset) - characters_before(line_starts_[line_index]));
}

std::string quoted(std::string_view value, std::size_t max_characters) {
  std::string out = "\"";
  std::size_t characters = 0, i = 0;
  for (; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (!is_continuation(c) && characters++ == max_characters) break;
    if (is_control(c)) append_escaped(out, value.substr(i, 1));
    else out += value[i];
  }
  if (i < value.size()) out += "…";
  return out + "\"";
}

std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics)
    out.push_back({{"severity", d.severity == Severity::error ? "error" : "warning"},
                   {"file", d.file},
                   {"line", d.line},
                   {"column", d.column},
                   {"path", d.path},
                   {"message", d.message}});
  return out.dump(2);
}

}  // namespace frise
