#include "core/json_edit.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

#include "core/json_tree.hpp"

namespace frise {
namespace {

using Json = nlohmann::ordered_json;

// Where a value ends, from where it starts, in text known to be valid JSON.
std::size_t value_end(const std::string& text, std::size_t at) {
  const char first = text[at];
  if (first == '"') {
    std::size_t i = at + 1;
    while (text[i] != '"') i += text[i] == '\\' ? 2 : 1;
    return i + 1;
  }
  if (first == '{' || first == '[') {
    int depth = 0;
    for (std::size_t i = at; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '"') {
        i = value_end(text, i) - 1;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return i + 1;
      }
    }
    return text.size();
  }
  std::size_t i = at;
  while (i < text.size() && text[i] != ',' && text[i] != ']' && text[i] != '}' && text[i] != ' ' && text[i] != '\t' &&
         text[i] != '\r' && text[i] != '\n')
    ++i;
  return i;
}

// The spaces or tabs that start the line holding byte `at`.
std::string line_indent(const std::string& text, std::size_t at) {
  const std::size_t line = text.rfind('\n', at == 0 ? 0 : at - 1);
  const std::size_t start = line == std::string::npos ? 0 : line + 1;
  std::size_t end = start;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return text.substr(start, end - start);
}

bool newline_between(const std::string& text, std::size_t from, std::size_t to) {
  return text.find('\n', from) < to;
}

std::vector<std::string> pointer_tokens(std::string_view pointer, std::string& error) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  if (pointer.front() != '/') {
    error = "a JSON pointer starts with \"/\"; found \"" + std::string(pointer) + "\"";
    return tokens;
  }
  std::size_t start = 1;
  for (;;) {
    const std::size_t slash = pointer.find('/', start);
    std::string_view raw = pointer.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    std::string token;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
        token += raw[i + 1] == '0' ? '~' : '/';
        ++i;
      } else {
        token += raw[i];
      }
    }
    tokens.push_back(std::move(token));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return tokens;
}

std::optional<std::size_t> array_index(const std::string& token) {
  std::size_t index = 0;
  const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
  if (error != std::errc() || end != token.data() + token.size() || token.empty() || (token.size() > 1 && token[0] == '0'))
    return std::nullopt;
  return index;
}

// A document with the path to one of its values: the nodes from the root down, and how far the
// path could be followed.
struct Located {
  JsonTree tree;
  std::vector<std::string> tokens;
  std::vector<const JsonNode*> nodes;  // nodes[0] is the root; nodes[k] is reached by tokens[k-1]
  std::vector<std::size_t> child_index;  // child_index[k-1]: which child of nodes[k-1] nodes[k] is
  std::string error;
  bool found() const { return error.empty() && nodes.size() == tokens.size() + 1; }
};

Located locate(const std::string& text, std::string_view pointer) {
  Located out{JsonTree::parse(text), {}, {}, {}, {}};
  if (!out.tree.ok()) {
    out.error = "the file is not valid JSON: " + out.tree.error();
    return out;
  }
  out.tokens = pointer_tokens(pointer, out.error);
  if (!out.error.empty()) return out;
  out.nodes.push_back(&out.tree.root());
  std::string walked;
  for (const std::string& token : out.tokens) {
    const JsonNode& node = *out.nodes.back();
    if (node.type == JsonNode::Type::object) {
      // The last member of that name, as readers take it.
      std::size_t found = node.child_count();
      for (std::size_t i = 0; i < node.child_count(); ++i)
        if (out.tree.key(out.tree.child(node, i)) == token) found = i;
      if (found == node.child_count()) break;
      out.child_index.push_back(found);
      out.nodes.push_back(&out.tree.child(node, found));
    } else if (node.type == JsonNode::Type::array) {
      const std::optional<std::size_t> index = array_index(token);
      if (!index || *index >= node.child_count()) break;
      out.child_index.push_back(*index);
      out.nodes.push_back(&out.tree.child(node, *index));
    } else {
      out.error = (walked.empty() ? std::string("the document") : walked) + " is " + json_type_name(node) +
                  ", which holds nothing";
      return out;
    }
    walked += "/" + token;
  }
  return out;
}

// The file's indentation step: the first member's indent under the root, else two spaces.
std::string indent_unit(const Located& at, const std::string& text) {
  const JsonNode& root = at.tree.root();
  if (root.is_container() && root.child_count() > 0) {
    const JsonNode& first = at.tree.child(root, 0);
    const std::size_t key = at.tree.key_offset(first);
    if (newline_between(text, root.offset, key)) {
      std::string unit = line_indent(text, key).substr(line_indent(text, root.offset).size());
      if (!unit.empty()) return unit;
    }
  }
  return "  ";
}

// `value` as it goes at a place whose line starts with `indent`: pretty-printed with the file's
// step, its inner lines indented from there; scalars and empty containers on one line.
std::string dump_at(const Json& value, const std::string& indent, const std::string& unit) {
  const bool nested = value.is_structured() && !value.empty();
  const char fill = unit.empty() ? ' ' : unit[0];
  std::string dumped = value.dump(nested ? static_cast<int>(unit.size()) : -1, fill, false, Json::error_handler_t::replace);
  if (!nested) return dumped;
  std::string out;
  out.reserve(dumped.size() + indent.size() * 8);
  for (char c : dumped) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

// The position of a child's first byte: its member name for an object's member.
std::size_t child_start(const Located& at, const JsonNode& parent, const JsonNode& child) {
  return parent.type == JsonNode::Type::object ? at.tree.key_offset(child) : child.offset;
}

// A new child (`entry`: `"name": value` or an item) inserted into `parent` before child
// `before` (or at the end when `before` is its count).
TextSplice insert_child(const Located& at, const std::string& text, const JsonNode& parent, std::size_t before,
                        const Json& value, const std::string* name) {
  const std::string unit = indent_unit(at, text);
  const std::size_t count = parent.child_count();
  const std::string name_part = name ? Json(*name).dump(-1, ' ', false, Json::error_handler_t::replace) + ": " : "";
  if (count == 0) {
    // An empty container opens onto lines of its own, as the file's other containers do.
    const std::string indent = line_indent(text, parent.offset);
    const std::size_t close = value_end(text, parent.offset) - 1;
    const std::string inner = indent + unit;
    return {parent.offset + 1, close, "\n" + inner + name_part + dump_at(value, inner, unit) + "\n" + indent};
  }
  const JsonNode& first = at.tree.child(parent, 0);
  const bool multiline = newline_between(text, parent.offset, child_start(at, parent, first));
  const std::string indent = multiline ? line_indent(text, child_start(at, parent, first)) : line_indent(text, parent.offset);
  const std::string entry = name_part + dump_at(value, indent, unit);
  const std::string separator = multiline ? ",\n" + indent : ", ";
  if (before >= count) {
    const std::size_t end = value_end(text, at.tree.child(parent, count - 1).offset);
    return {end, end, separator + entry};
  }
  const std::size_t start = child_start(at, parent, at.tree.child(parent, before));
  return {start, start, entry + separator};
}

}  // namespace

TextSplice apply_splice(std::string& text, const TextSplice& splice) {
  TextSplice inverse{splice.begin, splice.begin + splice.replacement.size(), text.substr(splice.begin, splice.end - splice.begin)};
  text.replace(splice.begin, splice.end - splice.begin, splice.replacement);
  return inverse;
}

JsonEditResult set_json_value(const std::string& text, std::string_view pointer, const Json& value) {
  const Located at = locate(text, pointer);
  if (!at.error.empty()) return {std::nullopt, at.error};
  const std::string unit = indent_unit(at, text);
  if (at.found()) {
    const JsonNode& node = *at.nodes.back();
    const JsonNode& parent = at.nodes.size() > 1 ? *at.nodes[at.nodes.size() - 2] : node;
    const std::string indent = line_indent(text, at.nodes.size() > 1 ? child_start(at, parent, node) : node.offset);
    return {TextSplice{node.offset, value_end(text, node.offset), dump_at(value, indent, unit)}, {}};
  }
  // Only the last step may be missing: that is the value to add.
  if (at.nodes.size() != at.tokens.size()) {
    std::string reached;
    for (std::size_t i = 0; i < at.nodes.size(); ++i) reached += "/" + at.tokens[i];
    return {std::nullopt, reached + ": no such member or item"};
  }
  const JsonNode& parent = *at.nodes.back();
  const std::string& last = at.tokens.back();
  if (parent.type == JsonNode::Type::object) return {insert_child(at, text, parent, parent.child_count(), value, &last), {}};
  if (parent.type == JsonNode::Type::array) {
    const std::optional<std::size_t> index = array_index(last);
    if (last == "-" || (index && *index == parent.child_count()))
      return {insert_child(at, text, parent, parent.child_count(), value, nullptr), {}};
    return {std::nullopt, std::string(pointer) + ": no such item (the array has " + std::to_string(parent.child_count()) + ")"};
  }
  return {std::nullopt, std::string(pointer) + ": its parent is " + json_type_name(parent) + ", which holds nothing"};
}

JsonEditResult erase_json_value(const std::string& text, std::string_view pointer) {
  const Located at = locate(text, pointer);
  if (!at.error.empty()) return {std::nullopt, at.error};
  if (!at.found()) return {std::nullopt, std::string(pointer) + ": nothing there to remove"};
  if (at.tokens.empty()) return {std::nullopt, "the whole document cannot be removed"};
  const JsonNode& parent = *at.nodes[at.nodes.size() - 2];
  const std::size_t k = at.child_index.back();
  const std::size_t count = parent.child_count();
  if (count == 1) {  // the container is left empty: {} or []
    return {TextSplice{parent.offset + 1, value_end(text, parent.offset) - 1, ""}, {}};
  }
  if (k > 0) {  // from the end of the previous sibling: its comma goes with this one
    const std::size_t from = value_end(text, at.tree.child(parent, k - 1).offset);
    return {TextSplice{from, value_end(text, at.tree.child(parent, k).offset), ""}, {}};
  }
  // The first of several: up to where the next one starts.
  return {TextSplice{child_start(at, parent, at.tree.child(parent, 0)), child_start(at, parent, at.tree.child(parent, 1)), ""},
          {}};
}

JsonEditResult insert_json_item(const std::string& text, std::string_view array_pointer, std::size_t index,
                                const Json& value) {
  const Located at = locate(text, array_pointer);
  if (!at.error.empty()) return {std::nullopt, at.error};
  if (!at.found()) return {std::nullopt, std::string(array_pointer) + ": no such array"};
  const JsonNode& array = *at.nodes.back();
  if (array.type != JsonNode::Type::array)
    return {std::nullopt, std::string(array_pointer) + ": expected an array, found " + json_type_name(array)};
  if (index > array.child_count())
    return {std::nullopt, std::string(array_pointer) + ": cannot insert at " + std::to_string(index) + " (the array has " +
                              std::to_string(array.child_count()) + ")"};
  return {insert_child(at, text, array, index, value, nullptr), {}};
}

std::optional<Json> json_value_at(const std::string& text, std::string_view pointer) {
  const Located at = locate(text, pointer);
  if (!at.found()) return std::nullopt;
  const JsonNode& node = *at.nodes.back();
  return Json::parse(text.begin() + static_cast<std::ptrdiff_t>(node.offset),
                     text.begin() + static_cast<std::ptrdiff_t>(value_end(text, node.offset)), nullptr, false);
}

std::string json_pointer(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& token : tokens) {
    out += '/';
    for (char c : token) {
      if (c == '~') out += "~0";
      else if (c == '/') out += "~1";
      else out += c;
    }
  }
  return out;
}

}  // namespace frise
