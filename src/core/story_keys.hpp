// The member names each object of the Frise format may have. The reader warns about any other
// (with a "did you mean"), and a test checks panels/story.schema.json lists the same ones.
#pragma once
#include <array>
#include <string_view>

namespace frise::keys {

using namespace std::string_view_literals;
inline constexpr std::array story{"$schema"sv, "frise"sv, "id"sv, "language"sv, "languages"sv, "title"sv,
                                  "subtitle"sv, "credits"sv, "sources"sv, "theme"sv, "characters"sv,
                                  "chapters"sv, "sprites"sv, "panels"sv, "glossary"sv};
inline constexpr std::array credit{"role"sv, "name"sv};
inline constexpr std::array source{"title"sv, "url"sv};
inline constexpr std::array theme{"paper"sv, "ink"sv, "accent"sv};
inline constexpr std::array character{"id"sv, "name"sv, "role"sv, "colour"sv, "portrait"sv};
inline constexpr std::array image{"image"sv, "image_2x"sv, "width"sv, "height"sv, "alt"sv};
inline constexpr std::array chapter{"id"sv, "title"sv, "start"sv, "end"sv, "colour"sv};
inline constexpr std::array sprite{"id"sv, "image"sv, "image_2x"sv, "width"sv, "height"sv, "alt"sv};
inline constexpr std::array panel{"id"sv,      "chapter"sv, "date"sv,   "end_date"sv, "display_date"sv,
                                  "headline"sv, "caption"sv, "balloons"sv, "art"sv,   "aspect"sv,
                                  "tags"sv,    "group"sv,   "duration"sv, "links"sv, "media"sv};
inline constexpr std::array media{"kind"sv, "url"sv, "title"sv, "text"sv, "caption"sv, "credit"sv};
inline constexpr std::array balloon{"speaker"sv, "kind"sv, "text"sv, "placement"sv, "tail"sv};
inline constexpr std::array glossary_entry{"id"sv, "term"sv, "aliases"sv, "definition"sv, "see"sv};
inline constexpr std::array point{"x"sv, "y"sv};
inline constexpr std::array art{"background"sv, "layers"sv};
inline constexpr std::array layer{"image"sv, "image_2x"sv, "sprite"sv, "width"sv, "height"sv, "alt"sv, "x"sv, "y"sv, "scale"sv, "regions"sv};
inline constexpr std::array region{"kind"sv, "who"sv, "label"sv, "x"sv, "y"sv, "w"sv, "h"sv, "mouth"sv, "thin"sv};

// TimelineJS3 (timeline.knightlab.com/docs/json-format.html): unknown ones are warned about too.
namespace timelinejs {
inline constexpr std::array root{"title"sv, "events"sv, "eras"sv, "scale"sv};
inline constexpr std::array slide{"start_date"sv, "end_date"sv, "text"sv, "media"sv, "group"sv,
                                  "display_date"sv, "background"sv, "autolink"sv, "unique_id"sv};
inline constexpr std::array date{"year"sv, "month"sv, "day"sv, "hour"sv, "minute"sv, "second"sv,
                                 "millisecond"sv, "display_date"sv, "format"sv};
inline constexpr std::array text{"headline"sv, "text"sv};
inline constexpr std::array media{"url"sv, "caption"sv, "credit"sv, "thumbnail"sv, "alt"sv, "title"sv,
                                  "link"sv, "link_target"sv};
inline constexpr std::array background{"url"sv, "color"sv, "alt"sv};
inline constexpr std::array era{"start_date"sv, "end_date"sv, "text"sv};
}  // namespace timelinejs

}  // namespace frise::keys
