#include "core/json_reader.hpp"

#include <algorithm>

#include "core/paths.hpp"
#include "core/utf8.hpp"

namespace frise::detail {

std::string JsonPath::to_string() const {
  std::vector<const JsonPath*> chain;
  for (const JsonPath* p = this; p && p->parent; p = p->parent) chain.push_back(p);
  std::string out;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    out += '/';
    if ((*it)->key.empty()) {
      out += std::to_string((*it)->index);
    } else {
      for (char c : (*it)->key) {  // JSON Pointer escapes
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
      }
    }
  }
  return out;
}

void Findings::add(Diagnostic&& d) {
  kept_.push_back(std::move(d));
  if (kept_.size() >= 2 * limit_) compact();
}

void Findings::compact() {
  std::stable_sort(kept_.begin(), kept_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  if (kept_.size() <= limit_) return;
  for (std::size_t i = limit_; i < kept_.size(); ++i) drop(kept_[i].severity);
  kept_.resize(limit_);
  full_ = true;
  threshold_ = {kept_.back().line, kept_.back().column};
}

void Findings::merge(Findings&& other) {
  dropped_errors_ += other.dropped_errors_;
  dropped_warnings_ += other.dropped_warnings_;
  for (Diagnostic& d : other.kept_) {
    if (wanted(d.line, d.column)) add(std::move(d));
    else drop(d.severity);
  }
  other.kept_.clear();
}

std::vector<Diagnostic> Findings::finish(const std::string& file) && {
  compact();
  const std::size_t more = dropped_errors_ + dropped_warnings_;
  if (more > 0) {
    const auto count = [](std::size_t n, const char* one) { return std::to_string(n) + " " + one + (n == 1 ? "" : "s"); };
    kept_.push_back({dropped_errors_ ? Severity::error : Severity::warning, file, 0, 0, "",
                     std::to_string(more) + " more problem" + (more == 1 ? "" : "s") + " not shown (" +
                         count(dropped_errors_, "error") + ", " + count(dropped_warnings_, "warning") + ")"});
  }
  return std::move(kept_);
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t bound) {
  constexpr std::size_t longest = 256;  // longer names get no suggestion
  if (bound == 0) return 0;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) >= bound) return bound;
  if (a.size() > longest || b.size() > longest) return bound;
  // A cell farther than `bound` - 1 from the diagonal costs at least `bound`: only the band
  // around it is computed, the cells outside it hold `bound`.
  std::array<std::size_t, longest + 1> row;
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = std::min(j, bound);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t low = i >= bound ? i - bound + 1 : 1, high = std::min(b.size(), i + bound - 1);
    std::size_t diagonal = row[low - 1];
    row[low - 1] = low == 1 ? std::min(i, bound) : bound;
    std::size_t best = row[low - 1];
    for (std::size_t j = low; j <= high; ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1), bound});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best >= bound) return bound;
  }
  return std::min(row[b.size()], bound);
}

JsonReader::JsonReader(const std::string& text, std::size_t text_start, const std::string& file, const JsonTree& tree,
                       const StoryLoadOptions& options, Findings& out)
    : text_(text), text_start_(text_start), file_(file), tree_(tree), options_(options), out_(out) {
  asset_root_depth_ = options.asset_root_depth >= 0 ? options.asset_root_depth : frise::asset_root_depth(file);
}

JsonReader::JsonReader(const JsonReader& settings, Findings& out)
    : JsonReader(settings.text_, settings.text_start_, settings.file_, settings.tree_, settings.options_, out) {
  positions_ = settings.positions_;
  set_languages(settings.default_language_, settings.languages_);
}

void JsonReader::locate(const JsonNode& at, bool at_key, int& line, int& column) {
  SharedPositions& shared = *positions_;
  std::call_once(shared.built, [&] { shared.positions.emplace(text_); });
  shared.positions->locate(text_start_ + (at_key ? tree_.key_offset(at) : at.offset), line, column);
}

void JsonReader::report(Severity severity, const JsonNode& at, const JsonPath& path, std::string message, bool at_key) {
  report_with(severity, at, path, at_key, [&] { return std::move(message); });
}

void JsonReader::note_loss(const JsonNode& at, const JsonPath& path, std::string message) {
  if (!options_.losses) return;
  Diagnostic d{Severity::warning, file_, 0, 0, path.to_string(), std::move(message)};
  locate(at, false, d.line, d.column);
  options_.losses->push_back(std::move(d));
}

bool JsonReader::expected(const JsonNode& at, const JsonPath& path, std::string_view what) {
  error(at, path, "expected " + std::string(what) + ", found " + json_type_name(at));
  return false;
}

std::size_t JsonReader::known_index(std::string_view key, std::span<const std::string_view> known) {
  for (std::size_t i = 0; i < known.size(); ++i)
    if (same_name(known[i], key)) return i;
  return known.size();
}

void JsonReader::warn_unknown_key(const JsonNode& member, const JsonPath& path, std::span<const std::string_view> known) {
  const std::string_view key = tree_.key(member);
  report_with(Severity::warning, member, path.member(key), true, [&] {
    std::string_view best;
    std::size_t best_distance = suggestion_distance(key);  // only near misses
    for (std::string_view candidate : known) {
      const std::size_t d = bounded_edit_distance(key, candidate, best_distance);
      if (d < best_distance) {
        best_distance = d;
        best = candidate;
      }
    }
    std::string message = "unknown key " + frise::quoted(key);
    if (!best.empty()) message += " (did you mean \"" + std::string(best) + "\"?)";
    else message += " (ignored)";
    return message;
  });
}

void JsonReader::check_keys(const JsonNode& object, const JsonPath& path, std::span<const std::string_view> known) {
  std::vector<bool> seen(known.size(), false);
  for (std::size_t i = 0; i < object.child_count(); ++i) {
    const JsonNode& member = tree_.child(object, i);
    const std::size_t index = known_index(tree_.key(member), known);
    if (index == known.size()) {
      warn_unknown_key(member, path, known);
    } else {
      if (seen[index]) warn_repeated_key(member, path);
      seen[index] = true;
    }
  }
}

void JsonReader::warn_repeated_key(const JsonNode& member, const JsonPath& path) {
  const std::string_view name = tree_.key(member);
  const JsonPath member_path = path.member(name);
  report(Severity::warning, member, member_path,
         "\"" + std::string(name) + "\" is given twice in this object: only the last one is used", true);
}

const JsonNode* JsonReader::require(const JsonNode& object, const JsonPath& path, std::string_view key,
                                    std::string_view why) {
  return require(tree_.find(object, key), object, path, key, why);
}

const JsonNode* JsonReader::require(const JsonNode* member, const JsonNode& object, const JsonPath& path,
                                    std::string_view key, std::string_view why) {
  if (!member) error(object, path, "missing \"" + std::string(key) + "\": " + std::string(why));
  return member;
}

bool JsonReader::is_object(const JsonNode& node, const JsonPath& path, std::string_view what) {
  return node.type == JsonNode::Type::object || expected(node, path, what);
}

bool JsonReader::is_array(const JsonNode& node, const JsonPath& path, std::string_view what) {
  return node.type == JsonNode::Type::array || expected(node, path, what);
}

bool JsonReader::read_string(const JsonNode& node, const JsonPath& path, std::string& out) {
  if (node.type != JsonNode::Type::string) return expected(node, path, "a string");
  const std::string_view text = tree_.text(node);
  if (text.size() > options_.limits.max_string_bytes) {
    error(node, path, "text is " + std::to_string(text.size()) + " bytes long; the limit is " +
                          std::to_string(options_.limits.max_string_bytes));
    return false;
  }
  out = text;
  return true;
}

bool JsonReader::read_id(const JsonNode& node, const JsonPath& path, std::string& out) {
  if (!read_string(node, path, out)) return false;
  if (out.empty() || out.find_first_of(" \t\n#/?") != std::string::npos) {
    error(node, path, "expected an id (letters, digits, '-' or '_', no spaces), found " + frise::quoted(out));
    out.clear();
    return false;
  }
  return true;
}

bool JsonReader::read_asset_path(const JsonNode& node, const JsonPath& path, std::string& out) {
  return read_string(node, path, out) && check_asset_path(node, path, out);
}

bool JsonReader::check_asset_path(const JsonNode& node, const JsonPath& path, std::string& value, bool look_for_file,
                                  ImageSize* size) {
  if (std::string problem = asset_path_problem(value, file_, asset_root_depth_); !problem.empty()) {
    error(node, path, std::move(problem));
    value.clear();  // never opened, never shown
    return false;
  }
  if (!look_for_file || (!options_.file_exists && !options_.check_image)) return true;
  const std::string resolved = resolve_relative(file_, value);
  if (options_.check_image) check_image_file(node, path, value, resolved, size);
  else if (!options_.file_exists(resolved))
    warning(node, path, "image file " + frise::quoted(value) + " not found (looked for " + resolved + ")");
  return true;
}

namespace {

std::string pixel_size(int width, int height) { return std::to_string(width) + "x" + std::to_string(height); }

// "960x640", "a width of 960", "a height of 640".
std::string declared_size(int width, int height) {
  if (width > 0 && height > 0) return pixel_size(width, height);
  return width > 0 ? "a width of " + std::to_string(width) : "a height of " + std::to_string(height);
}

}  // namespace

void JsonReader::check_image_file(const JsonNode& node, const JsonPath& path, const std::string& value,
                                  const std::string& resolved, ImageSize* size) {
  const ImageFileReport found = options_.check_image(resolved);
  const std::string name = "image file " + frise::quoted(value);
  if (!found.found) return warning(node, path, name + " not found (looked for " + resolved + ")");
  if (!found.unreadable.empty()) return warning(node, path, name + " cannot be read: " + found.unreadable);
  const ImageInspection& file = found.inspection;
  // What the file is, said when it is a PNG or JPEG (otherwise the problem says what it is).
  const std::string kind = file.kind.starts_with("PNG") || file.kind.starts_with("JPEG") ? " (" + file.kind + ")" : "";
  if (!file.problem.empty()) return warning(node, path, name + kind + " cannot be shown: " + file.problem);
  if (!file.advice.empty()) warning(node, path, name + kind + ": " + file.advice);
  if (!file.image || !size) return;
  size->file_width = file.width;
  size->file_height = file.height;
  const int factor = size->twice ? 2 : 1;
  const int want_w = size->declared_width * factor, want_h = size->declared_height * factor;
  if ((want_w > 0 && want_w != file.width) || (want_h > 0 && want_h != file.height)) {
    std::string message = name + " is " + pixel_size(file.width, file.height) + " pixels" + kind;
    if (size->twice)
      message += "; as \"image_2x\" it should be twice the declared " +
                 declared_size(size->declared_width, size->declared_height) + ": " + declared_size(want_w, want_h);
    else
      message += "; the story declares " + declared_size(want_w, want_h);
    warning(node, path, std::move(message));
  }
}

void JsonReader::set_languages(const std::string& default_language, const std::vector<std::string>& languages) {
  default_language_ = default_language;
  languages_ = languages;
}

void JsonReader::read_text(const JsonNode& node, const JsonPath& path, LocalizedText& out) {
  if (node.type == JsonNode::Type::string) {
    std::string& value = out.add(default_language_);
    if (read_string(node, path, value) && value.empty()) warning(node, path, "empty text");
    if (languages_.size() > 1)
      warning(node, path, "text only in \"" + default_language_ + "\"; the story is also in " +
                              std::to_string(languages_.size() - 1) + " other language(s)");
    return;
  }
  if (node.type != JsonNode::Type::object) {
    expected(node, path, "a string or an object of texts by language ({\"fr\": \"…\"})");
    return;
  }
  out.by_language.reserve(node.child_count());
  for (std::size_t i = 0; i < node.child_count(); ++i) {
    const JsonNode& member = tree_.child(node, i);
    const std::string_view language = tree_.key(member);
    const JsonPath member_path = path.member(language);
    if (std::find(languages_.begin(), languages_.end(), language) == languages_.end())
      report(Severity::warning, member, member_path,
             "language " + frise::quoted(language) + " is not among the story's \"languages\"", true);
    std::string& value = out.add(language);
    if (read_string(member, member_path, value) && value.empty()) warning(member, member_path, "empty text");
  }
  for (const std::string& language : languages_)
    if (!out.find(language)) warning(node, path, "missing the \"" + language + "\" text");
}

bool JsonReader::read_number(const JsonNode& node, const JsonPath& path, double low, double high, float& out) {
  if (!node.is_number()) return expected(node, path, "a number");
  if (node.number() < low || node.number() > high) {
    char range[96];
    std::snprintf(range, sizeof range, "a number from %g to %g, found %g", low, high, node.number());
    error(node, path, std::string("expected ") + range);
    return false;
  }
  out = static_cast<float>(node.number());
  return true;
}

bool JsonReader::read_date(const JsonNode& node, const JsonPath& path, std::optional<Date>& out) {
  std::string text;
  if (!read_string(node, path, text)) return false;
  out = parse_date(text);
  if (!out) error(node, path, "expected a date \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", found " + frise::quoted(text));
  return out.has_value();
}

bool JsonReader::read_colour(const JsonNode& node, const JsonPath& path, std::optional<Colour>& out) {
  std::string text;
  if (!read_string(node, path, text)) return false;
  out = parse_colour(text);
  if (!out) error(node, path, "expected a colour \"#RRGGBB\", found " + frise::quoted(text));
  return out.has_value();
}

void JsonReader::read_image_fields(const JsonNode& object, const JsonPath& path, ImageRef& out, bool size_required) {
  // The declared size first: the files are checked against it.
  const auto read_side = [&](const JsonNode* node, const char* key, int& side) {
    if (!node) return;
    const JsonPath side_path = path.member(key);
    if (node->type != JsonNode::Type::integer) {
      expected(*node, side_path, "a whole number of pixels");
      return;
    }
    if (node->integer() <= 0 || node->integer() > options_.limits.max_image_side) {
      error(*node, side_path, "image side must be between 1 and " + std::to_string(options_.limits.max_image_side) +
                                  " pixels, found " + std::to_string(node->integer()));
      return;
    }
    side = static_cast<int>(node->integer());
  };
  const JsonNode* width = tree_.find(object, "width");
  const JsonNode* height = tree_.find(object, "height");
  read_side(width, "width", out.width);
  read_side(height, "height", out.height);
  const std::uint64_t pixels = static_cast<std::uint64_t>(out.width) * static_cast<std::uint64_t>(out.height);
  if (pixels > options_.limits.max_image_pixels)
    warning(object, path, "image is declared " + pixel_size(out.width, out.height) + " pixels (" + megapixels(pixels) +
                              "); the reader decodes at most " + megapixels(options_.limits.max_image_pixels) +
                              ": it would show a placeholder (scale the image down)");
  // One file for all languages, or one per language like a text ({"fr": "a.png", "en": "en/a.png"}),
  // each checked as the one file is, against the same declared size.
  const auto read_file = [&](const JsonNode& node, const char* key, std::string& file, LocalizedText& by_language,
                             ImageSize& size) {
    const JsonPath file_path = path.member(key);
    if (node.type != JsonNode::Type::object) {
      if (read_string(node, file_path, file)) check_asset_path(node, file_path, file, true, &size);
      return;
    }
    by_language.by_language.reserve(node.child_count());
    for (std::size_t i = 0; i < node.child_count(); ++i) {
      const JsonNode& member = tree_.child(node, i);
      const std::string_view language = tree_.key(member);
      const JsonPath member_path = file_path.member(language);
      if (std::find(languages_.begin(), languages_.end(), language) == languages_.end())
        report(Severity::warning, member, member_path,
               "language " + frise::quoted(language) + " is not among the story's \"languages\"", true);
      std::string value;
      ImageSize each = size;
      if (!read_string(member, member_path, value) || !check_asset_path(member, member_path, value, true, &each)) continue;
      if (size.file_width == 0) size = each;  // the first file's size, for a missing width or height
      by_language.add(language) = std::move(value);
    }
    if (node.child_count() == 0) expected(node, file_path, "a file, or an object of files by language ({\"fr\": \"…\"})");
    file = by_language.get(default_language_, default_language_);
  };
  ImageSize size{out.width, out.height, false, 0, 0};
  const JsonNode* image = tree_.find(object, "image");
  if (image) read_file(*image, "image", out.path, out.path_by_language, size);
  if (const JsonNode* node = tree_.find(object, "image_2x")) {
    ImageSize twice{out.width, out.height, true, 0, 0};
    read_file(*node, "image_2x", out.path_2x, out.path_2x_by_language, twice);
    // A language whose normal file is its own but whose large one is not would see the other
    // language's words on a large screen.
    for (const auto& [language, file] : out.path_by_language.by_language)
      if (language != default_language_ && !out.path_2x_by_language.find(language))
        warning(*node, path.member("image_2x"), "\"image\" has a file for \"" + language +
                                                     "\" but \"image_2x\" has none: give it one too");
    // And the other way round: a small screen would show the other language's words.
    for (const auto& [language, file] : out.path_2x_by_language.by_language)
      if (image && language != default_language_ && !out.path_by_language.find(language))
        warning(*image, path.member("image"), "\"image_2x\" has a file for \"" + language +
                                                  "\" but \"image\" has none: give it one too");
    if (pixels > 0 && pixels <= options_.limits.max_image_pixels && pixels * 4 > options_.limits.max_image_pixels)
      warning(*node, path.member("image_2x"), "the image_2x file would be " + pixel_size(out.width * 2, out.height * 2) +
                                                   " pixels (" + megapixels(pixels * 4) + "); the reader decodes at most " +
                                                   megapixels(options_.limits.max_image_pixels) + ": it would show a placeholder");
  }
  // Without the size the image still shows, but the layout cannot reserve its place before it arrives.
  if (size_required) {
    const auto missing = [&](const JsonNode* node, const char* key, int file_side) {
      if (node) return;
      std::string message = std::string("missing \"") + key + "\": the image's " + key + " in pixels";
      if (file_side > 0) message += " (the file's is " + std::to_string(file_side) + ")";
      warning(object, path, std::move(message));
    };
    missing(width, "width", size.file_width);
    missing(height, "height", size.file_height);
  }
  if (const JsonNode* alt = tree_.find(object, "alt")) read_text(*alt, path.member("alt"), out.alt);
  else warning(object, path, "missing \"alt\": describe the image for people who cannot see it");
}

void JsonReader::read_string_list(const JsonNode& node, const JsonPath& path, std::vector<std::string>& out) {
  if (!is_array(node, path, "an array of strings")) return;
  for (std::size_t i = 0; i < node.child_count(); ++i) {
    std::string value;
    if (read_string(tree_.child(node, i), path.item(i), value)) out.push_back(std::move(value));
  }
}

}  // namespace frise::detail
