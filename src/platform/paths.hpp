// Where the app's data (panels/, assets/) lives: next to the working directory natively, or
// found from the executable's location; relative to the page on the web.
#pragma once
#include <string>

namespace frise::platform {

// `relative` (e.g. "panels/road45.json") as a path or URL the FileLoader can open.
std::string find_data_file(const std::string& relative);

}  // namespace frise::platform
