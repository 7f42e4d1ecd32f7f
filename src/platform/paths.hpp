// Where the app's data (panels/, assets/) lives: next to the working directory natively, or
// found from the executable's location; relative to the page on the web.
#pragma once
#include <string>

namespace frise::platform {

// `relative` (e.g. "panels/road45.json") as a path or URL the FileLoader can open.
std::string find_data_file(const std::string& relative);

// The story list (an index.json) whose stories the picker offers beside `story_path`, or "" when
// there is none to ask for. Natively the index.json in the story's folder (a missing one costs
// nothing); on the web only the site's own list, panels/index.json, for a story in panels/: a
// story kept anywhere else has no picker, and the page asks for no list that is not there.
std::string story_list_for(const std::string& story_path);

}  // namespace frise::platform
