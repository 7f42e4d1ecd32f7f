// Problems found in an author's input, reported the way compilers do:
// `file:line:column: JSON path: message`.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace frise {

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based, counted in characters; 0 when unknown
  std::string path;  // JSON Pointer of the value concerned ("/panels/3/caption"), "" for the document
  std::string message;  // says what was expected and what was found
};

// "road45.json:12:7: /panels/3/caption: error: expected a string, found a number". Control
// characters an author's text may have put in the path or message are written as \u001B, so
// that printing a diagnostic never drives the terminal.
std::string format_diagnostic(const Diagnostic& d);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// 1-based line and column (in characters, not bytes) of `offset` in UTF-8 `text`. Linear in
// the offset: for one position. TextPositions answers many.
void line_and_column(const std::string& text, std::size_t offset, int& line, int& column);

// Lines and columns of many offsets in one text, each in time independent of the line's length
// (a minified story is one line of megabytes): the line by binary search over the line starts,
// the column from a count of characters kept every 256 bytes. Built in one pass; about 3% of
// the text's size.
class TextPositions {
 public:
  explicit TextPositions(std::string_view text);
  void locate(std::size_t offset, int& line, int& column) const;

 private:
  static constexpr std::size_t block = 256;
  std::size_t characters_before(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::uint64_t> characters_before_block_;  // characters in [0, i * block)
};

// An author's value quoted for a message: "\"…\"", control characters written as \u001B, and
// cut after `max_characters` characters (with "…") so that a 64 KiB string does not make a
// 64 KiB message.
std::string quoted(std::string_view value, std::size_t max_characters = 80);

// Diagnostics as a JSON array, for tools: [{"severity", "file", "line", "column", "path", "message"}].
std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace frise
