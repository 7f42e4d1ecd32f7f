#include "view/editor_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>

#include "view/wrapped_field.hpp"

namespace frise::view {
namespace {

const std::string& text_in(const LocalizedText& text, const std::string& language) {
  static const std::string none;
  const std::string* found = text.find(language);
  return found ? *found : none;
}

// Where the item just drawn is, told to the host under `name` (tests click it).
void announce_item(const std::string& name, EditorRequests& out) {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  out.fields.push_back({name, Rect{min.x, min.y, max.x - min.x, max.y - min.y}});
}

// One text in every language of the story, side by side; `set` is called with the language and
// the new text as the author types. A field that loses the keyboard ends the typing gesture, so
// each field's typing is one undo step.
// `value` and the languages are copies: an edit reads the story again, which replaces the texts
// any reference would point into.
template <typename Set>
void language_fields(StoryEditor& editor, const std::string& id, const LocalizedText value,
                     EditorRequests& out, Set set) {
  const std::vector<std::string> languages = editor.story().languages;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ImGui::GetContentRegionAvail().x - gap * static_cast<float>(languages.size() - 1)) /
                      static_cast<float>(std::max<std::size_t>(1, languages.size()));
  // Side by side, the languages' fields are as high as the longest text's lines (3 to 8).
  int lines = 3;
  for (const std::string& language : languages)
    lines = std::max(lines, wrapped_lines(wrap_for_field(text_in(value, language), width)));
  lines = std::min(lines, 8);
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (i > 0) ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", languages[i].c_str());
    std::string buffer = text_in(value, languages[i]);
    const std::string label = "##" + id + "/" + languages[i];
    if (wrapped_text_field(label.c_str(), buffer, width, lines, lines)) set(languages[i], buffer);
    announce_item(id + "/" + languages[i], out);
    if (ImGui::IsItemDeactivatedAfterEdit()) editor.end_gesture();
    ImGui::EndGroup();
  }
}

// A choice among `names` (shown as `labels`); returns the index picked this frame, or -1.
int choice(const char* id, const std::vector<std::string>& labels, int current, float width) {
  int picked = -1;
  ImGui::SetNextItemWidth(width);
  const char* shown = current >= 0 && current < static_cast<int>(labels.size()) ? labels[static_cast<std::size_t>(current)].c_str() : "";
  if (ImGui::BeginCombo(id, shown)) {
    for (std::size_t i = 0; i < labels.size(); ++i)
      if (ImGui::Selectable(labels[i].c_str(), static_cast<int>(i) == current)) picked = static_cast<int>(i);
    ImGui::EndCombo();
  }
  return picked;
}

}  // namespace

float editor_width(float window_w) { return std::min(540.0f, window_w * 0.6f); }

EditorRequests draw_editor(StoryEditor& editor, std::size_t panel_index, const std::string& previewed, const Locale& text,
                           const Rect& area, float px, const EditorStatus& status) {
  EditorRequests out;
  ImGui::SetNextWindowPos({area.x, area.y});
  ImGui::SetNextWindowSize({area.w, area.h});
  bool open = true;
  const std::string& path = editor.file_name();
  const std::string file = path.substr(path.find_last_of('/') + 1);
  const std::string title = text.format("editor.title", {{"file", file}}) + "###editor";
  if (ImGui::Begin(title.c_str(), &open,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNavInputs)) {
    const Story& story = editor.story();  // the same object throughout, but its contents change with each edit
    const std::size_t panel = std::min(panel_index, story.panels.size() - 1);
    // Undo, redo, save; the state of the file.
    ImGui::BeginDisabled(!editor.history().can_undo());
    out.undo = ImGui::Button(text.text("editor.undo").c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!editor.history().can_redo());
    out.redo = ImGui::Button(text.text("editor.redo").c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!editor.modified());
    out.save = ImGui::Button(text.text("editor.save").c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text.text(editor.modified() ? "editor.modified" : "editor.saved").c_str());
    if (status.confirm_quit) {
      ImGui::Separator();
      ImGui::TextWrapped("%s", text.text("editor.quit_question").c_str());
      out.save_and_quit = ImGui::Button(text.text("editor.save_and_quit").c_str());
      ImGui::SameLine();
      out.quit_without_saving = ImGui::Button(text.text("editor.quit_without_saving").c_str());
      ImGui::SameLine();
      out.cancel_quit = ImGui::Button(text.text("editor.keep_editing").c_str());
      ImGui::Separator();
    }
    bool by_rename = status.save_by_rename;
    if (ImGui::Checkbox(text.text("editor.save_by_rename").c_str(), &by_rename)) out.save_by_rename = by_rename;
    if (ImGui::IsItemHovered()) {  // why, and when to untick it: too long for the check box's line
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(px * 22);
      ImGui::TextUnformatted(text.text("editor.save_by_rename_why").c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    if (!status.message.empty()) ImGui::TextWrapped("%s", status.message.c_str());
    if (status.disk_conflict) {
      out.keep_mine = ImGui::Button(text.text("editor.keep_mine").c_str());
      ImGui::SameLine();
      out.take_theirs = ImGui::Button(text.text("editor.take_theirs").c_str());
    }
    if (!editor.error().empty()) ImGui::TextColored({0.8f, 0.2f, 0.1f, 1}, "%s", editor.error().c_str());
    if (status.recovery) {
      ImGui::Separator();
      ImGui::TextWrapped("%s", text.text("editor.recovery").c_str());
      out.restore = ImGui::Button(text.text("editor.restore").c_str());
      ImGui::SameLine();
      out.discard_recovery = ImGui::Button(text.text("editor.discard").c_str());
    }
    // Previews: the panel at a reader's size, in a reader's language.
    ImGui::TextDisabled("%s", text.text("editor.preview").c_str());
    for (std::size_t i = 0; i < std::size(preview_sizes); ++i) {
      if (i > 0) ImGui::SameLine();
      const PreviewSize& size = preview_sizes[i];
      const std::string label = text.format(size.label_key, {{"size", std::to_string(size.width) + "×" + std::to_string(size.height)}});
      if (ImGui::SmallButton(label.c_str())) out.preview = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < editor.story().languages.size(); ++i) {
      const std::string& l = editor.story().languages[i];
      if (i > 0) ImGui::SameLine();
      if (ImGui::RadioButton(l.c_str(), l == previewed)) out.language = l;
    }
    ImGui::Separator();

    // Which panel, and the commands on it.
    out.previous = ImGui::ArrowButton("##previous", ImGuiDir_Left);
    ImGui::SameLine();
    ImGui::Text("%s", text.format("editor.panel", {{"number", std::to_string(panel + 1)},
                                                   {"count", std::to_string(story.panels.size())},
                                                   {"id", story.panels[panel].id}})
                          .c_str());
    ImGui::SameLine();
    out.next = ImGui::ArrowButton("##next", ImGuiDir_Right);
    if (ImGui::Button(text.text("editor.duplicate").c_str())) editor.duplicate_panel(panel);
    ImGui::SameLine();
    if (ImGui::Button(text.text("editor.move_earlier").c_str()) && panel > 0) editor.move_panel(panel, panel - 1);
    ImGui::SameLine();
    if (ImGui::Button(text.text("editor.move_later").c_str()) && panel + 1 < story.panels.size())
      editor.move_panel(panel, panel + 1);
    ImGui::SameLine();
    if (ImGui::Button(text.text("editor.delete").c_str())) editor.delete_panel(panel);
    out.arrange = ImGui::Button(text.text(status.arranging ? "editor.back_to_panel" : "editor.arrange").c_str());
    announce_item("arrange", out);
    // How the panels are moved in time and in order: by hand, on the strip and the overview.
    if (status.arranging || status.dated_strip) {
      ImGui::SameLine();
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%s", text.text(status.arranging ? "editor.arrange_hint" : "editor.strip_hint").c_str());
      ImGui::PopStyleColor();
    }
    if (panel >= editor.story().panels.size()) {  // the last panel was just deleted
      ImGui::End();
      return out;
    }
    const Panel p = editor.story().panels[panel];  // a copy: edits below replace the story's panels
    // The fields' ids name the panel and the generation: another panel, or an undo, is another
    // field to Dear ImGui, which then drops the text it was holding for the old one.
    ImGui::PushID(static_cast<int>(panel));
    ImGui::PushID(static_cast<int>(status.generation));

    // The date, applied when the field is left (a half-typed date is not a date yet).
    ImGui::TextDisabled("%s", text.text("editor.date").c_str());
    std::string date = p.date ? p.date->to_string() : std::string();
    ImGui::SetNextItemWidth(px * 8);
    ImGui::InputText("##date", &date);
    if (ImGui::IsItemDeactivatedAfterEdit()) editor.set_panel_date(panel, date);

    static constexpr std::array fields{PanelText::headline, PanelText::caption, PanelText::display_date};
    for (PanelText field : fields) {
      ImGui::TextDisabled("%s", text.text(std::string("editor.") + to_string(field)).c_str());
      const LocalizedText& value = field == PanelText::headline  ? p.headline
                                   : field == PanelText::caption ? p.caption : p.display_date;
      language_fields(editor, to_string(field), value, out,
                      [&](const std::string& language, const std::string& typed) {
                        editor.set_panel_text(panel, field, language, typed);
                      });
    }

    // The balloons.
    std::vector<std::string> speakers{text.text("editor.no_speaker")};
    for (const Character& c : story.characters) speakers.push_back(c.name.get(story.default_language, story.default_language));
    std::vector<std::string> kinds, placements;
    static constexpr std::array all_kinds{BalloonKind::speech, BalloonKind::thought, BalloonKind::shout, BalloonKind::whisper,
                                          BalloonKind::caption};
    for (BalloonKind kind : all_kinds) kinds.push_back(text.text(std::string("editor.kind.") + to_string(kind)));
    static constexpr std::array all_places{Placement::automatic,   Placement::top_left, Placement::top,
                                           Placement::top_right,   Placement::left,     Placement::right,
                                           Placement::bottom_left, Placement::bottom,   Placement::bottom_right};
    for (Placement place : all_places) placements.push_back(text.text(std::string("editor.place.") + to_string(place)));
    for (std::size_t b = 0; b < p.balloons.size(); ++b) {
      const Balloon& balloon = p.balloons[b];  // in the copy `p`
      ImGui::PushID(static_cast<int>(b));
      ImGui::Separator();
      ImGui::Text("%s", text.format("editor.balloon", {{"number", std::to_string(b + 1)}}).c_str());
      ImGui::SameLine();
      const bool remove = ImGui::SmallButton(text.text("editor.delete_balloon").c_str());
      announce_item("balloon/" + std::to_string(b) + "/delete", out);
      if (remove) {  // the fields below belong to the balloons as they were: drawn next frame
        editor.delete_balloon(panel, b);
        ImGui::PopID();
        break;
      }
      const float third = (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3;
      int speaker = 0;
      for (std::size_t c = 0; c < story.characters.size(); ++c)
        if (story.characters[c].id == balloon.speaker) speaker = static_cast<int>(c + 1);
      if (const int picked = choice("##speaker", speakers, speaker, third); picked >= 0)
        editor.set_balloon_speaker(panel, b, picked == 0 ? std::string() : std::string(story.characters[static_cast<std::size_t>(picked - 1)].id));
      ImGui::SameLine();
      const auto kind_index = static_cast<int>(std::find(all_kinds.begin(), all_kinds.end(), balloon.kind) - all_kinds.begin());
      if (const int picked = choice("##kind", kinds, kind_index, third); picked >= 0)
        editor.set_balloon_kind(panel, b, all_kinds[static_cast<std::size_t>(picked)]);
      ImGui::SameLine();
      const auto place_index =
          static_cast<int>(std::find(all_places.begin(), all_places.end(), balloon.placement) - all_places.begin());
      if (const int picked = choice("##place", placements, place_index, third); picked >= 0) {
        editor.set_balloon_placement(panel, b, to_string(all_places[static_cast<std::size_t>(picked)]));
        editor.end_gesture();
      }
      if (panel < editor.story().panels.size() && b < editor.story().panels[panel].balloons.size())
        language_fields(editor, "balloon/" + std::to_string(b), editor.story().panels[panel].balloons[b].text, out,
                        [&](const std::string& language, const std::string& typed) {
                          editor.set_balloon_text(panel, b, language, typed);
                        });
      ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::Button(text.text("editor.add_balloon").c_str())) editor.add_balloon(panel);
    announce_item("add-balloon", out);

    ImGui::PopID();
    ImGui::PopID();
    // What the validator says of the story as it is now, this panel's problems first.
    ImGui::Separator();
    const std::string here = "/panels/" + std::to_string(panel);
    std::size_t shown = 0;
    ImGui::TextDisabled("%s", text.format("editor.problems", {{"count", std::to_string(editor.diagnostics().size())}}).c_str());
    for (int pass = 0; pass < 2; ++pass)
      for (const Diagnostic& d : editor.diagnostics()) {
        const bool on_panel = d.path == here || d.path.starts_with(here + "/");
        if (on_panel != (pass == 0) || ++shown > 20) continue;
        ImGui::TextWrapped("%s", format_diagnostic(d).c_str());
      }

    // The history: every step, the current one marked.
    ImGui::Separator();
    ImGui::TextDisabled("%s", text.text("editor.history").c_str());
    const std::vector<EditStep>& steps = editor.history().steps();
    for (std::size_t i = steps.size(); i-- > 0;) {
      const bool applied = i < editor.history().applied();
      ImGui::TextColored(applied ? ImGui::GetStyleColorVec4(ImGuiCol_Text) : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled),
                         "%s%s", i + 1 == editor.history().applied() ? "> " : "  ", steps[i].label.c_str());
    }
  }
  ImGui::End();
  out.close = !open;
  return out;
}

}  // namespace frise::view
