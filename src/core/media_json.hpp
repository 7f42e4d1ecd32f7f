// Internal to story loading: reads a Frise panel's "media", a card or a quote (story.hpp's
// PanelMedia), as strictly as the rest of the format.
#pragma once
#include "core/json_reader.hpp"

namespace frise::detail {

// {"kind": "card", "url": "https://…", "title", "caption", "credit"} or
// {"kind": "quote", "text", "credit", "caption", "url"}: a card needs an http(s) url it opens on
// demand, a quote its text. Nothing is read into `out` when the kind is missing or wrong.
void read_panel_media(JsonReader& reader, const JsonNode& node, const JsonPath& path, std::optional<PanelMedia>& out);

}  // namespace frise::detail
