// Internal to story loading: reads a Frise story's "glossary" and checks it against the texts.
#pragma once
#include "core/json_reader.hpp"

namespace frise::detail {

// Reads the entries of `list` (the story's "glossary" member at `path`) into story.glossary;
// reports repeated ids, missing terms or definitions, aliases in unknown languages and "see"
// ids that name no entry.
void read_glossary(JsonReader& reader, const JsonNode& list, const JsonPath& path, Story& story);

// Once the panels are read: a warning for each entry no caption or balloon uses, per language.
void check_glossary_use(JsonReader& reader, const JsonNode& list, const JsonPath& path, const Story& story);

}  // namespace frise::detail
