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
