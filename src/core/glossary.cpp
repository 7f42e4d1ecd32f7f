#include "core/glossary.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace frise {
namespace {

// The code point starting at `at` (story texts are valid UTF-8 once loaded; anything else reads
// as U+FFFD, a letter).
char32_t code_point_at(std::string_view text, std::size_t at) {
  char32_t cp = U'\uFFFD';
  decode_utf8_at(text, at, cp);
  return cp;
}

// Letters, digits and hyphens continue a word ("celui-ci" holds no "ci"); spaces, other
// punctuation (’ « » …) and symbols end it.
bool is_word_character(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '_' || cp == '-';
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;  // Latin-1 punctuation and symbols, but ª µ º
  if (cp == 0xD7 || cp == 0xF7) return false;                    // × ÷
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;                // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;                // CJK punctuation
  return true;
}

bool word_ends_before(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  std::size_t start = at - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return !is_word_character(code_point_at(text, start));
}

bool word_ends_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return true;
  return !is_word_character(code_point_at(text, at));
}

// An acronym ("AURA", "CI/CD", "OPS"): two letters or more, all capitals. It is matched as
// written, so that the verb "aura" or the word "ops" in a sentence are not taken for it.
bool is_acronym(std::string_view form) {
  int letters = 0;
  for (char c : form) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return letters >= 2;
}

}  // namespace

std::string fold_case(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c | 0x20);
    } else if (i + 1 < out.size()) {
      unsigned char next = static_cast<unsigned char>(out[i + 1]);
      if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
        out[++i] = static_cast<char>(next + 0x20);  // À–Þ → à–þ, but not ×
      } else if ((c == 0xC4 || c == 0xC5) && next != 0xB8) {
        // Latin Extended-A pairs capitals and small letters on neighbouring code points; which
        // of the two is the capital changes along the block.
        const char32_t cp = ((c & 0x1F) << 6) | (next & 0x3F);
        bool capital = false;
        if (cp <= 0x137) capital = cp % 2 == 0 && cp != 0x130;                   // Ā…ķ (İ has no pair here)
        else if (cp >= 0x139 && cp <= 0x148) capital = cp % 2 == 1 && cp != 0x13F;  // Ĺ…ň (Ŀ crosses a byte)
        else if (cp >= 0x14A && cp <= 0x177) capital = cp % 2 == 0;              // Ŋ…ŷ, Œ among them
        else if (cp >= 0x179 && cp <= 0x17E) capital = cp % 2 == 1;              // Ź…ž
        out[i + 1] = static_cast<char>(capital ? next + 1 : next);
        ++i;
      } else if (c == 0xC5 && next == 0xB8) {
        out[i] = static_cast<char>(0xC3);  // Ÿ (U+0178) → ÿ (U+00FF)
        out[++i] = static_cast<char>(0xBF);
      } else if (c >= 0xC0) {
        ++i;
      }
    }
  }
  return out;
}

TermFinder::TermFinder(const std::vector<GlossaryEntry>& glossary, const std::string& language,
                       const std::string& fallback) {
  for (std::size_t e = 0; e < glossary.size(); ++e)
    for (std::string_view form : glossary[e].forms(language, fallback)) {
      const bool exact = is_acronym(form);
      needles_.push_back({exact ? std::string(form) : fold_case(form), static_cast<int>(e), exact});
    }
}

std::vector<TermUse> TermFinder::find(std::string_view text) const {
  std::vector<TermUse> found;
  if (needles_.empty() || text.empty()) return found;
  const std::string folded = fold_case(text);
  for (const Needle& needle : needles_) {
    const std::string_view haystack = needle.exact ? text : std::string_view(folded);
    for (std::size_t at = haystack.find(needle.text); at != std::string::npos; at = haystack.find(needle.text, at + 1)) {
      const std::size_t end = at + needle.text.size();
      if (word_ends_before(text, at) && word_ends_at(text, end)) found.push_back({at, end, needle.entry});
    }
  }
  // Left to right, the longest first where two start together; then drop overlaps.
  std::sort(found.begin(), found.end(), [](const TermUse& a, const TermUse& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<TermUse> kept;
  for (const TermUse& use : found)
    if (kept.empty() || use.begin >= kept.back().end) kept.push_back(use);
  return kept;
}

std::vector<TermUse> find_terms(const std::vector<GlossaryEntry>& glossary, std::string_view text,
                                const std::string& language, const std::string& fallback) {
  return TermFinder(glossary, language, fallback).find(text);
}

bool PanelTerms::empty() const {
  return caption.empty() && std::all_of(balloons.begin(), balloons.end(), [](const auto& b) { return b.empty(); });
}

PanelTerms panel_terms(const Story& story, const Panel& panel, const std::string& language) {
  PanelTerms out;
  out.balloons.resize(panel.balloons.size());
  if (story.glossary.empty()) return out;
  std::vector<bool> marked(story.glossary.size(), false);
  const std::string& fallback = story.default_language;
  const TermFinder finder(story.glossary, language, fallback);
  const auto first_uses = [&](const LocalizedText& text, std::vector<TermUse>& into) {
    for (const TermUse& use : finder.find(text.get(language, fallback))) {
      if (marked[use.entry]) continue;
      marked[use.entry] = true;
      into.push_back(use);
    }
  };
  for (std::size_t i = 0; i < panel.balloons.size(); ++i) first_uses(panel.balloons[i].text, out.balloons[i]);
  first_uses(panel.caption, out.caption);
  return out;
}

std::vector<bool> terms_used(const Story& story, const std::string& language) {
  std::vector<bool> used(story.glossary.size(), false);
  std::size_t left = used.size();
  const TermFinder finder(story.glossary, language, story.default_language);
  const auto look = [&](const LocalizedText& text) {
    const std::string* value = text.find(language);
    if (!value) return;
    for (const TermUse& use : finder.find(*value))
      if (!used[use.entry]) {
        used[use.entry] = true;
        --left;
      }
  };
  for (const Panel& panel : story.panels) {
    if (left == 0) break;
    look(panel.caption);
    for (const Balloon& balloon : panel.balloons) look(balloon.text);
  }
  return used;
}

}  // namespace frise
