// `frise publish STORY.json --out DIR`: one story as a folder any static host serves as it is
// (what goes in it: core/site_publish.hpp). The web edition comes from --web, else from the
// build tree beside the program (build/web), else from its installed data (share/frise/web).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "core/paths.hpp"
#include "core/site_publish.hpp"
#include "core/story_json.hpp"
#include "platform/files.hpp"
#include "platform/paths.hpp"

namespace frise::cli {

namespace {

namespace fs = std::filesystem;

bool is_web_build(const fs::path& folder) {
  std::error_code error;
  return fs::is_regular_file(folder / "index.html", error) && fs::is_regular_file(folder / "frise.wasm", error);
}

// The web edition to take the pages and engine from, or empty with the reason printed.
fs::path find_web_build(const CommandLine& command) {
  if (!command.web_build.empty()) {
    if (is_web_build(command.web_build)) return command.web_build;
    std::fprintf(stderr, "frise: %s is not a web build of Frise (no index.html and frise.wasm in it)\n",
                 command.web_build.c_str());
    return {};
  }
  std::vector<std::string> looked;
  for (const char* place : {"build/web", "share/frise/web"}) {
    const fs::path candidate = platform::find_data_file(place);
    if (is_web_build(candidate)) return candidate;
    looked.push_back(candidate.string());
  }
  std::fprintf(stderr,
               "frise: no web build found (looked in %s and %s): build it with ./scripts/run.sh or "
               "`cmake --preset web && cmake --build build/web-tree`, or name one with --web FOLDER\n",
               looked[0].c_str(), looked[1].c_str());
  return {};
}

bool copy_into(const fs::path& from, const fs::path& to) {
  std::error_code error;
  fs::create_directories(to.parent_path(), error);
  if (!error) fs::copy_file(from, to, fs::copy_options::overwrite_existing, error);
  if (error) {
    std::fprintf(stderr, "frise: cannot copy %s to %s: %s\n", from.string().c_str(), to.string().c_str(),
                 error.message().c_str());
    return false;
  }
  return true;
}

bool write_text(const fs::path& path, const std::string& text) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out || error) {
    std::fprintf(stderr, "frise: cannot write %s\n", path.string().c_str());
    return false;
  }
  return true;
}

bool read_text(const fs::path& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) {
    std::fprintf(stderr, "frise: cannot read %s\n", path.string().c_str());
    return false;
  }
  text = bytes.str();
  return true;
}

// A JSON string's contents (the story's title in index.json).
std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
      continue;
    }
    out += c;
  }
  return out + "\"";
}

}  // namespace

int publish(const CommandLine& command) {
  std::error_code error;
  const fs::path story_file = fs::absolute(command.files.front(), error).lexically_normal();
  platform::FileResult file = platform::read_file(story_file.string());
  if (!file.ok()) {
    std::fprintf(stderr, "frise: %s\n", file.error.c_str());
    return 1;
  }
  StoryLoadOptions load;
  load.threads = platform::threads_for_reading();
  load.asset_root_depth = asset_root_depth(story_file.generic_string());
  const StoryLoadResult loaded =
      parse_story(std::string(file.bytes.begin(), file.bytes.end()), story_file.generic_string(), load);
  if (has_errors(loaded.diagnostics)) {
    for (const Diagnostic& d : loaded.diagnostics) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
    std::fprintf(stderr, "frise: nothing published: %s does not load\n", story_file.string().c_str());
    return 1;
  }
  const fs::path web = find_web_build(command);
  if (web.empty()) return 1;
  const fs::path out = command.out;
  if (fs::exists(out, error) && !fs::is_directory(out, error)) {
    std::fprintf(stderr, "frise: cannot publish to %s: it is a file, not a folder\n", out.string().c_str());
    return 1;
  }
  if (fs::is_directory(out, error) && !fs::is_empty(out, error) && !command.force) {
    std::fprintf(stderr, "frise: %s is not empty: publish into an empty or new folder, or add --force to write over it\n",
                 out.string().c_str());
    return 1;
  }
  fs::create_directories(out, error);
  if (error) {
    std::fprintf(stderr, "frise: cannot create %s: %s\n", out.string().c_str(), error.message().c_str());
    return 1;
  }

  // The engine and its pages; the two pages open this story without a parameter.
  const std::string name = site_story_name(story_file.string());
  for (const std::string& engine_file : site_engine_files()) {
    if (engine_file == "index.html" || engine_file == "text.html") {
      std::string page;
      if (!read_text(web / engine_file, page) || !write_text(out / engine_file, with_site_story(page, name))) return 1;
    } else if (!copy_into(web / engine_file, out / engine_file)) {
      return 1;
    }
  }
  for (const std::string& folder : site_engine_folders()) {
    if (!fs::is_directory(web / folder, error)) continue;
    for (const fs::directory_entry& entry : fs::directory_iterator(web / folder, error))
      if (entry.is_regular_file(error) && !copy_into(entry.path(), out / folder / entry.path().filename())) return 1;
  }

  // The story as it is, byte for byte, and its images at the same places relative to it.
  const fs::path site_story = out / "panels" / (name + ".json");
  if (!copy_into(story_file, site_story)) return 1;
  std::size_t images = 0, missing = 0;
  for (const std::string& image : story_image_paths(loaded.story)) {
    const fs::path from = (story_file.parent_path() / image).lexically_normal();
    const fs::path to = (site_story.parent_path() / image).lexically_normal();
    if (!fs::is_regular_file(from, error)) {
      std::fprintf(stderr, "frise: warning: %s is not there: the published story shows a placeholder for it\n",
                   from.string().c_str());
      ++missing;
      continue;
    }
    if (!copy_into(from, to)) return 1;
    ++images;
  }
  const std::string& title = loaded.story.title.get(loaded.story.default_language, loaded.story.default_language);
  const std::string shown_title = title.empty() ? name : title;
  if (!write_text(out / "panels" / "index.json",
                  "{\"stories\": [{\"file\": " + json_string(name + ".json") + ", \"title\": " + json_string(shown_title) +
                      "}]}\n") ||
      !write_text(out / "embed.html", embed_page(shown_title, name, command.embed_origins)) ||
      !write_text(out / "_headers", headers_file(command.embed_origins)) ||
      !write_text(out / "frise.nginx.conf", nginx_snippet(command.embed_origins)))
    return 1;
  std::printf("frise: published %s to %s: the engine, panels/%s.json and %zu images%s; embed.html has the iframe code, "
              "_headers and frise.nginx.conf the headers to send\n",
              story_file.filename().string().c_str(), out.string().c_str(), name.c_str(), images,
              missing ? (", " + std::to_string(missing) + " missing").c_str() : "");
  return 0;
}

}  // namespace frise::cli
