// The JSON parser's grammar and messages: every kind of break an author makes by hand, with the
// exact message and the offset it points at, and agreement with nlohmann-json (the reference
// parser the project uses elsewhere) on generated valid and broken documents.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <iterator>
#include <random>
#include <string>

#include "core/json_tree.hpp"
#include "source_file.hpp"

using namespace frise;

namespace {

struct Broken {
  const char* text;
  const char* at;  // what the text says from the offset the error points at
  const char* message;
};

// Rebuilds a nlohmann value from the tree, to compare the two parsers' readings.
nlohmann::json to_nlohmann(const JsonTree& tree, const JsonNode& node) {
  switch (node.type) {
    case JsonNode::Type::null: return nullptr;
    case JsonNode::Type::boolean: return node.boolean;
    case JsonNode::Type::integer: return node.integer();
    case JsonNode::Type::number: return node.number();
    case JsonNode::Type::string: return std::string(tree.text(node));
    case JsonNode::Type::array: {
      nlohmann::json out = nlohmann::json::array();
      for (std::size_t i = 0; i < node.child_count(); ++i) out.push_back(to_nlohmann(tree, tree.child(node, i)));
      return out;
    }
    case JsonNode::Type::object: {
      nlohmann::json out = nlohmann::json::object();
      for (std::size_t i = 0; i < node.child_count(); ++i)
        out[std::string(tree.key(tree.child(node, i)))] = to_nlohmann(tree, tree.child(node, i));
      return out;
    }
  }
  return nullptr;
}

// A random document using every construct: escapes, non-ASCII text, numbers of every form
// (but whole numbers past int64, which the tree reads as doubles where nlohmann keeps uint64).
std::string random_value(std::mt19937& rng, int depth) {
  const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  static const char* const strings[] = {"\"\"",          "\"plain\"",        "\"caf\\u00e9 \\\"q\\\" \\n\"",
                                        "\"\\ud83d\\ude00 emoji\"", "\"Équipe d’OPS… œ «»\"", "\"tab\\there\\/\"",
                                        "\"\\u0000nul\"",    "\"\\u20AC\\b\\f\\r\""};
  static const char* const numbers[] = {"0",     "-0",        "7",      "-12",    "3.25",     "-0.5",
                                        "1e3",   "2.5E-3",    "1e+2",   "0.1",    "123456789012345678",
                                        "9223372036854775807",  "-9223372036854775808",
                                        "12345678901234567890123", "1.7976931348623157e308", "5e-324", "0.30000000000000004"};
  const int kind = depth > 4 ? pick(5) : pick(7);
  switch (kind) {
    case 0: return "null";
    case 1: return pick(2) ? "true" : "false";
    case 2: return numbers[pick(std::size(numbers))];
    case 3: case 4: return strings[pick(std::size(strings))];
    case 5: {
      std::string out = "[";
      for (int i = 0, n = pick(4); i < n; ++i) out += (i ? ", " : "") + random_value(rng, depth + 1);
      return out + "]";
    }
    default: {
      std::string out = "{\n";
      for (int i = 0, n = pick(4); i < n; ++i)
        out += std::string(i ? ",\n" : "") + "  \"k" + std::to_string(pick(3)) + "\": " + random_value(rng, depth + 1);
      return out + "\n}";
    }
  }
}

}  // namespace

TEST_CASE("each kind of broken JSON gets its own message, pointing at the right place") {
  const Broken cases[] = {
      {"", "", "malformed JSON: expected a value (an object, array, string, number, true, false or null), found the end of the file"},
      {"{\"a\": 1,}", ",}", "malformed JSON: a comma cannot come right before '}' (remove it)"},
      {"[1, 2, ]", ", ]", "malformed JSON: a comma cannot come right before ']' (remove it)"},
      {"{\"a\" 1}", "1}", "malformed JSON: expected ':' after the member name, found '1'"},
      {"{\"a\": 1 \"b\": 2}", "\"b\"", "malformed JSON: expected ',' or '}' after the member, found '\"'"},
      {"[1 2]", "2]", "malformed JSON: expected ',' or ']' after the item, found '2'"},
      {"{a: 1}", "a:", "malformed JSON: expected a member name in double quotes or '}', found 'a'"},
      {"{\"a\": 1, b: 2}", "b:", "malformed JSON: expected a member name in double quotes, found 'b'"},
      {"{'a': 1}", "'a'", "malformed JSON: expected a member name in double quotes or '}', found ''' (JSON strings use double quotes)"},
      {"[1, // two\n2]", "//", "malformed JSON: expected a value (an object, array, string, number, true, false or null), found '/' (JSON has no comments)"},
      {"[True]", "True", "malformed JSON: expected a value (an object, array, string, number, true, false or null), found 'T'"},
      {"[tru]", "tru]", "malformed JSON: invalid literal: expected true"},
      {"[nul", "nul", "malformed JSON: invalid literal: expected null"},
      {"{\"a\": \"open", "\"open", "malformed JSON: this string is never closed (the file ends inside it)"},
      {"{\"a\": \"two\nlines\"}", "\nlines", "malformed JSON: a line break inside a string: is its closing quote missing? (write \\n for a line break)"},
      {"[\"a\tb\"]", "\tb", "malformed JSON: a control character inside a string must be escaped (\\t, \\u001F…)"},
      {"[\"\\x\"]", "\\x", "malformed JSON: invalid escape in a string: use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four hexadecimal digits"},
      {"[\"\\u12G4\"]", "\\u12G4", "malformed JSON: expected four hexadecimal digits after \\u"},
      {"[\"\\uD83D\"]", "\\uD83D", "malformed JSON: \\uD83D must be followed by the second half of its UTF-16 surrogate pair (\\uDC00 to \\uDFFF)"},
      {"[\"\\uDE00\"]", "\\uDE00", "malformed JSON: \\uDE00 is the second half of a UTF-16 surrogate pair, without the first"},
      {"[-]", "]", "malformed JSON: expected a digit after '-', found ']'"},
      {"[012]", "012", "malformed JSON: a number cannot start with 0 followed by more digits"},
      {"[1.]", "]", "malformed JSON: expected a digit after the decimal point, found ']'"},
      {"[.5]", ".5", "malformed JSON: expected a value (an object, array, string, number, true, false or null), found '.'"},
      {"[1e]", "]", "malformed JSON: expected a digit in the exponent, found ']'"},
      {"[1e999]", "1e999", "malformed JSON: the number 1e999 is too large"},
      {"{} {}", "{}", "malformed JSON: unexpected '{' after the end of the document"},
      {"[1]\n]", "]", "malformed JSON: unexpected ']' after the end of the document"},
      {"{\"a\": 1\n \"b\": 2}", "\n \"b\"", "malformed JSON: expected ',' or '}' after the member, found '\"' on the next line"},
      {"[{\"a\": 1}\n\n\n {\"b\": 2}]", "\n\n\n", "malformed JSON: expected ',' or ']' after the item, found '{' 3 lines below"},
      {"[\"caf\xE9\"]", "\xE9", "invalid UTF-8 byte sequence: save the file as UTF-8"},
      {"[\"\xED\xA0\x80\"]", "\xED", "invalid UTF-8 byte sequence: save the file as UTF-8"},  // an encoded surrogate
      {"[\"\xC0\xAF\"]", "\xC0", "invalid UTF-8 byte sequence: save the file as UTF-8"},      // overlong
      {"[\"\xF4\x90\x80\x80\"]", "\xF4", "invalid UTF-8 byte sequence: save the file as UTF-8"},  // past U+10FFFF
      {"[\"\xE2\x80", "\xE2", "invalid UTF-8 byte sequence: save the file as UTF-8"},  // cut at the end
  };
  for (const Broken& c : cases) {
    CAPTURE(c.text);
    const std::string text = c.text;
    const JsonTree tree = JsonTree::parse(text);
    REQUIRE_FALSE(tree.ok());
    CHECK(tree.error() == c.message);
    CHECK(text.substr(tree.error_offset(), std::string_view(c.at).size()) == std::string(c.at));
    CHECK(tree.root().type == JsonNode::Type::null);  // a failed parse still has a usable root
  }
}

TEST_CASE("strings decode every escape, surrogate pairs and UTF-8, and keep their offsets") {
  const std::string text = R"({"a\"b": "x\\y\/z\b\f\n\r\t", "e": "\u00e9\u20AC\ud83d\ude00", "u": "Équipe d’OPS", "n": "a\u0000b", "": ""})";
  const JsonTree tree = JsonTree::parse(text);
  REQUIRE(tree.ok());
  const JsonNode& root = tree.root();
  REQUIRE(root.child_count() == 5);
  CHECK(tree.key(tree.child(root, 0)) == "a\"b");
  CHECK(tree.key_offset(tree.child(root, 0)) == text.find(R"("a\"b")"));
  CHECK(tree.text(tree.child(root, 0)) == "x\\y/z\b\f\n\r\t");
  CHECK(tree.child(root, 0).offset == text.find("\"x"));
  CHECK(tree.text(*tree.find(root, "e")) == "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  CHECK(tree.text(*tree.find(root, "u")) == "Équipe d’OPS");
  CHECK(tree.text(*tree.find(root, "n")) == std::string_view("a\0b", 3));
  CHECK(tree.text(*tree.find(root, "")).empty());
  CHECK(tree.find(root, "u")->offset == text.find("\"Équipe"));
}

TEST_CASE("numbers: integers exact to 64 bits, others as the nearest double") {
  const std::string text =
      "[0, -0, 42, -7, 9223372036854775807, -9223372036854775808, 18446744073709551615, 1e2, 0.1, -2.5e-3, "
      "12345678901234567890123, 1.7976931348623157e308, 4.9e-324, 1e-400, 0.30000000000000004, 123456789.123456789]";
  const JsonTree tree = JsonTree::parse(text);
  REQUIRE(tree.ok());
  const JsonNode& a = tree.root();
  REQUIRE(a.child_count() == 16);
  const auto at = [&](std::size_t i) -> const JsonNode& { return tree.child(a, i); };
  CHECK(at(0).type == JsonNode::Type::integer);
  CHECK(at(0).integer() == 0);
  CHECK(at(1).integer() == 0);
  CHECK(at(2).integer() == 42);
  CHECK(at(2).number() == 42.0);
  CHECK(at(3).integer() == -7);
  CHECK(at(4).integer() == INT64_MAX);
  CHECK(at(5).integer() == INT64_MIN);
  CHECK(at(6).type == JsonNode::Type::number);  // past int64: a double
  CHECK(at(6).integer() == 0);
  CHECK(at(6).number() == 18446744073709551615.0);
  CHECK(at(7).type == JsonNode::Type::number);
  CHECK(at(7).number() == 100.0);
  CHECK(at(8).number() == 0.1);
  CHECK(at(9).number() == -2.5e-3);
  CHECK(at(10).type == JsonNode::Type::number);
  CHECK(at(10).number() == 12345678901234567890123.0);
  CHECK(at(11).number() == 1.7976931348623157e308);
  CHECK(at(12).number() == 4.9e-324);
  CHECK(at(13).number() == 0.0);  // too small for a double: zero, as strtod and nlohmann read it
  CHECK(at(14).number() == 0.30000000000000004);
  CHECK(at(15).number() == 123456789.123456789);
}

TEST_CASE("the parser agrees with nlohmann-json on generated documents and on their broken variants") {
  std::mt19937 rng(20261123);
  int valid = 0, broken = 0;
  for (int round = 0; round < 600; ++round) {
    std::string text = random_value(rng, 0);
    if (round % 2) {
      // Break it: drop, repeat or replace one byte, as a slip of the keyboard would.
      const std::size_t at = rng() % (text.size() + 1);
      static const char replacements[] = {',', ':', '"', '}', ']', '\\', 'x', ' ', '1', '\n'};
      switch (rng() % 3) {
        case 0: if (at < text.size()) text.erase(at, 1); break;
        case 1: if (at < text.size()) text.insert(at, 1, text[at]); break;
        default: text.insert(at, 1, replacements[rng() % std::size(replacements)]); break;
      }
    }
    CAPTURE(text);
    const JsonTree tree = JsonTree::parse(text);
    const nlohmann::json reference = nlohmann::json::parse(text, nullptr, false);
    REQUIRE(tree.ok() == !reference.is_discarded());
    if (tree.ok()) {
      CHECK(to_nlohmann(tree, tree.root()) == reference);
      ++valid;
    } else {
      CHECK(tree.error_offset() <= text.size());
      ++broken;
    }
  }
  CHECK(valid > 300);
  CHECK(broken > 100);
}

TEST_CASE("strings without escapes are read from the text, escaped ones, keys too, from the tree") {
  const std::string text = R"({"plain": "as written", "k\u00e9y": "v\n", "a": {"\"q\"": "x"}, "long": "a string longer than any small-string buffer\t"})";
  JsonTree tree = JsonTree::parse(text);
  REQUIRE(tree.ok());
  const JsonNode& root = tree.root();
  CHECK(tree.text(tree.child(root, 0)).data() == text.data() + text.find("as written"));
  CHECK(tree.key(tree.child(root, 1)) == "k\xC3\xA9y");
  CHECK(tree.text(tree.child(root, 1)) == "v\n");
  CHECK(tree.key(tree.child(tree.child(root, 2), 0)) == "\"q\"");
  // An escaped name whose value holds another escaped name: both found, each at its place.
  const std::string nested = "{\"o\\u0075ter\": {\"in\\u006Eer\": 1}, \"tail\" : 2}";
  const JsonTree n = JsonTree::parse(nested);
  REQUIRE(n.ok());
  const JsonNode& outer = n.child(n.root(), 0);
  CHECK(n.key(outer) == "outer");
  CHECK(n.key_offset(outer) == 1);
  CHECK(n.key(n.child(outer, 0)) == "inner");
  CHECK(n.key_offset(n.child(outer, 0)) == nested.find("\"in"));
  CHECK(n.key_offset(*n.find(n.root(), "tail")) == nested.find("\"tail"));
  CHECK(n.key_offset(n.root()) == 0);  // not a member: its own offset
  // A name far from its value (more white space than the node records) is found by scanning.
  const std::string far = "{\"near\":1, \"far\"" + std::string(300, ' ') + ":\n" + std::string(40, ' ') + "2}";
  const JsonTree f = JsonTree::parse(far);
  REQUIRE(f.ok());
  CHECK(f.key(f.child(f.root(), 1)) == "far");
  CHECK(f.key_offset(f.child(f.root(), 1)) == far.find("\"far"));
  CHECK(f.key_offset(f.child(f.root(), 0)) == 1);
  const JsonTree moved = std::move(tree);  // decoded values move with the tree
  CHECK(moved.text(*moved.find(moved.root(), "long")) == "a string longer than any small-string buffer\t");
  CHECK(moved.find(moved.root(), "k\xC3\xA9y") != nullptr);
  CHECK(moved.text(moved.child(moved.root(), 1)) == "v\n");
}

TEST_CASE("every cut of a real story is refused cleanly, never read past its end") {
  // A file saved half-way: each prefix is broken JSON. Under AddressSanitizer this also proves
  // the scans stop at the text's end.
  const std::string story = test::read_source_file("panels/road45.json");
  REQUIRE(story.size() > 3000);
  const std::string text = story.substr(0, 3000);  // the header, characters and a first panel or two
  for (std::size_t cut = 0; cut < text.size(); ++cut) {
    const std::string prefix = text.substr(0, cut);
    const JsonTree tree = JsonTree::parse(prefix);
    CAPTURE(cut);
    REQUIRE_FALSE(tree.ok());
    CHECK(tree.error_offset() <= prefix.size());
  }
  CHECK(JsonTree::parse(story).ok());
}
