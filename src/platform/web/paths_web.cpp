// Browser: data files are fetched relative to the page, which works from any folder.
#include "platform/paths.hpp"

namespace frise::platform {

std::string find_data_file(const std::string& relative) { return relative; }

}  // namespace frise::platform
