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
