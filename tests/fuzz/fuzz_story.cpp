// libFuzzer target: bytes -> frise::parse_story with the default options, as the desktop and the
// browser load a story (the Frise format or a TimelineJS3 file, told apart by their shape), and
// the same bytes -> frise::parse_story_index, as the picker reads a story list (index.json).
// Besides not crashing (ASan, UBSan, no exception escaping, libFuzzer's -timeout and
// -rss_limit_mb for time and memory), the result must hold:
//  - every diagnostic has a message and names the file; its position is 0:0 (unknown) or a
//    line of the text (1 to the number of lines) and a column within that line (1 to its length
//    in bytes + 1: columns count characters, never more than bytes);
//  - the diagnostics are in file order (those with a line) and at most the cap plus the one
//    that says how many more there were;
//  - the JSON check agrees with nlohmann-json (a strict RFC 8259 parser): a text nlohmann
//    rejects never loads without error;
//  - a story read without error is written back (frise::write_story, which must not throw)
//    to a text that reads again without error, to an equal story, and writes the same again.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.hpp"
#include "core/paths.hpp"
#include "core/story_index.hpp"
#include "core/story_json.hpp"
#include "fuzz_common.hpp"

namespace {

// Stories in panels/ reach the art as "../assets/art/…": a name in such a folder lets the seeds
// load without error, so that the fuzzer also explores what comes after a clean load.
const std::string file_name = "panels/fuzz.json";

std::size_t diagnostic_cap(const frise::StoryLoadOptions& options) {
  if constexpr (requires { options.limits.max_diagnostics; }) {
    return options.limits.max_diagnostics;
  } else {
    return SIZE_MAX;  // a tree from before the cap
  }
}

void check_positions(const std::string& text, const std::vector<frise::Diagnostic>& diagnostics, std::size_t cap) {
  // Line starts, to bound each diagnostic's position.
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts.push_back(i + 1);

  FRISE_FUZZ_CHECK(cap == SIZE_MAX || diagnostics.size() <= cap + 1, "%zu diagnostics; the cap is %zu (+1)",
                   diagnostics.size(), cap);
  int previous_line = 0, previous_column = 0;
  for (const frise::Diagnostic& d : diagnostics) {
    const std::string shown = frise::format_diagnostic(d);
    FRISE_FUZZ_CHECK(d.severity == frise::Severity::error || d.severity == frise::Severity::warning,
                     "a diagnostic of unknown severity %d: %s", static_cast<int>(d.severity), shown.c_str());
    FRISE_FUZZ_CHECK(!d.message.empty(), "a diagnostic without a message: %s", shown.c_str());
    FRISE_FUZZ_CHECK(d.file == file_name, "a diagnostic names another file: %s", shown.c_str());
    FRISE_FUZZ_CHECK(d.line >= 0 && d.column >= 0, "a negative position: %s", shown.c_str());
    FRISE_FUZZ_CHECK((d.line == 0) == (d.column == 0), "a position with a line but no column, or the reverse: %s",
                     shown.c_str());
    if (d.line == 0) continue;
    FRISE_FUZZ_CHECK(static_cast<std::size_t>(d.line) <= line_starts.size(), "line %d of a text of %zu lines: %s",
                     d.line, line_starts.size(), shown.c_str());
    const std::size_t start = line_starts[static_cast<std::size_t>(d.line) - 1];
    const std::size_t end = static_cast<std::size_t>(d.line) < line_starts.size()
                                ? line_starts[static_cast<std::size_t>(d.line)] - 1
                                : text.size();
    FRISE_FUZZ_CHECK(static_cast<std::size_t>(d.column) <= end - start + 1, "column %d of a line of %zu bytes: %s",
                     d.column, end - start, shown.c_str());
    FRISE_FUZZ_CHECK(d.line > previous_line || (d.line == previous_line && d.column >= previous_column),
                     "diagnostics out of file order: %d:%d after %d:%d: %s", d.line, d.column, previous_line,
                     previous_column, shown.c_str());
    previous_line = d.line;
    previous_column = d.column;
  }
}

void check_diagnostics(const std::string& text, const frise::StoryLoadResult& result,
                       const frise::StoryLoadOptions& options) {
  check_positions(text, result.diagnostics, diagnostic_cap(options));
  // ok() is what the app and `frise validate` act on.
  const bool any_error = std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                                     [](const frise::Diagnostic& d) { return d.severity == frise::Severity::error; });
  FRISE_FUZZ_CHECK(result.ok() == !any_error, "ok() is %d with%s an error diagnostic", result.ok(),
                   any_error ? "" : "out");
}

std::string first_error(const frise::StoryLoadResult& result) {
  for (const frise::Diagnostic& d : result.diagnostics)
    if (d.severity == frise::Severity::error) return frise::format_diagnostic(d);
  return "(none)";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const frise::StoryLoadOptions options;
  const frise::StoryLoadResult result = frise::parse_story(text, file_name, options);
  check_diagnostics(text, result, options);

  // The same bytes as a story list (an index.json, which the picker reads natively and on the
  // web): its diagnostics hold the same rules, and every entry it keeps passed the path policy.
  const frise::StoryIndexLimits index_limits;
  const frise::StoryIndex index = frise::parse_story_index(text, file_name, index_limits);
  check_positions(text, index.diagnostics, index_limits.max_diagnostics);
  FRISE_FUZZ_CHECK(index.stories.size() <= index_limits.max_stories, "a story list of %zu stories", index.stories.size());
  for (const frise::StoryEntry& entry : index.stories) {
    FRISE_FUZZ_CHECK(frise::asset_path_problem(entry.file, file_name, frise::asset_root_depth(file_name)).empty(),
                     "a story list kept a file the path policy refuses: %s", entry.file.c_str());
    FRISE_FUZZ_CHECK(!entry.title.empty(), "a story list entry without a title: %s", entry.file.c_str());
  }

  if (!result.ok()) return 0;
  FRISE_FUZZ_CHECK(nlohmann::json::accept(text), "a text that is not JSON (nlohmann rejects it) loaded without error");

  std::string written;
  try {
    written = frise::write_story(result.story);
  } catch (const std::exception& e) {
    FRISE_FUZZ_CHECK(false, "write_story threw on a story read without error: %s", e.what());
  }
  const frise::StoryLoadResult again = frise::parse_story(written, file_name, options);
  FRISE_FUZZ_CHECK(again.ok(), "the story as written back does not load: %s", first_error(again).c_str());
  FRISE_FUZZ_CHECK(!again.from_timelinejs, "the story as written back reads as TimelineJS");
  FRISE_FUZZ_CHECK(again.story == result.story,
                   "the story as written back reads as another story");
  FRISE_FUZZ_CHECK(frise::write_story(again.story) == written, "the story written twice gives two texts");
  return 0;
}
