#include "core/story_editor.hpp"

#include <nlohmann/json.hpp>

#include "core/story_json.hpp"

namespace frise {
namespace {

using Json = nlohmann::ordered_json;

// An id not yet used by a panel: "figaro-2", "figaro-3"…
std::string unused_panel_id(const Story& story, const std::string& id) {
  for (int n = 2;; ++n) {
    const std::string candidate = id + "-" + std::to_string(n);
    if (story.find_panel(candidate) < 0) return candidate;
  }
}

// Who says a balloon added after the panel's last one (see add_balloon); empty: nobody.
std::string next_speaker(const Story& story, const Panel& panel) {
  std::string last;
  for (const Balloon& balloon : panel.balloons)
    if (!balloon.speaker.empty()) last = balloon.speaker;
  for (const ArtLayer& layer : panel.art.layers)
    for (const ArtRegion& region : layer.regions)
      if (region.kind == RegionKind::face && !region.who.empty() && region.who != last && story.find_character(region.who))
        return region.who;
  if (!last.empty()) return last;
  return story.characters.empty() ? std::string() : story.characters.front().id;
}

}  // namespace

const char* to_string(PanelText field) {
  switch (field) {
    case PanelText::headline: return "headline";
    case PanelText::caption: return "caption";
    case PanelText::display_date: return "display_date";
  }
  return "caption";
}

StoryEditor::StoryEditor(std::string text, std::string file_name) : text_(std::move(text)), file_name_(std::move(file_name)) {
  reread();
}

void StoryEditor::reread() {
  StoryLoadResult loaded = parse_story(text_, file_name_);
  diagnostics_ = std::move(loaded.diagnostics);
  readable_ = !has_errors(diagnostics_);
  if (readable_) story_ = std::move(loaded.story);
}

bool StoryEditor::fail(std::string why) {
  error_ = std::move(why);
  return false;
}

// One splice of a step, applied at once so that the next one is computed on its result.
bool StoryEditor::splice(const JsonEditResult& edit, EditStep& step) {
  if (!edit.splice) {
    for (const TextSplice& back : step.undo) apply_splice(text_, back);
    step = {};
    return fail(edit.error);
  }
  step.redo.push_back(*edit.splice);
  step.undo.insert(step.undo.begin(), apply_splice(text_, *edit.splice));
  return true;
}

bool StoryEditor::commit(EditStep step) {
  error_.clear();
  if (step.redo.empty()) return true;  // nothing changed
  history_.record(std::move(step));
  ++revision_;
  reread();
  return true;
}

std::string StoryEditor::panel_pointer(std::size_t panel) const { return "/panels/" + std::to_string(panel); }

std::string StoryEditor::balloon_pointer(std::size_t panel, std::size_t balloon) const {
  return panel_pointer(panel) + "/balloons/" + std::to_string(balloon);
}

bool StoryEditor::has_panel(std::size_t panel) {
  if (story_.format != 1 || !json_value_at(text_, "/frise")) return fail("only stories in Frise's own format can be edited");
  if (panel < story_.panels.size()) return true;
  return fail("there is no panel " + std::to_string(panel + 1) + " (the story has " +
              std::to_string(story_.panels.size()) + ")");
}

bool StoryEditor::has_balloon(std::size_t panel, std::size_t balloon) {
  if (!has_panel(panel)) return false;
  if (balloon < story_.panels[panel].balloons.size()) return true;
  return fail("panel " + std::to_string(panel + 1) + " has no balloon " + std::to_string(balloon + 1));
}

// A text is a plain string (in the story's language) or one string per language: a second
// language turns the string into a map that keeps the first.
bool StoryEditor::set_text_at(const std::string& pointer, const std::string& language, const std::string& text,
                              const std::string& label) {
  const std::string& fallback = story_.default_language;
  const std::optional<Json> current = json_value_at(text_, pointer);
  EditStep step{label, {}, {}, "text " + pointer + " " + language};
  if (current && current->is_object()) {
    const std::string inner = pointer + "/" + language;
    const std::optional<Json> old = json_value_at(text_, inner);
    if (old && old->is_string() && old->get<std::string>() == text) return commit({});
    if (!splice(set_json_value(text_, inner, text), step)) return false;
  } else if (current && current->is_string() && language != fallback) {
    const Json both = {{fallback, current->get<std::string>()}, {language, text}};
    if (!splice(set_json_value(text_, pointer, both), step)) return false;
  } else {
    if (current && current->is_string() && current->get<std::string>() == text) return commit({});
    // No text yet: a map when the story has several languages, so the other ones can follow.
    const Json value = story_.languages.size() > 1 ? Json{{language, text}} : Json(text);
    if (!splice(set_json_value(text_, pointer, current && current->is_string() ? Json(text) : value), step)) return false;
  }
  return commit(std::move(step));
}

bool StoryEditor::set_panel_text(std::size_t panel, PanelText field, const std::string& language, const std::string& text) {
  if (!has_panel(panel)) return false;
  return set_text_at(panel_pointer(panel) + "/" + to_string(field), language, text,
                     std::string(to_string(field)) + " of panel " + std::to_string(panel + 1) + " (" + language + ")");
}

bool StoryEditor::set_balloon_text(std::size_t panel, std::size_t balloon, const std::string& language, const std::string& text) {
  if (!has_balloon(panel, balloon)) return false;
  return set_text_at(balloon_pointer(panel, balloon) + "/text", language, text,
                     "balloon " + std::to_string(balloon + 1) + " of panel " + std::to_string(panel + 1) + " (" + language + ")");
}

bool StoryEditor::set_balloon_speaker(std::size_t panel, std::size_t balloon, const std::string& speaker) {
  if (!has_balloon(panel, balloon)) return false;
  if (!speaker.empty() && !story_.find_character(speaker)) return fail("no character has the id \"" + speaker + "\"");
  EditStep step{"speaker of balloon " + std::to_string(balloon + 1) + " of panel " + std::to_string(panel + 1), {}, {}, {}};
  const std::string pointer = balloon_pointer(panel, balloon) + "/speaker";
  const bool ok = speaker.empty() ? !json_value_at(text_, pointer) || splice(erase_json_value(text_, pointer), step)
                                  : splice(set_json_value(text_, pointer, speaker), step);
  return ok && commit(std::move(step));
}

bool StoryEditor::set_balloon_kind(std::size_t panel, std::size_t balloon, BalloonKind kind) {
  if (!has_balloon(panel, balloon)) return false;
  EditStep step{"kind of balloon " + std::to_string(balloon + 1) + " of panel " + std::to_string(panel + 1), {}, {}, {}};
  return splice(set_json_value(text_, balloon_pointer(panel, balloon) + "/kind", to_string(kind)), step) &&
         commit(std::move(step));
}

bool StoryEditor::set_balloon_placement(std::size_t panel, std::size_t balloon, std::string_view placement) {
  if (!has_balloon(panel, balloon)) return false;
  if (!parse_placement(std::string(placement))) return fail("\"" + std::string(placement) + "\" is not a placement");
  EditStep step{"place of balloon " + std::to_string(balloon + 1) + " of panel " + std::to_string(panel + 1), {}, {},
                "place " + balloon_pointer(panel, balloon)};
  return splice(set_json_value(text_, balloon_pointer(panel, balloon) + "/placement", std::string(placement)), step) &&
         commit(std::move(step));
}

bool StoryEditor::set_panel_date(std::size_t panel, const std::string& date, const std::string& end_date) {
  if (!has_panel(panel)) return false;
  const auto not_a_date = [this](const std::string& d) {
    return fail("\"" + d + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  };
  if (!parse_date(date)) return not_a_date(date);
  if (!end_date.empty() && !parse_date(end_date)) return not_a_date(end_date);
  const auto written = [&](const char* key, const std::string& value) {
    const std::optional<Json> current = json_value_at(text_, panel_pointer(panel) + "/" + key);
    return current && current->is_string() && current->get<std::string>() == value;
  };
  if (written("date", date) && (end_date.empty() || written("end_date", end_date))) return commit({});  // dropped where it was
  EditStep step{"date of panel " + std::to_string(panel + 1), {}, {}, "date " + panel_pointer(panel)};
  return splice(set_json_value(text_, panel_pointer(panel) + "/date", date), step) &&
         (end_date.empty() || splice(set_json_value(text_, panel_pointer(panel) + "/end_date", end_date), step)) &&
         commit(std::move(step));
}

bool StoryEditor::add_balloon(std::size_t panel) {
  if (!has_panel(panel)) return false;
  const Panel& p = story_.panels[panel];
  Json balloon = Json::object();
  if (const std::string speaker = next_speaker(story_, p); !speaker.empty()) balloon["speaker"] = speaker;
  else balloon["kind"] = "caption";  // narration: a balloon without a speaker is one
  // "…" shows where the balloon lands; a story in several languages gets it in each of them.
  const std::string placeholder = "\u2026";
  Json words = Json::object();
  for (const std::string& language : story_.languages) words[language] = placeholder;
  balloon["text"] = story_.languages.size() > 1 ? words : Json(placeholder);
  EditStep step{"new balloon in panel " + std::to_string(panel + 1), {}, {}, {}};
  const std::string balloons = panel_pointer(panel) + "/balloons";
  const std::optional<Json> current = json_value_at(text_, balloons);
  const bool ok = current && current->is_array() ? splice(set_json_value(text_, balloons + "/-", balloon), step)
                                                 : splice(set_json_value(text_, balloons, Json::array({balloon})), step);
  return ok && commit(std::move(step));
}

bool StoryEditor::delete_balloon(std::size_t panel, std::size_t balloon) {
  if (!has_balloon(panel, balloon)) return false;
  EditStep step{"delete balloon " + std::to_string(balloon + 1) + " of panel " + std::to_string(panel + 1), {}, {}, {}};
  return splice(erase_json_value(text_, balloon_pointer(panel, balloon)), step) && commit(std::move(step));
}

bool StoryEditor::duplicate_panel(std::size_t panel) {
  if (!has_panel(panel)) return false;
  std::optional<Json> copy = json_value_at(text_, panel_pointer(panel));
  if (!copy || !copy->is_object()) return fail("panel " + std::to_string(panel + 1) + " is not an object");
  (*copy)["id"] = unused_panel_id(story_, story_.panels[panel].id);
  EditStep step{"duplicate panel " + std::to_string(panel + 1), {}, {}, {}};
  return splice(insert_json_item(text_, "/panels", panel + 1, *copy), step) && commit(std::move(step));
}

bool StoryEditor::delete_panel(std::size_t panel) {
  if (!has_panel(panel)) return false;
  if (story_.panels.size() == 1) return fail("a story keeps at least one panel");
  EditStep step{"delete panel " + std::to_string(panel + 1), {}, {}, {}};
  return splice(erase_json_value(text_, panel_pointer(panel)), step) && commit(std::move(step));
}

bool StoryEditor::move_panel(std::size_t from, std::size_t to) {
  if (!has_panel(from) || !has_panel(to)) return false;
  if (from == to) return commit({});
  const std::optional<Json> moved = json_value_at(text_, panel_pointer(from));
  if (!moved) return fail("panel " + std::to_string(from + 1) + " cannot be read");
  EditStep step{"move panel " + std::to_string(from + 1) + " to " + std::to_string(to + 1), {}, {}, {}};
  // Out, then in at its new place: one step, undone as one.
  return splice(erase_json_value(text_, panel_pointer(from)), step) &&
         splice(insert_json_item(text_, "/panels", to, *moved), step) && commit(std::move(step));
}

bool StoryEditor::set_value(std::string_view pointer, const Json& value, const std::string& label,
                            const std::string& merge_key) {
  EditStep step{label, {}, {}, merge_key};
  const std::optional<Json> current = json_value_at(text_, pointer);
  if (current && *current == value) return commit({});
  return splice(set_json_value(text_, pointer, value), step) && commit(std::move(step));
}

bool StoryEditor::replace_text(const std::string& text, const std::string& label) {
  if (text == text_) return commit({});
  EditStep step{label, {}, {}, {}};
  return splice({TextSplice{0, text_.size(), text}, {}}, step) && commit(std::move(step));
}

bool StoryEditor::undo() {
  if (!history_.undo(text_)) return fail("nothing to undo");
  error_.clear();
  ++revision_;
  reread();
  return true;
}

bool StoryEditor::redo() {
  if (!history_.redo(text_)) return fail("nothing to redo");
  error_.clear();
  ++revision_;
  reread();
  return true;
}

}  // namespace frise
