// Internal to story loading: walks a JsonTree with a JSON path, reports problems at the right
// line and column, and reads the value types every part of the story format shares (texts by
// language, dates, colours, images). Shared by the Frise and TimelineJS readers.
#pragma once
#include <span>
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
  // Reports a missing required member; returns the member or nullptr.
  const JsonNode* require(const JsonNode& object, const JsonPath& path, std::string_view key, std::string_view why);

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
