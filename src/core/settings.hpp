// The reader's settings, in one place: each field's type, default and limits, the names its
// values are written with (command line, URL, saved preferences), and the list of controls the
// settings overlay shows and the keyboard steps through. Everything else converts through here.
#pragma once
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frise {

enum class ThemeName { light, dark, contrast };
enum class TimelinePlace { top, bottom, hidden };

// A number the reader sets with a slider or the + and - keys.
struct NumberRange {
  float min, max, step, fallback;
  float clamp(float value) const;  // within [min, max]; NaN gives the fallback
};
inline constexpr NumberRange text_size_range{0.8f, 1.6f, 0.1f, 1.0f};     // scale of the story's text
inline constexpr NumberRange line_spacing_range{1.0f, 1.8f, 0.1f, 1.0f};  // scale of the line height

struct Settings {
  std::string language;  // the language the story is read in; empty: the story's own
  ThemeName theme = ThemeName::light;
  float text_size = text_size_range.fallback;
  float line_spacing = line_spacing_range.fallback;
  bool reduced_motion = false;  // cut between panels instead of easing
  bool dyslexia_font = false;   // the story's words in OpenDyslexic
  TimelinePlace timeline = TimelinePlace::bottom;
  // The editor saves through a temporary file renamed over the story (a crash never leaves half
  // a file); off for folders kept by sync tools that take a rename for a deletion.
  bool save_by_rename = true;
  bool operator==(const Settings&) const = default;
};

// What the command line or the page's URL asks for, over what was saved: only what was given.
struct SettingsOverrides {
  std::optional<std::string> language;
  std::optional<ThemeName> theme;
  std::optional<float> text_size;
  std::optional<bool> reduced_motion;
  std::optional<bool> dyslexia_font;
  std::optional<TimelinePlace> timeline;
};
Settings apply(Settings settings, const SettingsOverrides& overrides);

const char* to_string(ThemeName theme);             // "light", "dark", "contrast"
const char* to_string(TimelinePlace place);     // "top", "bottom", "hidden"
std::optional<ThemeName> parse_theme(std::string_view name);
std::optional<TimelinePlace> parse_timeline_place(std::string_view name);
ThemeName next_theme(ThemeName theme);  // light, dark, contrast, light…

// A language tag such as "fr" or "pt-BR": anything else would not name a locale.
bool is_language_tag(std::string_view language);

// The settings overlay's controls, in the order Tab visits them.
enum class SettingsControl { language, theme, text_size, line_spacing, reduced_motion, dyslexia_font, timeline };
inline constexpr SettingsControl settings_controls[] = {
    SettingsControl::language,     SettingsControl::theme,        SettingsControl::text_size,
    SettingsControl::line_spacing, SettingsControl::reduced_motion, SettingsControl::dyslexia_font,
    SettingsControl::timeline};
inline constexpr std::size_t settings_control_count = std::size(settings_controls);
// The locale key of each control's label ("settings.text_size").
const char* label_key(SettingsControl control);

// Left (-1) or Right (+1) on a control: the previous or next choice, a step of a number, a
// check box turned off or on. `languages` are the story's, for the language control. Returns
// true when the value changed.
bool step(Settings& settings, SettingsControl control, int direction, const std::vector<std::string>& languages);
// Space or Enter on a control: a check box flips, a choice moves to the next one (wrapping).
bool activate(Settings& settings, SettingsControl control, const std::vector<std::string>& languages);

}  // namespace frise
