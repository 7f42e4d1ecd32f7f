#include "core/timelinejs_import.hpp"

#include <filesystem>

#include "core/paths.hpp"

namespace frise {
namespace {

// `path` (relative to the TimelineJS file) made relative to the story written at `output`:
// lexically, the two files' folders as given.
std::string rebased(const std::string& path, const std::string& input, const std::string& output) {
  namespace fs = std::filesystem;
  const fs::path from = fs::path(input).parent_path(), to = fs::path(output).parent_path();
  if (from.lexically_normal() == to.lexically_normal()) return path;
  const fs::path moved = (from / path).lexically_normal().lexically_relative(to.empty() ? fs::path(".") : to);
  return moved.empty() ? path : moved.generic_string();
}

// The file's name without its folder and extension: a title for a timeline without one.
std::string stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

void note(TimelineImport& out, const std::string& file, std::string message) {
  out.losses.push_back({Severity::warning, file, 0, 0, "", std::move(message)});
}

}  // namespace

TimelineImport import_timelinejs(const std::string& text, const std::string& input_path, const TimelineImportOptions& options) {
  TimelineImport out;
  StoryLoadOptions load = options.load;
  load.losses = &out.losses;
  StoryLoadResult read = parse_story(text, input_path, load);
  out.diagnostics = std::move(read.diagnostics);
  if (!read.from_timelinejs) {
    if (!has_errors(out.diagnostics))
      out.diagnostics.push_back({Severity::error, input_path, 0, 0, "",
                                 "not a TimelineJS3 timeline (an object with \"events\"): nothing to import"});
    return out;
  }
  if (has_errors(out.diagnostics)) return out;
  Story& story = read.story;
  const std::string& language = story.default_language;
  if (story.title.empty()) {
    story.title.add(language) = stem(input_path);
    note(out, input_path, "the timeline has no headline: the story is titled " + frise::quoted(stem(input_path)));
  }
  for (std::size_t i = 0; i < story.chapters.size(); ++i)
    if (story.chapters[i].title.empty()) story.chapters[i].title.add(language) = "Era " + std::to_string(i + 1);
  for (Panel& panel : story.panels) {
    for (ArtLayer& layer : panel.art.layers) {
      ImageRef& image = layer.image;
      if (options.image_size) {
        if (const auto size = options.image_size(resolve_relative(input_path, image.path))) {
          image.width = size->first;
          image.height = size->second;
        }
      }
      if (image.width > 0 && image.height > 0 && !panel.aspect_given)
        panel.aspect = static_cast<float>(image.width) / static_cast<float>(image.height);
      // An image says what it shows: the slide's headline when TimelineJS gave no alt text.
      if (image.alt.empty() && !panel.headline.empty()) image.alt = panel.headline;
      image.path = rebased(image.path, input_path, options.output_path);
    }
  }
  out.story_json = write_story(story);
  return out;
}

}  // namespace frise
