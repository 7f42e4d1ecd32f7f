// Internal to story loading: the ids of one kind seen so far, to report repeats.
#pragma once
#include <algorithm>
#include <bit>
#include <cstddef>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace frise::detail {

// The ids seen so far of one kind, to report repeats: open addressing over views, so that a
// 10,000-panel story costs one array instead of 10,000 hash-node allocations. Ids are never
// empty, so an empty view marks a free slot.
class IdSet {
 public:
  void reserve(std::size_t count) {
    if (count * 2 > slots_.size()) rehash(std::bit_ceil(std::max<std::size_t>(count * 2, 16)));
  }
  // False when `id` was already there.
  bool insert(std::string_view id) {
    reserve(size_ + 1);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = std::hash<std::string_view>{}(id) & mask;; i = (i + 1) & mask) {
      if (slots_[i].empty()) {
        slots_[i] = id;
        ++size_;
        return true;
      }
      if (slots_[i] == id) return false;
    }
  }

 private:
  void rehash(std::size_t capacity) {
    std::vector<std::string_view> old = std::exchange(slots_, std::vector<std::string_view>(capacity));
    size_ = 0;
    for (std::string_view id : old)
      if (!id.empty()) insert(id);
  }

  std::vector<std::string_view> slots_;
  std::size_t size_ = 0;
};

}  // namespace frise::detail
