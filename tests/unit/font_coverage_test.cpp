// Every character the bundled stories use must have a glyph in the fonts the app embeds,
// or readers would see "?" boxes.
#include <doctest/doctest.h>


#include "core/embedded.hpp"
#include "core/story_json.hpp"
#include "core/utf8.hpp"
#include "source_file.hpp"

#define STB_TRUETYPE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wunused-function"
#include <stb/stb_truetype.h>
#pragma GCC diagnostic pop

using namespace frise;

namespace {

std::string missing_glyphs(const char* font_name, const std::set<char32_t>& characters) {
  const auto data = embedded_file(font_name);
  REQUIRE_MESSAGE(!data.empty(), font_name << " is not embedded");
  stbtt_fontinfo font;
  REQUIRE(stbtt_InitFont(&font, data.data(), stbtt_GetFontOffsetForIndex(data.data(), 0)));
  std::string missing;
  for (char32_t c : characters) {
    if (c == U'\n' || c == U'\t') continue;
    if (stbtt_FindGlyphIndex(&font, static_cast<int>(c)) == 0) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "U+%04X ", static_cast<unsigned>(c));
      missing += hex;
    }
  }
  return missing;
}

}  // namespace

TEST_CASE("the embedded fonts have a glyph for every character of the bundled stories") {
  for (const char* story : {"road45.json", "squad-interviews.json"}) {
    CAPTURE(story);
    const StoryLoadResult r = parse_story(test::read_source_file(std::string("panels/") + story), std::string("panels/") + story);
    REQUIRE(r.ok());
    const std::set<char32_t> characters = r.story.code_points();
    CHECK(characters.contains(U'é'));
    for (const char* font : {"ComicNeue-Regular.otf", "ComicNeue-Bold.otf", "OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf"}) {
      CAPTURE(font);
      CHECK(missing_glyphs(font, characters) == "");
    }
  }
}

TEST_CASE("the interface font has a glyph for every character of the interface texts") {
  for (const char* locale : {"fr.json", "en.json"}) {
    CAPTURE(locale);
    const auto bytes = embedded_file(locale);
    REQUIRE_FALSE(bytes.empty());
    std::set<char32_t> characters;
    collect_code_points(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), characters);
    for (const char* font : {"Cantarell-Regular.otf", "Cantarell-Bold.otf"}) {
      CAPTURE(font);
      CHECK(missing_glyphs(font, characters) == "");
    }
  }
}

TEST_CASE("a character outside the fonts is detected") {
  CHECK(missing_glyphs("ComicNeue-Regular.otf", {U'a', U'東'}) == "U+6771 ");
}
