#include "core/deep_time.hpp"

#include <cmath>
#include <cstdio>

namespace frise {
namespace {

// A whole number with its thousands grouped: "12,000" / "12 000" (a no-break space).
std::string grouped(std::int64_t value, bool fr) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  const std::string separator = fr ? "\u00A0" : ",";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

// `value` with at most `digits` significant digits and no trailing zeros: "13.8", "66", "1.25".
std::string significant(double value, int digits, bool fr) {
  const int whole_digits = value >= 1 ? static_cast<int>(std::floor(std::log10(value))) + 1 : 1;
  const int decimals = std::max(0, digits - whole_digits);
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  std::string out = text;
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  if (fr)
    for (char& c : out)
      if (c == '.') c = ',';
  return out;
}

}  // namespace

std::string years_ago_text(std::int64_t years_ago, const std::string& language, int digits) {
  const bool fr = language == "fr";
  if (years_ago <= 0) return fr ? "aujourd'hui" : "today";
  constexpr double billion = 1e9, million = 1e6;
  const auto ago = static_cast<double>(years_ago);
  if (years_ago >= 1'000'000) {
    const bool billions = years_ago >= 1'000'000'000;
    const std::string number = significant(ago / (billions ? billion : million), digits, fr);
    if (!fr) return number + (billions ? " billion years ago" : " million years ago");
    // French: "1,5 million", "2 millions" (the plural from two).
    const bool plural = ago / (billions ? billion : million) >= 2;
    return "il y a " + number + (billions ? " milliard" : " million") + (plural ? "s" : "") + " d'années";
  }
  return fr ? "il y a " + grouped(years_ago, true) + " ans" : grouped(years_ago, false) + " years ago";
}

std::string deep_time_text(const Date& date, const std::string& language) {
  if (!is_deep_time(date)) return {};
  return years_ago_text(kDeepTimePresent - date.year, language);
}

}  // namespace frise
