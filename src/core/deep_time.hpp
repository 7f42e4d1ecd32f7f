// Deep time in words: a date tens of thousands of years back or more reads as "66 million years
// ago" ("il y a 66 millions d'années"), as geology and cosmology count, not as a year
// ("-65998000"). TimelineJS's cosmological timelines and the time strip's widest zooms use it.
#pragma once
#include <cstdint>
#include <string>

#include "core/story.hpp"

namespace frise {

// "Years ago" count from year 0, as the timeline's own numbers do: an author who writes the
// year -300000 means 300,000 years ago. The two thousand years since are within the precision
// of any date that far back (under 2% of it), which is where years ago are used: dates a
// hundred thousand years back or more, and ticks at least that far apart.
inline constexpr std::int64_t kDeepTimePresent = 0;
inline constexpr std::int64_t kDeepTimeFrom = -100'000;
inline constexpr std::int64_t kDeepTimeStep = 100'000;

inline bool is_deep_time(const Date& date) { return date.year <= kDeepTimeFrom; }

// "13.8 billion years ago", "66 million years ago", "300,000 years ago" (French: "il y a
// 13,8 milliards d'années", "il y a 300 000 ans"), at most `digits` significant digits for
// millions and billions (a tick's round value keeps its own: "250 million years ago").
std::string years_ago_text(std::int64_t years_ago, const std::string& language, int digits = 3);

// A deep-time date as years ago (is_deep_time), else empty.
std::string deep_time_text(const Date& date, const std::string& language);

}  // namespace frise
