#include "core/json_tree.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <limits>

#include "core/utf8.hpp"

namespace frise {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Bytes that end the fast scan of a string: the closing quote, an escape, a control character
// (the text's terminating NUL among them) or the start of a multi-byte UTF-8 sequence.
struct StringStops {
  bool stop[256] = {};
  constexpr StringStops() {
    for (int c = 0; c < 0x20; ++c) stop[c] = true;
    for (int c = 0x80; c < 0x100; ++c) stop[c] = true;
    stop[static_cast<unsigned char>('"')] = true;
    stop[static_cast<unsigned char>('\\')] = true;
  }
};
constexpr StringStops string_stops;

// Length of the well-formed UTF-8 sequence starting at `s` (whose first byte is >= 0x80), or 0.
// Overlong forms, surrogates and code points past U+10FFFF are not well-formed. The text ends
// with a NUL, which is never a continuation byte, so this never reads past it.
std::size_t utf8_sequence_length(const unsigned char* s) {
  const auto in = [](unsigned char c, unsigned char low, unsigned char high) { return c >= low && c <= high; };
  const unsigned char lead = s[0];
  if (in(lead, 0xC2, 0xDF)) return in(s[1], 0x80, 0xBF) ? 2 : 0;
  if (in(lead, 0xE0, 0xEF)) {
    const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
    return in(s[1], low, high) && in(s[2], 0x80, 0xBF) ? 3 : 0;
  }
  if (in(lead, 0xF0, 0xF4)) {
    const unsigned char low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
    return in(s[1], low, high) && in(s[2], 0x80, 0xBF) && in(s[3], 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// Powers of ten a double holds exactly: with a mantissa below 2^53, one multiplication or
// division by them is correctly rounded (Clinger's fast path).
constexpr double exact_powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                          1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

class JsonParser {
 public:
  JsonParser(JsonTree& tree, std::size_t size, const JsonLimits& limits)
      : tree_(tree), begin_(tree.source_), at_(begin_), end_(begin_ + size), limits_(limits) {
    // Stories hold a value every 11 bytes or so; reserving one per 8 spares the vector from
    // growing (which copies every node and touches twice the memory). Reserved pages that are
    // never written cost no memory natively; in the browser, stories are small.
    tree_.nodes_.reserve(size / 8 + 16);
  }

  bool parse_document() {
    skip_space();
    if (!parse_value(1)) return false;
    skip_space();
    if (at_ != end_) return fail(at_, "unexpected " + describe(at_) + " after the end of the document");
    tree_.root_ = tree_.nodes_.size();
    tree_.nodes_.push_back(pending_[0]);
    return true;
  }

 private:
  // A broken document: the message follows "malformed JSON: ".
  bool fail(const char* where, const std::string& message) { return refuse(where, "malformed JSON: " + message); }

  // A document that is well-formed so far but breaks a limit or the encoding: says so plainly.
  bool refuse(const char* where, std::string message) {
    tree_.error_ = std::move(message);
    tree_.error_offset_ = static_cast<std::size_t>(where - begin_);
    return false;
  }

  // What the parser found at `p`, for messages, with a hint for the usual slips.
  std::string describe(const char* p) const {
    if (p >= end_) return "the end of the file";
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x20) return "a control character";
    if (c >= 0x80) return "a non-ASCII character";
    std::string found = "'" + std::string(1, *p) + "'";
    if (c == '\'') found += " (JSON strings use double quotes)";
    if (c == '/') found += " (JSON has no comments)";
    return found;
  }

  void skip_space() {
    while (is_space(*at_)) ++at_;
  }

  std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - begin_); }

  JsonNode& add(JsonNode::Type type, const char* start) {
    JsonNode& node = pending_.emplace_back();
    node.type = type;
    node.offset = offset(start);
    return node;
  }

  bool parse_value(std::size_t depth) {
    switch (*at_) {
      case '{': return parse_container(depth, JsonNode::Type::object);
      case '[': return parse_container(depth, JsonNode::Type::array);
      case '"': {
        const char* start = at_;
        DecodedString text;
        if (!parse_string(text)) return false;
        JsonNode& node = add(JsonNode::Type::string, start);
        node.value_.text = {text.length, text.decoded_at};
        node.text_decoded = text.decoded;
        return true;
      }
      case 't': return parse_literal("true", JsonNode::Type::boolean, true);
      case 'f': return parse_literal("false", JsonNode::Type::boolean, false);
      case 'n': return parse_literal("null", JsonNode::Type::null, false);
      default:
        if (*at_ == '-' || is_digit(*at_)) return parse_number();
        return fail(at_, "expected a value (an object, array, string, number, true, false or null), found " + describe(at_));
    }
  }

  bool parse_literal(const char* word, JsonNode::Type type, bool value) {
    const char* start = at_;
    for (const char* w = word; *w; ++w, ++at_)
      if (*at_ != *w) return fail(start, std::string("invalid literal: expected ") + word);  // stops at the final NUL
    add(type, start).boolean = value;
    return true;
  }

  // Objects and arrays: their members wait in pending_ (one vector shared by every open
  // container) and move into the tree together when the container closes, so each container's
  // children are contiguous and no container allocates a vector of its own.
  bool parse_container(std::size_t depth, JsonNode::Type type) {
    if (depth > limits_.max_depth)
      return refuse(at_, "values nest deeper than " + std::to_string(limits_.max_depth) + " levels");
    const bool is_object = type == JsonNode::Type::object;
    const char close = is_object ? '}' : ']';
    const std::size_t node_index = pending_.size();
    add(type, at_);
    const std::size_t first_child = pending_.size();
    ++at_;
    skip_space();
    if (*at_ == close) {
      ++at_;
    } else {
      const char* comma = nullptr;
      for (;;) {
        if (comma && *at_ == close)
          return fail(comma, std::string("a comma cannot come right before '") + close + "' (remove it)");
        DecodedString key;
        const char* key_start = at_;
        const char* key_end = at_;  // after its closing quote
        if (is_object) {
          if (*at_ != '"')
            return fail(at_, std::string("expected a member name in double quotes") + (comma ? "" : " or '}'") +
                                 ", found " + describe(at_));
          if (!parse_string(key)) return false;
          key_end = at_;
          skip_space();
          if (*at_ != ':') return fail(at_, "expected ':' after the member name, found " + describe(at_));
          ++at_;
          skip_space();
        }
        if (!parse_value(depth + 1)) return false;
        if (is_object) {
          if (key.length > UINT16_MAX) return refuse(key_start, "a member name is longer than 65,535 bytes");
          JsonNode& member = pending_.back();
          member.key_length = static_cast<std::uint16_t>(key.length);
          // At least 1 (the colon): 0 marks a value that is not a member.
          member.key_gap = static_cast<std::uint8_t>(std::min<std::size_t>(member.offset - offset(key_end), UINT8_MAX));
          if (key.decoded) {
            member.key_decoded = true;
            tree_.decoded_keys_.push_back({member.offset, offset(key_start), key.decoded_at});
          }
        }
        const char* value_end = at_;
        skip_space();
        if (*at_ == ',') {
          comma = at_++;
          skip_space();
          continue;
        }
        if (*at_ == close) {
          ++at_;
          break;
        }
        return missing_separator(value_end, close, is_object);
      }
    }
    JsonNode& container = pending_[node_index];
    container.value_.children = {static_cast<std::uint32_t>(tree_.nodes_.size()),
                                 static_cast<std::uint32_t>(pending_.size() - first_child)};
    tree_.nodes_.insert(tree_.nodes_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(first_child), pending_.end());
    pending_.resize(first_child);
    return true;
  }

  // A value is followed by something other than ',' or the closing bracket: most often a
  // comma forgotten at the end of a line. The error points right after the value, where the
  // comma belongs, and says where the next thing starts.
  bool missing_separator(const char* value_end, char close, bool is_object) {
    std::string message = std::string("expected ',' or '") + close + "' after " + (is_object ? "the member" : "the item") +
                          ", found " + describe(at_);
    const auto lines_below = std::count(value_end, at_, '\n');
    if (at_ < end_ && lines_below == 1) message += " on the next line";
    else if (at_ < end_ && lines_below > 1) message += " " + std::to_string(lines_below) + " lines below";
    return fail(lines_below > 0 && at_ < end_ ? value_end : at_, message);
  }

  // Past the bytes of a string that need no attention (everything but the stops above). Eight
  // at a time while a whole word fits before the end, then one by one up to the final NUL.
  const char* skip_plain_string_bytes(const char* p) const {
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    const auto has_zero_byte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    while (end_ - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      // A byte that is '"', '\\', below 0x20 or from 0x80 up sets its high bit in `stops`.
      const std::uint64_t stops = has_zero_byte(word ^ (ones * '"')) | has_zero_byte(word ^ (ones * '\\')) |
                                  ((word - ones * 0x20) & ~word & highs) | (word & highs);
      if (stops) break;
      p += 8;
    }
    while (!string_stops.stop[static_cast<unsigned char>(*p)]) ++p;
    return p;
  }

  struct DecodedString {
    std::uint32_t length = 0;
    bool decoded = false;          // it had escapes: its value is in the tree's decoded_ text,
    std::uint32_t decoded_at = 0;  // from here; else it is the source text after the quote
  };

  // A string from its opening quote. Most strings have no escape: their value is the source
  // text itself. The others are decoded into the tree's decoded_ text.
  bool parse_string(DecodedString& out) {
    const char* open = at_;
    const char* read = at_ + 1;
    std::string& decoded = tree_.decoded_;
    for (;;) {
      const char* run = read;
      read = skip_plain_string_bytes(read);
      if (out.decoded) decoded.append(run, read);
      const unsigned char c = static_cast<unsigned char>(*read);
      if (c == '"') {
        const std::size_t length = out.decoded ? decoded.size() - out.decoded_at : static_cast<std::size_t>(read - (open + 1));
        out.length = static_cast<std::uint32_t>(length);
        at_ = read + 1;
        return true;
      }
      if (c >= 0x80) {
        const std::size_t length = utf8_sequence_length(reinterpret_cast<const unsigned char*>(read));
        if (length == 0) return refuse(read, "invalid UTF-8 byte sequence: save the file as UTF-8");
        if (out.decoded) decoded.append(read, length);
        read += length;
        continue;
      }
      if (c == '\\') {
        if (!out.decoded) {
          out.decoded = true;
          out.decoded_at = static_cast<std::uint32_t>(decoded.size());
          decoded.append(open + 1, read);
        }
        if (!decode_escape(read, decoded)) return false;
        continue;
      }
      if (read == end_) return fail(open, "this string is never closed (the file ends inside it)");
      if (c == '\n' || c == '\r')
        return fail(read, "a line break inside a string: is its closing quote missing? (write \\n for a line break)");
      return fail(read, "a control character inside a string must be escaped (\\t, \\u001F…)");
    }
  }

  // One escape at `read` ('\\'); appends its character to `out` and moves past it.
  bool decode_escape(const char*& read, std::string& out) {
    const char* start = read;
    const char kind = read[1];
    read += 2;
    switch (kind) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default:
        return fail(start, "invalid escape in a string: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four hexadecimal digits");
    }
    std::uint32_t cp = 0;
    if (!read_hex4(read, cp)) return fail(start, "expected four hexadecimal digits after \\u");
    if (cp >= 0xDC00 && cp <= 0xDFFF)
      return fail(start, "\\u" + std::string(start + 2, 4) + " is the second half of a UTF-16 surrogate pair, without the first");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t low = 0;
      if (read[0] != '\\' || read[1] != 'u' || (read += 2, !read_hex4(read, low)) || low < 0xDC00 || low > 0xDFFF)
        return fail(start, "\\u" + std::string(start + 2, 4) + " must be followed by the second half of its UTF-16 surrogate pair (\\uDC00 to \\uDFFF)");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }

  static bool read_hex4(const char*& p, std::uint32_t& value) {
    for (int i = 0; i < 4; ++i, ++p) {  // stops at the final NUL, which is not a hexadecimal digit
      const char c = *p;
      value <<= 4;
      if (is_digit(c)) value |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') value |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') value |= static_cast<std::uint32_t>(c - 'A' + 10);
      else return false;
    }
    return true;
  }

  bool parse_number() {
    const char* start = at_;
    const bool negative = *at_ == '-';
    if (negative) ++at_;
    if (!is_digit(*at_)) return fail(at_, "expected a digit after '-', found " + describe(at_));
    if (*at_ == '0' && is_digit(at_[1])) return fail(at_, "a number cannot start with 0 followed by more digits");
    std::uint64_t mantissa = 0;
    int digits = 0;  // significant digits; past 19 the mantissa stops growing and the digit only scales
    int exponent = 0;
    bool whole_fits = true;  // the integer part fits in 64 bits
    for (; is_digit(*at_); ++at_) {
      const auto digit = static_cast<std::uint64_t>(*at_ - '0');
      if (whole_fits && mantissa <= (UINT64_MAX - digit) / 10) mantissa = mantissa * 10 + digit;
      else whole_fits = false;
      if (digits > 0 || digit != 0) ++digits;
    }
    bool is_integer = true;
    if (*at_ == '.') {
      is_integer = false;
      if (!is_digit(*++at_)) return fail(at_, "expected a digit after the decimal point, found " + describe(at_));
      for (; is_digit(*at_); ++at_) {
        if (digits > 0 || *at_ != '0') ++digits;
        if (digits <= 19) {
          mantissa = mantissa * 10 + static_cast<std::uint64_t>(*at_ - '0');
          --exponent;
        }
      }
    }
    if (*at_ == 'e' || *at_ == 'E') {
      is_integer = false;
      ++at_;
      const bool negative_exponent = *at_ == '-';
      if (*at_ == '-' || *at_ == '+') ++at_;
      if (!is_digit(*at_)) return fail(at_, "expected a digit in the exponent, found " + describe(at_));
      int written = 0;
      for (; is_digit(*at_); ++at_) written = written < 100000 ? written * 10 + (*at_ - '0') : written;
      exponent += negative_exponent ? -written : written;
    }
    JsonNode& node = add(JsonNode::Type::number, start);
    constexpr std::uint64_t int64_max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (is_integer && whole_fits && mantissa <= (negative ? int64_max + 1 : int64_max)) {
      node.type = JsonNode::Type::integer;
      node.value_.integer = !negative ? static_cast<std::int64_t>(mantissa)
                            : mantissa == int64_max + 1 ? std::numeric_limits<std::int64_t>::min()
                                                        : -static_cast<std::int64_t>(mantissa);
      return true;
    }
    if (digits <= 15 && exponent >= -22 && exponent <= 22) {
      const double m = static_cast<double>(mantissa);  // exact: fewer than 2^53
      const double magnitude = exponent < 0 ? m / exact_powers_of_ten[-exponent] : m * exact_powers_of_ten[exponent];
      node.value_.real = negative ? -magnitude : magnitude;
      return true;
    }
    // Rare: long or far-scaled numbers go through the C library. The token is copied so strtod
    // reads exactly it (it would take "0x10" as hexadecimal), and Frise never changes LC_NUMERIC.
    const std::string token(start, static_cast<std::size_t>(at_ - start));
    node.value_.real = std::strtod(token.c_str(), nullptr);
    if (!std::isfinite(node.value_.real)) {
      pending_.pop_back();
      return fail(start, "the number " + token + " is too large");
    }
    return true;
  }

  JsonTree& tree_;
  const char* const begin_;
  const char* at_;
  const char* const end_;
  const JsonLimits& limits_;
  std::vector<JsonNode> pending_;
};

JsonTree JsonTree::parse(const std::string& text, std::size_t start, const JsonLimits& limits) {
  JsonTree tree;
  start = std::min(start, text.size());
  const std::size_t size = text.size() - start;
  if (size >= std::numeric_limits<std::uint32_t>::max()) {
    tree.error_ = "the document is 4 GiB or more";
  } else {
    // std::string ends with a NUL, which stops every scan at the end without a bounds check.
    tree.source_ = text.c_str() + start;
    JsonParser(tree, size, limits).parse_document();
    // Added as each member's value ended, so a member's escaped name may follow those inside it.
    std::sort(tree.decoded_keys_.begin(), tree.decoded_keys_.end(),
              [](const DecodedKey& a, const DecodedKey& b) { return a.value_offset < b.value_offset; });
  }
  if (!tree.ok()) tree.nodes_.clear();
  if (tree.nodes_.empty()) {
    tree.nodes_.push_back({});  // a null root keeps root() valid
    tree.root_ = 0;
  }
  return tree;
}

std::size_t JsonTree::scanned_key_offset(const JsonNode& node) const {
  if (node.key_decoded) return find_decoded_key(node)->key_offset;
  // Back from the value over white space, the colon and white space to the name's closing
  // quote; an item of an array or the root has no colon before it.
  std::size_t at = node.offset;
  const auto skip_space_back = [&] {
    while (at > 0 && is_space(source_[at - 1])) --at;
  };
  skip_space_back();
  if (at == 0 || source_[at - 1] != ':') return node.offset;
  --at;
  skip_space_back();
  const std::size_t closing_quote = at - 1;
  return closing_quote - node.key_length - 1;
}

const JsonTree::DecodedKey* JsonTree::find_decoded_key(const JsonNode& node) const {
  const auto it = std::lower_bound(decoded_keys_.begin(), decoded_keys_.end(), node.offset,
                                   [](const DecodedKey& key, std::uint32_t offset) { return key.value_offset < offset; });
  return &*it;
}

std::string_view JsonTree::decoded_key(const JsonNode& node) const {
  return {decoded_.data() + find_decoded_key(node)->decoded_at, node.key_length};
}

const JsonNode* JsonTree::find(const JsonNode& object, std::string_view key) const {
  if (object.type != JsonNode::Type::object) return nullptr;
  for (std::size_t i = object.value_.children.count; i-- > 0;) {
    const JsonNode& member = nodes_[object.value_.children.first + i];
    if (member.key_length == key.size() && same_name(this->key(member), key)) return &member;
  }
  return nullptr;
}

const char* json_type_name(const JsonNode& node) {
  switch (node.type) {
    case JsonNode::Type::null: return "null";
    case JsonNode::Type::boolean: return "a boolean";
    case JsonNode::Type::integer: return "an integer";
    case JsonNode::Type::number: return "a number";
    case JsonNode::Type::string: return "a string";
    case JsonNode::Type::array: return "an array";
    case JsonNode::Type::object: return "an object";
  }
  return "a value";
}

}  // namespace frise
