#include <doctest/doctest.h>

#include "core/utf8.hpp"

using namespace frise;

TEST_CASE("valid French text with typographic characters has no invalid UTF-8") {
  CHECK_FALSE(find_invalid_utf8("L’équipe a dû s’adapter… œuvre, ça, à").has_value());
}

TEST_CASE("invalid UTF-8 is found at its byte offset") {
  CHECK(find_invalid_utf8("abc\xFF" "def") == std::optional<std::size_t>(3));
  CHECK(find_invalid_utf8("\xC3") == std::optional<std::size_t>(0));             // truncated
  CHECK(find_invalid_utf8("ok\xC0\xAF") == std::optional<std::size_t>(2));       // overlong "/"
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == std::optional<std::size_t>(1));    // surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == std::optional<std::size_t>(0)); // past U+10FFFF
}

TEST_CASE("decoding yields code points and replaces bad bytes with U+FFFD") {
  CHECK(decode_utf8("aé’") == std::vector<char32_t>{U'a', U'é', U'’'});
  CHECK(decode_utf8("a\xFF" "b") == std::vector<char32_t>{U'a', U'\uFFFD', U'b'});
}

TEST_CASE("collecting code points gathers each character once") {
  std::set<char32_t> set;
  collect_code_points("œuf œil", set);
  CHECK(set == std::set<char32_t>{U'œ', U'u', U'f', U' ', U'i', U'l'});
}

TEST_CASE("columns count characters: counting them and finding where one starts") {
  CHECK(count_characters("") == 0);
  CHECK(count_characters("aé’œ") == 4);
  CHECK(byte_offset_of_character("aé’b", 0) == 0);
  CHECK(byte_offset_of_character("aé’b", 2) == 3);  // after a (1 byte) and é (2 bytes)
  CHECK(byte_offset_of_character("aé’b", 3) == 6);  // ’ takes 3 bytes
  CHECK(byte_offset_of_character("aé’b", 9) == 7);  // past the end: the end
}
