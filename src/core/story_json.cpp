#include "core/story_json.hpp"

#include <nlohmann/json.hpp>

#include "core/utf8.hpp"

namespace frise {
namespace {

using nlohmann::json;

const char* type_name(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "an integer";
    case json::value_t::number_float: return "a number";
    default: return "an unknown value";
  }
}

// Walks the parsed document, filling the model and reporting problems with their JSON path.
class StoryReader {
 public:
  StoryReader(const std::string& file, const StoryLimits& limits, std::vector<Diagnostic>& out)
      : file_(file), limits_(limits), out_(out) {}

  void report(Severity severity, const std::string& path, std::string message) {
    out_.push_back({severity, file_, 0, 0, path, std::move(message)});
  }
  void expected(const std::string& path, const char* what, const json& found) {
    report(Severity::error, path, std::string("expected ") + what + ", found " + type_name(found));
  }

  void read_string(const json& value, const std::string& path, std::string& out) {
    if (!value.is_string()) return expected(path, "a string", value);
    const auto& text = value.get_ref<const std::string&>();
    if (text.size() > limits_.max_string_bytes) {
      report(Severity::error, path, "text is " + std::to_string(text.size()) + " bytes long; the limit is " +
                                        std::to_string(limits_.max_string_bytes));
      return;
    }
    out = text;
  }

  void read_text(const json& value, const std::string& path, LocalizedText& out) {
    if (value.is_string()) {
      read_string(value, path, out.by_language[default_language_]);
    } else if (value.is_object()) {
      for (const auto& [language, text] : value.items())
        read_string(text, path + "/" + language, out.by_language[language]);
    } else {
      expected(path, "a string or an object of texts by language ({\"fr\": \"…\"})", value);
    }
  }

  int read_size(const json& value, const std::string& path) {
    if (!value.is_number_integer()) {
      expected(path, "a whole number of pixels", value);
      return 0;
    }
    const auto size = value.get<long long>();
    if (size <= 0 || size > limits_.max_image_side) {
      report(Severity::error, path, "image side must be between 1 and " +
                                        std::to_string(limits_.max_image_side) + " pixels, found " +
                                        std::to_string(size));
      return 0;
    }
    return static_cast<int>(size);
  }

  void read_art_layer(const json& value, const std::string& path, ArtLayer& layer) {
    if (!value.is_object()) return expected(path, "an object describing an image layer", value);
    if (auto it = value.find("image"); it != value.end()) read_string(*it, path + "/image", layer.image);
    else report(Severity::error, path, "missing \"image\": the path of a PNG or JPEG file");
    if (auto it = value.find("alt"); it != value.end()) read_text(*it, path + "/alt", layer.alt);
    else report(Severity::warning, path, "missing \"alt\": describe the image for people who cannot see it");
    if (auto it = value.find("width"); it != value.end()) layer.width = read_size(*it, path + "/width");
    else report(Severity::error, path, "missing \"width\": the image's width in pixels");
    if (auto it = value.find("height"); it != value.end()) layer.height = read_size(*it, path + "/height");
    else report(Severity::error, path, "missing \"height\": the image's height in pixels");
  }

  void read_panel(const json& value, const std::string& path, Panel& panel) {
    if (!value.is_object()) return expected(path, "an object describing a panel", value);
    if (auto it = value.find("id"); it != value.end()) read_string(*it, path + "/id", panel.id);
    else report(Severity::error, path, "missing \"id\": every panel needs a unique id for links");
    if (auto it = value.find("date"); it != value.end()) read_string(*it, path + "/date", panel.date);
    if (auto it = value.find("display_date"); it != value.end())
      read_text(*it, path + "/display_date", panel.display_date);
    if (auto it = value.find("headline"); it != value.end()) read_text(*it, path + "/headline", panel.headline);
    if (auto it = value.find("caption"); it != value.end()) read_text(*it, path + "/caption", panel.caption);
    if (auto it = value.find("aspect"); it != value.end()) {
      if (!it->is_number() || it->get<double>() < 0.2 || it->get<double>() > 5.0)
        report(Severity::error, path + "/aspect", "expected a width/height ratio between 0.2 and 5");
      else
        panel.aspect = it->get<float>();
    }
    if (auto it = value.find("art"); it != value.end()) {
      if (!it->is_array()) return expected(path + "/art", "an array of image layers", *it);
      panel.art.resize(it->size());
      for (std::size_t i = 0; i < it->size(); ++i)
        read_art_layer((*it)[i], path + "/art/" + std::to_string(i), panel.art[i]);
    }
  }

  void read_story(const json& root, Story& story) {
    if (!root.is_object()) return expected("", "an object with \"title\" and \"panels\"", root);
    if (auto it = root.find("language"); it != root.end()) read_string(*it, "/language", story.default_language);
    default_language_ = story.default_language;
    if (auto it = root.find("languages"); it != root.end()) {
      if (!it->is_array()) {
        expected("/languages", "an array of language codes", *it);
      } else {
        for (std::size_t i = 0; i < it->size(); ++i)
          read_string((*it)[i], "/languages/" + std::to_string(i), story.languages.emplace_back());
      }
    }
    if (story.languages.empty()) story.languages.push_back(story.default_language);
    if (auto it = root.find("id"); it != root.end()) read_string(*it, "/id", story.id);
    if (auto it = root.find("title"); it != root.end()) read_text(*it, "/title", story.title);
    else report(Severity::error, "", "missing \"title\"");
    if (auto it = root.find("subtitle"); it != root.end()) read_text(*it, "/subtitle", story.subtitle);
    const auto panels = root.find("panels");
    if (panels == root.end()) return report(Severity::error, "", "missing \"panels\": the list of panels");
    if (!panels->is_array()) return expected("/panels", "an array of panels", *panels);
    if (panels->size() > limits_.max_panels)
      return report(Severity::error, "/panels", "story has " + std::to_string(panels->size()) +
                                                    " panels; the limit is " + std::to_string(limits_.max_panels));
    if (panels->empty()) report(Severity::error, "/panels", "a story needs at least one panel");
    story.panels.resize(panels->size());
    for (std::size_t i = 0; i < panels->size(); ++i)
      read_panel((*panels)[i], "/panels/" + std::to_string(i), story.panels[i]);
  }

 private:
  const std::string& file_;
  const StoryLimits& limits_;
  std::vector<Diagnostic>& out_;
  std::string default_language_ = "fr";
};

}  // namespace

StoryLoadResult parse_story(const std::string& json_text, const std::string& file_name, const StoryLimits& limits) {
  StoryLoadResult result;
  auto fail_at = [&](std::size_t offset, std::string message) {
    Diagnostic d{Severity::error, file_name, 0, 0, "", std::move(message)};
    line_and_column(json_text, offset, d.line, d.column);
    result.diagnostics.push_back(std::move(d));
    return result;
  };
  if (json_text.size() > limits.max_file_bytes)
    return fail_at(0, "file is " + std::to_string(json_text.size()) + " bytes; the limit is " +
                          std::to_string(limits.max_file_bytes));
  std::size_t start = 0;
  if (json_text.starts_with("\xEF\xBB\xBF")) start = 3;  // byte-order mark
  if (auto bad = find_invalid_utf8(std::string_view(json_text).substr(start)))
    return fail_at(start + *bad, "invalid UTF-8 byte sequence: save the file as UTF-8");

  json root;
  try {
    root = json::parse(json_text.begin() + static_cast<std::ptrdiff_t>(start), json_text.end());
  } catch (const json::parse_error& e) {
    // nlohmann counts the byte *after* the offending one, from the start of its input.
    const std::size_t offset = start + (e.byte > 0 ? e.byte - 1 : 0);
    std::string what = e.what();
    if (auto pos = what.find("syntax error "); pos != std::string::npos) what = what.substr(pos);
    return fail_at(offset, "malformed JSON: " + what);
  }
  StoryReader(file_name, limits, result.diagnostics).read_story(root, result.story);
  return result;
}

}  // namespace frise
