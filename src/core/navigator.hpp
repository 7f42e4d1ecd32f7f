// Reading position in a story: which panel is current, and the moves a reader can make.
#pragma once
#include <cstddef>

namespace frise {

class Navigator {
 public:
  explicit Navigator(std::size_t panel_count = 0) : count_(panel_count) {}

  std::size_t count() const { return count_; }
  std::size_t current() const { return current_; }
  bool at_start() const { return current_ == 0; }
  bool at_end() const { return count_ == 0 || current_ + 1 == count_; }

  // Each move returns true when the current panel changed.
  bool next() { return go_to(current_ + 1); }
  bool previous() { return current_ > 0 && go_to(current_ - 1); }
  bool first() { return go_to(0); }
  bool last() { return count_ > 0 && go_to(count_ - 1); }
  bool go_to(std::size_t index) {
    if (index >= count_ || index == current_) return false;
    current_ = index;
    return true;
  }

 private:
  std::size_t count_ = 0;
  std::size_t current_ = 0;
};

}  // namespace frise
