// The project's own files (stories, locales, test data), for tests that read them.
#pragma once
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace frise::test {

// The bytes of `path`, relative to the source tree ("panels/road45.json"); the test stops when
// the file cannot be read.
inline std::string read_source_file(std::string_view path) {
  const std::string full = std::string(FRISE_SOURCE_DIR "/") + std::string(path);
  std::ifstream in(full, std::ios::binary);
  REQUIRE_MESSAGE(in, full << " cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace frise::test
