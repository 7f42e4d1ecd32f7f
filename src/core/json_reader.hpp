// Internal to story loading: walks a JsonTree with a JSON path, reports problems at the right
// line and column, and reads the value types every part of the story format shares (texts by
// language, dates, colours, images). Shared by the Frise and TimelineJS readers.
#pragma once
#include <array>
#include <span>
#include <tuple>
#include <type_traits>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/json_tree.hpp"
#include "core/story.hpp"
#include "core/story_json.hpp"

namespace frise::detail {

// A JSON path built on the stack as the reader descends; turned into text only when reported.
struct JsonPath {
  const JsonPath* parent = nullptr;
  std::string_view key;  // member name, or empty for an array index
  std::size_t index = 0;

  JsonPath member(std::string_view name) const { return {this, name, 0}; }
  JsonPath item(std::size_t i) const { return {this, {}, i}; }
  std::string to_string() const;  // JSON Pointer: "/panels/3/caption"
};

// An object's members, looked up once against the names its kind may have (`Known`, one of the
// lists in story_keys.hpp): m["caption"] is then an array access, its index found at compile
// time (a name not in the list does not compile). For the objects read for every panel, where
// searching the members name by name was a good part of the load.
template <const auto& Known>
class Members {
 public:
  struct Name {
    std::size_t index;
    consteval Name(const char* name) : index(index_of(name)) {}
  };
  const JsonNode* operator[](Name name) const { return found_[name.index]; }

 private:
  friend class JsonReader;
  static consteval std::size_t index_of(std::string_view name) {
    for (std::size_t i = 0; i < Known.size(); ++i)
      if (Known[i] == name) return i;
    throw "not one of the object's known member names";
  }
  std::array<const JsonNode*, std::tuple_size_v<std::remove_cvref_t<decltype(Known)>>> found_{};
};

class JsonReader {
 public:
  JsonReader(const std::string& text, std::size_t text_start, const std::string& file, const JsonTree& tree,
             const StoryLoadOptions& options, std::vector<Diagnostic>& out);
  // A reader of the same text with the same settings that reports into `out`: one per thread.
  JsonReader(const JsonReader& settings, std::vector<Diagnostic>& out);

  const JsonTree& tree() const { return tree_; }
  const StoryLoadOptions& options() const { return options_; }

  void report(Severity severity, const JsonNode& at, const JsonPath& path, std::string message, bool at_key = false);
  void error(const JsonNode& at, const JsonPath& path, std::string message) {
    report(Severity::error, at, path, std::move(message));
  }
  // Diagnostics another reader found (a thread's), after this one's.
  void append(std::vector<Diagnostic>&& found) {
    out_.insert(out_.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  void warning(const JsonNode& at, const JsonPath& path, std::string message) {
    report(Severity::warning, at, path, std::move(message));
  }
  // "expected <what>, found <type>"; returns false.
  bool expected(const JsonNode& at, const JsonPath& path, std::string_view what);

  // Warns about members not in `known`, suggesting the nearest known name for a near miss.
  void check_keys(const JsonNode& object, const JsonPath& path, std::span<const std::string_view> known);
  // The same warnings, and the known members by name (the last one when a name is repeated).
  template <const auto& Known>
  Members<Known> members(const JsonNode& object, const JsonPath& path) {
    Members<Known> out;
    for (std::size_t i = 0; i < object.child_count(); ++i) {
      const JsonNode& member = tree_.child(object, i);
      const std::size_t index = known_index(tree_.key(member), Known);
      if (index < Known.size()) out.found_[index] = &member;
      else warn_unknown_key(member, path, Known);
    }
    return out;
  }
  // Reports a missing required member; returns the member or nullptr.
  const JsonNode* require(const JsonNode& object, const JsonPath& path, std::string_view key, std::string_view why);
  // The same for a member already looked up (`member`, maybe null) of `object`.
  const JsonNode* require(const JsonNode* member, const JsonNode& object, const JsonPath& path, std::string_view key,
                          std::string_view why);

  bool is_object(const JsonNode& node, const JsonPath& path, std::string_view what);
  bool is_array(const JsonNode& node, const JsonPath& path, std::string_view what);
  bool read_string(const JsonNode& node, const JsonPath& path, std::string& out);
  bool read_id(const JsonNode& node, const JsonPath& path, std::string& out);  // non-empty, no spaces
  void read_text(const JsonNode& node, const JsonPath& path, LocalizedText& out);
  bool read_number(const JsonNode& node, const JsonPath& path, double low, double high, float& out);
  bool read_date(const JsonNode& node, const JsonPath& path, std::optional<Date>& out);
  bool read_colour(const JsonNode& node, const JsonPath& path, std::optional<Colour>& out);
  // An image: {"image" (or `path_key`), "width", "height", "alt"}.
  void read_image_fields(const JsonNode& object, const JsonPath& path, ImageRef& out, bool size_required);
  void read_string_list(const JsonNode& node, const JsonPath& path, std::vector<std::string>& out);

  // The story's languages, read first: plain strings belong to the default language, and a text
  // missing one of the languages is a warning.
  void set_languages(const std::string& default_language, const std::vector<std::string>& languages);

 private:
  void line_column(std::size_t offset, int& line, int& column);
  // Index of `key` in `known`, or known.size().
  static std::size_t known_index(std::string_view key, std::span<const std::string_view> known);
  void warn_unknown_key(const JsonNode& member, const JsonPath& path, std::span<const std::string_view> known);

  const std::string& text_;
  std::size_t text_start_;
  const std::string& file_;
  const JsonTree& tree_;
  const StoryLoadOptions& options_;
  std::vector<Diagnostic>& out_;
  std::vector<std::size_t> line_starts_;  // built on the first report
  std::string default_language_ = "fr";
  std::vector<std::string> languages_;
};

// Edit distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace frise::detail
