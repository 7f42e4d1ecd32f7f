#include <doctest/doctest.h>

#include <algorithm>

#include "core/input_map.hpp"
#include "core/locale.hpp"
#include "core/settings.hpp"
#include "core/utf8.hpp"
#include "source_file.hpp"

using namespace frise;

namespace {

std::string read_locale_file(const std::string& name) { return test::read_source_file("assets/locales/" + name); }

Locale load_locale_file(const std::string& name) {
  LocaleLoad load = Locale::parse(read_locale_file(name), name);
  REQUIRE_MESSAGE(load.ok(), load.error);
  return std::move(load.locale);
}

// The fonts have Latin-1 and these few more: nothing else can be drawn.
bool drawable(char32_t c) {
  if (c >= 0x20 && c <= 0x7E) return true;
  if (c >= 0xA0 && c <= 0xFF) return true;
  for (char32_t extra : {U'’', U'‘', U'“', U'”', U'…', U'–', U'—', U'œ', U'Œ', U'€'})
    if (c == extra) return true;
  return false;
}

}  // namespace

TEST_CASE("locale files parse and have exactly the same keys") {
  const Locale fr = load_locale_file("fr.json");
  const Locale en = load_locale_file("en.json");
  std::string only_fr, only_en;
  for (const auto& [key, value] : fr.entries())
    if (!en.has(key)) only_fr += key + " ";
  for (const auto& [key, value] : en.entries())
    if (!fr.has(key)) only_en += key + " ";
  CHECK_MESSAGE(only_fr.empty(), "missing from en.json: " << only_fr);
  CHECK_MESSAGE(only_en.empty(), "missing from fr.json: " << only_en);
  CHECK(fr.text("language.name") == "Français");
  CHECK(en.text("language.name") == "English");
  // The keys the interface relies on.
  for (const char* key : {"nav.previous", "nav.next", "nav.first", "nav.last", "nav.position", "help.title",
                          "help.keys.click_sides", "help.keys.click_centre", "help.keys.wheel", "help.keys.drag",
                          "help.keys.swipe", "help.keys.pinch", "help.keys.timeline", "search.placeholder",
                          "search.no_results", "search.results", "overview.title", "autoplay.on", "autoplay.off",
                          "theme.light", "theme.dark", "theme.contrast", "settings.title", "settings.text_size",
                          "settings.line_spacing", "settings.motion", "settings.timeline", "settings.timeline.top",
                          "settings.timeline.bottom", "settings.timeline.hidden", "language.name", "loading.story",
                          "error.title", "image.unavailable", "story.pick"})
    CHECK_MESSAGE(fr.has(key), key);
  // The help is generated from the key bindings: each of their keys and actions has words.
  for (const HelpRow& row : help_rows()) {
    CHECK_MESSAGE(fr.has(row.description_key), row.description_key);
    for (const std::string& key : row.keys)
      if (key.starts_with("key.")) CHECK_MESSAGE(fr.has(key), key);
  }
  for (SettingsControl control : settings_controls) CHECK_MESSAGE(fr.has(label_key(control)), label_key(control));
}

TEST_CASE("locale values are non-empty, drawable, and their placeholders match between languages") {
  const Locale fr = load_locale_file("fr.json");
  const Locale en = load_locale_file("en.json");
  for (const Locale* locale : {&fr, &en}) {
    for (const auto& [key, value] : locale->entries()) {
      CAPTURE(key);
      CHECK_FALSE(value.empty());
      CHECK(value.find_first_not_of(" \u00a0") != std::string::npos);
      CHECK(value.front() != ' ');
      CHECK(value.back() != ' ');
      CHECK_FALSE(find_invalid_utf8(value).has_value());
      for (char32_t c : decode_utf8(value)) CHECK_MESSAGE(drawable(c), "U+" << std::hex << static_cast<unsigned>(c));
    }
  }
  for (const auto& [key, value] : fr.entries()) {
    CAPTURE(key);
    auto a = placeholders(value);
    auto b = placeholders(en.text(key));
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    CHECK(a == b);
  }
  CHECK(placeholders(fr.text("nav.position")) == std::vector<std::string>{"current", "count"});
}

TEST_CASE("locale French typography: curly apostrophes, non-breaking spaces before : ! ? (and semicolons) and inside « »") {
  const Locale fr = load_locale_file("fr.json");
  const std::u32string nbsp_before = U":;!?»%";
  for (const auto& [key, value] : fr.entries()) {
    CAPTURE(key);
    CHECK(value.find('\'') == std::string::npos);
    CHECK(value.find('"') == std::string::npos);
    CHECK(value.find("...") == std::string::npos);  // the ellipsis is one character
    const std::vector<char32_t> c = decode_utf8(value);
    for (std::size_t i = 0; i < c.size(); ++i) {
      const bool needs_space_before = nbsp_before.find(c[i]) != std::u32string::npos;
      if (needs_space_before && i > 0) CHECK_MESSAGE(c[i - 1] == U'\u00a0', "before character " << i);
      if (c[i] == U'«') CHECK(i + 1 < c.size());
      if (c[i] == U'«' && i + 1 < c.size()) CHECK(c[i + 1] == U'\u00a0');
    }
  }
  CHECK(fr.text("loading.story") == "Chargement de l’histoire…");
  CHECK(fr.text("error.title") == "Cette histoire ne peut pas s’ouvrir");
}

TEST_CASE("locale formatting replaces placeholders") {
  const Locale fr = load_locale_file("fr.json");
  const Locale en = load_locale_file("en.json");
  CHECK(fr.format("nav.position", {{"current", "3"}, {"count", "12"}}) == "Case 3 sur 12");
  CHECK(en.format("nav.position", {{"count", "12"}, {"current", "3"}}) == "Panel 3 of 12");
  CHECK(fr.format("search.results", {{"count", "5"}}) == "5 résultats");
  // A value without its placeholder stays visible; lone braces are plain text.
  CHECK(en.format("nav.position", {{"current", "3"}}) == "Panel 3 of {count}");
  CHECK(fill_placeholders("{a}{a} { } {} {b", {{"a", "x"}}) == "xx { } {} {b");
  CHECK(fill_placeholders("{a}", {{"a", "{a}"}}) == "{a}");  // values are not expanded again
  CHECK(placeholders("{ok} {not ok} {} {also_ok2}") == std::vector<std::string>{"ok", "also_ok2"});
}

TEST_CASE("locale missing keys show as themselves and fall back along the chain") {
  LocaleLoad fr = Locale::parse(R"({"a": "un", "b": "deux"})", "fr.json");
  LocaleLoad en = Locale::parse(R"({"a": "one"})", "en.json");
  REQUIRE(fr.ok());
  REQUIRE(en.ok());
  CHECK(en.locale.text("b") == "b");
  CHECK(en.locale.missing_keys().count("b") == 1);
  const std::string& first = en.locale.text("nowhere");
  CHECK(&first == &en.locale.text("nowhere"));  // the same stored string each time
  en.locale.set_fallback(fr.locale);
  CHECK(en.locale.text("a") == "one");
  CHECK(en.locale.text("b") == "deux");
  CHECK(en.locale.format("nowhere.{x}", {{"x", "1"}}) == "nowhere.1");
  // A loop in the chain ends, it does not hang.
  fr.locale.set_fallback(en.locale);
  CHECK(en.locale.text("c") == "c");
  CHECK(fr.locale.text("c") == "c");
  const Locale empty;
  CHECK(empty.text("nav.next") == "nav.next");
}

TEST_CASE("locale malformed files give a clear error with line and column") {
  const LocaleLoad broken = Locale::parse("{\n  \"a\": \"x\",\n  \"b\": \"y\"\n", "fr.json");
  CHECK_FALSE(broken.ok());
  CHECK(broken.error.starts_with("fr.json:4:"));
  CHECK(broken.error.find("malformed JSON") != std::string::npos);
  CHECK(broken.locale.entries().empty());

  const LocaleLoad number = Locale::parse("{\n  \"a\": \"x\",\n  \"b\": 3\n}", "en.json");
  CHECK(number.error == "en.json:3:8: the value of \"b\" must be a string, found an integer");
  const LocaleLoad twice = Locale::parse(R"({"a": "x", "a": "y"})", "en.json");
  CHECK(twice.error == "en.json:1:12: \"a\" appears twice");
  CHECK(Locale::parse("[]", "en.json").error.find("an object of key -> string") != std::string::npos);
  CHECK_FALSE(Locale::parse(R"({"": "x"})").ok());
  CHECK_FALSE(Locale::parse("", "en.json").ok());
  CHECK_FALSE(Locale::parse("{\"a\": \"\xC3\"}").ok());  // invalid UTF-8
  // A byte-order mark is fine.
  CHECK(Locale::parse("\xEF\xBB\xBF{\"a\": \"x\"}").ok());
}
