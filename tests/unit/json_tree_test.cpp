#include <doctest/doctest.h>

#include "core/json_tree.hpp"

using namespace frise;

TEST_CASE("the JSON tree keeps values, keys and where each starts") {
  const std::string text = "{\n  \"a\": 12,\n  \"b\": [true, null, \"x\\\"y\"],\n  \"c\": {\"d\": -1.5}\n}";
  const JsonTree tree = JsonTree::parse(text);
  REQUIRE(tree.ok());
  const JsonNode& root = tree.root();
  REQUIRE(root.type == JsonNode::Type::object);
  CHECK(root.child_count() == 3);
  const JsonNode* a = tree.find(root, "a");
  REQUIRE(a);
  CHECK(a->integer() == 12);
  CHECK(a->offset == text.find("12"));
  CHECK(tree.key_offset(*a) == text.find("\"a\""));
  const JsonNode* b = tree.find(root, "b");
  REQUIRE(b);
  CHECK(b->offset == text.find('['));
  REQUIRE(b->child_count() == 3);
  CHECK(tree.child(*b, 0).boolean);
  CHECK(tree.child(*b, 0).offset == text.find("true"));
  CHECK(tree.child(*b, 1).type == JsonNode::Type::null);
  CHECK(tree.child(*b, 1).offset == text.find("null"));
  CHECK(tree.text(tree.child(*b, 2)) == "x\"y");
  CHECK(tree.child(*b, 2).offset == text.find("\"x"));
  const JsonNode* c = tree.find(root, "c");
  REQUIRE(c);
  const JsonNode* d = tree.find(*c, "d");
  REQUIRE(d);
  CHECK(d->number() == -1.5);
  CHECK(d->offset == text.find("-1.5"));
  CHECK(tree.find(root, "missing") == nullptr);
}

TEST_CASE("malformed JSON reports where it broke") {
  const std::string text = "{\"a\": [1, 2,, 3]}";
  const JsonTree tree = JsonTree::parse(text);
  CHECK_FALSE(tree.ok());
  CHECK(tree.error_offset() == text.find(",,") + 1);
  CHECK(tree.error() ==
        "malformed JSON: expected a value (an object, array, string, number, true, false or null), found ','");
}

TEST_CASE("nesting past the limit is refused") {
  std::string deep(100, '[');
  deep += std::string(100, ']');
  const JsonTree tree = JsonTree::parse(deep, 0, {.max_depth = 64});
  CHECK_FALSE(tree.ok());
  CHECK(tree.error() == "values nest deeper than 64 levels");
  CHECK(JsonTree::parse(deep, 0, {.max_depth = 128}).ok());
}

TEST_CASE("a repeated key keeps the last value, as JSON parsers do") {
  const std::string text = R"({"k": 1, "k": 2})";
  const JsonTree tree = JsonTree::parse(text);
  CHECK(tree.find(tree.root(), "k")->integer() == 2);
}
