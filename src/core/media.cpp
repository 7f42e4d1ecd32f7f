#include "core/media.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "core/utf8.hpp"

namespace frise {
namespace {

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

// An address cut into its lowercased host (no "www.", user or port) and its path (from the
// first '/', without query or fragment).
struct Address {
  std::string host, path;
};

Address split(std::string_view url) {
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos && scheme < 8) url.remove_prefix(scheme + 3);
  else if (url.starts_with("//")) url.remove_prefix(2);
  else return {};
  const std::size_t end_of_host = url.find_first_of("/?#");
  std::string_view host = url.substr(0, end_of_host);
  std::string_view rest = end_of_host == std::string_view::npos ? std::string_view() : url.substr(end_of_host);
  if (const std::size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (const std::size_t colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  if (host.starts_with("www.") || host.starts_with("WWW.")) host.remove_prefix(4);
  rest = rest.substr(0, rest.find_first_of("?#"));
  return {lowercase(host), lowercase(rest)};
}

// `host` is `domain` or one of its subdomains.
bool on(const std::string& host, std::string_view domain) {
  return host == domain || (host.size() > domain.size() && host.ends_with(domain) &&
                            host[host.size() - domain.size() - 1] == '.');
}

// The extension of the path's last segment, lowercased ("" when it has none).
std::string_view extension(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  const std::size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  return std::string_view(path).substr(dot + 1);
}

bool one_of(std::string_view value, std::initializer_list<std::string_view> list) {
  for (std::string_view item : list)
    if (value == item) return true;
  return false;
}

// Google's many country domains: google.com, google.fr, google.co.uk…
bool on_google(const std::string& host) {
  const std::size_t at = host.find("google.");
  return at != std::string::npos && (at == 0 || host[at - 1] == '.');
}

}  // namespace

MediaCategory category_of(MediaService service) {
  switch (service) {
    case MediaService::image:
    case MediaService::flickr:
    case MediaService::imgur:
    case MediaService::wikimedia_commons: return MediaCategory::image;
    case MediaService::youtube:
    case MediaService::vimeo:
    case MediaService::dailymotion:
    case MediaService::vine:
    case MediaService::wistia:
    case MediaService::tiktok:
    case MediaService::twitch:
    case MediaService::video: return MediaCategory::video;
    case MediaService::soundcloud:
    case MediaService::spotify:
    case MediaService::audio: return MediaCategory::audio;
    case MediaService::twitter:
    case MediaService::bluesky:
    case MediaService::instagram:
    case MediaService::facebook:
    case MediaService::storify: return MediaCategory::post;
    case MediaService::google_maps:
    case MediaService::openstreetmap: return MediaCategory::map;
    case MediaService::google_docs:
    case MediaService::documentcloud:
    case MediaService::pdf:
    case MediaService::document: return MediaCategory::document;
    case MediaService::wikipedia:
    case MediaService::page: return MediaCategory::page;
  }
  return MediaCategory::page;
}

MediaService classify_media_url(std::string_view url) {
  const Address a = split(url);
  const std::string& h = a.host;
  using S = MediaService;
  // Files served by a service's own image host are pictures, not its pages.
  if (on(h, "upload.wikimedia.org") || on(h, "i.imgur.com") || on(h, "staticflickr.com")) return S::image;
  // Hosts first: a service's address says nothing by its extension (youtu.be/abc.def).
  static constexpr std::array<std::pair<std::string_view, MediaService>, 31> hosts{{
      {"youtube.com", S::youtube},       {"youtu.be", S::youtube},          {"youtube-nocookie.com", S::youtube},
      {"vimeo.com", S::vimeo},           {"dailymotion.com", S::dailymotion}, {"dai.ly", S::dailymotion},
      {"vine.co", S::vine},              {"wistia.com", S::wistia},         {"wistia.net", S::wistia},
      {"wi.st", S::wistia},              {"tiktok.com", S::tiktok},         {"twitch.tv", S::twitch},
      {"soundcloud.com", S::soundcloud}, {"snd.sc", S::soundcloud},         {"spotify.com", S::spotify},
      {"twitter.com", S::twitter},       {"x.com", S::twitter},             {"bsky.app", S::bluesky},
      {"instagram.com", S::instagram},   {"instagr.am", S::instagram},      {"facebook.com", S::facebook},
      {"fb.watch", S::facebook},         {"flickr.com", S::flickr},         {"flic.kr", S::flickr},
      {"imgur.com", S::imgur},           {"openstreetmap.org", S::openstreetmap}, {"osm.org", S::openstreetmap},
      {"documentcloud.org", S::documentcloud}, {"wikipedia.org", S::wikipedia}, {"commons.wikimedia.org", S::wikimedia_commons},
      {"storify.com", S::storify},
  }};
  for (const auto& [domain, service] : hosts)
    if (on(h, domain)) return service;
  if (on(h, "maps.app.goo.gl") || (on(h, "goo.gl") && a.path.starts_with("/maps")) || h.starts_with("maps.google.") ||
      (on_google(h) && a.path.starts_with("/maps")))
    return S::google_maps;
  if (on(h, "docs.google.com") || on(h, "drive.google.com")) return S::google_docs;
  const std::string_view ext = extension(a.path);
  if (one_of(ext, {"jpg", "jpeg", "png", "gif", "svg", "webp", "avif"})) return S::image;
  if (one_of(ext, {"mp4", "webm", "ogv", "mov", "m4v"})) return S::video;
  if (one_of(ext, {"mp3", "wav", "m4a", "ogg", "oga", "flac", "aac"})) return S::audio;
  if (ext == "pdf") return S::pdf;
  if (one_of(ext, {"doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp"})) return S::document;
  return S::page;
}

std::string service_name(MediaService service, const std::string& language) {
  const bool fr = language == "fr";
  switch (service) {
    case MediaService::image: return "Image";
    case MediaService::youtube: return "YouTube";
    case MediaService::vimeo: return "Vimeo";
    case MediaService::dailymotion: return "Dailymotion";
    case MediaService::vine: return "Vine";
    case MediaService::wistia: return "Wistia";
    case MediaService::tiktok: return "TikTok";
    case MediaService::twitch: return "Twitch";
    case MediaService::video: return fr ? "Vidéo" : "Video";
    case MediaService::soundcloud: return "SoundCloud";
    case MediaService::spotify: return "Spotify";
    case MediaService::audio: return fr ? "Son" : "Audio";
    case MediaService::twitter: return "X (Twitter)";
    case MediaService::bluesky: return "Bluesky";
    case MediaService::instagram: return "Instagram";
    case MediaService::facebook: return "Facebook";
    case MediaService::flickr: return "Flickr";
    case MediaService::imgur: return "Imgur";
    case MediaService::google_maps: return "Google Maps";
    case MediaService::openstreetmap: return "OpenStreetMap";
    case MediaService::google_docs: return "Google Docs";
    case MediaService::documentcloud: return "DocumentCloud";
    case MediaService::pdf: return fr ? "Document PDF" : "PDF document";
    case MediaService::document: return "Document";
    case MediaService::wikipedia: return fr ? "Wikipédia" : "Wikipedia";
    case MediaService::wikimedia_commons: return "Wikimedia Commons";
    case MediaService::storify: return "Storify";
    case MediaService::page: return fr ? "Page web" : "Web page";
  }
  return {};
}

std::string media_host(std::string_view url) { return split(url).host; }

std::string media_title_from_url(std::string_view url) {
  const MediaCategory category = category_of(classify_media_url(url));
  // Pictures too: a photo's file name often says what it shows ("Moon_landing.jpg").
  if (category != MediaCategory::page && category != MediaCategory::document && category != MediaCategory::image) return {};
  // The path as written (split() lowercases it), up to the query or fragment.
  std::string_view rest = url;
  if (const std::size_t scheme = rest.find("://"); scheme != std::string_view::npos) rest.remove_prefix(scheme + 3);
  else if (rest.starts_with("//")) rest.remove_prefix(2);
  rest = rest.substr(0, rest.find_first_of("?#"));
  const std::size_t host_end = rest.find('/');
  if (host_end == std::string_view::npos) return {};
  std::string_view path = rest.substr(host_end);
  while (path.ends_with('/')) path.remove_suffix(1);
  std::string_view segment = path.substr(path.rfind('/') + 1);
  if (segment.size() > 200) return {};
  std::string out;
  const auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < segment.size(); ++i) {
    if (segment[i] == '%' && i + 2 < segment.size() && hex(segment[i + 1]) >= 0 && hex(segment[i + 2]) >= 0) {
      out += static_cast<char>(hex(segment[i + 1]) * 16 + hex(segment[i + 2]));
      i += 2;
    } else {
      out += segment[i] == '_' || segment[i] == '+' ? ' ' : segment[i];
    }
  }
  const bool control = std::any_of(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
  if (control || find_invalid_utf8(out)) return {};
  if (const std::size_t colon = out.find(':'); colon != std::string::npos && colon < 12) out.erase(0, colon + 1);  // File:, Fichier:
  if (const std::size_t dot = out.rfind('.'); dot != std::string::npos && out.size() - dot <= 5) {
    const std::string ext = lowercase(out.substr(dot + 1));
    if (one_of(ext, {"php", "asp", "aspx", "jsp", "cgi"})) return {};  // a script's name, not a title
    out.erase(dot);
  }
  // Hyphens join words in a slug ("press-kit"); in a title with spaces they stay.
  if (out.find(' ') == std::string::npos) std::replace(out.begin(), out.end(), '-', ' ');
  const bool has_letter = std::any_of(out.begin(), out.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); });
  const bool looks_like_id = out.size() >= 16 && out.find(' ') == std::string::npos;
  if (!has_letter || looks_like_id || one_of(lowercase(out), {"index", "default", "home", "wiki", "page"})) return {};
  return out;
}

}  // namespace frise
