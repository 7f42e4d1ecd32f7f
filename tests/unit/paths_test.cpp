#include <doctest/doctest.h>

#include "core/paths.hpp"

using namespace frise;

TEST_CASE("art paths resolve against the story file's folder") {
  CHECK(resolve_relative("panels/road45.json", "../assets/art/a.png") == "assets/art/a.png");
  CHECK(resolve_relative("panels/road45.json", "./img/b.png") == "panels/img/b.png");
  CHECK(resolve_relative("road45.json", "a.png") == "a.png");
  CHECK(resolve_relative("/srv/x/story.json", "../art/c.png") == "/srv/art/c.png");
  CHECK(resolve_relative("story.json", "../up.png") == "../up.png");
  CHECK(resolve_relative("panels/s.json", "/abs/d.png") == "/abs/d.png");
}

TEST_CASE("a story's root: the folder above a panels/ folder, else the story's own") {
  CHECK(asset_root_depth("panels/road45.json") == 1);
  CHECK(asset_root_depth("/srv/site/panels/road45.json") == 1);
  CHECK(asset_root_depth("./panels/./road45.json") == 1);
  CHECK(asset_root_depth("road45.json") == 0);  // its folder's name is not in the path
  CHECK(asset_root_depth("stories/s.json") == 0);
  CHECK(asset_root_depth("panels/../s.json") == 0);
  CHECK(asset_root_depth("my-panels/s.json") == 0);
  CHECK(asset_root_folder("panels/road45.json", 1) == ".");
  CHECK(asset_root_folder("/srv/site/panels/road45.json", 1) == "/srv/site");
  CHECK(asset_root_folder("road45.json", 1) == "..");
  CHECK(asset_root_folder("stories/s.json", 0) == "stories");
  CHECK(asset_root_folder("/s.json", 3) == "/");
}

TEST_CASE("the asset-path policy takes plain relative paths inside the root, and says why it refuses the others") {
  const auto problem = [](const char* path, const char* story = "panels/s.json") {
    return asset_path_problem(path, story, asset_root_depth(story));
  };
  for (const char* fine : {"a.png", "art/a.png", "./art/a.png", "../assets/art/road45/00-cover.png", "art/../b.png",
                           "../panels/../assets/x.png", "un été.png", "art/a:b.png"}) {
    CAPTURE(fine);
    CHECK(problem(fine) == "");
  }
  CHECK(problem("../../x.png") == "the path \"../../x.png\" leads out of \".\", the folder the story's images must stay in");
  CHECK(problem("../x.png", "s.json") == "the path \"../x.png\" leads out of \".\", the folder the story's images must stay in");
  CHECK(problem("a/../../b.png", "/srv/stories/s.json") ==
        "the path \"a/../../b.png\" leads out of \"/srv/stories\", the folder the story's images must stay in");
  // Climbing out and back in is still climbing out (a symbolic link on the way would lead elsewhere).
  CHECK(problem("../../site/assets/x.png", "/srv/site/panels/s.json") ==
        "the path \"../../site/assets/x.png\" leads out of \"/srv/site\", the folder the story's images must stay in");
  CHECK(problem("") == "expected the path of an image file, found an empty string");
  CHECK(problem("/etc/passwd") == "the path \"/etc/passwd\" is absolute: name the image relative to the story file");
  CHECK(problem("\\\\host\\share\\a.png") == "the path \"\\\\host\\share\\a.png\" has a backslash: write \"/\" between folders");
  CHECK(problem("art\\a.png") == "the path \"art\\a.png\" has a backslash: write \"/\" between folders");
  CHECK(problem("http://example.org/a.png") ==
        "the path \"http://example.org/a.png\" is a web address: a story's images are files inside its folder (Frise works offline)");
  CHECK(problem("HTTPS://example.org/a.png").ends_with("is a web address: a story's images are files inside its folder (Frise works offline)"));
  CHECK(problem("//example.org/a.png").ends_with("is a web address: a story's images are files inside its folder (Frise works offline)"));
  CHECK(problem("javascript:alert(1)") ==
        "the path \"javascript:alert(1)\" is not a file path (\"javascript:\" is not allowed): name the image relative to the story file");
  CHECK(problem("data:image/png;base64,AA") ==
        "the path \"data:image/png;base64,AA\" is not a file path (\"data:\" is not allowed): name the image relative to the story file");
  CHECK(problem("file:///etc/passwd").starts_with("the path \"file:///etc/passwd\" is not a file path (\"file:\" is not allowed)"));
  CHECK(problem("c:/x.png").starts_with("the path \"c:/x.png\" is not a file path (\"c:\" is not allowed)"));
  CHECK(problem("a\tb.png") == "the path \"a\\u0009b.png\" holds a control character (U+0009)");
  CHECK(problem("a\x7f.png") == "the path \"a\\u007F.png\" holds a control character (U+007F)");
  CHECK(problem("a//b.png") == "the path \"a//b.png\" has an empty folder name (\"//\")");
  CHECK(problem("art/") == "the path \"art/\" ends with \"/\": name a file, not a folder");
  CHECK(problem("art/.") == "the path \"art/.\" names a folder, not a file");
  CHECK(problem("..") == "the path \"..\" names a folder, not a file");
  CHECK(problem("%2e%2e/%2e%2e/x.png") ==
        "the path \"%2e%2e/%2e%2e/x.png\" has a '%': file names here cannot hold '?', '#' or '%' (on the web they change the address)");
  CHECK(problem("a.png#x").starts_with("the path \"a.png#x\" has a '#'"));
  CHECK(problem("a.png?x").starts_with("the path \"a.png?x\" has a '?'"));
  CHECK(asset_path_problem("../../x.png", "a/b/c/s.json", 2) == "");
  CHECK(asset_path_problem("../../../x.png", "a/b/c/s.json", 2) ==
        "the path \"../../../x.png\" leads out of \"a\", the folder the story's images must stay in");
}

TEST_CASE("web addresses are http:, https: or protocol-relative") {
  CHECK(is_web_address("https://x.org/a"));
  CHECK(is_web_address("Http://x.org/a"));
  CHECK(is_web_address("//x.org/a"));
  CHECK_FALSE(is_web_address("javascript:x"));
  CHECK_FALSE(is_web_address("art/a.png"));
  CHECK_FALSE(is_web_address("/a.png"));
}
