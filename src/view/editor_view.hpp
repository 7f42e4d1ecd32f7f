// The author's editor, beside the panel it edits: the panel's texts in every language side by
// side, its date, its balloons (text, speaker, kind, place; added and removed), commands on the
// panel (duplicate, move, delete), undo and redo with the history, saving, and the problems the
// validator finds as the author types. Every change goes to the StoryEditor at once
// (core/story_editor.hpp), and the reader shows the panel as readers will see it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/geometry.hpp"
#include "core/locale.hpp"
#include "core/story_editor.hpp"

namespace frise::view {

// What the author asked for with the editor's buttons this frame (the keys go through the
// session's input map: Ctrl+Z, Ctrl+Y, Ctrl+S, Page Up and Page Down).
struct EditorRequests {
  bool undo = false, redo = false, save = false, close = false;
  bool restore = false, discard_recovery = false;  // the recovery file offered at the start
  bool previous = false, next = false;             // the panel before or after
  bool arrange = false;  // the overview in the panel's place, to reorder panels by dragging (or back)
  int preview = -1;                                // index in preview_sizes, when one was picked
  std::string language;                            // the language to preview in, when one was picked
  bool save_and_quit = false, quit_without_saving = false, cancel_quit = false;
  bool keep_mine = false, take_theirs = false;
  std::optional<bool> save_by_rename;  // the author changed how the file is saved
  // Where each text field and balloon button was drawn ("caption/fr", "balloon/0/en",
  // "balloon/0/delete", "add-balloon"), in window pixels: told to the host, so tests and tools
  // can find them.
  std::vector<std::pair<std::string, Rect>> fields;
};

struct EditorStatus {
  std::string message;        // "Saved", "cannot write …", shown under the buttons
  bool recovery = false;      // a recovery file newer than the story is there, to offer
  // Changes when the text changes under the fields (undo, redo, a restored recovery): a field
  // being typed in then lets go of its own copy and shows the story's text.
  std::uint64_t generation = 0;
  bool save_by_rename = true;  // the setting, shown as a check box
  bool confirm_quit = false;  // the window is being closed with unsaved edits: ask what to do
  bool disk_conflict = false; // the file changed on disk where the author edited: ask which to keep
  bool arranging = false;     // the overview is shown in the panel's place
  bool dated_strip = false;   // the time strip has dates: its markers can be dragged to date panels
};

// The width the editor takes at the right of a window `window_w` wide (the panel keeps the rest):
// a fixed width, so that a preview size is the panel's area exactly (the window is resized to it
// plus this).
float editor_width(float window_w);

// The sizes a story is previewed at: a phone upright, a blog's iframe, a laptop.
struct PreviewSize {
  const char* label_key;
  int width, height;
};
inline constexpr PreviewSize preview_sizes[] = {
    {"editor.preview.phone", 360, 640}, {"editor.preview.blog", 720, 480}, {"editor.preview.laptop", 1280, 800}};

EditorRequests draw_editor(StoryEditor& editor, std::size_t panel, const std::string& previewed, const Locale& text,
                           const Rect& area, float px, const EditorStatus& status);

}  // namespace frise::view
