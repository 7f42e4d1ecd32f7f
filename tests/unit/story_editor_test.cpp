#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "core/edit_history.hpp"
#include "core/json_edit.hpp"
#include "core/story_editor.hpp"

using namespace frise;
using Json = nlohmann::ordered_json;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string edited(std::string text, const JsonEditResult& edit) {
  REQUIRE_MESSAGE(edit.splice, edit.error);
  apply_splice(text, *edit.splice);
  return text;
}

const char* pretty = R"({
    "frise": 1,
    "title": "Démo",
    "zzz_unknown": {"keep": [1, 2.50, "\u00e9"]},
    "panels": [
        {"id": "a", "caption": "Un"},
        {"id": "b"}
    ],
    "empty": {}
}
)";

}  // namespace

TEST_CASE("json edit: a value is replaced in place, every other byte kept") {
  const std::string text = pretty;
  CHECK(edited(text, set_json_value(text, "/title", "Démo 2")) ==
        std::string(pretty).replace(std::string(pretty).find("\"Démo\""), 7, "\"Démo 2\""));
  // Escapes, odd number spellings and unknown keys elsewhere survive untouched.
  const std::string after = edited(text, set_json_value(text, "/panels/0/caption", "Une « case »"));
  CHECK(after.find(R"("zzz_unknown": {"keep": [1, 2.50, "\u00e9"]})") != std::string::npos);
  CHECK(after.find(R"({"id": "a", "caption": "Une « case »"})") != std::string::npos);
  CHECK(json_value_at(after, "/panels/0/caption") == Json("Une « case »"));
}

TEST_CASE("json edit: a new member follows its siblings in the file's own layout") {
  const std::string text = pretty;
  // A multi-line object: a line of its own, indented like its siblings.
  CHECK(edited(text, set_json_value(text, "/language", "fr")).find("    \"empty\": {},\n    \"language\": \"fr\"\n}") !=
        std::string::npos);
  // A one-line object: on the same line.
  CHECK(edited(text, set_json_value(text, "/panels/1/caption", "Deux")).find(R"({"id": "b", "caption": "Deux"})") !=
        std::string::npos);
  // An empty object opens onto lines of its own, one step in.
  CHECK(edited(text, set_json_value(text, "/empty/x", 1)).find("\"empty\": {\n        \"x\": 1\n    }") !=
        std::string::npos);
  // A structured value is pretty-printed with the file's step (4 spaces here) from its line.
  const std::string nested = edited(text, set_json_value(text, "/panels/1/caption", Json{{"fr", "Deux"}, {"en", "Two"}}));
  CHECK(nested.find("{\"id\": \"b\", \"caption\": {\n            \"fr\": \"Deux\",\n            \"en\": \"Two\"\n        }}") !=
        std::string::npos);
  CHECK(Json::parse(nested)["panels"][1]["caption"]["en"] == "Two");
}

TEST_CASE("json edit: removing takes the comma along, inserting into arrays, pointers, errors") {
  const std::string text = pretty;
  const std::string no_first = edited(text, erase_json_value(text, "/panels/0"));
  CHECK(no_first.find("\"panels\": [\n        {\"id\": \"b\"}\n    ]") != std::string::npos);
  const std::string no_last = edited(text, erase_json_value(text, "/panels/1"));
  CHECK(no_last.find("\"panels\": [\n        {\"id\": \"a\", \"caption\": \"Un\"}\n    ]") != std::string::npos);
  CHECK(edited(text, erase_json_value(text, "/zzz_unknown/keep")).find(R"("zzz_unknown": {})") != std::string::npos);
  CHECK(Json::parse(edited(text, erase_json_value(text, "/title"))).contains("title") == false);
  const std::string inserted = edited(text, insert_json_item(text, "/panels", 1, Json{{"id", "new"}}));
  CHECK(Json::parse(inserted)["panels"][1]["id"] == "new");
  CHECK(inserted.find("{\"id\": \"a\", \"caption\": \"Un\"},\n        {\n            \"id\": \"new\"\n        },\n        {\"id\": \"b\"}") !=
        std::string::npos);
  CHECK(Json::parse(edited(text, set_json_value(text, "/panels/-", Json{{"id", "c"}})))["panels"][2]["id"] == "c");
  CHECK(Json::parse(edited(text, insert_json_item(text, "/panels", 0, Json{{"id", "z"}})))["panels"][0]["id"] == "z");
  // RFC 6901 escapes.
  const std::string odd = R"({"a/b": {"c~d": 1}})";
  CHECK(json_value_at(odd, json_pointer({"a/b", "c~d"})) == Json(1));
  CHECK(json_pointer({"a/b", "c~d"}) == "/a~1b/c~0d");
  // What cannot be done is said.
  CHECK(set_json_value(text, "/panels/7", 1).error == "/panels/7: no such item (the array has 2)");
  CHECK(set_json_value(text, "/nope/deeper", 1).error == "/nope: no such member or item");
  CHECK(set_json_value(text, "/title/x", 1).error == "/title is a string, which holds nothing");
  CHECK(set_json_value(text, "title", 1).error.starts_with("a JSON pointer starts with"));
  CHECK(erase_json_value(text, "").error == "the whole document cannot be removed");
  CHECK(insert_json_item(text, "/title", 0, 1).error == "/title: expected an array, found a string");
  CHECK(set_json_value("{", "/a", 1).error.starts_with("the file is not valid JSON"));
}

TEST_CASE("edit history: steps undo and redo byte for byte, a gesture is one step, saving marks a stop") {
  std::string text = "[1, 2, 3]";
  EditHistory history;
  const auto step = [&](std::size_t at, const std::string& with, const std::string& key) {
    TextSplice splice{at, at + 1, with};
    EditStep s{"set", {splice}, {apply_splice(text, splice)}, key};
    history.record(std::move(s));
  };
  step(1, "4", "drag");
  step(1, "5", "drag");  // the same gesture: joins
  CHECK(history.steps().size() == 1);
  history.seal();
  step(4, "6", "drag");  // a new gesture
  CHECK(history.steps().size() == 2);
  CHECK(text == "[5, 6, 3]");
  CHECK(history.undo(text));
  CHECK(text == "[5, 2, 3]");
  CHECK(history.undo(text));
  CHECK(text == "[1, 2, 3]");
  CHECK_FALSE(history.undo(text));
  CHECK(history.redo(text));
  CHECK(text == "[5, 2, 3]");
  history.mark_saved();
  CHECK(history.at_saved());
  step(7, "7", "typing");
  CHECK_FALSE(history.at_saved());
  CHECK(history.steps().size() == 2);  // the undone step is dropped for the new one
  CHECK(history.undo(text));
  CHECK(history.at_saved());
  CHECK(text == "[5, 2, 3]");
}

TEST_CASE("story editor: editing one value of each bundled story changes that value's bytes only") {
  for (const char* name : {"road45.json", "squad-interviews.json"}) {
    CAPTURE(name);
    const std::string path = std::string(FRISE_SOURCE_DIR) + "/panels/" + name;
    const std::string original = read_file(path);
    StoryEditor editor(original, path);
    REQUIRE(editor.readable());
    std::size_t panel = 0;  // the first panel with a caption of its own
    while (panel < editor.story().panels.size() && editor.story().panels[panel].caption.get("fr", "fr").empty()) ++panel;
    REQUIRE(panel < editor.story().panels.size());
    const std::string before = editor.story().panels[panel].caption.get("fr", "fr");
    REQUIRE(editor.set_panel_text(panel, PanelText::caption, "fr", "Un autre texte, « cité »."));
    CHECK(editor.story().panels[panel].caption.get("fr", "fr") == "Un autre texte, « cité ».");
    CHECK(editor.modified());
    // The saved file is the original with that one string replaced, nothing else.
    const std::string old_json = Json(before).dump(-1, ' ', false);
    const std::size_t at = original.find(old_json);
    REQUIRE(at != std::string::npos);
    std::string expected = original;
    expected.replace(at, old_json.size(), Json("Un autre texte, « cité ».").dump(-1, ' ', false));
    CHECK(editor.text() == expected);
    CHECK(editor.undo());
    CHECK(editor.text() == original);
    CHECK_FALSE(editor.modified());
    CHECK(editor.redo());
    CHECK(editor.text() == expected);
  }
}

TEST_CASE("story editor: typing in a field is one step, texts gain a language, panels are duplicated, moved, deleted") {
  const std::string original = R"({
  "frise": 1,
  "title": {"fr": "Démo", "en": "Demo"},
  "language": "fr",
  "languages": ["fr", "en"],
  "characters": [{"id": "ana", "name": "Ana"}],
  "panels": [
    {"id": "one", "caption": "Bonjour", "balloons": [{"speaker": "ana", "text": "Salut"}]},
    {"id": "two", "caption": {"fr": "Deux", "en": "Two"}}
  ]
}
)";
  StoryEditor editor(original, "demo.json");
  REQUIRE(editor.readable());
  // Typing: many commands, one undo step.
  for (const char* typed : {"S", "Sa", "Sal", "Salu", "Salut !"}) REQUIRE(editor.set_balloon_text(0, 0, "fr", typed));
  CHECK(editor.history().steps().size() == 1);
  editor.end_gesture();
  // A second language turns the plain string into a map that keeps the first.
  REQUIRE(editor.set_panel_text(0, PanelText::caption, "en", "Hello"));
  CHECK(editor.story().panels[0].caption.get("fr", "fr") == "Bonjour");
  CHECK(editor.story().panels[0].caption.get("en", "fr") == "Hello");
  CHECK(editor.history().steps().size() == 2);
  // A headline that did not exist yet.
  REQUIRE(editor.set_panel_text(1, PanelText::headline, "fr", "Titre"));
  CHECK(editor.story().panels[1].headline.get("fr", "fr") == "Titre");
  // Duplicate, move, delete.
  REQUIRE(editor.duplicate_panel(0));
  REQUIRE(editor.story().panels.size() == 3);
  CHECK(editor.story().panels[1].id == "one-2");
  REQUIRE(editor.move_panel(1, 2));
  CHECK(editor.story().panels[2].id == "one-2");
  CHECK(editor.story().panels[1].id == "two");
  REQUIRE(editor.delete_panel(0));
  CHECK(editor.story().panels.front().id == "two");
  for (const Diagnostic& d : editor.diagnostics()) CHECK_MESSAGE(d.severity != Severity::error, format_diagnostic(d));
  // What cannot be done says why and changes nothing.
  const std::string now = editor.text();
  CHECK_FALSE(editor.set_balloon_speaker(5, 0, "ana"));
  CHECK(editor.error() == "there is no panel 6 (the story has 2)");
  CHECK_FALSE(editor.set_balloon_speaker(1, 0, "bob"));
  CHECK(editor.error() == "no character has the id \"bob\"");
  CHECK_FALSE(editor.set_panel_date(0, "avril"));
  CHECK(editor.text() == now);
  // Every step undoes, back to the very first byte.
  while (editor.undo()) {
  }
  CHECK(editor.text() == original);
  CHECK(editor.error() == "nothing to undo");
}

TEST_CASE("story editor: only Frise's own format is edited") {
  StoryEditor timeline(R"({"events": [{"start_date": {"year": 2020}, "text": {"headline": "A"}}]})", "t.json");
  REQUIRE(timeline.readable());
  CHECK_FALSE(timeline.set_panel_text(0, PanelText::caption, "en", "x"));
  CHECK(timeline.error() == "only stories in Frise's own format can be edited");
}

TEST_CASE("story editor: balloons are added and deleted, each one step, the rest of the file kept") {
  const std::string original = R"({
  "frise": 1,
  "title": "Démo",
  "language": "fr",
  "languages": ["fr", "en"],
  "characters": [{"id": "ana", "name": "Ana"}, {"id": "bob", "name": "Bob"}],
  "panels": [
    {
      "id": "one",
      "caption": "Bonjour",
      "balloons": [
        {"speaker": "ana", "text": "Salut", "x_note": "kept"}
      ],
      "art": {"layers": [{"image": "a.png", "width": 40, "height": 30,
                          "regions": [{"kind": "face", "who": "ana", "x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2},
                                      {"kind": "face", "who": "bob", "x": 0.6, "y": 0.1, "w": 0.2, "h": 0.2}]}]}
    },
    {"id": "two", "caption": "Deux"}
  ]
}
)";
  StoryEditor editor(original, "demo.json");
  REQUIRE(editor.readable());
  // Bob's face is in the art and Ana spoke last: Bob answers.
  REQUIRE(editor.add_balloon(0));
  REQUIRE(editor.story().panels[0].balloons.size() == 2);
  const Balloon& added = editor.story().panels[0].balloons[1];
  CHECK(added.speaker == "bob");
  CHECK(added.text.get("fr", "fr") == "…");
  CHECK(added.text.get("en", "fr") == "…");
  // The new balloon follows the old one in the file's own layout; nothing else moved.
  const std::string first_balloon = R"({"speaker": "ana", "text": "Salut", "x_note": "kept"})";
  const std::size_t at = editor.text().find(first_balloon);
  REQUIRE(at != std::string::npos);
  CHECK(editor.text().substr(0, at) == original.substr(0, at));
  CHECK(editor.text().substr(at, first_balloon.size() + 10) == first_balloon + ",\n        ");
  const std::string after_balloons = original.substr(original.find("\n      ],"));
  CHECK(editor.text().ends_with(after_balloons));
  CHECK(editor.history().steps().size() == 1);
  // A panel without balloons gets its list; nobody spoke there and no face is drawn, so the
  // story's first character speaks.
  REQUIRE(editor.add_balloon(1));
  CHECK(editor.story().panels[1].balloons.size() == 1);
  CHECK(editor.story().panels[1].balloons[0].speaker == "ana");
  for (const Diagnostic& d : editor.diagnostics()) CHECK_MESSAGE(d.severity != Severity::error, format_diagnostic(d));
  // Deleting takes the balloon and its comma.
  REQUIRE(editor.delete_balloon(0, 0));
  REQUIRE(editor.story().panels[0].balloons.size() == 1);
  CHECK(editor.story().panels[0].balloons[0].speaker == "bob");
  CHECK(editor.text().find("x_note") == std::string::npos);
  CHECK_FALSE(editor.delete_balloon(0, 3));
  CHECK(editor.error() == "panel 1 has no balloon 4");
  CHECK(editor.history().steps().size() == 3);
  // Undone step by step, the file comes back byte for byte; redone, the edits come back.
  const std::string edited = editor.text();
  CHECK(editor.undo());
  CHECK(editor.story().panels[0].balloons.size() == 2);
  CHECK(editor.story().panels[0].balloons[0].speaker == "ana");
  CHECK(editor.undo());
  CHECK(editor.undo());
  CHECK(editor.text() == original);
  CHECK(editor.redo());
  CHECK(editor.redo());
  CHECK(editor.redo());
  CHECK(editor.text() == edited);
}

TEST_CASE("story editor: a story without characters gets a caption box, in its only language") {
  const std::string original = "{\"frise\": 1, \"title\": \"T\", \"panels\": [{\"id\": \"a\", \"balloons\": []}]}";
  StoryEditor editor(original, "t.json");
  REQUIRE(editor.readable());
  REQUIRE(editor.add_balloon(0));
  REQUIRE(editor.story().panels[0].balloons.size() == 1);
  CHECK(editor.story().panels[0].balloons[0].kind == BalloonKind::caption);
  CHECK(editor.story().panels[0].balloons[0].speaker.empty());
  CHECK(json_value_at(editor.text(), "/panels/0/balloons/0/text") == Json("…"));
  CHECK(editor.text().starts_with("{\"frise\": 1, \"title\": \"T\", \"panels\": [{\"id\": \"a\", \"balloons\": ["));
  for (const Diagnostic& d : editor.diagnostics()) CHECK_MESSAGE(d.severity != Severity::error, format_diagnostic(d));
  CHECK(editor.undo());
  CHECK(editor.text() == original);
}

TEST_CASE("story editor: a panel's date and the end of its period move in one step") {
  const std::string original = "{\"frise\": 1, \"title\": \"T\", \"panels\": [{\"id\": \"a\", \"caption\": \"A\", "
                               "\"date\": \"2021-10\", \"end_date\": \"2024-06\"}, {\"id\": \"b\", \"caption\": \"B\"}]}";
  StoryEditor editor(original, "t.json");
  REQUIRE(editor.set_panel_date(0, "2022-01", "2024-09"));
  CHECK(editor.text() == "{\"frise\": 1, \"title\": \"T\", \"panels\": [{\"id\": \"a\", \"caption\": \"A\", "
                         "\"date\": \"2022-01\", \"end_date\": \"2024-09\"}, {\"id\": \"b\", \"caption\": \"B\"}]}");
  CHECK(editor.history().steps().size() == 1);
  editor.end_gesture();
  // A marker dropped where it was changes nothing: no step to undo, nothing to save.
  REQUIRE(editor.set_panel_date(0, "2022-01", "2024-09"));
  CHECK(editor.history().steps().size() == 1);
  // A panel without a date gets one; a bad end is refused before anything changes.
  REQUIRE(editor.set_panel_date(1, "2023"));
  CHECK(editor.story().panels[1].date->to_string() == "2023");
  const std::string now = editor.text();
  CHECK_FALSE(editor.set_panel_date(0, "2022-02", "soon"));
  CHECK(editor.error() == "\"soon\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  CHECK(editor.text() == now);
  CHECK(editor.undo());
  CHECK(editor.undo());
  CHECK(editor.text() == original);
}

TEST_CASE("story editor: a layer's image by language is kept byte for byte by an edit, and duplicated with its panel") {
  const std::string original = R"({
  "frise": 1,
  "title": {"fr": "Démo", "en": "Demo"},
  "language": "fr",
  "languages": ["fr", "en"],
  "panels": [
    {"id": "one", "caption": {"fr": "Un", "en": "One"},
     "art": [{"image": {"fr": "k.png",  "en": "en/k.png"}, "width": 10, "height": 10, "alt": {"fr": "k", "en": "k"}}]}
  ]
}
)";
  StoryEditor editor(original, "demo.json");
  REQUIRE(editor.readable());
  CHECK(editor.story().panels[0].art.layers[0].image.file("en", "fr") == "en/k.png");
  REQUIRE(editor.set_panel_text(0, PanelText::caption, "en", "First"));
  std::string expected = original;
  expected.replace(expected.find("\"One\""), 5, "\"First\"");
  CHECK(editor.text() == expected);
  REQUIRE(editor.duplicate_panel(0));
  REQUIRE(editor.story().panels.size() == 2);
  CHECK(editor.story().panels[1].art.layers[0].image == editor.story().panels[0].art.layers[0].image);
}
