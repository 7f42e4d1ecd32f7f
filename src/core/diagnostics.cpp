#include "core/diagnostics.hpp"

#include <algorithm>
#include <string_view>

#include "core/utf8.hpp"

namespace frise {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  out += ": ";
  if (!d.path.empty()) out += d.path + ": ";
  out += d.severity == Severity::error ? "error: " : "warning: ";
  out += d.message;
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
  line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  column = 1 + static_cast<int>(count_characters(before.substr(line_start)));  // characters, not bytes
}

}  // namespace frise
