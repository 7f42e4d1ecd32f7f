#include "core/paths.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/diagnostics.hpp"

namespace frise {

std::string resolve_relative(const std::string& base_file, const std::string& relative) {
  if (!relative.empty() && relative.front() == '/') return relative;
  const auto slash = base_file.rfind('/');
  const std::string joined = (slash == std::string::npos ? std::string() : base_file.substr(0, slash + 1)) + relative;
  const bool absolute = !joined.empty() && joined.front() == '/';

  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const auto end = std::min(joined.find('/', start), joined.size());
    const std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty() && parts.back() != "..") parts.pop_back();
      else if (!absolute) parts.push_back(part);  // above the base: keep, the caller's root decides
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out = absolute ? "/" : "";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
  return out;
}

namespace {

// The segments of the folder holding `file`, with "." dropped and ".." collapsed where it can be.
std::vector<std::string_view> folder_segments(std::string_view file, bool& absolute) {
  absolute = !file.empty() && file.front() == '/';
  const std::size_t slash = file.rfind('/');
  const std::string_view folder = slash == std::string_view::npos ? std::string_view() : file.substr(0, slash);
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= folder.size()) {
    const std::size_t end = std::min(folder.find('/', start), folder.size());
    const std::string_view part = folder.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty() && parts.back() != "..") parts.pop_back();
      else if (!absolute) parts.push_back(part);
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  return parts;
}

bool is_control(unsigned char c) { return c < 0x20 || c == 0x7F; }

// Whether `text` starts with `prefix` (lower case ASCII), whatever the case of its letters.
bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const char c = text[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != prefix[i]) return false;
  }
  return true;
}
}  // namespace

bool is_web_address(std::string_view url) {
  return starts_with_ignoring_case(url, "http:") || starts_with_ignoring_case(url, "https:") || url.starts_with("//");
}

int asset_root_depth(std::string_view story_path) {
  bool absolute = false;
  const std::vector<std::string_view> folder = folder_segments(story_path, absolute);
  return !folder.empty() && folder.back() == "panels" ? 1 : 0;
}

std::string asset_root_folder(const std::string& story_file, int root_depth) {
  bool absolute = false;
  std::vector<std::string_view> folder = folder_segments(story_file, absolute);
  std::vector<std::string> parts(folder.begin(), folder.end());
  for (int i = 0; i < root_depth; ++i) {
    if (!parts.empty() && parts.back() != "..") parts.pop_back();
    else if (!absolute) parts.emplace_back("..");
  }
  std::string out = absolute ? "/" : "";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
  return out.empty() ? "." : out;
}

namespace {

// The policy in one pass over the path, for the common case of an allowed one (every image of
// every panel comes here); asset_path_problem says why when it is not.
bool allowed_at_a_glance(std::string_view path, int root_depth) {
  if (path.empty() || path.front() == '/') return false;
  int depth = root_depth;
  bool first_segment = true;
  std::size_t segment_start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    const char c = i < path.size() ? path[i] : '/';
    if (c == '/') {
      const std::string_view part = path.substr(segment_start, i - segment_start);
      if (part.empty() || (i == path.size() && (part == "." || part == ".."))) return false;
      if (part == "..") {
        if (--depth < 0) return false;
      } else if (part != ".") {
        ++depth;
      }
      first_segment = false;
      segment_start = i + 1;
    } else if (is_control(static_cast<unsigned char>(c)) || c == '\\' || c == '?' || c == '#' || c == '%' ||
               (c == ':' && first_segment)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string asset_path_problem(std::string_view path, const std::string& story_file, int root_depth,
                               const PathWords& words) {
  if (allowed_at_a_glance(path, root_depth)) return {};
  const std::string name_it = "name " + std::string(words.the) + " relative to " + std::string(words.base);
  const auto shown = [&] { return "the path " + frise::quoted(path); };
  if (path.empty()) return "expected the path of " + std::string(words.one) + " file, found an empty string";
  for (const char c : path) {
    if (is_control(static_cast<unsigned char>(c))) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
      return shown() + " holds a control character (" + code + ")";
    }
  }
  if (is_web_address(path))
    return shown() + " is a web address: " + std::string(words.many) + " are files inside its folder (Frise works offline)";
  if (path.find('\\') != std::string_view::npos) return shown() + " has a backslash: write \"/\" between folders";
  if (path.front() == '/') return shown() + " is absolute: " + name_it;
  const std::string_view first_segment = path.substr(0, path.find('/'));
  if (const std::size_t colon = first_segment.find(':'); colon != std::string_view::npos)
    return shown() + " is not a file path (\"" + std::string(first_segment.substr(0, colon + 1)) +
           "\" is not allowed): " + name_it;
  if (const std::size_t special = path.find_first_of("?#%"); special != std::string_view::npos)
    return shown() + " has a '" + path[special] + "': file names here cannot hold '?', '#' or '%' (on the web they change the address)";

  // Walk the segments, counting how far below the root each step is.
  int depth = root_depth;
  std::size_t start = 0;
  std::string_view last;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view part = path.substr(start, end - start);
    if (part.empty()) {
      if (end == path.size()) return shown() + " ends with \"/\": name a file, not a folder";
      return shown() + " has an empty folder name (\"//\")";
    }
    if (part == "..") {
      if (--depth < 0)
        return shown() + " leads out of " + frise::quoted(asset_root_folder(story_file, root_depth)) +
               ", the folder " + std::string(words.own) + " must stay in";
    } else if (part != ".") {
      ++depth;
    }
    last = part;
    start = end + 1;
  }
  if (last == "." || last == "..") return shown() + " names a folder, not a file";
  return {};
}

bool is_link_address(std::string_view url) {
  // A scheme and something after it.
  const auto starts = [&](std::string_view scheme) { return url.size() > scheme.size() && starts_with_ignoring_case(url, scheme); };
  if (!starts("https://") && !starts("http://")) return false;
  return std::none_of(url.begin(), url.end(), [](char c) { return is_control(static_cast<unsigned char>(c)) || c == ' ' || c == '\\'; });
}

}  // namespace frise
