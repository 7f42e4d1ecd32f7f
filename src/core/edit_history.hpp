// Undo and redo for an edited file: each step is the splices that made it and the splices that
// undo it, so undoing restores the text byte for byte. A continuous gesture (dragging a balloon,
// typing a word) is one step: steps with the same merge key join the one before until the
// gesture is sealed. Unlimited within a session.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/json_edit.hpp"

namespace frise {

struct EditStep {
  std::string label;               // for the history list: "Caption of panel 3 (fr)"
  std::vector<TextSplice> redo;    // applied in order, they make the step
  std::vector<TextSplice> undo;    // applied in order, they take it back
  std::string merge_key;           // non-empty: later steps with this key join this one
};

class EditHistory {
 public:
  // Records a step already applied to the text. Steps undone before it are dropped (a new edit
  // after an undo starts a new branch, as editors do).
  void record(EditStep step);
  // The gesture is over: the next step starts a step of its own, whatever its key.
  void seal() { sealed_ = true; }
  bool undo(std::string& text);
  bool redo(std::string& text);
  bool can_undo() const { return applied_ > 0; }
  bool can_redo() const { return applied_ < steps_.size(); }
  const std::vector<EditStep>& steps() const { return steps_; }
  std::size_t applied() const { return applied_; }  // steps [0, applied) are in the text
  // The text as last saved: false once any step was made or undone since.
  bool at_saved() const { return saved_ == applied_; }
  void mark_saved() { saved_ = applied_; }

 private:
  static constexpr std::size_t never = static_cast<std::size_t>(-1);
  std::vector<EditStep> steps_;
  std::size_t applied_ = 0;
  std::size_t saved_ = 0;
  bool sealed_ = true;
};

}  // namespace frise
