#include <doctest/doctest.h>

#include "core/glossary.hpp"
#include "core/story_json.hpp"
#include "diagnostic_text.hpp"

using namespace frise;
using frise::test::messages;

namespace {

GlossaryEntry entry(const char* id, const char* fr, std::vector<std::string> aliases = {}) {
  GlossaryEntry e;
  e.id = id;
  e.term.add("fr") = fr;
  e.definition.add("fr") = "…";
  if (!aliases.empty()) e.aliases.emplace_back("fr", std::move(aliases));
  return e;
}

// The words found, in order, for reading the checks.
std::string found(const std::vector<GlossaryEntry>& g, std::string_view text) {
  std::string out;
  for (const TermUse& use : find_terms(g, text, "fr", "fr"))
    out += (out.empty() ? "" : "|") + std::string(text.substr(use.begin, use.end - use.begin));
  return out;
}

}  // namespace

TEST_CASE("case folding keeps every byte where it was, for Latin letters") {
  CHECK(fold_case("GitOps") == "gitops");
  CHECK(fold_case("ÉQUIPE Œuvre Ÿ") == "équipe œuvre ÿ");
  CHECK(fold_case("ĀĹŊŹ") == "āĺŋź");
  CHECK(fold_case("×÷") == "×÷");  // not letters
  CHECK(fold_case("İı") == "İı");  // no one-to-one pair of the same length
  const std::string mixed = "L’ÉTÉ à Noël";
  CHECK(fold_case(mixed).size() == mixed.size());
}

TEST_CASE("terms are found as whole words, whatever their case, the longest form first") {
  const std::vector<GlossaryEntry> g = {entry("lz", "landing zone", {"landing zones"}), entry("ci", "CI/CD"),
                                        entry("ops", "OPS"), entry("etat", "État")};
  CHECK(found(g, "La landing zone est prête") == "landing zone");
  CHECK(found(g, "Deux Landing Zones, une CI/CD.") == "Landing Zones|CI/CD");
  CHECK(found(g, "Les OPS, l’OPS, « OPS »") == "OPS|OPS|OPS");
  CHECK(found(g, "DevOPS et OPSTeam et OPS2") == "");  // inside other words
  CHECK(found(g, "les ops et les Ops") == "");         // an acronym is matched as written
  CHECK(found({entry("aura", "AURA"), entry("ci", "CI")}, "leur site aura besoin de celui-ci, AURA et CI-CD") == "AURA");
  CHECK(found(g, "l’état des lieux") == "état");
  CHECK(found(g, "étatique") == "");
  CHECK(found(g, "") == "");
  CHECK(found({}, "OPS") == "");
}

TEST_CASE("a panel marks the first use of each term, balloons first, then the caption") {
  Story story;
  story.glossary = {entry("ops", "OPS"), entry("ci", "CI/CD")};
  Panel panel;
  panel.caption.add("fr") = "OPS et CI/CD";
  panel.balloons.resize(2);
  panel.balloons[0].text.add("fr") = "Je suis OPS. Oui, OPS !";
  panel.balloons[1].text.add("fr") = "Rien ici";
  const PanelTerms terms = panel_terms(story, panel, "fr");
  REQUIRE(terms.balloons.size() == 2);
  REQUIRE(terms.balloons[0].size() == 1);
  CHECK(terms.balloons[0][0] == TermUse{8, 11, 0});
  CHECK(terms.balloons[1].empty());
  REQUIRE(terms.caption.size() == 1);  // OPS was marked in the balloon already
  CHECK(terms.caption[0].entry == 1);
  CHECK_FALSE(terms.empty());
  story.glossary.clear();
  CHECK(panel_terms(story, panel, "fr").empty());
}

TEST_CASE("the glossary loads, is checked, and every term must be used in every language") {
  const StoryLoadResult r = parse_story(R"({"frise": 1, "title": "T", "languages": ["fr", "en"], "panels": [
      {"id": "a", "caption": {"fr": "La landing zone d’abord.", "en": "The landing zone first."},
       "balloons": [{"speaker": "x", "text": {"fr": "Et le GitOps ?", "en": "And GitOps?"}}]}],
    "characters": [{"id": "x", "name": "X"}],
    "glossary": [
      {"id": "lz", "term": {"fr": "landing zone", "en": "landing zone"}, "definition": {"fr": "Le terrain.", "en": "The land."},
       "see": ["gitops", "gitop"]},
      {"id": "gitops", "term": {"fr": "GitOps", "en": "GitOps"}, "aliases": {"fr": ["le GitOps"], "de": []},
       "definition": {"fr": "Le dépôt fait foi.", "en": "The repository is the truth."}},
      {"id": "tf", "term": {"fr": "Terraform", "en": "Terraform"}, "definition": {"fr": "Un outil.", "en": "A tool."}},
      {"id": "lz", "term": "x"}
    ]})", "s.json");
  const std::string m = messages(r);
  CHECK(m.find("/glossary/0/see/1: warning: no term has the id \"gitop\" (did you mean \"gitops\"?)") != std::string::npos);
  CHECK(m.find("/glossary/1/aliases/de: warning: \"de\" is not one of the story's languages") != std::string::npos);
  CHECK(m.find("/glossary/2/term: warning: the term \"Terraform\" is never used in the \"fr\" captions and balloons") != std::string::npos);
  CHECK(m.find("/glossary/2/term: warning: the term \"Terraform\" is never used in the \"en\"") != std::string::npos);
  CHECK(m.find("/glossary/3/id: warning: duplicate term id \"lz\"") != std::string::npos);
  CHECK(m.find("/glossary/3: error: missing \"definition\"") != std::string::npos);
  CHECK(m.find("never used in the \"fr\" captions and balloons: use it") != std::string::npos);
  CHECK(m.find("\"landing zone\" is never used") == std::string::npos);
  CHECK(m.find("\"GitOps\" is never used") == std::string::npos);
  REQUIRE(r.story.glossary.size() == 4);
  CHECK(r.story.glossary[1].forms("fr", "fr") == std::vector<std::string_view>{"GitOps", "le GitOps"});
  CHECK(r.story.find_term("tf") == &r.story.glossary[2]);
  CHECK(r.story.find_term("none") == nullptr);
  // What the glossary says is drawn with the story's fonts: its characters are the story's.
  CHECK(r.story.code_points().count(U'é') == 1);
}

TEST_CASE("a panel's links are web addresses, and survive a round trip with the glossary") {
  const StoryLoadResult bad = parse_story(R"json({"frise": 1, "title": "T", "panels": [{"id": "a", "caption": "c", "links": [
      {"title": "ok", "url": "https://example.org/a?b=c"}, {"title": "script", "url": "javascript:alert(1)"},
      {"title": "file", "url": "file:///etc/passwd"}, {"title": "spaces", "url": "https://a b"}, {"title": "none"}]}],
      "sources": [{"title": "s", "url": "//example.org"}]})json", "s.json");
  const std::string m = messages(bad);
  CHECK(m.find("/panels/0/links/1/url: error: expected a web address starting with https:// or http://, found \"javascript:alert(1)\"") != std::string::npos);
  CHECK(m.find("/panels/0/links/2/url: error") != std::string::npos);
  CHECK(m.find("/panels/0/links/3/url: error") != std::string::npos);
  CHECK(m.find("/panels/0/links/4: error: missing \"url\"") != std::string::npos);
  CHECK(m.find("/sources/0/url: error") != std::string::npos);
  CHECK(m.find("/panels/0/links/0") == std::string::npos);
  REQUIRE(bad.story.panels[0].links.size() == 5);
  CHECK(bad.story.panels[0].links[1].url.empty());  // never kept, never opened

  const StoryLoadResult good = parse_story(R"({"frise": 1, "title": "T", "panels": [{"id": "a", "caption": "Le GitOps",
      "links": [{"title": "Article", "url": "https://example.org/"}]}],
      "glossary": [{"id": "g", "term": "GitOps", "aliases": ["gitops"], "definition": "d", "see": ["g"]}]})", "s.json");
  REQUIRE(messages(good) == "");
  const StoryLoadResult again = parse_story(write_story(good.story), "again.json");
  CHECK(messages(again) == "");
  CHECK(again.story == good.story);
}
