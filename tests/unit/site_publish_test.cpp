#include <doctest/doctest.h>

#include "core/site_publish.hpp"
#include "core/story_json.hpp"
#include "source_file.hpp"

using namespace frise;

TEST_CASE("publish: a story's site name is what story=NAME can carry") {
  CHECK(site_story_name("panels/road45.json") == "road45");
  CHECK(site_story_name("/x/My Story (v2).json") == "my-story-v2");
  CHECK(site_story_name("index.json") == "story-index");
  CHECK(site_story_name("___.json") == "story");
}

TEST_CASE("publish: every image a story names, both sizes, every language, once each") {
  const std::string text = test::read_source_file("panels/road45.json");
  const StoryLoadResult loaded = parse_story(text, "panels/road45.json", {});
  REQUIRE_FALSE(has_errors(loaded.diagnostics));
  const std::vector<std::string> images = story_image_paths(loaded.story);
  CHECK(images.size() > 39);
  CHECK(std::find(images.begin(), images.end(), "../assets/art/road45/00-cover.png") != images.end());
  CHECK(std::find(images.begin(), images.end(), "../assets/art/road45/2x/00-cover.png") != images.end());
  // Art with words in it has a file per language: each one is published.
  for (const char* file : {"../assets/art/road45/32-karpman.png", "../assets/art/road45/en/32-karpman.png",
                           "../assets/art/road45/2x/32-karpman.png", "../assets/art/road45/2x/en/32-karpman.png"})
    CHECK_MESSAGE(std::find(images.begin(), images.end(), file) != images.end(), file);
  for (const std::string& image : images) CHECK_MESSAGE(image.find("squad-interviews") == std::string::npos, image);
  std::vector<std::string> sorted = images;
  std::sort(sorted.begin(), sorted.end());
  CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
}

TEST_CASE("publish: the pages name the site's story in a meta tag, once") {
  const std::string page = "<head>\n  <meta charset=\"utf-8\">\n  <title>Frise</title>";
  const std::string once = with_site_story(page, "my-story");
  CHECK(once == "<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"frise-story\" content=\"my-story\">\n  <title>Frise</title>");
  CHECK(with_site_story(once, "other") ==
        "<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"frise-story\" content=\"other\">\n  <title>Frise</title>");
}

TEST_CASE("publish: the headers carry frame-ancestors, nosniff and the wasm type") {
  const std::string headers = headers_file({"https://blog.example"});
  CHECK(headers.find("frame-ancestors 'self' https://blog.example") != std::string::npos);
  CHECK(headers.find("X-Content-Type-Options: nosniff") != std::string::npos);
  CHECK(headers.find("/*.wasm\n  Content-Type: application/wasm") != std::string::npos);
  CHECK(headers.find("'wasm-unsafe-eval'") != std::string::npos);
  const std::string nginx = nginx_snippet({});
  CHECK(nginx.find("frame-ancestors 'self'\" always;") != std::string::npos);
  CHECK(nginx.find("default_type application/wasm;") != std::string::npos);
  // Both locations repeat the headers: nginx does not inherit add_header into a location with its own.
  CHECK(std::count(nginx.begin(), nginx.end(), '{') >= 3);
  const std::string embed = embed_page("Road <45>", "road45", {"https://blog.example"});
  CHECK(embed.find("index.html?story=road45&amp;amp;parent=https://blog.example") != std::string::npos);
  CHECK(embed.find("Road &lt;45&gt;") != std::string::npos);
  CHECK(embed.find("<script") == std::string::npos);  // the page's CSP allows none inline
  CHECK(is_embed_origin("https://blog.example"));
  CHECK(is_embed_origin("http://localhost:8080"));
  CHECK_FALSE(is_embed_origin("https://blog.example/"));
  CHECK_FALSE(is_embed_origin("javascript:alert(1)"));
  CHECK_FALSE(is_embed_origin("https://a b"));
}
