// The story model: what a Frise story is once loaded, independent of JSON, SDL, GL or ImGui.
// A story is a sequence of panels in reading order; each panel sits at a date on the time axis,
// carries texts in one or more languages and an illustration made of image layers.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

namespace frise {

// A text given in several languages: {"fr": "…", "en": "…"}. A plain string counts as the
// story's default language.
struct LocalizedText {
  std::map<std::string, std::string> by_language;

  bool empty() const { return by_language.empty(); }
  // The text in `language`, else in `fallback`, else any; empty when there is none at all.
  const std::string& get(const std::string& language, const std::string& fallback) const;
};

// One image of a panel's illustration.
struct ArtLayer {
  std::string image;   // path relative to the story file
  LocalizedText alt;   // what the image shows, for people who cannot see it
  int width = 0;       // pixel size declared by the author, so layout is right before the image arrives
  int height = 0;
};

struct Panel {
  std::string id;              // unique within the story; used in links
  std::string date;            // ISO-like "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  LocalizedText display_date;  // how the date reads ("fin décembre 2021"); `date` when absent
  LocalizedText headline;
  LocalizedText caption;       // narration shown under the art
  std::vector<ArtLayer> art;
  float aspect = 4.0f / 3.0f;  // width / height of the art area
};

struct Story {
  std::string id;
  LocalizedText title;
  LocalizedText subtitle;
  std::string default_language = "fr";
  std::vector<std::string> languages;
  std::vector<Panel> panels;

  // Every character used by any text of the story, in every language.
  std::set<char32_t> code_points() const;
  // Index of the panel with this id, or -1.
  int find_panel(const std::string& id) const;
};

}  // namespace frise
