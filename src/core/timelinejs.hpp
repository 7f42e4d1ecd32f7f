// Reading TimelineJS3 files (Knight Lab's timeline format) as they are: the title slide becomes
// a cover panel, events become panels in date order, eras become chapters, and the HTML allowed
// in their texts becomes plain text.
#pragma once
#include "core/json_reader.hpp"

namespace frise {

// A TimelineJS file is an object with an "events" array and no Frise "panels".
bool looks_like_timelinejs(const JsonTree& tree, const JsonNode& root);
void read_timelinejs(detail::JsonReader& reader, const JsonNode& root, Story& story);

}  // namespace frise
