#include <doctest/doctest.h>

#include "core/language_guess.hpp"
#include "core/story_json.hpp"

using namespace frise;

namespace {

std::string story_in(const char* caption, bool with_language) {
  return std::string(R"({"frise": 1, "title": "T",)") + (with_language ? R"("language": "en",)" : "") +
         R"("panels": [{"id": "a", "caption": ")" + caption + R"("}]})";
}

}  // namespace

TEST_CASE("language guess: English and French texts are told apart, too little is not guessed") {
  const char* english = "This is the story of what we built with the team, and what it was for. You are not alone.";
  const char* french = "C'est le récit de ce que nous avons construit avec l'équipe, et pour qui. Je ne suis pas seul dans la salle.";
  CHECK(guess_story_language(parse_story(story_in(english, true), "s.json").story) == "en");
  CHECK(guess_story_language(parse_story(story_in(french, false), "s.json").story) == "fr");
  CHECK(guess_story_language(parse_story(story_in("Bonjour.", false), "s.json").story).empty());
}

TEST_CASE("language guess: a story without \"language\" whose texts look English gets a warning") {
  const char* english = "This is the story of what we built with the team, and what it was for. You are not alone.";
  const StoryLoadResult silent = parse_story(story_in(english, false), "s.json");
  bool warned = false;
  for (const Diagnostic& d : silent.diagnostics) warned |= d.message.find("add \"language\": \"en\"") != std::string::npos;
  CHECK(warned);
  for (const Diagnostic& d : parse_story(story_in(english, true), "s.json").diagnostics)
    CHECK(d.message.find("look English") == std::string::npos);
}
