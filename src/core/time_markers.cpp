// Where the strip draws its markers: panels of one date fan out instead of stacking
// (time_axis.hpp, place_markers, says how).
#include "core/time_axis.hpp"

#include <algorithm>
#include <cmath>

namespace frise {

std::vector<PlacedMarker> place_markers(const TimeAxis& axis, const AxisView& view, float width_px,
                                        const MarkerSpacing& spacing) {
  std::vector<PlacedMarker> out;
  if (axis.sorted_t.empty() || !(view.span() > 0) || !(width_px > 0)) return out;
  const double px_per_t = static_cast<double>(width_px) / view.span();
  const double gap = std::max(1.0f, spacing.gap_px);
  const double min_gap = std::clamp(static_cast<double>(spacing.min_gap_px), 1.0, gap);
  const double max_shift = std::max(0.0f, spacing.max_shift_px);
  // Markers a little outside the view can be pushed into it: they take part.
  const double margin_px = max_shift + gap;
  const auto [first, last] = visible_markers(axis, view, margin_px / px_per_t);
  const auto x_of = [&](std::size_t k) { return (axis.sorted_t[k] - view.start) * px_per_t; };
  const auto keep = [&](std::size_t k, double x, double crowd_gap) {
    if (x >= -gap && x <= static_cast<double>(width_px) + gap)
      out.push_back({axis.by_position[k], static_cast<float>(x), static_cast<float>(crowd_gap)});
  };
  const double capacity = (static_cast<double>(width_px) + 2 * margin_px) / min_gap;
  if (static_cast<double>(last - first) > capacity) {
    // Too many to give each its own place: one marker per min_gap stands for the ones after it.
    for (std::size_t k = first; k < last;) {
      const double x = x_of(k);
      keep(k, x, min_gap);
      const double next_t = view.start + (x + min_gap) / px_per_t;
      k = static_cast<std::size_t>(std::lower_bound(axis.sorted_t.begin() + static_cast<std::ptrdiff_t>(k) + 1,
                                                    axis.sorted_t.begin() + static_cast<std::ptrdiff_t>(last), next_t) -
                                   axis.sorted_t.begin());
    }
    return out;
  }
  const std::size_t n = last - first;
  std::vector<double> target(n), placed(n), trial(n), crowd_gap(n, gap);
  for (std::size_t i = 0; i < n; ++i) target[i] = x_of(first + i);
  struct Block {
    double sum;
    std::size_t begin, count;
  };
  std::vector<Block> blocks;
  // Pool adjacent violators on target[i] - i * g: the positions closest (least squares) to the
  // targets with consecutive ones at least g apart, order kept. Returns the largest shift.
  const auto spread = [&](std::size_t begin, std::size_t end, double g, std::vector<double>& into) {
    blocks.clear();
    for (std::size_t i = begin; i < end; ++i) {
      blocks.push_back({target[i] - static_cast<double>(i - begin) * g, i, 1});
      while (blocks.size() > 1) {
        const Block& b = blocks.back();
        Block& a = blocks[blocks.size() - 2];
        if (a.sum / static_cast<double>(a.count) < b.sum / static_cast<double>(b.count)) break;
        a.sum += b.sum;
        a.count += b.count;
        blocks.pop_back();
      }
    }
    double worst = 0;
    for (const Block& block : blocks) {
      const double mean = block.sum / static_cast<double>(block.count);
      for (std::size_t i = block.begin; i < block.begin + block.count; ++i) {
        into[i] = mean + static_cast<double>(i - begin) * g;
        worst = std::max(worst, std::fabs(into[i] - target[i]));
      }
    }
    return worst;
  };
  spread(0, n, gap, placed);
  // Crowds (runs of markers pushed against each other) that spread too far are squeezed.
  for (std::size_t begin = 0; begin < n;) {
    std::size_t end = begin + 1;
    while (end < n && placed[end] - placed[end - 1] < gap + 1e-6) ++end;
    double worst = 0;
    for (std::size_t i = begin; i < end; ++i) worst = std::max(worst, std::fabs(placed[i] - target[i]));
    if (end - begin > 1 && worst > max_shift) {
      double lo = min_gap, hi = gap;  // the largest g whose shift stays within max_shift
      if (spread(begin, end, lo, trial) <= max_shift)
        for (int step = 0; step < 10; ++step) {
          const double mid = (lo + hi) / 2;
          (spread(begin, end, mid, trial) <= max_shift ? lo : hi) = mid;
        }
      spread(begin, end, lo, placed);
      for (std::size_t i = begin; i < end; ++i) crowd_gap[i] = lo;
    }
    begin = end;
  }
  // Markers dated inside the view stay inside it: a crowd pushed past an edge slides back,
  // keeping its spacing, and pushes its neighbours along only where it reaches them.
  const double lo = std::max(0.0f, spacing.edge_px), hi = static_cast<double>(width_px) - lo;
  const auto in_view = std::lower_bound(target.begin(), target.end(), 0.0) - target.begin();
  const auto past_view = std::upper_bound(target.begin(), target.end(), static_cast<double>(width_px)) - target.begin();
  if (in_view < past_view) {
    const auto j = static_cast<std::size_t>(in_view), m = static_cast<std::size_t>(past_view) - 1;
    // Each pushed marker keeps the distance it had to the next, up to their crowd's gap.
    if (placed[j] < lo) {
      double previous = placed[j];
      placed[j] = lo;
      for (std::size_t i = j + 1; i < n; ++i) {
        const double d = std::min(placed[i] - previous, std::min(crowd_gap[i - 1], crowd_gap[i]));
        previous = placed[i];
        if (placed[i] >= placed[i - 1] + d) break;
        placed[i] = placed[i - 1] + d;
      }
    }
    if (placed[m] > hi) {
      double next = placed[m];
      placed[m] = hi;
      for (std::size_t i = m; i-- > 0;) {
        const double d = std::min(next - placed[i], std::min(crowd_gap[i], crowd_gap[i + 1]));
        next = placed[i];
        if (placed[i] <= placed[i + 1] - d) break;
        placed[i] = placed[i + 1] - d;
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i) keep(first + i, placed[i], crowd_gap[i]);
  return out;
}

}  // namespace frise
