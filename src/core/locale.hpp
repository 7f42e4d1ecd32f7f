// The interface's own words (buttons, help, messages; never the story's text) in French and
// English, read from assets/locales/<language>.json: flat JSON objects of key -> string, where
// "{name}" marks a value filled in at run time ("Case {current} sur {count}").
//
// A missing key shows as the key itself, so a gap in a translation is visible on screen and
// never a crash; a locale can fall back on another (English on French, the original) first.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frise {

struct LocaleLoad;

class Locale {
 public:
  using Entries = std::map<std::string, std::string, std::less<>>;

  Locale() = default;
  explicit Locale(Entries entries) : entries_(std::move(entries)) {}

  // Reads a locale file. Never throws; on failure the result's error reads like a compiler's:
  // "fr.json:12:5: the value of \"nav.next\" must be a string, found a number".
  static LocaleLoad parse(std::string_view json_text, std::string_view file_name = "locale");

  // The text for `key`: this locale's, else the fallback chain's, else the key itself.
  // The reference stays valid as long as the locale (and its fallback) does.
  const std::string& text(std::string_view key) const;
  // text(key) with each {name} replaced by its value; placeholders without a value stay as
  // they are, so they show up in testing rather than vanish.
  std::string format(std::string_view key,
                     std::initializer_list<std::pair<std::string_view, std::string>> values) const;

  // Looked up when this locale lacks a key. Not owned: it must outlive this locale. A chain that
  // loops back (English -> French -> English) is cut, never followed forever.
  void set_fallback(const Locale& fallback) { fallback_ = &fallback; }
  void clear_fallback() { fallback_ = nullptr; }

  bool has(std::string_view key) const { return entries_.find(key) != entries_.end(); }  // own keys only
  const Entries& entries() const { return entries_; }
  // Keys asked for that no locale in the chain has, for a diagnostic in debug builds.
  const std::set<std::string, std::less<>>& missing_keys() const { return missing_; }

 private:
  Entries entries_;
  const Locale* fallback_ = nullptr;
  // Keys returned as their own text need somewhere to live for text() to return a reference.
  mutable std::set<std::string, std::less<>> missing_;
};

struct LocaleLoad {
  Locale locale;      // empty when the file could not be read
  std::string error;  // "file:line:column: message"; empty on success
  bool ok() const { return error.empty(); }
};

// Replaces each {name} of `text` by its value; used by Locale::format.
std::string fill_placeholders(std::string_view text,
                              std::initializer_list<std::pair<std::string_view, std::string>> values);

// The names of the {name} placeholders of `text`, in order of appearance, repeats included.
std::vector<std::string> placeholders(std::string_view text);

}  // namespace frise
