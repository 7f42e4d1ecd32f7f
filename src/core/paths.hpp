// Paths inside a story: art is named relative to the story file, and must resolve the same way
// on disk and as a URL relative to the web page.
#pragma once
#include <string>

namespace frise {

// `relative` resolved against the folder of `base_file`, with "." and ".." collapsed
// ("panels/road45.json" + "../assets/a.png" -> "assets/a.png"). An absolute `relative` stays.
std::string resolve_relative(const std::string& base_file, const std::string& relative);

}  // namespace frise
