#include "core/language_guess.hpp"

#include <array>
#include <string_view>

#include "core/glossary.hpp"

namespace frise {
namespace {

// Words that are common in one language and rare in the other (no word in both lists: "a", "on"…).
constexpr std::array french{"le", "la", "les", "des", "une", "est", "et", "pas", "que", "qui", "pour", "dans", "du", "je", "nous", "sur", "avec", "ce"};
constexpr std::array english{"the", "and", "is", "of", "to", "we", "that", "with", "for", "this", "was", "are", "it", "you", "not", "our", "from", "what"};

template <std::size_t N>
bool listed(std::string_view word, const std::array<const char*, N>& words) {
  for (const char* w : words)
    if (word == w) return true;
  return false;
}

void count(std::string_view text, int& fr, int& en) {
  const std::string folded = fold_case(text);
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = start;
    while (end < folded.size() && ((folded[end] >= 'a' && folded[end] <= 'z') || static_cast<unsigned char>(folded[end]) >= 0x80)) ++end;
    const std::string_view word(folded.data() + start, end - start);
    fr += listed(word, french);
    en += listed(word, english);
    start = end + 1;
  }
}

}  // namespace

std::string guess_story_language(const Story& story) {
  int fr = 0, en = 0;
  const std::string& language = story.default_language;
  count(story.title.get(language, language), fr, en);
  // The first few hundred panels are plenty to tell.
  for (std::size_t i = 0; i < story.panels.size() && i < 300; ++i) {
    const Panel& panel = story.panels[i];
    count(panel.caption.get(language, language), fr, en);
    count(panel.headline.get(language, language), fr, en);
    for (const Balloon& balloon : panel.balloons) count(balloon.text.get(language, language), fr, en);
  }
  if (fr + en < 8) return {};
  if (en >= 3 * fr) return "en";
  if (fr >= 3 * en) return "fr";
  return {};
}

}  // namespace frise
