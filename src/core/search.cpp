#include "core/search.hpp"

#include <algorithm>
#include <array>

namespace frise {
namespace {

constexpr std::size_t snippet_characters = 80;
constexpr std::string_view ellipsis = "…";

// Length of the UTF-8 sequence at `pos` and the code point it encodes; an invalid byte counts
// as a sequence of one byte (copied as it is, so it can still match itself).
std::size_t decode_at(std::string_view text, std::size_t pos, char32_t& code_point) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned lead = byte(pos);
  std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || pos + length > text.size()) {
    code_point = 0xFFFD;
    return 1;
  }
  char32_t value = length == 1 ? lead : lead & (0x7Fu >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      code_point = 0xFFFD;
      return 1;
    }
    value = (value << 6) | (byte(pos + i) & 0x3Fu);
  }
  code_point = value;
  return length;
}

// U+00C0 to U+00FF; null keeps the character (× and ÷).
constexpr std::array<const char*, 64> latin1_letters{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};

// Base letter of U+0100 to U+017F, in order; '*' marks the ligatures Ĳ ĳ Œ œ.
constexpr std::string_view latin_extended_a_letters =
    "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "**" "jj" "kkk"
    "llllllllll" "nnnnnnnnn" "oooooo" "**" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy"
    "zzzzzz" "s";
static_assert(latin_extended_a_letters.size() == 0x80);

// Appends the folded form of one character; returns false when the character is to be copied
// as it is.
bool fold_code_point(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c == '`' ? '\'' : static_cast<char>(c);
    return true;
  }
  if (c >= 0xC0 && c <= 0xFF) {
    const char* letters = latin1_letters[c - 0xC0];
    if (letters) out += letters;
    return letters != nullptr;
  }
  if (c >= 0x100 && c <= 0x17F) {
    const char letter = latin_extended_a_letters[c - 0x100];
    if (letter != '*') out += letter;
    else out += c < 0x140 ? "ij" : "oe";
    return true;
  }
  // Combining accents (text in decomposed form), soft hyphen, zero-width characters: nothing.
  if ((c >= 0x300 && c <= 0x36F) || c == 0xAD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF)
    return true;
  if (c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000) out += ' ';
  else if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) out += '-';
  else if ((c >= 0x2018 && c <= 0x201B) || c == 0x2032 || c == 0x2039 || c == 0x203A || c == 0xB4) out += '\'';
  else if ((c >= 0x201C && c <= 0x201F) || c == 0x2033 || c == 0xAB || c == 0xBB) out += '"';
  else if (c == 0x2026) out += "...";
  else return false;
  return true;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && is_blank(text[pos])) ++pos;
    const std::size_t begin = pos;
    while (pos < text.size() && !is_blank(text[pos])) ++pos;
    if (pos > begin) words.push_back(text.substr(begin, pos - begin));
  }
  return words;
}

bool is_continuation(std::string_view text, std::size_t pos) {
  return pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80;
}

// Moves `pos` by `count` characters (backwards when `forward` is false), stopping at `limit`.
std::size_t step_characters(std::string_view text, std::size_t pos, std::size_t count, bool forward,
                            std::size_t limit, std::size_t& stepped) {
  stepped = 0;
  while (stepped < count && pos != limit) {
    if (forward) do ++pos; while (pos < limit && is_continuation(text, pos));
    else do --pos; while (pos > limit && is_continuation(text, pos));
    ++stepped;
  }
  return pos;
}

std::size_t count_characters(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) count += is_continuation(text, i) ? 0 : 1;
  return count;
}

// About snippet_characters of `text` around the byte range [begin, end), cut on character
// boundaries (at a space when one is near) and marked with "…" where cut.
SearchHit make_snippet(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t match_characters = count_characters(text.substr(begin, end - begin));
  const std::size_t room = snippet_characters > match_characters ? snippet_characters - match_characters : 0;
  std::size_t before_available = 0, after_available = 0;
  step_characters(text, begin, room, false, 0, before_available);
  step_characters(text, end, room, true, text.size(), after_available);
  // Two fifths of the room before the match, unless one side has less text than its share.
  std::size_t before = std::min(before_available, room * 2 / 5);
  const std::size_t after = std::min(after_available, room - before);
  before = std::min(before_available, room - after);
  std::size_t stepped = 0;
  std::size_t start = step_characters(text, begin, before, false, 0, stepped);
  std::size_t stop = step_characters(text, end, after, true, text.size(), stepped);
  constexpr std::size_t word_reach = 15;  // bytes given up to cut between words
  if (start > 0)
    for (std::size_t i = start; i < begin && i < start + word_reach; ++i)
      if (is_blank(text[i])) {
        start = i + 1;
        break;
      }
  if (stop < text.size())
    for (std::size_t i = stop; i > end && i + word_reach > stop; --i)
      if (is_blank(text[i - 1])) {
        stop = i - 1;
        break;
      }
  while (start < begin && is_blank(text[start])) ++start;
  while (stop > end && is_blank(text[stop - 1])) --stop;
  SearchHit hit;
  if (start > 0) hit.snippet += ellipsis;
  hit.highlight_begin = hit.snippet.size() + (begin - start);
  hit.highlight_end = hit.snippet.size() + (end - start);
  hit.snippet += text.substr(start, stop - start);
  if (stop < text.size()) hit.snippet += ellipsis;
  for (char& c : hit.snippet)
    if (is_blank(c)) c = ' ';  // a snippet is one line
  return hit;
}

}  // namespace

const char* to_string(SearchField field) {
  switch (field) {
    case SearchField::headline: return "headline";
    case SearchField::date: return "date";
    case SearchField::caption: return "caption";
    case SearchField::balloon: return "balloon";
    case SearchField::alt: return "alt";
  }
  return "?";
}

std::string fold_for_search(std::string_view text, std::vector<std::uint32_t>* origin) {
  std::string out;
  out.reserve(text.size());
  if (origin) {
    origin->clear();
    origin->reserve(text.size());
  }
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t code_point = 0;
    const std::size_t length = decode_at(text, pos, code_point);
    if (!fold_code_point(code_point, out)) out.append(text.substr(pos, length));
    if (origin) origin->resize(out.size(), static_cast<std::uint32_t>(pos));
    pos += length;
  }
  return out;
}

SearchIndex build_search_index(const Story& story, const std::string& language, const std::string& fallback_language) {
  SearchIndex index;
  index.language = language;
  index.fallback_language = fallback_language;
  const auto text_of = [&](const LocalizedText& text) -> const std::string& { return text.get(language, fallback_language); };
  const std::string speaker_separator = language == "fr" ? "\u00A0: " : ": ";
  for (std::size_t p = 0; p < story.panels.size(); ++p) {
    const Panel& panel = story.panels[p];
    index.panel_entries.push_back(index.entries.size());
    const auto add = [&](SearchField field, int item, std::string text) {
      if (text.empty()) return;
      std::string folded = fold_for_search(text);
      index.entries.push_back({static_cast<int>(p), field, item, std::move(text), std::move(folded)});
    };
    add(SearchField::headline, -1, text_of(panel.headline));
    add(SearchField::date, -1, !panel.display_date.empty() ? text_of(panel.display_date)
                               : panel.date                ? panel.date->to_string()
                                                           : std::string());
    add(SearchField::caption, -1, text_of(panel.caption));
    for (std::size_t b = 0; b < panel.balloons.size(); ++b) {
      const Balloon& balloon = panel.balloons[b];
      std::string speaker = balloon.speaker;
      if (const Character* character = story.find_character(balloon.speaker); character && !character->name.empty())
        speaker = text_of(character->name);
      const std::string& said = text_of(balloon.text);
      add(SearchField::balloon, static_cast<int>(b),
          speaker.empty() ? said : said.empty() ? speaker : speaker + speaker_separator + said);
    }
    for (std::size_t l = 0; l < panel.art.layers.size(); ++l)
      if (const ImageRef* image = story.layer_image(panel.art.layers[l]))
        add(SearchField::alt, static_cast<int>(l), text_of(image->alt));
  }
  index.panel_entries.push_back(index.entries.size());
  return index;
}

std::vector<SearchHit> search(const SearchIndex& index, std::string_view query, std::size_t max_hits) {
  std::vector<SearchHit> hits;
  const std::string folded_query = fold_for_search(query);
  std::vector<std::string_view> words = split_words(folded_query);
  if (words.empty() || max_hits == 0) return hits;
  // The longest word first: it is the likeliest to rule a panel out at once.
  std::stable_sort(words.begin(), words.end(), [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  const std::size_t panel_count = index.panel_entries.empty() ? 0 : index.panel_entries.size() - 1;
  for (std::size_t p = 0; p < panel_count && hits.size() < max_hits; ++p) {
    const std::size_t first = index.panel_entries[p], last = index.panel_entries[p + 1];
    const auto panel_has = [&](std::string_view word) {
      for (std::size_t e = first; e < last; ++e)
        if (index.entries[e].folded.find(word) != std::string::npos) return true;
      return false;
    };
    if (!std::all_of(words.begin(), words.end(), panel_has)) continue;
    // The field holding the most query words (the first such field), and in it the earliest match.
    std::size_t best_entry = first, best_count = 0, match_begin = 0, match_size = 0;
    for (std::size_t e = first; e < last; ++e) {
      std::size_t count = 0, earliest = std::string::npos, earliest_size = 0;
      for (std::string_view word : words) {
        const std::size_t at = index.entries[e].folded.find(word);
        if (at == std::string::npos) continue;
        ++count;
        if (at < earliest) {
          earliest = at;
          earliest_size = word.size();
        }
      }
      if (count > best_count) {
        best_entry = e;
        best_count = count;
        match_begin = earliest;
        match_size = earliest_size;
      }
    }
    const SearchEntry& entry = index.entries[best_entry];
    std::vector<std::uint32_t> origin;
    fold_for_search(entry.original, &origin);
    const std::size_t begin = origin[match_begin];
    char32_t unused = 0;
    const std::size_t last_start = origin[match_begin + match_size - 1];
    const std::size_t end = last_start + decode_at(entry.original, last_start, unused);
    SearchHit hit = make_snippet(entry.original, begin, end);
    hit.panel = entry.panel;
    hit.field = entry.field;
    hit.item = entry.item;
    hits.push_back(std::move(hit));
  }
  return hits;
}

}  // namespace frise
