#include "core/media_json.hpp"

#include "core/paths.hpp"
#include "core/story_keys.hpp"

namespace frise::detail {

void read_panel_media(JsonReader& r, const JsonNode& node, const JsonPath& path, std::optional<PanelMedia>& out) {
  if (!r.is_object(node, path, "a media {\"kind\": \"card\" or \"quote\", …}")) return;
  const auto m = r.members<keys::media>(node, path);
  PanelMedia media;
  const JsonNode* kind = r.require(m["kind"], node, path, "kind", "\"card\" (media on another site) or \"quote\"");
  if (!kind) return;
  const JsonPath kind_path = path.member("kind");
  std::string kind_text;
  if (!r.read_string(*kind, kind_path, kind_text)) return;
  if (kind_text == "card") {
    media.kind = MediaKind::card;
  } else if (kind_text == "quote") {
    media.kind = MediaKind::quote;
  } else {
    r.error(*kind, kind_path, "expected \"card\" or \"quote\", found " + frise::quoted(kind_text));
    return;
  }
  const bool card = media.kind == MediaKind::card;
  const JsonNode* url = card ? r.require(m["url"], node, path, "url", "the address the card opens") : m["url"];
  const JsonPath url_path = path.member("url");
  if (url && r.read_string(*url, url_path, media.url) && !is_link_address(media.url)) {
    // Opened in a new tab on a click: only a web address, never a script or a local file.
    r.error(*url, url_path, "expected a web address starting with https:// or http://, found " + frise::quoted(media.url));
    media.url.clear();
  }
  if (const JsonNode* title = m["title"]) r.read_text(*title, path.member("title"), media.title);
  if (const JsonNode* text = card ? m["text"] : r.require(m["text"], node, path, "text", "the words quoted")) {
    if (card) r.warning(*text, path.member("text"), "a card has no \"text\" (a quote does): give it a \"title\" or \"caption\"");
    else r.read_text(*text, path.member("text"), media.text);
  }
  if (const JsonNode* caption = m["caption"]) r.read_text(*caption, path.member("caption"), media.caption);
  if (const JsonNode* credit = m["credit"]) r.read_text(*credit, path.member("credit"), media.credit);
  out = std::move(media);
}

}  // namespace frise::detail
