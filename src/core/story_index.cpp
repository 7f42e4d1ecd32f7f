#include "core/story_index.hpp"

#include <array>
#include <set>
#include <string_view>

#include "core/json_reader.hpp"
#include "core/json_tree.hpp"
#include "core/paths.hpp"
#include "core/utf8.hpp"

namespace frise {

namespace {

using detail::JsonPath;
using detail::JsonReader;

constexpr std::array<std::string_view, 1> index_keys{"stories"};
constexpr std::array<std::string_view, 2> entry_keys{"file", "title"};
constexpr std::string_view entry_shape = "a story {\"file\": \"story.json\", \"title\": …}";

// One entry of "stories": its file through the asset-path policy (an index, like a story, names
// only files inside its folder, or the site's root above panels/), its title as one text or
// texts by language.
bool read_entry(JsonReader& r, const std::string& file_name, const JsonNode& node, const JsonPath& path,
                StoryEntry& entry) {
  if (!r.is_object(node, path, entry_shape)) return false;
  r.check_keys(node, path, entry_keys);
  const JsonTree& tree = r.tree();
  const JsonNode* file = r.require(node, path, "file", "the story's file, relative to the index");
  if (!file) return false;
  const JsonPath file_path = path.member("file");
  if (!r.read_string(*file, file_path, entry.file)) return false;
  // Checked as a path, never looked for here: the picker's loader says when it is missing.
  constexpr PathWords words{"a story", "the story", "the story list", "a story list's stories",
                            "the list's stories"};
  if (std::string problem = asset_path_problem(entry.file, file_name, asset_root_depth(file_name), words);
      !problem.empty()) {
    r.error(*file, file_path, std::move(problem));
    return false;
  }
  const JsonNode* title = tree.find(node, "title");
  if (!title) return true;
  const JsonPath title_path = path.member("title");
  if (title->type == JsonNode::Type::string) {
    r.read_string(*title, title_path, entry.title.add("fr"));
  } else if (title->type == JsonNode::Type::object) {
    for (std::size_t i = 0; i < title->child_count(); ++i) {
      const JsonNode& member = tree.child(*title, i);
      const std::string_view language = tree.key(member);
      const JsonPath member_path = title_path.member(language);
      std::string text;
      if (!r.read_string(member, member_path, text)) continue;
      if (language.empty() || language.size() > 35) {
        r.warning(member, member_path, "expected a language code (\"fr\", \"en\") as the key, found " + quoted(language));
        continue;
      }
      entry.title.add(std::string(language)) = std::move(text);
    }
  } else {
    r.expected(*title, title_path, "a string or an object of texts by language ({\"fr\": \"…\"})");
  }
  return true;
}

}  // namespace

StoryIndex parse_story_index(const std::string& json_text, const std::string& file_name, const StoryIndexLimits& limits) {
  StoryIndex index;
  const auto fail_at = [&](std::size_t offset, std::string message) {
    Diagnostic d{Severity::error, file_name, 0, 0, "", std::move(message)};
    line_and_column(json_text, offset, d.line, d.column);
    index.diagnostics.push_back(std::move(d));
    return std::move(index);
  };
  if (json_text.size() > limits.max_file_bytes)
    return fail_at(0, "file is " + std::to_string(json_text.size()) + " bytes; the limit for a story list is " +
                          std::to_string(limits.max_file_bytes));
  const std::size_t start = json_text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // byte-order mark
  StoryLoadOptions options;
  options.limits.max_depth = limits.max_depth;
  options.limits.max_string_bytes = limits.max_string_bytes;
  options.limits.max_diagnostics = limits.max_diagnostics;
  const JsonTree tree = JsonTree::parse(json_text, start, {.max_depth = options.limits.max_depth});
  if (!tree.ok()) {
    if (auto bad = find_invalid_utf8(std::string_view(json_text).substr(start)))
      return fail_at(start + *bad, "invalid UTF-8 byte sequence: save the file as UTF-8");
    return fail_at(start + tree.error_offset(), tree.error());
  }
  detail::Findings findings(options.limits.max_diagnostics);
  JsonReader r(json_text, start, file_name, tree, options, findings);
  const JsonNode& root = tree.root();
  const JsonPath root_path;
  constexpr std::string_view shape = "a story list {\"stories\": [{\"file\", \"title\"}, …]}";
  if (r.is_object(root, root_path, shape)) {
    r.check_keys(root, root_path, index_keys);
    const JsonPath stories_path = root_path.member("stories");
    if (const JsonNode* stories = r.require(root, root_path, "stories", "the list of stories");
        stories && r.is_array(*stories, stories_path, "an array of stories")) {
      if (stories->child_count() > limits.max_stories) {
        r.error(*stories, stories_path, "the list has " + std::to_string(stories->child_count()) +
                                            " stories; the limit is " + std::to_string(limits.max_stories));
      } else {
        std::set<std::string> listed;  // resolved, so that "a.json" and "./a.json" are one
        for (std::size_t i = 0; i < stories->child_count(); ++i) {
          const JsonNode& node = tree.child(*stories, i);
          const JsonPath path = stories_path.item(i);
          StoryEntry entry;
          if (!read_entry(r, file_name, node, path, entry)) continue;
          if (!listed.insert(resolve_relative(file_name, entry.file)).second) {
            r.warning(node, path, "the list names " + quoted(entry.file) + " twice: listed once");
            continue;
          }
          if (entry.title.empty()) entry.title.add("fr") = entry.file;
          index.stories.push_back(std::move(entry));
        }
      }
    }
  }
  index.diagnostics = std::move(findings).finish(file_name);
  return index;
}

}  // namespace frise
