#include <doctest/doctest.h>

#include "core/diagnostics.hpp"

using namespace frise;

TEST_CASE("a diagnostic reads like a compiler message") {
  Diagnostic d{Severity::error, "road45.json", 12, 7, "/panels/3/caption", "expected a string, found a number"};
  CHECK(format_diagnostic(d) == "road45.json:12:7: /panels/3/caption: error: expected a string, found a number");
  d.line = 0;
  d.severity = Severity::warning;
  CHECK(format_diagnostic(d) == "road45.json: /panels/3/caption: warning: expected a string, found a number");
}

TEST_CASE("line and column count characters, not bytes") {
  const std::string text = "ab\nçé{x";
  int line = 0, column = 0;
  line_and_column(text, text.find('{'), line, column);
  CHECK(line == 2);
  CHECK(column == 3);
}

TEST_CASE("has_errors ignores warnings") {
  CHECK_FALSE(has_errors({{Severity::warning, "f", 0, 0, "", "w"}}));
  CHECK(has_errors({{Severity::warning, "f", 0, 0, "", "w"}, {Severity::error, "f", 0, 0, "", "e"}}));
}

TEST_CASE("positions of many offsets: the same as counting from the start, in characters") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += i % 7 == 0 ? "\n" : i % 3 == 0 ? "é" : i % 5 == 0 ? "€x" : "ab";
  text += std::string(1000, 'z');  // a long last line
  const TextPositions positions(text);
  for (std::size_t offset = 0; offset <= text.size() + 2; offset += 37) {
    CAPTURE(offset);
    int line = 0, column = 0, expected_line = 0, expected_column = 0;
    positions.locate(offset, line, column);
    line_and_column(text, offset, expected_line, expected_column);
    CHECK(line == expected_line);
    CHECK(column == expected_column);
  }
  int line = 0, column = 0;
  TextPositions(std::string_view()).locate(0, line, column);
  CHECK(line == 1);
  CHECK(column == 1);
}

TEST_CASE("an author's value in a message is quoted, cut when long, its control characters written out") {
  CHECK(quoted("aryana") == "\"aryana\"");
  CHECK(quoted("a\x1b[31mb\n") == "\"a\\u001B[31mb\\u000A\"");
  CHECK(quoted(std::string(100, 'x')) == "\"" + std::string(80, 'x') + "…\"");
  CHECK(quoted("ééé", 2) == "\"éé…\"");  // cut between characters, not inside one
  CHECK(quoted("éé", 2) == "\"éé\"");
}

TEST_CASE("printing a diagnostic never sends control characters to the terminal") {
  const Diagnostic d{Severity::warning, "s.json", 1, 2, "/panels/0/\x1b]0;x\x07", "unknown key \"\x1b[2J\""};
  CHECK(format_diagnostic(d) == "s.json:1:2: /panels/0/\\u001B]0;x\\u0007: warning: unknown key \"\\u001B[2J\"");
}
