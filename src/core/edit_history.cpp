#include "core/edit_history.hpp"

#include <utility>

namespace frise {

void EditHistory::record(EditStep step) {
  if (applied_ < steps_.size()) {
    steps_.erase(steps_.begin() + static_cast<std::ptrdiff_t>(applied_), steps_.end());
    if (saved_ > applied_) saved_ = never;  // the saved text was in the branch just dropped
  }
  const bool joins = !sealed_ && !step.merge_key.empty() && !steps_.empty() && steps_.back().merge_key == step.merge_key &&
                     saved_ != applied_;  // a saved state stays reachable by undo
  if (joins) {
    EditStep& top = steps_.back();
    top.redo.insert(top.redo.end(), step.redo.begin(), step.redo.end());
    step.undo.insert(step.undo.end(), top.undo.begin(), top.undo.end());
    top.undo = std::move(step.undo);
    return;
  }
  sealed_ = step.merge_key.empty();
  steps_.push_back(std::move(step));
  applied_ = steps_.size();
}

bool EditHistory::undo(std::string& text) {
  if (!can_undo()) return false;
  for (const TextSplice& splice : steps_[applied_ - 1].undo) apply_splice(text, splice);
  --applied_;
  sealed_ = true;
  return true;
}

bool EditHistory::redo(std::string& text) {
  if (!can_redo()) return false;
  for (const TextSplice& splice : steps_[applied_].redo) apply_splice(text, splice);
  ++applied_;
  sealed_ = true;
  return true;
}

}  // namespace frise
