// Browser: data files are fetched relative to the page, which works from any folder.
#include "platform/paths.hpp"

#include <string_view>

namespace frise::platform {

std::string find_data_file(const std::string& relative) { return relative; }

std::string story_list_for(const std::string& story_path) {
  // The page gives the story's path normalised (frise-shared.js: no "." or empty segments).
  const std::string_view path(story_path);
  const std::size_t slash = path.rfind('/');
  return slash != std::string_view::npos && path.substr(0, slash) == "panels" ? "panels/index.json" : "";
}

}  // namespace frise::platform
