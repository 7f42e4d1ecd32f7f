// What a media address points at, found from the address alone (never fetched): a picture, a
// video or a sound on a streaming service, a social post, a map, a document, an encyclopaedia
// page or any other web page. TimelineJS slides name their media this way (its documentation
// lists the services recognised here); the reader draws a card for everything that is not a
// picture of the story, with the service's name and a mark that says what sort of thing it is.
#pragma once
#include <string>
#include <string_view>

namespace frise {

// What sort of thing the media is: it chooses the card's mark (a play button, a sound wave…).
enum class MediaCategory { image, video, audio, post, map, document, page };

enum class MediaService {
  image,  // a picture file on another site (by its extension, or an image host)
  youtube,
  vimeo,
  dailymotion,
  vine,
  wistia,
  tiktok,
  twitch,
  video,  // a video file (mp4, webm, ogv, mov)
  soundcloud,
  spotify,
  audio,  // a sound file (mp3, wav, m4a, ogg, oga, flac)
  twitter,
  bluesky,
  instagram,
  facebook,
  flickr,
  imgur,
  google_maps,
  openstreetmap,
  google_docs,
  documentcloud,
  pdf,
  document,  // an office document (doc, docx, odt, xls, xlsx, ods, ppt, pptx, odp)
  wikipedia,
  wikimedia_commons,
  storify,
  page,  // any other web page
};

MediaCategory category_of(MediaService service);

// The service an http(s) address belongs to (a protocol-relative "//host/…" too). An address
// that is none of the known services is a page, or an image / video / sound file by its
// extension (the query and fragment ignored).
MediaService classify_media_url(std::string_view url);

// The service's name as a reader knows it ("YouTube", "Google Maps"); generic ones in the
// reader's language ("Vidéo", "Page web"), French or English (others get English).
std::string service_name(MediaService service, const std::string& language);

// The address's host without "www." ("fr.wikipedia.org"), for the card's link line; empty when
// the address has none.
std::string media_host(std::string_view url);

// A title read from the address of a page, a document or a picture, for a card that has none: the last
// segment of its path, percent-decoded, its underscores as spaces, without a file extension
// or a wiki's "File:" ("…/wiki/Apollo_11" → "Apollo 11", "…/press-kit.pdf" → "press kit").
// Empty for services whose addresses hold only identifiers (videos, posts, maps), and when the
// segment looks like one (digits, a hash, a query page such as "index.php").
std::string media_title_from_url(std::string_view url);

}  // namespace frise
