#include "core/story.hpp"

#include "core/utf8.hpp"

namespace frise {

const std::string& LocalizedText::get(const std::string& language, const std::string& fallback) const {
  static const std::string none;
  if (auto it = by_language.find(language); it != by_language.end()) return it->second;
  if (auto it = by_language.find(fallback); it != by_language.end()) return it->second;
  return by_language.empty() ? none : by_language.begin()->second;
}

std::set<char32_t> Story::code_points() const {
  std::set<char32_t> out;
  const auto add = [&](const LocalizedText& text) {
    for (const auto& [language, value] : text.by_language) collect_code_points(value, out);
  };
  add(title);
  add(subtitle);
  for (const Panel& panel : panels) {
    collect_code_points(panel.date, out);
    add(panel.display_date);
    add(panel.headline);
    add(panel.caption);
    for (const ArtLayer& layer : panel.art) add(layer.alt);
  }
  return out;
}

int Story::find_panel(const std::string& panel_id) const {
  for (std::size_t i = 0; i < panels.size(); ++i)
    if (panels[i].id == panel_id) return static_cast<int>(i);
  return -1;
}

}  // namespace frise
