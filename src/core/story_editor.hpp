// An author's edits to a story file, as commands with undo and redo: each one rewrites only the
// bytes of what it changes (core/json_edit.hpp), and the story is read again after it, so the
// model, the validator's problems and the file's text never disagree. The file is saved as
// `text()`: a diff against the original shows only what was edited.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics.hpp"
#include "core/edit_history.hpp"
#include "core/story.hpp"

namespace frise {

// The texts of a panel an author edits in place.
enum class PanelText { headline, caption, display_date };
const char* to_string(PanelText field);  // its key: "headline"…

class StoryEditor {
 public:
  StoryEditor(std::string text, std::string file_name);

  const std::string& text() const { return text_; }
  const std::string& file_name() const { return file_name_; }
  // The story as last read without errors (edits that break it keep the one before), and the
  // problems of the text as it is now.
  const Story& story() const { return story_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  bool readable() const { return readable_; }
  // Why the last command did nothing ("/panels/9: no such item…"); empty after one that worked.
  const std::string& error() const { return error_; }
  const EditHistory& history() const { return history_; }
  bool modified() const { return !history_.at_saved(); }
  // Changes whenever the text does (a command, an undo, a redo), for those who follow it.
  std::uint64_t revision() const { return revision_; }
  void mark_saved() { history_.mark_saved(); }

  // --- Commands; each returns false (and says why in error()) when it could not be done.
  // `merge_key`: the steps of one gesture (typing in one field, one drag) make one undo step.
  bool set_panel_text(std::size_t panel, PanelText field, const std::string& language, const std::string& text);
  bool set_balloon_text(std::size_t panel, std::size_t balloon, const std::string& language, const std::string& text);
  bool set_balloon_speaker(std::size_t panel, std::size_t balloon, const std::string& speaker);
  bool set_balloon_kind(std::size_t panel, std::size_t balloon, BalloonKind kind);
  bool set_balloon_placement(std::size_t panel, std::size_t balloon, std::string_view placement);
  // "2022-04", "2022-04-15"…; `end_date`, when given, moves the end of its period in the same step.
  bool set_panel_date(std::size_t panel, const std::string& date, const std::string& end_date = {});
  // A new balloon after the panel's last one, "…" in every language for the author to replace,
  // said by whoever is likely to speak next: a character whose face is in the art and who did
  // not say the balloon before, else the one who did, else the story's first character; a
  // caption box when the story has no characters.
  bool add_balloon(std::size_t panel);
  bool delete_balloon(std::size_t panel, std::size_t balloon);
  bool duplicate_panel(std::size_t panel);  // the copy follows it, with an id of its own
  bool delete_panel(std::size_t panel);
  bool move_panel(std::size_t from, std::size_t to);  // `to`: its index afterwards
  // A value anywhere, by JSON pointer, for what has no command of its own.
  bool set_value(std::string_view pointer, const nlohmann::ordered_json& value, const std::string& label,
                 const std::string& merge_key = {});
  // The whole text replaced (a recovery file taken back): one step, undone as one.
  bool replace_text(const std::string& text, const std::string& label);
  void end_gesture() { history_.seal(); }

  bool undo();
  bool redo();

 private:
  // A command's splices are applied one by one (each computed on the text the one before left);
  // commit records them as one step and reads the story again. When one cannot be made, those
  // already applied are taken back: a command happens whole or not at all.
  bool splice(const JsonEditResult& edit, EditStep& step);
  bool commit(EditStep step);
  bool fail(std::string why);
  bool set_text_at(const std::string& pointer, const std::string& language, const std::string& text,
                   const std::string& label);
  void reread();
  std::string panel_pointer(std::size_t panel) const;
  std::string balloon_pointer(std::size_t panel, std::size_t balloon) const;
  bool has_panel(std::size_t panel);
  bool has_balloon(std::size_t panel, std::size_t balloon);

  std::string text_;
  std::string file_name_;
  Story story_;
  std::vector<Diagnostic> diagnostics_;
  bool readable_ = false;
  std::string error_;
  EditHistory history_;
  std::uint64_t revision_ = 0;
};

}  // namespace frise
