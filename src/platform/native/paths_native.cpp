// Desktop: a story path is taken as given when it exists; otherwise it is looked for beside the
// executable and in its parent folders (build/native/frise finds the repository's panels/), and
// in their share/frise/ (an installed /usr/bin/frise finds /usr/share/frise/panels/).
#include <SDL.h>

#include <filesystem>

#include "core/paths.hpp"
#include "platform/paths.hpp"

namespace frise::platform {

std::string find_data_file(const std::string& relative) {
  namespace fs = std::filesystem;
  std::error_code ignored;
  if (fs::exists(relative, ignored) || fs::path(relative).is_absolute()) return relative;
  if (char* base = SDL_GetBasePath()) {
    fs::path dir = fs::path(base).parent_path();  // SDL's path ends with a separator
    SDL_free(base);
    for (int up = 0; up < 4 && !dir.empty(); ++up, dir = dir.parent_path()) {
      for (const fs::path& candidate : {dir / relative, dir / "share" / "frise" / relative})
        if (fs::exists(candidate, ignored)) return candidate.lexically_normal().string();
    }
  }
  return relative;
}

std::string story_list_for(const std::string& story_path) { return resolve_relative(story_path, "index.json"); }

}  // namespace frise::platform
