#include "core/json_tree.hpp"

#include <iterator>
#include <nlohmann/json.hpp>

namespace frise {
namespace {

// A character iterator that publishes how far the parser has read, so the SAX handler knows
// where each token ends (nlohmann's SAX events carry no positions).
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator() = default;
  TrackingIterator(const char* at, const char** cursor) : at_(at), cursor_(cursor) {}
  reference operator*() const { return *at_; }
  TrackingIterator& operator++() {
    ++at_;
    if (cursor_) *cursor_ = at_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const TrackingIterator& other) const { return at_ == other.at_; }

 private:
  const char* at_ = nullptr;
  const char** cursor_ = nullptr;
};

}  // namespace

class JsonTreeBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  JsonTreeBuilder(std::string_view text, const JsonLimits& limits, JsonTree& tree)
      : text_(text), limits_(limits), tree_(tree), cursor_(text.data()) {
    open_.push_back({0, 0, false});  // the document: holds the root value
    tree_.nodes_.reserve(text.size() / 16);  // a rough node count, to grow the vector once or twice
  }

  const char** cursor() { return &cursor_; }

  // Start of the token that just ended: the first character after the previous token that is
  // not white space or punctuation between values.
  std::uint32_t token_start() {
    std::size_t i = consumed_;
    const std::size_t end = static_cast<std::size_t>(cursor_ - text_.data());
    while (i < end && (text_[i] == ' ' || text_[i] == '\n' || text_[i] == '\r' || text_[i] == '\t' ||
                       text_[i] == ',' || text_[i] == ':'))
      ++i;
    consumed_ = end;
    return static_cast<std::uint32_t>(i);
  }

  JsonNode& add(JsonNode::Type type) {
    const Frame& frame = open_.back();
    JsonNode& node = pending_.emplace_back();
    node.type = type;
    node.offset = token_start();
    if (frame.is_object) {
      node.key = std::move(pending_key_);
      node.key_offset = pending_key_offset_;
    }
    return node;
  }

  bool null() override { add(JsonNode::Type::null); return true; }
  bool boolean(bool value) override { add(JsonNode::Type::boolean).boolean = value; return true; }
  bool number_integer(number_integer_t value) override {
    JsonNode& n = add(JsonNode::Type::integer);
    n.integer = value;
    n.number = static_cast<double>(value);
    return true;
  }
  bool number_unsigned(number_unsigned_t value) override {
    JsonNode& n = add(JsonNode::Type::integer);
    n.integer = value > static_cast<number_unsigned_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(value);
    n.number = static_cast<double>(value);
    return true;
  }
  bool number_float(number_float_t value, const string_t&) override {
    add(JsonNode::Type::number).number = value;
    return true;
  }
  bool string(string_t& value) override {
    // A copy, not a move: the lexer keeps its buffer and its capacity for the next string.
    add(JsonNode::Type::string).text = value;
    return true;
  }
  bool binary(binary_t&) override { return true; }
  bool key(string_t& value) override {
    pending_key_offset_ = token_start();
    pending_key_ = value;  // a copy keeps the lexer's buffer, as for strings
    return true;
  }
  bool start_object(std::size_t) override { return open(JsonNode::Type::object); }
  bool start_array(std::size_t) override { return open(JsonNode::Type::array); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) override {
    std::string what = error.what();
    if (auto pos = what.find("syntax error "); pos != std::string::npos) what = what.substr(pos);
    tree_.error_ = "malformed JSON: " + what;
    // nlohmann counts the character after the offending one.
    tree_.error_offset_ = position > 0 ? position - 1 : 0;
    return false;
  }

  void finish() {
    if (!tree_.ok() || open_.size() != 1 || pending_.size() != 1) return;
    tree_.root_ = tree_.nodes_.size();
    tree_.nodes_.push_back(std::move(pending_[0]));
  }

 private:
  // An open container. The children of all open containers wait in one shared vector, each
  // container's after its own node, so no container allocates a vector of its own.
  struct Frame {
    std::size_t node_index = 0;      // the container's node in pending_
    std::size_t first_pending = 0;   // its first child in pending_
    bool is_object = false;
  };

  bool open(JsonNode::Type type) {
    if (open_.size() > limits_.max_depth) {
      tree_.error_ = "values nest deeper than " + std::to_string(limits_.max_depth) + " levels";
      tree_.error_offset_ = static_cast<std::size_t>(cursor_ - text_.data()) - 1;
      return false;
    }
    add(type);
    open_.push_back({pending_.size() - 1, pending_.size(), type == JsonNode::Type::object});
    return true;
  }

  // Children of a finished container move into the tree, contiguously.
  bool close() {
    const Frame frame = open_.back();
    open_.pop_back();
    token_start();  // the closing bracket
    JsonNode& container = pending_[frame.node_index];
    container.first_child = static_cast<std::uint32_t>(tree_.nodes_.size());
    container.child_count = static_cast<std::uint32_t>(pending_.size() - frame.first_pending);
    for (std::size_t i = frame.first_pending; i < pending_.size(); ++i) tree_.nodes_.push_back(std::move(pending_[i]));
    pending_.resize(frame.first_pending);
    return true;
  }

  std::string_view text_;
  const JsonLimits& limits_;
  JsonTree& tree_;
  const char* cursor_;
  std::size_t consumed_ = 0;
  std::vector<Frame> open_;
  std::vector<JsonNode> pending_;
  std::string pending_key_;
  std::uint32_t pending_key_offset_ = 0;
};

JsonTree JsonTree::parse(std::string_view text, const JsonLimits& limits) {
  JsonTree tree;
  JsonTreeBuilder builder(text, limits, tree);
  const char* begin = text.data();
  TrackingIterator first(begin, builder.cursor()), last(begin + text.size(), nullptr);
  const bool parsed = nlohmann::json::sax_parse(first, last, &builder);
  if (parsed) builder.finish();
  else if (tree.error_.empty()) tree.error_ = "malformed JSON";
  if (!tree.ok()) tree.nodes_.clear();
  if (tree.nodes_.empty()) {
    tree.nodes_.push_back({});  // a null root keeps root() valid
    tree.root_ = 0;
  }
  return tree;
}

const JsonNode* JsonTree::find(const JsonNode& object, std::string_view key) const {
  if (object.type != JsonNode::Type::object) return nullptr;
  for (std::size_t i = object.child_count; i-- > 0;) {
    const JsonNode& member = nodes_[object.first_child + i];
    if (member.key == key) return &member;
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
