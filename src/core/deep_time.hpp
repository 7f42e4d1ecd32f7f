// Deep time in words: a date tens of thousands of years back or more reads as "66 million years
// ago" ("il y a 66 millions d'années"), as geology and cosmology count, not as a year
// ("-65998000"). TimelineJS's cosmological timelines and the time strip's widest zooms use it.
#pragma once
#include <cstdint>
#include <string>

#include "core/story.hpp"

namespace frise {

// "Years ago" count from 2000 (the convention of ice-core datings, "b2k"): at the scales where
// they are used, a tick every ten thousand years or more, the years since are below a pixel.
inline constexpr std::int64_t kDeepTimePresent = 2000;
// A date this far back reads in years ago.
inline constexpr std::int64_t kDeepTimeFrom = -10'000;

inline bool is_deep_time(const Date& date) { return date.year <= kDeepTimeFrom; }

// "13.8 billion years ago", "66 million years ago", "12,000 years ago" (French: "il y a
// 13,8 milliards d'années", "il y a 12 000 ans"), at most `digits` significant digits for
// millions and billions (a tick's round value keeps its own: "250 million years ago").
std::string years_ago_text(std::int64_t years_ago, const std::string& language, int digits = 3);

// A deep-time date as years ago (is_deep_time), else empty.
std::string deep_time_text(const Date& date, const std::string& language);

}  // namespace frise
