// Search across all the text of a story, for `/` and Ctrl+F: headlines, captions, display dates,
// balloons (with the speaker's name) and image descriptions, in the reader's language. Matching
// ignores case and French accents (é = e, œ = oe, ç = c), and treats typographic apostrophes,
// quotes, dashes and non-breaking spaces as their plain forms, so what people type on any
// keyboard finds what authors wrote with proper typography.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/story.hpp"

namespace frise {

enum class SearchField { headline, date, caption, balloon, alt };
const char* to_string(SearchField field);

// One searchable text of one panel.
struct SearchEntry {
  int panel = 0;         // reading-order index
  SearchField field = SearchField::headline;
  int item = -1;         // which balloon or art layer; -1 for the other fields
  std::string original;  // as shown ("Speaker: text" for a balloon)
  std::string folded;    // lower case, accents and typography folded (fold_for_search)
};

struct SearchIndex {
  std::string language, fallback_language;
  std::vector<SearchEntry> entries;       // by panel in reading order, then in field order
  std::vector<std::size_t> panel_entries; // entries of panel p: [panel_entries[p], panel_entries[p + 1])
};

// Indexes every panel's texts in `language`, falling back as LocalizedText::get does. Rebuild it
// when the language or the story changes.
SearchIndex build_search_index(const Story& story, const std::string& language,
                               const std::string& fallback_language);

struct SearchHit {
  int panel = 0;  // reading-order index, to jump to
  SearchField field = SearchField::headline;  // the field that matched best
  int item = -1;        // which balloon or art layer, -1 otherwise
  std::string snippet;  // ~80 characters of the field around the match, "…" where cut
  std::size_t highlight_begin = 0, highlight_end = 0;  // the match, in bytes of `snippet`
};

// Panels that contain every word of `query` (in any order, in any of their fields), in reading
// order, at most `max_hits`. Words match anywhere, also inside longer words, so results follow
// typing. An empty or blank query finds nothing.
std::vector<SearchHit> search(const SearchIndex& index, std::string_view query, std::size_t max_hits);

// `text` in lower case without accents, with typographic punctuation and spaces made plain
// ("L’Œuvre — été" → "l'oeuvre - ete"). Covers Latin-1, Latin Extended-A and combining accents;
// other characters are kept as they are. When `origin` is given, it receives, for each byte of
// the result, the byte offset in `text` of the character it came from.
std::string fold_for_search(std::string_view text, std::vector<std::uint32_t>* origin = nullptr);

}  // namespace frise
