// Reading TimelineJS3 files (Knight Lab's timeline format) as they are: the title slide becomes
// a cover panel, events become panels in date order, eras become chapters, and the HTML allowed
// in their texts becomes plain text. Checked as strictly as the Frise format: types, dates,
// ids, string limits, media paths (the asset-path policy), unknown keys.
#pragma once
#include "core/json_reader.hpp"

namespace frise {

// A TimelineJS3 file is an object with "events" and no Frise "frise" or "panels".
bool looks_like_timelinejs(const JsonTree& tree, const JsonNode& root);
// A TimelineJS2 file is an object with a "timeline" object (and none of the above): not read,
// but named as such.
bool looks_like_timelinejs2(const JsonTree& tree, const JsonNode& root);
void read_timelinejs(detail::JsonReader& reader, const JsonNode& root, Story& story);

}  // namespace frise
