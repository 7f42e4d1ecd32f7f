// UTF-8 decoding for story text: validating, and collecting the characters a story uses so the
// font atlas can hold every one of them.
#pragma once
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace frise {

// Byte offset of the first invalid UTF-8 sequence in `text`, or nullopt when it is all valid.
// Overlong forms, surrogates and code points past U+10FFFF count as invalid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Decodes the sequence at byte `pos` into `out`; returns its length, or 0 when it is not valid
// UTF-8 (then `out` is left as it was).
std::size_t decode_utf8_at(std::string_view text, std::size_t pos, char32_t& out);

// Decodes valid UTF-8; an invalid byte becomes U+FFFD and decoding resumes at the next byte.
std::vector<char32_t> decode_utf8(std::string_view text);

// Characters (not bytes) in `text`: what a column number counts.
std::size_t count_characters(std::string_view text);

// Byte offset where character number `index` (from 0) starts; text.size() when past the end.
std::size_t byte_offset_of_character(std::string_view text, std::size_t index);

// Appends `cp` (a valid code point) to `out`, encoded.
void append_utf8(std::string& out, char32_t cp);

// Adds every code point of `text` to `out`.
void collect_code_points(std::string_view text, std::set<char32_t>& out);

}  // namespace frise
