// A TimelineJS slide's media and background, read into a panel (internal to timelinejs.cpp):
// a file of the story becomes an art layer; an address on another site, an <iframe> or a
// remote picture becomes a card (core/media.hpp says which service it is); a <blockquote>
// becomes a quote; an empty url is no media. What Frise cannot carry is reported through
// JsonReader::note_loss (frise import lists it).
#pragma once
#include <string>
#include <string_view>

#include "core/json_reader.hpp"

namespace frise::detail {

std::string trimmed(std::string_view text);
// A long value in a message, cut (without quotes).
std::string shortened(std::string_view text);

// `caption` is the slide's text so far: a picture's own caption and credit are added to it, in
// parentheses, as TimelineJS prints them under the picture.
void read_slide_media(JsonReader& r, const JsonNode& node, const JsonPath& path, const std::string& language,
                      Panel& panel, std::string& caption);

// The slide's background: its colour becomes the panel's; a picture of the story is kept in
// `image` (with its alt text) for the slide to show when it has no media of its own.
struct SlideBackground {
  const JsonNode* url = nullptr;  // where the picture was named, for messages
  std::string image;
  std::string alt;
};
void read_slide_background(JsonReader& r, const JsonNode& node, const JsonPath& path, Panel& panel,
                           SlideBackground& out);
// After the media: the background's picture as the panel's art when the slide shows no media.
void apply_slide_background(JsonReader& r, const JsonPath& path, const std::string& language, Panel& panel,
                            SlideBackground& background);

}  // namespace frise::detail
