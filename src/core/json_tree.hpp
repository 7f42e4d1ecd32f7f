// A parsed JSON document that remembers where each value and key starts in the text, so that
// every diagnostic can name its line and column.
//
// Why a parser of our own, when nlohmann-json is in the project: nlohmann's SAX events carry no
// positions (it had to be fed through a counting iterator), and its lexer alone takes longer
// than the 50 ms budget for loading a 10,000-panel story. This one is a strict RFC 8259
// recursive-descent parser that records offsets as it goes and copies almost nothing: a string
// without escapes (nearly all of them) is read from the source text itself, and only escaped
// ones are decoded, into the tree. Unit tests check it against nlohmann on valid and broken
// documents; nlohmann still reads and writes every other JSON file.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frise {

// 16 bytes: a 10,000-panel story has over half a million nodes, and on a fresh heap each
// megabyte costs its page faults (the tree used to be the load's biggest cost). So what can be
// found again is not stored: a member name's position is its value's minus the name and the
// gap between them, and the value shares one slot with the children.
struct JsonNode {
  enum class Type : std::uint8_t { null, boolean, integer, number, string, array, object };
  Type type : 3 = Type::null;
  bool boolean : 1 = false;
  bool key_decoded : 1 = false;   // the member name had escapes (JsonTree::key)
  bool text_decoded : 1 = false;  // the string had escapes (JsonTree::text)
  // Bytes between a member name's closing quote and its value (": " is 2); 255 means "255 or
  // more", found again by scanning back.
  std::uint8_t key_gap = 0;
  std::uint16_t key_length = 0;   // the member name's decoded length (JsonTree::key)
  std::uint32_t offset = 0;       // byte offset of the value's first character

  bool is_number() const { return type == Type::integer || type == Type::number; }
  bool is_container() const { return type == Type::array || type == Type::object; }
  // A whole number written without fraction or exponent, in the int64 range (larger ones are
  // numbers, as doubles).
  std::int64_t integer() const { return type == Type::integer ? value_.integer : 0; }
  // Any number, integers too.
  double number() const {
    return type == Type::integer ? static_cast<double>(value_.integer) : type == Type::number ? value_.real : 0.0;
  }
  // Items of an array, members of an object; 0 for other values.
  std::uint32_t child_count() const { return is_container() ? value_.children.count : 0; }

 private:
  friend class JsonParser;
  friend class JsonTree;
  union Value {
    std::int64_t integer;
    double real;
    struct Text {
      std::uint32_t length;      // decoded, in bytes
      std::uint32_t decoded_at;  // where it starts in JsonTree::decoded_, when text_decoded
    } text;
    struct Children {
      std::uint32_t first;  // index in JsonTree::nodes_; a container's children are contiguous
      std::uint32_t count;
    } children;
  } value_{0};
};

struct JsonLimits {
  std::size_t max_depth = 64;  // also bounds the parser's recursion
};

class JsonTree {
 public:
  // Parses `text` from byte `start` (past a byte-order mark, say; offsets count from there).
  // The tree reads strings from `text`, which must outlive it unchanged. On failure, ok() is
  // false and error(), error_offset() say what and where.
  static JsonTree parse(const std::string& text, std::size_t start = 0, const JsonLimits& limits = {});
  static JsonTree parse(std::string&& text, std::size_t start = 0, const JsonLimits& limits = {}) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  std::size_t error_offset() const { return error_offset_; }

  const JsonNode& root() const { return nodes_[root_]; }
  const JsonNode& child(const JsonNode& parent, std::size_t i) const { return nodes_[parent.value_.children.first + i]; }
  // A string's value, decoded; empty for other types.
  std::string_view text(const JsonNode& node) const {
    if (node.type != JsonNode::Type::string) return {};
    const char* start = node.text_decoded ? decoded_.data() + node.value_.text.decoded_at : source_ + node.offset + 1;
    return {start, node.value_.text.length};
  }
  // The member name of an object's member, decoded; empty for array items and the root.
  std::string_view key(const JsonNode& node) const {
    if (node.key_length == 0) return {};
    if (node.key_decoded) return decoded_key(node);
    return {source_ + key_offset(node) + 1, node.key_length};
  }
  // Byte offset of a member name's opening quote (of the value itself for an item or the root).
  std::size_t key_offset(const JsonNode& node) const {
    if (node.key_gap == 0) return node.offset;  // not a member
    if (node.key_decoded || node.key_gap == UINT8_MAX) return scanned_key_offset(node);
    return node.offset - node.key_gap - node.key_length - 2u;
  }
  // The member named `key` of an object (the last one if repeated), or nullptr.
  const JsonNode* find(const JsonNode& object, std::string_view key) const;

 private:
  friend class JsonParser;
  struct DecodedKey {
    std::uint32_t value_offset;  // the member's value: identifies the member
    std::uint32_t key_offset;
    std::uint32_t decoded_at;    // start in decoded_
  };
  std::string_view decoded_key(const JsonNode& node) const;
  std::size_t scanned_key_offset(const JsonNode& node) const;
  const DecodedKey* find_decoded_key(const JsonNode& node) const;

  const char* source_ = nullptr;  // the text parsed
  std::string decoded_;           // the values of strings and names that had escapes
  std::vector<DecodedKey> decoded_keys_;  // in document order

  std::vector<JsonNode> nodes_;
  std::size_t root_ = 0;
  std::string error_;
  std::size_t error_offset_ = 0;
};

// Whether two member names are the same, compared inline: names are a few bytes, where a call
// to memcmp costs more than the comparison (readers compare names for every member they read).
inline bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// A readable name for a node's type, for messages: "a string", "an array"…
const char* json_type_name(const JsonNode& node);

}  // namespace frise
