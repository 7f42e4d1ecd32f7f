#include "core/story.hpp"

#include <array>
#include <charconv>
#include <cstdio>

#include "core/utf8.hpp"

namespace frise {

const std::string* LocalizedText::find(std::string_view language) const {
  for (const auto& [key, text] : by_language)
    if (key == language) return &text;
  return nullptr;
}

std::string& LocalizedText::add(std::string_view language) {
  for (auto& [key, text] : by_language)
    if (key == language) return text;
  return by_language.emplace_back(std::string(language), std::string()).second;
}

const std::string& LocalizedText::get(const std::string& language, const std::string& fallback) const {
  static const std::string none;
  if (const std::string* text = find(language)) return *text;
  if (const std::string* text = find(fallback)) return *text;
  return by_language.empty() ? none : by_language.front().second;
}

bool LocalizedText::operator==(const LocalizedText& other) const {
  if (by_language.size() != other.by_language.size()) return false;
  for (const auto& [language, text] : by_language) {
    const std::string* same = other.find(language);
    if (!same || *same != text) return false;
  }
  return true;
}

const std::string& ImageRef::file(const std::string& language, const std::string& fallback) const {
  return path_by_language.empty() ? path : path_by_language.get(language, fallback);
}

const std::string& ImageRef::file_2x(const std::string& language, const std::string& fallback) const {
  return path_2x_by_language.empty() ? path_2x : path_2x_by_language.get(language, fallback);
}

std::vector<const std::string*> ImageRef::files() const {
  std::vector<const std::string*> out;
  const auto add = [&](const std::string& file) {
    if (file.empty()) return;
    for (const std::string* known : out)
      if (*known == file) return;
    out.push_back(&file);
  };
  add(path);
  for (const auto& [language, file] : path_by_language.by_language) add(file);
  add(path_2x);
  for (const auto& [language, file] : path_2x_by_language.by_language) add(file);
  return out;
}

namespace {

bool parse_int(std::string_view text, std::size_t pos, std::size_t length, int& out) {
  if (pos + length > text.size()) return false;
  const char* begin = text.data() + pos;
  auto [end, error] = std::from_chars(begin, begin + length, out);
  return error == std::errc() && end == begin + length;
}

int days_in_month(std::int64_t year, int month) {
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  // The year: four digits, or more (no leading zero then) and a minus sign before year 0, as
  // ISO 8601's expanded years, so that TimelineJS's deep-time years can be written in the
  // Frise format too; at most kMaxYear years either way (see Date).
  const std::size_t sign = !text.empty() && text[0] == '-' ? 1 : 0;
  std::size_t digits = 0;
  while (sign + digits < text.size() && text[sign + digits] >= '0' && text[sign + digits] <= '9') ++digits;
  if (digits < 4 || digits > 12 || (digits > 4 && text[sign] == '0')) return std::nullopt;
  std::int64_t year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + sign + digits, year);
  if (error != std::errc() || year < -kMaxYear || year > kMaxYear) return std::nullopt;
  Date date;
  date.year = year;
  const std::string_view rest = text.substr(sign + digits);
  if (!rest.empty() && rest.size() != 3 && rest.size() != 6) return std::nullopt;
  if (rest.size() >= 3 && (rest[0] != '-' || !parse_int(rest, 1, 2, date.month) || date.month < 1 || date.month > 12))
    return std::nullopt;
  if (rest.size() == 6 && (rest[3] != '-' || !parse_int(rest, 4, 2, date.day) || date.day < 1 ||
                           date.day > days_in_month(date.year, date.month)))
    return std::nullopt;
  return date;
}

std::int64_t Date::day_number() const {
  // Days from civil date (proleptic Gregorian), with a year starting in March.
  const int m = month ? month : 1;
  const int d = day ? day : 1;
  const std::int64_t y = year - (m <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = static_cast<int>(y - era * 400);
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe;
}

std::string Date::to_string() const {
  char out[32];
  const char* sign = year < 0 ? "-" : "";
  const long long magnitude = year < 0 ? -static_cast<long long>(year) : year;
  if (day) std::snprintf(out, sizeof out, "%s%04lld-%02d-%02d", sign, magnitude, month, day);
  else if (month) std::snprintf(out, sizeof out, "%s%04lld-%02d", sign, magnitude, month);
  else std::snprintf(out, sizeof out, "%s%04lld", sign, magnitude);
  return out;
}

std::optional<Colour> parse_colour(std::string_view text) {
  if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return std::nullopt;
  std::array<std::uint8_t, 4> channels{0, 0, 0, 255};
  for (std::size_t i = 0; i * 2 + 1 < text.size(); ++i) {
    unsigned value = 0;
    const char* begin = text.data() + 1 + i * 2;
    auto [end, error] = std::from_chars(begin, begin + 2, value, 16);
    if (error != std::errc() || end != begin + 2) return std::nullopt;
    channels[i] = static_cast<std::uint8_t>(value);
  }
  return Colour{channels[0], channels[1], channels[2], channels[3]};
}

std::string colour_to_string(const Colour& c) {
  char out[16];
  if (c.a == 255) std::snprintf(out, sizeof out, "#%02X%02X%02X", c.r, c.g, c.b);
  else std::snprintf(out, sizeof out, "#%02X%02X%02X%02X", c.r, c.g, c.b, c.a);
  return out;
}

std::set<char32_t> Story::code_points() const {
  std::set<char32_t> out;
  for_each_text([&](const LocalizedText& text) {
    for (const auto& [language, value] : text.by_language) collect_code_points(value, out);
  });
  // Not translatable texts, but drawn all the same.
  for (const Credit& credit : credits) collect_code_points(credit.name, out);
  for (const Panel& panel : panels)
    if (panel.date) collect_code_points(panel.date->to_string(), out);
  for (const GlossaryEntry& entry : glossary)
    for (const auto& [language, forms] : entry.aliases)
      for (const std::string& form : forms) collect_code_points(form, out);
  return out;
}

int Story::find_panel(const std::string& panel_id) const {
  for (std::size_t i = 0; i < panels.size(); ++i)
    if (panels[i].id == panel_id) return static_cast<int>(i);
  return -1;
}

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  for (const T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}
}  // namespace

const Character* Story::find_character(const std::string& character_id) const { return find_by_id(characters, character_id); }
const GlossaryEntry* Story::find_term(const std::string& term_id) const { return find_by_id(glossary, term_id); }

std::vector<std::string_view> GlossaryEntry::forms(const std::string& language, const std::string& fallback) const {
  std::vector<std::string_view> out;
  const std::string* own = term.find(language);
  if (const std::string& t = own ? *own : term.get(fallback, fallback); !t.empty()) out.push_back(t);
  for (const auto& [alias_language, list] : aliases)
    if (alias_language == language)
      for (const std::string& form : list)
        if (!form.empty()) out.push_back(form);
  return out;
}
const Chapter* Story::find_chapter(const std::string& chapter_id) const { return find_by_id(chapters, chapter_id); }
const Sprite* Story::find_sprite(const std::string& sprite_id) const { return find_by_id(sprites, sprite_id); }

const ImageRef* Story::layer_image(const ArtLayer& layer) const {
  if (!layer.sprite.empty()) {
    const Sprite* sprite = find_sprite(layer.sprite);
    return sprite ? &sprite->image : nullptr;
  }
  return layer.image.path.empty() ? nullptr : &layer.image;
}

namespace {
constexpr std::array balloon_kind_names{"speech", "thought", "shout", "whisper", "caption"};
constexpr std::array placement_names{"auto",  "top-left",    "top",    "top-right",   "left",
                                     "right", "bottom-left", "bottom", "bottom-right"};
constexpr std::array region_kind_names{"face", "prop", "calm"};

// The enum value whose name (in the enum's order) is `text`.
template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<const char*, N>& names, const std::string& text) {
  for (std::size_t i = 0; i < N; ++i)
    if (text == names[i]) return static_cast<Enum>(i);
  return std::nullopt;
}
}  // namespace

const char* to_string(BalloonKind kind) { return balloon_kind_names[static_cast<std::size_t>(kind)]; }
const char* to_string(Placement placement) { return placement_names[static_cast<std::size_t>(placement)]; }
const char* to_string(RegionKind kind) { return region_kind_names[static_cast<std::size_t>(kind)]; }

std::optional<BalloonKind> parse_balloon_kind(const std::string& text) {
  return parse_name<BalloonKind>(balloon_kind_names, text);
}
std::optional<Placement> parse_placement(const std::string& text) { return parse_name<Placement>(placement_names, text); }
std::optional<RegionKind> parse_region_kind(const std::string& text) {
  return parse_name<RegionKind>(region_kind_names, text);
}

}  // namespace frise
