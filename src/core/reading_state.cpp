#include "core/reading_state.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/json_tree.hpp"

namespace frise {
namespace {

using Json = nlohmann::ordered_json;

// The state is a few hundred kilobytes at most (1,000 stories); anything far bigger is not ours.
constexpr std::size_t max_input_bytes = 8u << 20;

// The double that prints like the float's shortest form: 1.2f is written 1.2, not
// 1.2000000476837158, and still reads back as exactly 1.2f.
// (Found by trying precisions: the browser's C++ library has no floating-point to_chars.)
double tidy(float value) {
  char buffer[32];
  for (int precision = 1; precision <= 9; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, static_cast<double>(value));
    if (std::strtof(buffer, nullptr) == value) return std::strtod(buffer, nullptr);
  }
  return static_cast<double>(value);
}

bool usable_id(std::string_view id) { return !id.empty() && id.size() <= ReadingState::max_id_bytes; }

class StateReader {
 public:
  StateReader(const JsonTree& tree, ReadingStateLoad& out) : tree_(tree), out_(out) {}

  void read_root(const JsonNode& root) {
    if (root.type != JsonNode::Type::object) return ignore("the document is not an object");
    for (std::size_t i = 0; i < root.child_count(); ++i) {
      const JsonNode& member = tree_.child(root, i);
      const std::string_view key = tree_.key(member);
      if (key == "preferences")
        read_preferences(member);
      else if (key == "stories")
        read_stories(member);
      else if (key == "window")
        read_window(member);
      else if (key != "format")  // format 1 is all there is so far; a newer one reads the same
        ignore("unknown field \"" + std::string(key) + "\"");
    }
  }

 private:
  void ignore(std::string why) { out_.ignored.push_back(std::move(why)); }

  std::optional<std::string_view> string_of(const JsonNode& node, std::string_view field) {
    if (node.type == JsonNode::Type::string) return tree_.text(node);
    ignore(std::string(field) + ": expected a string, found " + json_type_name(node));
    return std::nullopt;
  }

  void read_number(const JsonNode& node, std::string_view field, float& value, const NumberRange& range) {
    if (!node.is_number()) return ignore(std::string(field) + ": expected a number, found " + json_type_name(node));
    const double clamped = std::clamp(node.number(), static_cast<double>(range.min), static_cast<double>(range.max));
    value = range.clamp(static_cast<float>(clamped));
  }

  // A named choice, read with the settings' own parser (`parse_theme`…).
  template <typename Enum, typename Parse>
  void read_choice(const JsonNode& node, std::string_view field, Enum& value, Parse parse) {
    const std::optional<std::string_view> text = string_of(node, field);
    if (!text) return;
    if (const std::optional<Enum> choice = parse(*text)) value = *choice;
    else ignore(std::string(field) + ": unknown value \"" + std::string(*text) + "\"");
  }

  void read_preferences(const JsonNode& node) {
    if (node.type != JsonNode::Type::object) return ignore("preferences: expected an object");
    Settings& p = out_.state.preferences;
    for (std::size_t i = 0; i < node.child_count(); ++i) {
      const JsonNode& field = tree_.child(node, i);
      const std::string_view key = tree_.key(field);
      if (key == "language") {
        const std::optional<std::string_view> language = string_of(field, key);
        if (language && is_language_tag(*language))
          p.language = *language;
        else if (language)
          ignore("language: not a language tag");
      } else if (key == "theme") {
        read_choice(field, key, p.theme, parse_theme);
      } else if (key == "text_size") {
        read_number(field, key, p.text_size, text_size_range);
      } else if (key == "line_spacing") {
        read_number(field, key, p.line_spacing, line_spacing_range);
      } else if (key == "dyslexia_font") {
        if (field.type == JsonNode::Type::boolean)
          p.dyslexia_font = field.boolean;
        else
          ignore("dyslexia_font: expected true or false");
      } else if (key == "reduced_motion") {
        if (field.type == JsonNode::Type::boolean)
          p.reduced_motion = field.boolean;
        else
          ignore("reduced_motion: expected true or false");
      } else if (key == "save_by_rename") {
        if (field.type == JsonNode::Type::boolean)
          p.save_by_rename = field.boolean;
        else
          ignore("save_by_rename: expected true or false");
      } else if (key == "timeline") {
        read_choice(field, key, p.timeline, parse_timeline_place);
      } else {
        ignore("preferences: unknown field \"" + std::string(key) + "\"");
      }
    }
  }

  void read_window(const JsonNode& node) {
    if (node.type != JsonNode::Type::object) return ignore("window: expected an object");
    WindowPlace place;
    const auto integer = [&](const char* field, int& value, double low, double high) {
      const JsonNode* member = tree_.find(node, field);
      if (!member || !member->is_number() || !(member->number() >= low && member->number() <= high)) return false;
      value = static_cast<int>(member->number());
      return true;
    };
    // Positions may be negative (a screen left of the main one); far beyond any desktop they are nonsense.
    constexpr double far = 1e6;
    if (!integer("x", place.x, -far, far) || !integer("y", place.y, -far, far) ||
        !integer("width", place.width, WindowPlace::min_size, WindowPlace::max_size) ||
        !integer("height", place.height, WindowPlace::min_size, WindowPlace::max_size))
      return ignore("window: expected {\"x\", \"y\", \"width\", \"height\"} with sizes from " +
                    std::to_string(WindowPlace::min_size) + " to " + std::to_string(WindowPlace::max_size));
    out_.state.window = place;
  }

  void read_stories(const JsonNode& node) {
    if (node.type != JsonNode::Type::array) return ignore("stories: expected an array");
    // Oldest first, so only the last max_stories can survive: skip the rest unread, which also
    // keeps a huge hand-made list from costing quadratic time in remember().
    const std::size_t first =
        node.child_count() > ReadingState::max_stories ? node.child_count() - ReadingState::max_stories : 0;
    if (first > 0) ignore("stories: " + std::to_string(first) + " oldest entries dropped");
    for (std::size_t i = first; i < node.child_count(); ++i) {
      const JsonNode& entry = tree_.child(node, i);
      const JsonNode* story = entry.type == JsonNode::Type::object ? tree_.find(entry, "story") : nullptr;
      const JsonNode* panel = entry.type == JsonNode::Type::object ? tree_.find(entry, "panel") : nullptr;
      if (!story || !panel || story->type != JsonNode::Type::string || panel->type != JsonNode::Type::string ||
          !usable_id(tree_.text(*story)) || !usable_id(tree_.text(*panel))) {
        ignore("stories/" + std::to_string(i) + ": expected {\"story\": id, \"panel\": id}");
        continue;
      }
      out_.state.remember(tree_.text(*story), tree_.text(*panel));
    }
  }

  const JsonTree& tree_;
  ReadingStateLoad& out_;
};

}  // namespace

void ReadingState::remember(std::string_view story_id, std::string_view panel_id) {
  if (!usable_id(story_id) || !usable_id(panel_id)) return;
  const auto same = [&](const StoryPosition& s) { return s.story_id == story_id; };
  stories.erase(std::remove_if(stories.begin(), stories.end(), same), stories.end());
  stories.push_back({std::string(story_id), std::string(panel_id)});
  if (stories.size() > max_stories)
    stories.erase(stories.begin(), stories.begin() + static_cast<std::ptrdiff_t>(stories.size() - max_stories));
}

const std::string* ReadingState::last_panel(std::string_view story_id) const {
  for (auto it = stories.rbegin(); it != stories.rend(); ++it)
    if (it->story_id == story_id) return &it->panel_id;
  return nullptr;
}

std::string to_json(const ReadingState& state) {
  const Settings& p = state.preferences;
  Json preferences = {{"language", p.language},
                      {"theme", to_string(p.theme)},
                      {"text_size", tidy(p.text_size)},
                      {"line_spacing", tidy(p.line_spacing)},
                      {"reduced_motion", p.reduced_motion},
                      {"dyslexia_font", p.dyslexia_font},
                      {"timeline", to_string(p.timeline)},
                      {"save_by_rename", p.save_by_rename}};
  Json stories = Json::array();
  for (const StoryPosition& s : state.stories) stories.push_back({{"story", s.story_id}, {"panel", s.panel_id}});
  Json document = {{"format", 1}, {"preferences", std::move(preferences)}, {"stories", std::move(stories)}};
  if (state.window)
    document["window"] = {{"x", state.window->x}, {"y", state.window->y}, {"width", state.window->width},
                          {"height", state.window->height}};
  // replace: invalid UTF-8 in an id must not make dump() throw.
  return document.dump(-1, ' ', false, Json::error_handler_t::replace);
}

ReadingStateLoad ReadingState::from_json(std::string_view json_text) {
  ReadingStateLoad load;
  if (json_text.size() > max_input_bytes) {
    load.ignored.push_back("larger than " + std::to_string(max_input_bytes) + " bytes");
    return load;
  }
  const std::string text(json_text);  // the tree reads from a std::string (it ends with a NUL)
  const JsonTree tree = JsonTree::parse(text);
  if (!tree.ok()) {
    load.ignored.push_back(tree.error());
    return load;
  }
  StateReader(tree, load).read_root(tree.root());
  return load;
}

std::size_t starting_panel(const Story& story, const ReadingState& state, std::string_view requested_panel_id) {
  if (!requested_panel_id.empty()) {
    const int requested = story.find_panel(std::string(requested_panel_id));
    if (requested >= 0) return static_cast<std::size_t>(requested);
  }
  if (const std::string* remembered = state.last_panel(story.id)) {
    const int index = story.find_panel(*remembered);
    if (index >= 0) return static_cast<std::size_t>(index);
  }
  return 0;
}

}  // namespace frise
