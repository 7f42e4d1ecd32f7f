#include "core/site_publish.hpp"

#include <algorithm>
#include <filesystem>

namespace frise {

namespace {

// The policy the pages carry in their <meta> (web/index.html), plus what only a header can say.
constexpr const char* page_policy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

std::string escape_html(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

}  // namespace

const std::vector<std::string>& site_engine_files() {
  static const std::vector<std::string> files{"index.html", "frise.css", "frise-shared.js", "frise-page.js",
                                              "text.html",  "text.js",   "favicon.svg",     "frise.js",
                                              "frise.wasm", "frise.wasm.json"};
  return files;
}

const std::vector<std::string>& site_engine_folders() {
  static const std::vector<std::string> folders{"assets/fonts"};  // OpenDyslexic, for the text version
  return folders;
}

std::string site_story_name(const std::string& story_file) {
  std::string name;
  for (const char c : std::filesystem::path(story_file).stem().string()) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    const bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
    if (keep) name += lower;
    else if (!name.empty() && name.back() != '-') name += '-';
  }
  while (!name.empty() && name.back() == '-') name.pop_back();
  if (name.size() > 64) name.resize(64);
  // "index" is the picker's list, never a story; an empty name is no name.
  if (name.empty() || name == "index") name = "story" + (name.empty() ? std::string() : "-" + name);
  return name;
}

std::vector<std::string> story_image_paths(const Story& story) {
  std::vector<std::string> paths;
  const auto add = [&](const ImageRef& image) {
    for (const std::string* path : image.files())
      if (std::find(paths.begin(), paths.end(), *path) == paths.end()) paths.push_back(*path);
  };
  for (const Panel& panel : story.panels)
    for (const ArtLayer& layer : panel.art.layers)
      if (layer.sprite.empty()) add(layer.image);
  for (const Sprite& sprite : story.sprites) add(sprite.image);
  for (const Character& character : story.characters)
    if (character.portrait) add(*character.portrait);
  return paths;
}

std::string with_site_story(std::string page_html, const std::string& name) {
  const std::string meta = "<meta name=\"frise-story\" content=\"" + escape_html(name) + "\">";
  if (const auto at = page_html.find("<meta name=\"frise-story\""); at != std::string::npos) {
    const auto end = page_html.find('>', at);
    if (end != std::string::npos) return page_html.replace(at, end + 1 - at, meta);
  }
  const std::string charset = "<meta charset=\"utf-8\">";
  const auto at = page_html.find(charset);
  const std::size_t insert_at = at == std::string::npos ? page_html.find("<head>") : at;
  if (insert_at == std::string::npos) return meta + "\n" + page_html;
  const std::size_t after = insert_at + (at == std::string::npos ? std::string("<head>").size() : charset.size());
  return page_html.insert(after, "\n  " + meta);
}

bool is_embed_origin(const std::string& origin) {
  const std::string::size_type scheme_end = origin.find("://");
  if (scheme_end == std::string::npos) return false;
  const std::string scheme = origin.substr(0, scheme_end);
  if (scheme != "https" && scheme != "http") return false;
  const std::string host = origin.substr(scheme_end + 3);
  if (host.empty() || host.size() > 253) return false;
  return std::all_of(host.begin(), host.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':' ||
           c == '[' || c == ']';
  });
}

std::string site_content_security_policy(const std::vector<std::string>& embed_origins) {
  std::vector<std::string> ancestors{"'self'"};
  ancestors.insert(ancestors.end(), embed_origins.begin(), embed_origins.end());
  return std::string(page_policy) + "; frame-ancestors " + joined(ancestors, " ");
}

std::string headers_file(const std::vector<std::string>& embed_origins) {
  return "# Headers for this folder, in the _headers format of Netlify, Cloudflare Pages and others.\n"
         "# frame-ancestors names the pages that may show the comic in an iframe.\n"
         "/*\n"
         "  Content-Security-Policy: " +
         site_content_security_policy(embed_origins) +
         "\n"
         "  X-Content-Type-Options: nosniff\n"
         "  Referrer-Policy: no-referrer\n"
         "/*.wasm\n"
         "  Content-Type: application/wasm\n"
         "/*.json\n"
         "  Content-Type: application/json; charset=utf-8\n";
}

std::string nginx_snippet(const std::vector<std::string>& embed_origins) {
  const std::string policy = site_content_security_policy(embed_origins);
  // nginx drops a server's add_header lines in a location that has its own: each location
  // repeats them.
  const std::string headers = "    add_header Content-Security-Policy \"" + policy +
                              "\" always;\n"
                              "    add_header X-Content-Type-Options \"nosniff\" always;\n"
                              "    add_header Referrer-Policy \"no-referrer\" always;\n";
  return "# Frise's headers for nginx: include this file inside the server { } block that serves the\n"
         "# folder (include /path/to/frise.nginx.conf;), or copy its lines there. Change /frise/ to\n"
         "# where the folder is served from.\n"
         "location /frise/ {\n" +
         headers +
         "}\n"
         "# The engine: browsers compile it while it downloads only when it is sent as application/wasm.\n"
         "location ~ ^/frise/.*\\.wasm$ {\n"
         "    types { }\n"
         "    default_type application/wasm;\n" +
         headers + "}\n";
}

std::string embed_page(const std::string& title, const std::string& name, const std::vector<std::string>& embed_origins) {
  const std::string parent = embed_origins.empty() ? "" : "&amp;parent=" + joined(embed_origins, ",");
  const std::string frame = "<iframe src=\"frise/index.html?story=" + escape_html(name) + parent +
                            "\" width=\"720\" height=\"480\"\n        title=\"" + escape_html(title) +
                            "\" allow=\"fullscreen\"></iframe>";
  const std::string origins_note =
      embed_origins.empty()
          ? "<p>As published, only this site's own pages may show the comic in a frame (the headers' "
            "<code>frame-ancestors</code>). To show it on your blog, publish again with "
            "<code>--embed-origin https://your-blog.example</code>.</p>\n"
          : "<p>These sites' pages may show it in a frame: <code>" + escape_html(joined(embed_origins, " ")) +
                "</code>.</p>\n";
  return "<!doctype html>\n"
         "<html lang=\"en\">\n"
         "<head>\n"
         "  <meta charset=\"utf-8\">\n"
         "  <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; frame-src 'self'; base-uri 'none'; "
         "form-action 'none'; object-src 'none'\">\n"
         "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "  <title>Embedding " + escape_html(title) + "</title>\n"
         "  <link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">\n"
         "</head>\n"
         "<body>\n"
         "  <h1>Embedding <q>" + escape_html(title) + "</q></h1>\n"
         "  <p>Upload this whole folder to your site (here as <code>frise/</code>, next to your page), then "
         "paste this where the comic goes:</p>\n"
         "  <pre><code>" + escape_html(frame) + "</code></pre>\n"
         "  <p>Change <code>frise/</code> to the folder's address if it lives elsewhere. Readers move with the "
         "arrows once they click in it; F goes full screen. <a href=\"index.html\">index.html</a> alone opens this "
         "story too, and <a href=\"text.html\">text.html</a> is its text version.</p>\n"
         "  " + origins_note +
         "  <p>The host should send the headers in <code>_headers</code> (or <code>frise.nginx.conf</code> for "
         "nginx): the policy above, <code>nosniff</code>, and <code>application/wasm</code> for the engine.</p>\n"
         "  <h2>What it looks like</h2>\n"
         "  <iframe src=\"index.html\" width=\"720\" height=\"480\" title=\"" + escape_html(title) +
         "\" allow=\"fullscreen\"></iframe>\n"
         "</body>\n"
         "</html>\n";
}

}  // namespace frise
