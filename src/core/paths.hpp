// Paths inside a story: art is named relative to the story file, and must resolve the same way
// on disk and as a URL relative to the web page. One policy decides which paths a story may
// name at all (both readers, natively and on the web): a violation is an error, and the file is
// never opened.
#pragma once
#include <string>
#include <string_view>

namespace frise {

// `relative` resolved against the folder of `base_file`, with "." and ".." collapsed
// ("panels/road45.json" + "../assets/a.png" -> "assets/a.png"). An absolute `relative` stays.
std::string resolve_relative(const std::string& base_file, const std::string& relative);

// The asset-path policy. A story's media are plain relative paths that stay inside the story's
// root folder: no scheme ("https:", "javascript:", "data:", a drive "C:"), no leading "/" or "\",
// no backslash, no control character, no '?', '#' or '%' (on the web they would change the
// address), no empty segment ("a//b"), no path that names a folder ("a/", "a/.."), and no ".."
// that climbs above the root at any point. `root_depth` is how many folders the story's folder
// lies below that root (0: the media stay inside the story's own folder).
// Returns why `path` is refused (a whole message that quotes it), or "" when it is allowed.
// `words` name what the path is for in that message: a story's images unless said otherwise
// (a story list's stories, story_index.hpp).
struct PathWords {
  std::string_view one = "an image";             // "expected the path of an image file"
  std::string_view the = "the image";            // "name the image relative to the story file"
  std::string_view base = "the story file";
  std::string_view many = "a story's images";    // "… are files inside its folder"
  std::string_view own = "the story's images";   // "the folder … must stay in"
};
std::string asset_path_problem(std::string_view path, const std::string& story_file, int root_depth,
                               const PathWords& words = {});

// The root depth given by a story's path alone: 1 when the story's folder is named "panels"
// (the site's root above it holds assets/), else 0. Lexical: "road45.json" alone is 0, since
// its folder's name is not in the path; natively, give it the absolute path.
int asset_root_depth(std::string_view story_path);

// The root folder, for messages: the story's folder, `root_depth` folders up ("." when that is
// the folder paths are relative to).
std::string asset_root_folder(const std::string& story_file, int root_depth);

// Whether `url` names another site (http:, https: or protocol-relative "//host"): TimelineJS
// media often do; they are never loaded.
bool is_web_address(std::string_view url);

// Whether `url` is a link a reader may open in a new tab: an absolute http:// or https://
// address without spaces, control characters or backslashes (never javascript:, data: or a file).
bool is_link_address(std::string_view url);

}  // namespace frise
