#include "core/story_index.hpp"

#include <nlohmann/json.hpp>

namespace frise {

StoryIndex parse_story_index(const std::string& json_text, const std::string& file_name) {
  StoryIndex index;
  const auto problem = [&](std::string path, std::string message) {
    index.diagnostics.push_back({Severity::error, file_name, 0, 0, std::move(path), std::move(message)});
  };
  const nlohmann::json root = nlohmann::json::parse(json_text, nullptr, false);
  if (root.is_discarded() || !root.is_object() || !root.contains("stories") || !root["stories"].is_array()) {
    problem("", "expected {\"stories\": [{\"file\", \"title\"}, …]}");
    return index;
  }
  const auto& stories = root["stories"];
  for (std::size_t i = 0; i < stories.size(); ++i) {
    const auto& entry = stories[i];
    const std::string path = "/stories/" + std::to_string(i);
    if (!entry.is_object() || !entry.contains("file") || !entry["file"].is_string()) {
      problem(path, "expected {\"file\": \"story.json\", \"title\": …}");
      continue;
    }
    StoryEntry& story = index.stories.emplace_back();
    story.file = entry["file"].get<std::string>();
    if (const auto title = entry.find("title"); title != entry.end()) {
      if (title->is_string()) {
        story.title.add("fr") = title->get<std::string>();
      } else if (title->is_object()) {
        for (const auto& [language, text] : title->items())
          if (text.is_string()) story.title.add(language) = text.get<std::string>();
      }
    }
    if (story.title.empty()) story.title.add("fr") = story.file;
  }
  return index;
}

}  // namespace frise
