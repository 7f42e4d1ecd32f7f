#include <doctest/doctest.h>

#include <chrono>

#include "core/html_text.hpp"

using namespace frise;

TEST_CASE("HTML text: an entity is looked for only a few characters ahead") {
  CHECK(html_to_text("a & b &amp; c") == "a & b & c");
  CHECK(html_to_text("&#x1F600; &#128512;") == "\U0001F600 \U0001F600");
  CHECK(html_to_text("&verylongname; &#00000000065;") == "&verylongname; &#00000000065;");
  CHECK(html_to_text("&&&amp;") == "&&&");
}

TEST_CASE("HTML text of many '&' and no semicolon converts in linear time") {
  const std::string html = std::string(1 << 20, '&') + ";";
  const auto start = std::chrono::steady_clock::now();
  const std::string text = html_to_text(html);
  MESSAGE("1 MiB of '&': " << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() << " ms");
  CHECK(text == html);
  std::string tags;
  for (int i = 0; i < 100000; ++i) tags += "<b>x</b>&lt";
  CHECK(html_to_text(tags).size() == 100000 * 4);
}
