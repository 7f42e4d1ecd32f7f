// Editing a JSON file the way a careful person would by hand: only the value that changes is
// rewritten, and every other byte (key order, unknown keys, indentation, line breaks, escapes,
// a trailing newline) stays as it was. A new member is written in the file's own indentation
// after its last sibling; a removed one takes its comma with it.
//
// Values are addressed by JSON pointer (RFC 6901: "/panels/3/caption/fr", "~1" for "/", "~0"
// for "~"). Each operation returns the splice that does it (a byte range and its replacement);
// applying a splice returns the one that undoes it, so an undo stack is a list of splices.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace frise {

struct TextSplice {
  std::size_t begin = 0, end = 0;  // bytes [begin, end) of the text are replaced...
  std::string replacement;         // ...by these
  bool operator==(const TextSplice&) const = default;
};

// Applies `splice` to `text`; returns the splice that restores the text as it was.
TextSplice apply_splice(std::string& text, const TextSplice& splice);

// What an edit could not do, said as an author would read it.
struct JsonEditResult {
  std::optional<TextSplice> splice;
  std::string error;  // when splice is empty: "/panels/9: no such item (the array has 4)"
};

// `pointer` in `text` (which must be valid JSON) holds `value` afterwards: replaced when present,
// added to its object when not (the object itself must exist), or appended to an array when the
// last token is "-".
JsonEditResult set_json_value(const std::string& text, std::string_view pointer, const nlohmann::ordered_json& value);
// The member or item at `pointer` is removed (with the comma that joined it to a sibling).
JsonEditResult erase_json_value(const std::string& text, std::string_view pointer);
// `value` is inserted into the array at `array_pointer`, before item `index` (at the end when
// `index` is the array's size).
JsonEditResult insert_json_item(const std::string& text, std::string_view array_pointer, std::size_t index,
                                const nlohmann::ordered_json& value);
// The value at `pointer`, parsed, or nothing when there is none.
std::optional<nlohmann::ordered_json> json_value_at(const std::string& text, std::string_view pointer);

// "/panels/3" from its tokens, escaping "~" and "/".
std::string json_pointer(const std::vector<std::string>& tokens);

}  // namespace frise
