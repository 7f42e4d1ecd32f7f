// A parsed JSON document that remembers where each value and key starts in the text, so that
// every diagnostic can name its line and column.
//
// Why a parser of our own, when nlohmann-json is in the project: nlohmann's SAX events carry no
// positions (it had to be fed through a counting iterator), and its lexer alone takes longer
// than the 50 ms budget for loading a 10,000-panel story. This one is a strict RFC 8259
// recursive-descent parser that records offsets as it goes and never copies a string: the tree
// owns one copy of the text, escapes are decoded in place (a decoded string is never longer than
// its escaped form) and nodes point into that copy. Unit tests check it against nlohmann on
// valid and broken documents; nlohmann still reads and writes every other JSON file.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace frise {

struct JsonNode {
  enum class Type : std::uint8_t { null, boolean, integer, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  std::uint32_t offset = 0;      // byte offset of the value's first character
  std::uint32_t key_offset = 0;  // byte offset of the member name's opening quote
  std::uint32_t first_child = 0;
  std::uint32_t child_count = 0;
  std::int64_t integer = 0;  // clamped to the int64 range for larger whole numbers
  double number = 0;         // also set for integers
  std::string_view text;     // a string's value (decoded), inside the tree's own buffer
  std::string_view key;      // the member name, when this node is an object member

  bool is_number() const { return type == Type::integer || type == Type::number; }
};

struct JsonLimits {
  std::size_t max_depth = 64;  // also bounds the parser's recursion
};

class JsonTree {
 public:
  // Parses `text` (UTF-8, without byte-order mark); the tree keeps its own copy. On failure,
  // ok() is false and error(), error_offset() say what and where.
  static JsonTree parse(std::string_view text, const JsonLimits& limits = {});

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  std::size_t error_offset() const { return error_offset_; }

  const JsonNode& root() const { return nodes_[root_]; }
  const JsonNode& child(const JsonNode& parent, std::size_t i) const { return nodes_[parent.first_child + i]; }
  // The member named `key` of an object (the last one if repeated), or nullptr.
  const JsonNode* find(const JsonNode& object, std::string_view key) const;

 private:
  friend class JsonParser;
  std::unique_ptr<char[]> buffer_;  // the text, strings decoded in place; nodes point into it
  std::vector<JsonNode> nodes_;
  std::size_t root_ = 0;
  std::string error_;
  std::size_t error_offset_ = 0;
};

// A readable name for a node's type, for messages: "a string", "an array"…
const char* json_type_name(const JsonNode& node);

}  // namespace frise
