// Internal to story loading: walks a JsonTree with a JSON path, reports problems at the right
// line and column, and reads the value types every part of the story format shares (texts by
// language, dates, colours, images). Shared by the Frise and TimelineJS readers.
#pragma once
#include <algorithm>
#include <array>
#include <concepts>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <tuple>
#include <type_traits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/json_tree.hpp"
#include "core/story.hpp"
#include "core/story_json.hpp"

namespace frise::detail {

// Edit distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);
// The same when it is below `bound`, else `bound`: linear in the names' length (only a band of
// the table is computed), and at once `bound` for names whose lengths differ by `bound` or more.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t bound);

// A JSON path built on the stack as the reader descends; turned into text only when reported.
// A path points into its parent: a child may be made only of a path that has a name (so that
// `path.member("eras").item(i)`, whose parent dies at the end of the statement, does not
// compile), and its key must outlive it (a view into the tree's text or a literal).
struct JsonPath {
  const JsonPath* parent = nullptr;
  std::string_view key;  // member name, or empty for an array index
  std::size_t index = 0;

  JsonPath member(std::string_view name) const& { return {this, name, 0}; }
  JsonPath item(std::size_t i) const& { return {this, {}, i}; }
  JsonPath member(std::string_view name) const&& = delete;
  JsonPath item(std::size_t i) const&& = delete;
  template <typename S>
    requires(!std::is_lvalue_reference_v<S> && std::same_as<std::remove_cvref_t<S>, std::string>)
  JsonPath member(S&& temporary_name) const& = delete;
  std::string to_string() const;  // JSON Pointer: "/panels/3/caption"
};

// The diagnostics a reader finds, at most `limit` of them kept: the first ones in the file's
// order, whatever order they were found in. Past twice the limit the list is sorted and cut,
// and from then on a diagnostic after the last kept one is only counted (its message and path
// are never built). finish() gives the kept ones in file order and one line for the rest.
class Findings {
 public:
  explicit Findings(std::size_t limit) : limit_(std::max<std::size_t>(limit, 1)) {}
  // Whether a diagnostic at (line, column) may be among the first `limit` of the file.
  bool wanted(int line, int column) const { return !full_ || std::pair(line, column) < threshold_; }
  void add(Diagnostic&& d);
  void drop(Severity severity) { ++(severity == Severity::error ? dropped_errors_ : dropped_warnings_); }
  // What another reader (a thread's) found.
  void merge(Findings&& other);
  // In file order; past the limit, one more diagnostic of `file`: "N more problems not shown
  // (E errors, W warnings)", an error when any of them is.
  std::vector<Diagnostic> finish(const std::string& file) &&;

 private:
  void compact();
  std::size_t limit_;
  std::vector<Diagnostic> kept_;
  bool full_ = false;
  std::pair<int, int> threshold_{};
  std::size_t dropped_errors_ = 0, dropped_warnings_ = 0;
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
             const StoryLoadOptions& options, Findings& out);
  // A reader of the same text with the same settings that reports into `out`: one per thread.
  JsonReader(const JsonReader& settings, Findings& out);

  const JsonTree& tree() const { return tree_; }
  const StoryLoadOptions& options() const { return options_; }

  void report(Severity severity, const JsonNode& at, const JsonPath& path, std::string message, bool at_key = false);
  // The same, for a message that costs something to build: `make_message()` is called only
  // when the diagnostic is kept (see Findings).
  template <typename F>
  void report_with(Severity severity, const JsonNode& at, const JsonPath& path, bool at_key, F&& make_message) {
    int line = 0, column = 0;
    locate(at, at_key, line, column);
    if (!out_.wanted(line, column)) return out_.drop(severity);
    out_.add({severity, file_, line, column, path.to_string(), make_message()});
  }
  void error(const JsonNode& at, const JsonPath& path, std::string message) {
    report(Severity::error, at, path, std::move(message));
  }
  // Diagnostics another reader found (a thread's).
  void append(Findings&& found) { out_.merge(std::move(found)); }
  void warning(const JsonNode& at, const JsonPath& path, std::string message) {
    report(Severity::warning, at, path, std::move(message));
  }
  // What a TimelineJS file says that the Frise format cannot carry (a remote thumbnail, an
  // era's text): listed by `frise import` when StoryLoadOptions::losses is set, else dropped.
  void note_loss(const JsonNode& at, const JsonPath& path, std::string message);
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
      if (index >= Known.size()) {
        warn_unknown_key(member, path, Known);
        continue;
      }
      if (out.found_[index]) warn_repeated_key(member, path);
      out.found_[index] = &member;
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
  // A media path (a Frise "image", a TimelineJS media "url"): refused by the asset-path policy
  // (paths.hpp) with an error, `out` then cleared and the file never looked at; else checked
  // against the files when the reader can see them (a missing one is a warning).
  bool read_asset_path(const JsonNode& node, const JsonPath& path, std::string& out);
  // The size a story gives an image file, to check the file against (StoryLoadOptions::
  // check_image), and the file's own size when it was read.
  struct ImageSize {
    int declared_width = 0, declared_height = 0;  // 0: not given
    bool twice = false;                           // an image_2x: the file should be twice the declared size
    int file_width = 0, file_height = 0;          // 0: not known
  };
  bool check_asset_path(const JsonNode& node, const JsonPath& path, std::string& value, bool look_for_file = true,
                        ImageSize* size = nullptr);
  // A warning that `id` names no `kind` of the story, with the nearest id as a "did you mean".
  template <typename Items, typename IdOf>
  void warn_unknown_id(const JsonNode& at, const JsonPath& path, const char* kind, const std::string& id,
                       const Items& items, IdOf&& id_of) {
    report_with(Severity::warning, at, path, false, [&] {
      std::string message = std::string("no ") + kind + " has the id " + frise::quoted(id);
      std::string_view best;
      std::size_t best_distance = suggestion_distance(id);
      std::size_t looked = 0;
      for (const auto& item : items) {
        if (++looked > max_suggestion_candidates) break;
        const std::string_view candidate = id_of(item);
        if (const std::size_t d = bounded_edit_distance(id, candidate, best_distance); d < best_distance) {
          best_distance = d;
          best = candidate;
        }
      }
      if (!best.empty()) message += " (did you mean " + frise::quoted(best) + "?)";
      return message;
    });
  }
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

  // A "did you mean" looks at this many candidates at most (a story has a few dozen ids; a
  // hostile one may have a million).
  static constexpr std::size_t max_suggestion_candidates = 500;
  // Suggestions are names at an edit distance below this from `wrong`.
  static std::size_t suggestion_distance(std::string_view wrong) { return std::min<std::size_t>(3, wrong.size()); }

 private:
  void locate(const JsonNode& at, bool at_key, int& line, int& column);
  // What check_image found in the file `value` names (resolved to `resolved`), as warnings.
  void check_image_file(const JsonNode& node, const JsonPath& path, const std::string& value, const std::string& resolved,
                        ImageSize* size);
  // Index of `key` in `known`, or known.size().
  static std::size_t known_index(std::string_view key, std::span<const std::string_view> known);
  void warn_unknown_key(const JsonNode& member, const JsonPath& path, std::span<const std::string_view> known);
  // A member whose name an earlier member of the object has: JSON allows it, but only the last
  // one counts, which an author rarely means.
  void warn_repeated_key(const JsonNode& member, const JsonPath& path);

  const std::string& text_;
  std::size_t text_start_;
  const std::string& file_;
  const JsonTree& tree_;
  const StoryLoadOptions& options_;
  Findings& out_;
  // Built on the first report, and shared with the readers made from this one (threads).
  struct SharedPositions {
    std::once_flag built;
    std::optional<TextPositions> positions;
  };
  std::shared_ptr<SharedPositions> positions_ = std::make_shared<SharedPositions>();
  int asset_root_depth_ = 0;  // how many folders the story's lies below its media's root
  std::string default_language_ = "fr";
  std::vector<std::string> languages_;
};

}  // namespace frise::detail
