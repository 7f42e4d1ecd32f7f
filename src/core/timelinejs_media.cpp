#include "core/timelinejs_media.hpp"

#include <optional>

#include "core/html_text.hpp"
#include "core/media.hpp"
#include "core/paths.hpp"
#include "core/story_keys.hpp"

namespace frise::detail {
namespace {

namespace tl = keys::timelinejs;

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

// The name of the first tag of `html` (which starts with '<'), lowercased: "blockquote".
std::string first_tag(std::string_view html) {
  std::size_t end = 1;
  while (end < html.size() && end < 32 && ((html[end] >= 'a' && html[end] <= 'z') || (html[end] >= 'A' && html[end] <= 'Z')))
    ++end;
  return lowercase(html.substr(1, end - 1));
}

// The value of the attribute `name` in the first tag of `html`, or nullopt.
std::optional<std::string> attribute(std::string_view html, std::string_view name) {
  const std::string_view tag = html.substr(0, html.find('>'));
  const std::string lower = lowercase(tag);
  for (std::size_t at = lower.find(name); at != std::string::npos; at = lower.find(name, at + 1)) {
    const char before = at ? lower[at - 1] : ' ';
    std::size_t i = at + name.size();
    if (before != ' ' && before != '\t' && before != '\n') continue;
    while (i < lower.size() && lower[i] == ' ') ++i;
    if (i >= lower.size() || lower[i] != '=') continue;
    ++i;
    while (i < lower.size() && lower[i] == ' ') ++i;
    if (i >= tag.size()) return std::string();
    const char quote = tag[i];
    if (quote == '"' || quote == '\'') {
      const std::size_t close = tag.find(quote, i + 1);
      return std::string(tag.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1));
    }
    const std::size_t stop = tag.find_first_of(" \t\n/", i);
    return std::string(tag.substr(i, stop == std::string_view::npos ? std::string_view::npos : stop - i));
  }
  return std::nullopt;
}

void set_text(LocalizedText& text, const std::string& language, std::string value) {
  if (!value.empty()) text.add(language) = std::move(value);
}

// An address a card may open: "//host/…" (protocol-relative) is taken as https.
std::string absolute_address(const std::string& url) { return url.starts_with("//") ? "https:" + url : url; }

// A plain-text string member, its HTML turned into text.
std::string html_member(JsonReader& r, const JsonNode* node, const JsonPath& path) {
  std::string value;
  if (node && r.read_string(*node, path, value)) return html_to_text(value);
  return {};
}

std::string string_member(JsonReader& r, const JsonNode* node, const JsonPath& path) {
  std::string value;
  if (node && r.read_string(*node, path, value)) return trimmed(value);
  return {};
}

// The media's texts, read once for whichever form it takes.
struct MediaTexts {
  std::string caption, credit, alt, title, thumbnail, link;
};

// A card for media on another site: `address` is an http(s) address (checked by the caller).
void make_card(Panel& panel, const std::string& language, const std::string& address, const MediaTexts& t) {
  PanelMedia& card = panel.media.emplace();
  card.kind = MediaKind::card;
  card.url = address;
  set_text(card.title, language, t.title.empty() ? t.alt : t.title);
  set_text(card.caption, language, t.caption);
  set_text(card.credit, language, t.credit);
}

// A card's thumbnail: a picture of the story goes under the card as the panel's art; one on
// another site is not loaded.
void read_thumbnail(JsonReader& r, const JsonNode& media, const JsonPath& path, const std::string& language,
                    Panel& panel, MediaTexts& t) {
  const JsonNode* node = r.tree().find(media, "thumbnail");
  if (!node || t.thumbnail.empty()) return;
  const JsonPath thumbnail_path = path.member("thumbnail");
  if (is_web_address(t.thumbnail)) {
    r.note_loss(*node, thumbnail_path, "the thumbnail is on another site and is not loaded: " + shortened(t.thumbnail));
  } else if (r.check_asset_path(*node, thumbnail_path, t.thumbnail)) {
    ArtLayer& layer = panel.art.layers.emplace_back();
    layer.image.path = t.thumbnail;
    set_text(layer.image.alt, language, t.alt.empty() ? t.title : t.alt);
  }
}

void read_html_media(JsonReader& r, const JsonNode& node, const JsonPath& path, const std::string& html,
                     const std::string& language, Panel& panel, const MediaTexts& t) {
  const std::string tag = first_tag(html);
  if (tag == "blockquote") {
    PanelMedia& quote = panel.media.emplace();
    quote.kind = MediaKind::quote;
    set_text(quote.text, language, html_to_text(html));
    set_text(quote.credit, language, t.credit);
    set_text(quote.caption, language, t.caption);
    if (quote.text.empty()) r.warning(node, path, "the quote is empty");
  } else if (tag == "iframe") {
    const std::optional<std::string> src = attribute(html, "src");
    const std::string address = src ? absolute_address(trimmed(html_to_text(*src))) : std::string();
    if (!src || address.empty()) r.warning(node, path, "an <iframe> without a \"src\": nothing to embed");
    else if (!is_link_address(address)) r.error(node, path, "the <iframe>'s src " + frise::quoted(address) + " is not an http: or https: address");
    else make_card(panel, language, address, t);
  } else {
    r.warning(node, path, "media given as HTML is shown only as a <blockquote> or an <iframe>; found <" +
                              shortened(tag) + ">: ignored");
  }
}

}  // namespace

std::string trimmed(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::string shortened(std::string_view text) {
  const std::string q = frise::quoted(text, 200);
  return q.substr(1, q.size() - 2);
}

void read_slide_media(JsonReader& r, const JsonNode& node, const JsonPath& path, const std::string& language,
                      Panel& panel, std::string& caption) {
  if (!r.is_object(node, path, "a media {\"url\", \"caption\", \"credit\", …}")) return;
  const auto m = r.members<tl::media>(node, path);
  MediaTexts t;
  t.caption = html_member(r, m["caption"], path.member("caption"));
  t.credit = html_member(r, m["credit"], path.member("credit"));
  t.alt = html_member(r, m["alt"], path.member("alt"));
  t.title = html_member(r, m["title"], path.member("title"));
  t.thumbnail = string_member(r, m["thumbnail"], path.member("thumbnail"));
  t.link = string_member(r, m["link"], path.member("link"));
  string_member(r, m["link_target"], path.member("link_target"));  // checked: Frise opens links in a new tab
  const JsonNode* url_node = r.require(m["url"], node, path, "url", "the media's file, address or HTML");
  std::string url;
  if (url_node && r.read_string(*url_node, path.member("url"), url)) url = trimmed(url);
  const JsonPath url_path = path.member("url");
  if (url.empty()) {
    // A spreadsheet's empty cell: no media. Its words stay with the slide's.
    if (!t.caption.empty() || !t.credit.empty()) {
      if (!caption.empty()) caption += "\n";
      caption += "(" + t.caption + (t.caption.empty() || t.credit.empty() ? "" : " — ") + t.credit + ")";
    }
    return;
  }
  bool picture = false;
  if (url.front() == '<') {
    read_html_media(r, *url_node, url_path, url, language, panel, t);
  } else if (is_web_address(url)) {
    const std::string address = absolute_address(url);
    if (!is_link_address(address)) {
      r.error(*url_node, url_path, "expected a web address without spaces or control characters, found " + frise::quoted(url));
    } else {
      // Every service's media, and a picture from another site too: the reader loads nothing
      // from other sites, so a card says what it is and opens it on demand.
      if (classify_media_url(address) == MediaService::image)
        r.note_loss(*url_node, url_path, "a picture on another site is shown as a card with its link: " + shortened(address));
      make_card(panel, language, address, t);
    }
  } else if (r.check_asset_path(*url_node, url_path, url)) {
    ArtLayer& layer = panel.art.layers.emplace_back();
    layer.image.path = std::move(url);
    set_text(layer.image.alt, language, t.alt.empty() ? t.caption : t.alt);
    picture = true;
  }
  if (picture && (!t.caption.empty() || !t.credit.empty())) {
    if (!caption.empty()) caption += "\n";
    caption += "(" + t.caption + (t.caption.empty() || t.credit.empty() ? "" : " — ") + t.credit + ")";
  }
  if (panel.media && panel.media->kind == MediaKind::card) read_thumbnail(r, node, path, language, panel, t);
  else if (m["thumbnail"] && !t.thumbnail.empty()) r.note_loss(*m["thumbnail"], path.member("thumbnail"), "a thumbnail is used for cards only: dropped");
  // The media's own link: a link of the panel, unless it is the card's own address.
  if (!t.link.empty() && m["link"]) {
    const std::string address = absolute_address(t.link);
    if (!is_link_address(address)) {
      r.warning(*m["link"], path.member("link"), "expected a web address starting with https:// or http://, found " +
                                                     frise::quoted(t.link) + ": ignored");
    } else if (!panel.media || panel.media->url != address) {
      Source& link = panel.links.emplace_back();
      set_text(link.title, language, t.title.empty() ? media_host(address) : t.title);
      link.url = address;
    }
  }
}

void read_slide_background(JsonReader& r, const JsonNode& node, const JsonPath& path, Panel& panel,
                           SlideBackground& out) {
  if (!r.is_object(node, path, "a background {\"color\", \"url\"}")) return;
  const auto m = r.members<tl::background>(node, path);
  if (const JsonNode* colour = m["color"]) {
    // "#RRGGBB", "#RRGGBBAA" or CSS's short "#RGB"; TimelineJS takes CSS colour names too,
    // which Frise does not know: a warning, and the default colour.
    const JsonPath colour_path = path.member("color");
    std::string text;
    if (r.read_string(*colour, colour_path, text) && !text.empty()) {
      if (text.size() == 4 && text[0] == '#') text = std::string("#") + text[1] + text[1] + text[2] + text[2] + text[3] + text[3];
      panel.art.background = parse_colour(text);
      if (!panel.art.background)
        r.warning(*colour, colour_path, "colour " + frise::quoted(text) + " is not understood (Frise reads \"#RRGGBB\"): ignored");
    }
  }
  out.alt = html_member(r, m["alt"], path.member("alt"));
  if (const JsonNode* url = m["url"]) {
    const JsonPath url_path = path.member("url");
    std::string value;
    if (!r.read_string(*url, url_path, value) || (value = trimmed(value)).empty()) return;
    if (is_web_address(value)) {
      r.warning(*url, url_path, "a background from another site is not loaded (Frise works offline): " + shortened(value));
    } else if (r.check_asset_path(*url, url_path, value)) {
      out.url = url;
      out.image = std::move(value);
    }
  }
}

void apply_slide_background(JsonReader& r, const JsonPath& path, const std::string& language, Panel& panel,
                            SlideBackground& background) {
  if (background.image.empty()) return;
  if (!panel.art.layers.empty() || panel.media) {
    const JsonPath url_path = path.member("url");
    r.warning(*background.url, url_path, "a background image is not shown with the slide's media (Frise draws one picture)");
    return;
  }
  ArtLayer& layer = panel.art.layers.emplace_back();
  layer.image.path = std::move(background.image);
  set_text(layer.image.alt, language, std::move(background.alt));
}

}  // namespace frise::detail
