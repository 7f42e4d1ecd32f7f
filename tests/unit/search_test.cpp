#include <doctest/doctest.h>


#include "core/search.hpp"
#include "core/story_json.hpp"
#include "core/utf8.hpp"
#include "source_file.hpp"

using namespace frise;

namespace {

LocalizedText text(const std::string& fr, const std::string& en = "") {
  LocalizedText out;
  out.add("fr") = fr;
  if (!en.empty()) out.add("en") = en;
  return out;
}

Panel panel_with(const std::string& headline, const std::string& caption = "", const std::string& en_headline = "") {
  Panel p;
  p.headline = text(headline, en_headline);
  if (!caption.empty()) p.caption = text(caption);
  return p;
}

Story story_of(std::vector<Panel> panels) {
  Story story;
  story.panels = std::move(panels);
  return story;
}

// The highlighted part of a hit's snippet.
std::string highlighted(const SearchHit& hit) {
  return hit.snippet.substr(hit.highlight_begin, hit.highlight_end - hit.highlight_begin);
}

std::vector<SearchHit> find(const Story& story, std::string_view query, const std::string& language = "fr") {
  return search(build_search_index(story, language, "fr"), query, 100);
}

}  // namespace

TEST_CASE("search: folding drops case and accents and makes typography plain") {
  CHECK(fold_for_search("L’Œuvre — ÉTÉ à Noël, «\u00A0ça\u00A0»…") == "l'oeuvre - ete a noel, \" ca \"...");
  CHECK(fold_for_search("e\u0301te\u0301") == "ete");  // decomposed accents
  CHECK(fold_for_search("Łódź Straße") == "lodz strasse");
}

TEST_CASE("search: case and accents do not matter") {
  const Story story = story_of({panel_with("L’Équipe cloud"), panel_with("Autre chose")});
  const auto hits = find(story, "equipe");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].panel == 0);
  CHECK(hits[0].field == SearchField::headline);
  CHECK(highlighted(hits[0]) == "Équipe");
  CHECK(find(story, "ÉQUIPE").size() == 1);
  CHECK(find(story, "équipé").size() == 1);
}

TEST_CASE("search: œ matches oe both ways") {
  const Story story = story_of({panel_with("Un cœur d’or"), panel_with("Un coeur de pierre")});
  const auto hits = find(story, "coeur");
  REQUIRE(hits.size() == 2);
  CHECK(highlighted(hits[0]) == "cœur");
  CHECK(find(story, "cœur").size() == 2);
}

TEST_CASE("search: typed apostrophes find typographic ones and the reverse") {
  const Story story = story_of({panel_with("Toute l’équipe"), panel_with("Toute l'equipe")});
  CHECK(find(story, "l'equipe").size() == 2);
  CHECK(find(story, "l’équipe").size() == 2);
  const auto hits = find(story, "l'equipe");
  CHECK(highlighted(hits[0]) == "l’équipe");
}

TEST_CASE("search: every word must be in the panel, in any order and any field") {
  const Story story = story_of({panel_with("Kafka et BigQuery"), panel_with("Kafka seul"),
                                panel_with("Le temps réel", "DB2, puis Kafka")});
  const auto both = find(story, "bigquery kafka");
  REQUIRE(both.size() == 1);
  CHECK(both[0].panel == 0);
  const auto across = find(story, "kafka temps");
  REQUIRE(across.size() == 1);
  CHECK(across[0].panel == 2);
  CHECK(find(story, "kafka absent").empty());
}

TEST_CASE("search: balloons are found through their speaker's name") {
  Story story = story_of({panel_with("Début 2022")});
  Character alain;
  alain.id = "alain";
  alain.name = text("Alain Chambrey");
  story.characters.push_back(alain);
  Balloon balloon;
  balloon.speaker = "alain";
  balloon.text = text("On continue ?");
  story.panels[0].balloons.push_back(balloon);
  const auto hits = find(story, "chambrey continue");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].field == SearchField::balloon);
  CHECK(hits[0].item == 0);
  CHECK(hits[0].snippet == "Alain Chambrey\u00A0: On continue ?");
  CHECK(highlighted(hits[0]) == "Chambrey");  // the earliest of the words
}

TEST_CASE("search: the index is in one language, falling back where a text is missing") {
  Story story = story_of({panel_with("Une équipe dédiée", "", "A dedicated team"), panel_with("Seulement en français")});
  CHECK(find(story, "team", "en").size() == 1);
  CHECK(find(story, "equipe", "en").empty());
  CHECK(find(story, "equipe", "fr").size() == 1);
  const auto fallback = find(story, "seulement", "en");
  REQUIRE(fallback.size() == 1);
  CHECK(fallback[0].panel == 1);
}

TEST_CASE("search: dates and image descriptions are searched too") {
  Story story = story_of({Panel{}, Panel{}});
  story.panels[0].display_date = text("Printemps 2022");
  story.panels[1].date = parse_date("2023-09");
  ArtLayer layer;
  layer.image.path = "pipe.png";
  layer.image.alt = text("Un tuyau cadenassé");
  story.panels[1].art.layers.push_back(layer);
  const auto spring = find(story, "printemps");
  REQUIRE(spring.size() == 1);
  CHECK(spring[0].field == SearchField::date);
  const auto pipe = find(story, "cadenasse");
  REQUIRE(pipe.size() == 1);
  CHECK(pipe[0].field == SearchField::alt);
  CHECK(pipe[0].item == 0);
  CHECK(find(story, "2023-09").size() == 1);
}

TEST_CASE("search: a long text is cut on character boundaries around the match, with an ellipsis") {
  std::string caption;
  for (int i = 0; i < 12; ++i) caption += "Été à Noël, déjà vu. ";
  caption += "Ici le MOT cherché. ";
  for (int i = 0; i < 12; ++i) caption += "Œuvre très éloignée. ";
  const Story story = story_of({panel_with("Titre", caption)});
  const auto hits = find(story, "mot cherche");
  REQUIRE(hits.size() == 1);
  const SearchHit& hit = hits[0];
  CHECK(hit.field == SearchField::caption);
  CHECK_MESSAGE(!find_invalid_utf8(hit.snippet), "snippet is not valid UTF-8: " << hit.snippet);
  CHECK(hit.snippet.rfind("…", 0) == 0);
  CHECK(hit.snippet.size() >= 3);
  CHECK(hit.snippet.substr(hit.snippet.size() - 3) == "…");
  CHECK(highlighted(hit) == "MOT");
  const std::size_t characters = decode_utf8(hit.snippet).size();
  CHECK_MESSAGE(characters <= 84, "snippet has " << characters << " characters: " << hit.snippet);
  CHECK_MESSAGE(characters >= 60, "snippet has " << characters << " characters: " << hit.snippet);
  // Short text: whole, without ellipsis.
  const auto whole = find(story, "titre");
  CHECK(whole[0].snippet == "Titre");
  CHECK(highlighted(whole[0]) == "Titre");
}

TEST_CASE("search: hits come in reading order, at most max_hits") {
  std::vector<Panel> panels;
  for (int i = 0; i < 5; ++i) panels.push_back(panel_with("Road " + std::to_string(i)));
  const SearchIndex index = build_search_index(story_of(panels), "fr", "fr");
  const auto hits = search(index, "road", 3);
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].panel == 0);
  CHECK(hits[1].panel == 1);
  CHECK(hits[2].panel == 2);
}

TEST_CASE("search: an empty or blank query finds nothing") {
  const SearchIndex index = build_search_index(story_of({panel_with("Quelque chose")}), "fr", "fr");
  CHECK(search(index, "", 10).empty());
  CHECK(search(index, "   \t ", 10).empty());
  CHECK(search(index, "\u00A0\u202F", 10).empty());
}

TEST_CASE("search: Road 45 finds its Kafka and Karpman panels") {
  const StoryLoadResult loaded = parse_story(test::read_source_file("panels/road45.json"), "panels/road45.json");
  REQUIRE(loaded.ok());
  const Story& story = loaded.story;
  for (const std::string language : {"fr", "en"}) {
    CAPTURE(language);
    const SearchIndex index = build_search_index(story, language, story.default_language);
    const auto kafka = search(index, "kafka", 50);
    REQUIRE_FALSE(kafka.empty());
    CHECK(kafka[0].panel == story.find_panel("three-teams"));
    CHECK(kafka[0].field == SearchField::balloon);
    CHECK(highlighted(kafka[0]) == "Kafka");
    const auto karpman = search(index, "Karpman", 50);
    REQUIRE_FALSE(karpman.empty());
    CHECK(karpman[0].panel == story.find_panel("karpman"));
    CHECK(karpman[0].field == SearchField::balloon);
    CHECK(search(index, "db2 bigquery", 50)[0].panel == story.find_panel("three-teams"));
  }
}

TEST_CASE("search: 10,000 panels are searched in one go") {
  std::vector<Panel> panels(10000);
  for (std::size_t i = 0; i < panels.size(); ++i) {
    panels[i].headline = text("Épisode " + std::to_string(i));
    panels[i].caption = text("Une longue narration où l’équipe avance, encore et encore, vers le nuage numéro " +
                             std::to_string(i % 97) + ".");
  }
  const SearchIndex index = build_search_index(story_of(std::move(panels)), "fr", "fr");
  CHECK(search(index, "episode 9999", 10).size() == 1);
  // Words match inside longer ones: "42" is also in "Épisode 1042" and "nuage numéro 42".
  std::size_t expected = 0;
  for (std::size_t i = 0; i < 10000; ++i)
    expected += (std::to_string(i).find("42") != std::string::npos || i % 97 == 42) ? 1 : 0;
  CHECK(search(index, "nuage numero 42", 10000).size() == expected);
  CHECK(search(index, "introuvable", 10).empty());
}
