#include "core/soft_wrap.hpp"

#include <algorithm>

namespace frise {

void soft_wrap(char* text, std::size_t length, float width, const MeasureRun& measure) {
  std::replace(text, text + length, '\n', ' ');
  const auto too_wide = [&](std::size_t from, std::size_t to) { return measure({text + from, to - from}) > width; };
  std::size_t line_start = 0;
  bool space_on_line = false;  // a space after line_start, at last_space, where the line may break
  std::size_t last_space = 0;
  for (std::size_t i = 0; i <= length; ++i) {
    if (i < length && text[i] != ' ') continue;
    if (space_on_line && too_wide(line_start, i)) {
      text[last_space] = '\n';
      line_start = last_space + 1;
    }
    last_space = i;
    space_on_line = i > line_start;
  }
}

std::string soft_wrapped(const std::string& text, float width, const MeasureRun& measure) {
  std::string wrapped = text;
  if (text.find('\n') == std::string::npos) soft_wrap(wrapped.data(), wrapped.size(), width, measure);
  return wrapped;
}

std::string soft_unwrapped(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

}  // namespace frise
