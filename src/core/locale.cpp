#include "core/locale.hpp"

#include "core/diagnostics.hpp"
#include "core/json_tree.hpp"

namespace frise {
namespace {

// Deep enough for English -> French -> a regional variant; a longer chain is a loop.
constexpr int max_fallback_depth = 8;

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Length of the placeholder "{name}" starting at text[at] (which is '{'), or 0 when it is not
// one: a lone brace is plain text.
std::size_t placeholder_length(std::string_view text, std::size_t at) {
  std::size_t end = at + 1;
  while (end < text.size() && is_name_char(text[end])) ++end;
  if (end == at + 1 || end >= text.size() || text[end] != '}') return 0;
  return end - at + 1;
}

std::string located(const std::string& text, std::string_view file_name, std::size_t offset, const std::string& message) {
  int line = 0, column = 0;
  line_and_column(text, offset, line, column);
  return std::string(file_name) + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

}  // namespace

LocaleLoad Locale::parse(std::string_view json_text, std::string_view file_name) {
  LocaleLoad load;
  if (json_text.starts_with("\xEF\xBB\xBF")) json_text.remove_prefix(3);  // editors on Windows add one
  const std::string text(json_text);
  const JsonTree tree = JsonTree::parse(text);
  if (!tree.ok()) {
    load.error = located(text, file_name, tree.error_offset(), tree.error());
    return load;
  }
  const JsonNode& root = tree.root();
  if (root.type != JsonNode::Type::object) {
    load.error = located(text, file_name, root.offset,
                         std::string("a locale file is an object of key -> string, found ") + json_type_name(root));
    return load;
  }
  Entries entries;
  for (std::size_t i = 0; i < root.child_count(); ++i) {
    const JsonNode& member = tree.child(root, i);
    const std::string_view key = tree.key(member);
    std::string problem;
    std::size_t where = tree.key_offset(member);
    if (key.empty()) {
      problem = "a key cannot be empty";
    } else if (member.type != JsonNode::Type::string) {
      problem = "the value of \"" + std::string(key) + "\" must be a string, found " + json_type_name(member);
      where = member.offset;
    } else if (entries.contains(key)) {
      problem = "\"" + std::string(key) + "\" appears twice";  // the first would be silently lost
    }
    if (!problem.empty()) {
      load.error = located(text, file_name, where, problem);
      return load;
    }
    entries.emplace(key, tree.text(member));
  }
  load.locale = Locale(std::move(entries));
  return load;
}

const std::string& Locale::text(std::string_view key) const {
  const Locale* locale = this;
  for (int depth = 0; locale && depth < max_fallback_depth; ++depth, locale = locale->fallback_) {
    const auto found = locale->entries_.find(key);
    if (found != locale->entries_.end()) return found->second;
  }
  const auto known = missing_.find(key);
  if (known != missing_.end()) return *known;
  return *missing_.emplace(key).first;
}

std::string Locale::format(std::string_view key,
                           std::initializer_list<std::pair<std::string_view, std::string>> values) const {
  return fill_placeholders(text(key), values);
}

std::string fill_placeholders(std::string_view text,
                              std::initializer_list<std::pair<std::string_view, std::string>> values) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = text[i] == '{' ? placeholder_length(text, i) : 0;
    if (length == 0) {
      out += text[i++];
      continue;
    }
    const std::string_view name = text.substr(i + 1, length - 2);
    const std::string* value = nullptr;
    for (const auto& [n, v] : values)
      if (n == name) value = &v;
    out += value ? std::string_view(*value) : text.substr(i, length);
    i += length;
  }
  return out;
}

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    if (const std::size_t length = placeholder_length(text, i); length > 0) {
      names.emplace_back(text.substr(i + 1, length - 2));
      i += length - 1;
    }
  }
  return names;
}

}  // namespace frise
