#include "core/settings.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace frise {
namespace {

constexpr std::size_t max_language_bytes = 16;

template <typename Enum, std::size_t N>
Enum cycled(Enum value, const Enum (&values)[N], int direction, bool wrap) {
  const auto it = std::find(std::begin(values), std::end(values), value);
  const int index = it == std::end(values) ? 0 : static_cast<int>(it - std::begin(values));
  int next = index + direction;
  const int count = static_cast<int>(N);
  if (wrap) next = ((next % count) + count) % count;
  return values[std::clamp(next, 0, count - 1)];
}

constexpr ThemeName themes[] = {ThemeName::light, ThemeName::dark, ThemeName::contrast};
constexpr TimelinePlace places[] = {TimelinePlace::top, TimelinePlace::bottom, TimelinePlace::hidden};

bool step_language(std::string& language, const std::vector<std::string>& languages, int direction, bool wrap) {
  if (languages.empty()) return false;
  const auto it = std::find(languages.begin(), languages.end(), language);
  const int count = static_cast<int>(languages.size());
  const int index = it == languages.end() ? 0 : static_cast<int>(it - languages.begin());
  int next = index + direction;
  if (wrap) next = ((next % count) + count) % count;
  next = std::clamp(next, 0, count - 1);
  const std::string before = language;
  language = languages[static_cast<std::size_t>(next)];
  return language != before;
}

// A number moves by whole steps and lands on them (1.0, 1.1…), not on 1.0000001 after ten presses.
bool step_number(float& value, const NumberRange& range, int direction) {
  const float steps = std::round((value - range.min) / range.step) + static_cast<float>(direction);
  const float next = range.clamp(range.min + steps * range.step);
  if (next == value) return false;
  value = next;
  return true;
}

}  // namespace

float NumberRange::clamp(float value) const {
  if (std::isnan(value)) return fallback;
  return std::clamp(value, min, max);
}

Settings apply(Settings settings, const SettingsOverrides& overrides) {
  if (overrides.language && is_language_tag(*overrides.language)) settings.language = *overrides.language;
  if (overrides.theme) settings.theme = *overrides.theme;
  if (overrides.text_size) settings.text_size = text_size_range.clamp(*overrides.text_size);
  if (overrides.reduced_motion) settings.reduced_motion = *overrides.reduced_motion;
  if (overrides.dyslexia_font) settings.dyslexia_font = *overrides.dyslexia_font;
  if (overrides.timeline) settings.timeline = *overrides.timeline;
  return settings;
}

const char* to_string(ThemeName theme) {
  switch (theme) {
    case ThemeName::light: return "light";
    case ThemeName::dark: return "dark";
    case ThemeName::contrast: return "contrast";
  }
  return "light";
}

const char* to_string(TimelinePlace place) {
  switch (place) {
    case TimelinePlace::top: return "top";
    case TimelinePlace::bottom: return "bottom";
    case TimelinePlace::hidden: return "hidden";
  }
  return "bottom";
}

std::optional<ThemeName> parse_theme(std::string_view name) {
  for (ThemeName theme : themes)
    if (name == to_string(theme)) return theme;
  return std::nullopt;
}

std::optional<TimelinePlace> parse_timeline_place(std::string_view name) {
  for (TimelinePlace place : places)
    if (name == to_string(place)) return place;
  return std::nullopt;
}

ThemeName next_theme(ThemeName theme) { return cycled(theme, themes, 1, true); }

bool is_language_tag(std::string_view language) {
  if (language.empty() || language.size() > max_language_bytes) return false;
  return std::all_of(language.begin(), language.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

const char* label_key(SettingsControl control) {
  switch (control) {
    case SettingsControl::language: return "settings.language";
    case SettingsControl::theme: return "theme.title";
    case SettingsControl::text_size: return "settings.text_size";
    case SettingsControl::line_spacing: return "settings.line_spacing";
    case SettingsControl::reduced_motion: return "settings.motion";
    case SettingsControl::dyslexia_font: return "settings.dyslexia_font";
    case SettingsControl::timeline: return "settings.timeline";
  }
  return "settings.title";
}

bool step(Settings& s, SettingsControl control, int direction, const std::vector<std::string>& languages) {
  const auto set = [](bool& flag, bool value) { return std::exchange(flag, value) != value; };
  switch (control) {
    case SettingsControl::language: return step_language(s.language, languages, direction, false);
    case SettingsControl::theme: {
      const ThemeName before = s.theme;
      s.theme = cycled(s.theme, themes, direction, false);
      return s.theme != before;
    }
    case SettingsControl::text_size: return step_number(s.text_size, text_size_range, direction);
    case SettingsControl::line_spacing: return step_number(s.line_spacing, line_spacing_range, direction);
    case SettingsControl::reduced_motion: return set(s.reduced_motion, direction > 0);
    case SettingsControl::dyslexia_font: return set(s.dyslexia_font, direction > 0);
    case SettingsControl::timeline: {
      const TimelinePlace before = s.timeline;
      s.timeline = cycled(s.timeline, places, direction, false);
      return s.timeline != before;
    }
  }
  return false;
}

bool activate(Settings& s, SettingsControl control, const std::vector<std::string>& languages) {
  switch (control) {
    case SettingsControl::language: return step_language(s.language, languages, 1, true);
    case SettingsControl::theme: s.theme = next_theme(s.theme); return true;
    case SettingsControl::reduced_motion: s.reduced_motion = !s.reduced_motion; return true;
    case SettingsControl::dyslexia_font: s.dyslexia_font = !s.dyslexia_font; return true;
    case SettingsControl::timeline: s.timeline = cycled(s.timeline, places, 1, true); return true;
    case SettingsControl::text_size:
    case SettingsControl::line_spacing: return false;  // a slider: the arrows move it
  }
  return false;
}

}  // namespace frise
