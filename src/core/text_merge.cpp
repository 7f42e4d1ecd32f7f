#include "core/text_merge.hpp"

#include <algorithm>

namespace frise {
namespace {

// What a side changed: bytes [begin, end) of the base replaced by `with`.
struct Change {
  std::size_t begin = 0, end = 0;
  std::string with;
};

Change change_of(const std::string& base, const std::string& edited) {
  const std::size_t limit = std::min(base.size(), edited.size());
  std::size_t prefix = 0;
  while (prefix < limit && base[prefix] == edited[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < limit - prefix && base[base.size() - 1 - suffix] == edited[edited.size() - 1 - suffix]) ++suffix;
  // Whole UTF-8 characters only: never split one between the two sides.
  const auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  while (prefix > 0 && prefix < base.size() && continuation(base[prefix])) --prefix;
  while (suffix > 0 && base.size() - suffix < base.size() && continuation(base[base.size() - suffix])) --suffix;
  return {prefix, base.size() - suffix, edited.substr(prefix, edited.size() - suffix - prefix)};
}

}  // namespace

std::optional<std::string> merge_changes(const std::string& base, const std::string& mine, const std::string& theirs) {
  if (mine == base) return theirs;
  if (theirs == base || theirs == mine) return mine;
  const Change a = change_of(base, mine), b = change_of(base, theirs);
  // Touching stretches overlap too: an insertion right where the other side edits is ambiguous.
  if (a.begin <= b.end && b.begin <= a.end) return std::nullopt;
  const Change& first = a.begin < b.begin ? a : b;
  const Change& second = a.begin < b.begin ? b : a;
  std::string out = base.substr(0, first.begin);
  out += first.with;
  out += base.substr(first.end, second.begin - first.end);
  out += second.with;
  out += base.substr(second.end);
  return out;
}

}  // namespace frise
