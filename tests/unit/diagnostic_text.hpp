// Diagnostics as text, one per line, so that a failing check prints them all.
#pragma once
#include <string>

#include "core/story_json.hpp"

namespace frise::test {

inline std::string messages(const StoryLoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace frise::test
