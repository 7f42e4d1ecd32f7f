// Turning the HTML that TimelineJS allows in its texts into plain text: tags removed, line
// breaks kept, entities decoded. The result is only ever drawn or put in the DOM as text.
#pragma once
#include <string>
#include <string_view>

namespace frise {

std::string html_to_text(std::string_view html);

}  // namespace frise
