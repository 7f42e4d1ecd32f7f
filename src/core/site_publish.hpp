// `frise publish`: what a folder for a static host holds for one story, as plain data and text
// (the copying is the command's). The web edition's pages and engine, the story as
// panels/NAME.json with only the images it names (both sizes) at the same places relative to
// it, a one-story index.json, a page with the iframe code (embed.html), and the headers a host
// should send: _headers (Netlify, Cloudflare Pages and others read it) and an nginx snippet.
#pragma once
#include <string>
#include <vector>

#include "core/story.hpp"

namespace frise {

// The web edition's files a published site needs, relative to the web build (a folder's files
// are all taken). The demo blog page (embed.html, embed.css, embed.js), the bundled stories and
// their art are left out.
const std::vector<std::string>& site_engine_files();
const std::vector<std::string>& site_engine_folders();  // "assets/fonts"

// A name the site's URL can carry as story=NAME (lower-case letters, digits and dashes, from the
// file's name): "My Story.json" -> "my-story".
std::string site_story_name(const std::string& story_file);

// Every image the story names (art layers, sprites, portraits; `image` and `image_2x`), as
// written in the story (relative to it), each once, in the story's order.
std::vector<std::string> story_image_paths(const Story& story);

// <meta name="frise-story" content="NAME"> added to a page after its charset, so that the site
// opens this story without a parameter (a page that has one gets its content replaced).
std::string with_site_story(std::string page_html, const std::string& name);

// The pages' Content-Security-Policy with frame-ancestors, which only a header can carry:
// 'self' and each of `embed_origins` ("https://blog.example").
std::string site_content_security_policy(const std::vector<std::string>& embed_origins);
std::string headers_file(const std::vector<std::string>& embed_origins);   // _headers
std::string nginx_snippet(const std::vector<std::string>& embed_origins);  // frise.nginx.conf
// embed.html: the iframe code to paste in a page, and the comic shown as it will look.
std::string embed_page(const std::string& title, const std::string& name, const std::vector<std::string>& embed_origins);

// Whether `origin` is a page origin a CSP and postMessage can name: http(s)://host[:port], no path.
bool is_embed_origin(const std::string& origin);

}  // namespace frise
