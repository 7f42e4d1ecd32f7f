// Where a story's glossary terms appear in its texts: the reader marks the first use of each
// term in a panel and shows its definition on demand; the validator checks every term is used.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/story.hpp"

namespace frise {

// Bytes [begin, end) of a text where glossary entry number `entry` is used.
struct TermUse {
  std::size_t begin = 0, end = 0;
  int entry = -1;
  bool operator==(const TermUse&) const = default;
};

// `text` with Latin letters in lower case, byte for byte (each folded letter keeps its length,
// so offsets into the result are offsets into `text`): A–Z, À–Þ, Œ, Ÿ and the Latin Extended-A
// pairs.
std::string fold_case(std::string_view text);

// Finds a glossary's terms in texts of one language: the forms are prepared (folded) once, for
// all the texts looked at, since a story or a panel looks at many.
class TermFinder {
 public:
  // The forms in `language` (the term in `fallback`, the story's default language, when an entry
  // has none in it).
  TermFinder(const std::vector<GlossaryEntry>& glossary, const std::string& language, const std::string& fallback);
  // As find_terms below.
  std::vector<TermUse> find(std::string_view text) const;

 private:
  struct Needle {
    std::string text;  // folded, or as written for an acronym
    int entry = -1;
    bool exact = false;  // an acronym: matched as written
  };
  std::vector<Needle> needles_;
};

// Every use of a term or alias of `glossary` in `text`, in `language` (forms in `fallback`, the
// story's default language, when the entry has none in it): whole words only (a hyphen joins
// words), ignoring case except for acronyms (all capitals: "AURA" is not the verb "aura"), left
// to right, the longest form where several start at the same place, never overlapping.
std::vector<TermUse> find_terms(const std::vector<GlossaryEntry>& glossary, std::string_view text,
                                const std::string& language, const std::string& fallback);

// The terms a panel marks: the first use of each entry in its texts in reading order (the
// balloons in order, then the caption).
struct PanelTerms {
  std::vector<std::vector<TermUse>> balloons;  // one list per balloon
  std::vector<TermUse> caption;
  bool empty() const;
};
PanelTerms panel_terms(const Story& story, const Panel& panel, const std::string& language);

// For each entry, whether some caption or balloon uses it in `language`.
std::vector<bool> terms_used(const Story& story, const std::string& language);

}  // namespace frise
