#include <doctest/doctest.h>

#include "core/navigator.hpp"

using namespace frise;

TEST_CASE("navigation moves through panels in order and stops at both ends") {
  Navigator nav(3);
  CHECK(nav.at_start());
  CHECK_FALSE(nav.previous());
  CHECK(nav.next());
  CHECK(nav.current() == 1);
  CHECK(nav.next());
  CHECK(nav.at_end());
  CHECK_FALSE(nav.next());
  CHECK(nav.current() == 2);
  CHECK(nav.first());
  CHECK(nav.current() == 0);
  CHECK(nav.last());
  CHECK(nav.current() == 2);
  CHECK_FALSE(nav.go_to(3));
  CHECK(nav.current() == 2);
}

TEST_CASE("an empty story has nowhere to go") {
  Navigator nav(0);
  CHECK_FALSE(nav.next());
  CHECK_FALSE(nav.last());
  CHECK(nav.at_end());
}
