// `frise new DIR`: a starter story an author can open, read and change at once: DIR/story.json,
// its placeholder picture DIR/art/placeholder.png (drawn here, with the project's PNG writer)
// and DIR/story.schema.json for editors' completion. Nothing already there is overwritten.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <span>

#include "cli/commands.hpp"
#include "core/embedded.hpp"
#include "core/image.hpp"
#include "core/starter_story.hpp"

namespace frise::cli {

namespace {

namespace fs = std::filesystem;

bool write_text(const fs::path& path, std::span<const unsigned char> bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    std::fprintf(stderr, "frise: cannot write %s\n", path.string().c_str());
    return false;
  }
  return true;
}

}  // namespace

int new_story(const CommandLine& command) {
  const fs::path folder = command.files.front();
  const fs::path story = folder / "story.json", schema = folder / "story.schema.json";
  const fs::path art = folder / "art" / "placeholder.png";
  std::error_code error;
  if (fs::exists(folder, error) && !fs::is_directory(folder, error)) {
    std::fprintf(stderr, "frise: cannot write a story in %s: it is a file, not a folder\n", folder.string().c_str());
    return 1;
  }
  for (const fs::path& file : {story, schema, art}) {
    if (fs::exists(file, error)) {
      std::fprintf(stderr, "frise: %s already exists: nothing written (pick a new folder, or move it away)\n",
                   file.string().c_str());
      return 1;
    }
  }
  fs::create_directories(art.parent_path(), error);
  if (error) {
    std::fprintf(stderr, "frise: cannot create %s: %s\n", art.parent_path().string().c_str(), error.message().c_str());
    return 1;
  }
  const std::string text = starter_story_json();
  const std::span<const unsigned char> schema_bytes = embedded_file("story.schema.json");
  const StarterImage image = starter_image();
  std::string problem;
  if (!write_png(art.string(), StarterImage::width, StarterImage::height, image.rgba, problem)) {
    std::fprintf(stderr, "frise: %s\n", problem.c_str());
    return 1;
  }
  if (!write_text(story, {reinterpret_cast<const unsigned char*>(text.data()), text.size()}) ||
      !write_text(schema, schema_bytes))
    return 1;
  std::printf("frise: wrote a starter story in %s:\n"
              "  %s: the story, two characters and three panels\n"
              "  %s: its placeholder picture (replace it with yours)\n"
              "  %s: the format, for your editor's completion\n"
              "Read it:   frise %s\n"
              "Check it:  frise validate %s\n",
              folder.string().c_str(), story.string().c_str(), art.string().c_str(), schema.string().c_str(),
              story.string().c_str(), story.string().c_str());
  return 0;
}

}  // namespace frise::cli
