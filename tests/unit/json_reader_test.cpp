#include <doctest/doctest.h>

#include <string>

#include "core/json_reader.hpp"

using namespace frise;
using frise::detail::JsonPath;

namespace {
// Whether a child path can be made of `P` (an lvalue path can; a temporary cannot: its child
// would point into it once it is gone).
template <typename P>
constexpr bool can_make_member = requires(P&& p) { std::forward<P>(p).member("x"); };
template <typename P>
constexpr bool can_make_item = requires(P&& p) { std::forward<P>(p).item(0); };
template <typename S>
constexpr bool can_name_member = requires(const JsonPath& p, S&& s) { p.member(std::forward<S>(s)); };
}  // namespace

TEST_CASE("a JSON path's child cannot be made of a temporary path, nor named by a temporary string") {
  static_assert(can_make_member<const JsonPath&>);
  static_assert(can_make_item<JsonPath&>);
  static_assert(!can_make_member<JsonPath>);  // path.member("eras").item(i) does not compile
  static_assert(!can_make_item<JsonPath>);
  static_assert(can_name_member<const char (&)[4]>);
  static_assert(can_name_member<std::string_view>);
  static_assert(can_name_member<std::string&>);
  static_assert(!can_name_member<std::string>);
  const JsonPath root;
  const JsonPath eras = root.member("eras");
  const JsonPath era = eras.item(3);
  const JsonPath odd = era.member("a/b~c");
  CHECK(odd.to_string() == "/eras/3/a~1b~0c");
  CHECK(root.to_string() == "");
}

TEST_CASE("bounded edit distance: the edit distance below the bound, else the bound") {
  const char* words[] = {"", "a", "ab", "ba", "abc", "aryana", "aryna", "Aryana", "thomas", "balloons", "baloons", "kitten", "sitting"};
  for (const char* a : words)
    for (const char* b : words)
      for (std::size_t bound : {1u, 2u, 3u, 5u}) {
        CAPTURE(a);
        CAPTURE(b);
        CAPTURE(bound);
        CHECK(detail::bounded_edit_distance(a, b, bound) == std::min(detail::edit_distance(a, b), bound));
      }
  const std::string long_a(100000, 'a');
  CHECK(detail::bounded_edit_distance(long_a, long_a + "b", 3) == 3);  // too long to suggest: at once
}
