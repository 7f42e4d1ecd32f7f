#include <doctest/doctest.h>

#include "core/text_merge.hpp"

using namespace frise;

TEST_CASE("text merge: changes to different parts are both kept, overlapping ones are refused") {
  const std::string base = "{\n  \"a\": \"un\",\n  \"b\": \"deux\",\n  \"c\": \"trois\"\n}\n";
  const std::string mine = "{\n  \"a\": \"UN\",\n  \"b\": \"deux\",\n  \"c\": \"trois\"\n}\n";
  const std::string theirs = "{\n  \"a\": \"un\",\n  \"b\": \"deux\",\n  \"c\": \"TROIS\"\n}\n";
  CHECK(merge_changes(base, mine, theirs) == "{\n  \"a\": \"UN\",\n  \"b\": \"deux\",\n  \"c\": \"TROIS\"\n}\n");
  CHECK(merge_changes(base, theirs, mine) == merge_changes(base, mine, theirs));
  // One side unchanged: the other's text; the same change on both sides: that text.
  CHECK(merge_changes(base, base, theirs) == theirs);
  CHECK(merge_changes(base, mine, base) == mine);
  CHECK(merge_changes(base, mine, mine) == mine);
  // Both edited the same value: the author must choose.
  const std::string also_a = "{\n  \"a\": \"one\",\n  \"b\": \"deux\",\n  \"c\": \"trois\"\n}\n";
  CHECK_FALSE(merge_changes(base, mine, also_a).has_value());
  // An insertion at the very place the other side edits is ambiguous too.
  CHECK_FALSE(merge_changes("abc", "aXbc", "aYc").has_value());
  // Never a split character: é is two bytes that differ from è only in the second.
  CHECK(merge_changes("é x", "è x", "é y") == "è y");
}
