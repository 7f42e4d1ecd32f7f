// Problems found in an author's input, reported the way compilers do:
// `file:line:column: JSON path: message`.
#pragma once
#include <string>
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

// "road45.json:12:7: /panels/3/caption: error: expected a string, found a number"
std::string format_diagnostic(const Diagnostic& d);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

// 1-based line and column (in characters, not bytes) of `offset` in UTF-8 `text`.
void line_and_column(const std::string& text, std::size_t offset, int& line, int& column);

}  // namespace frise
