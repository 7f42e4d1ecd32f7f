#include "core/paths.hpp"

#include <vector>

namespace frise {

std::string resolve_relative(const std::string& base_file, const std::string& relative) {
  if (!relative.empty() && relative.front() == '/') return relative;
  const auto slash = base_file.rfind('/');
  const std::string joined = (slash == std::string::npos ? std::string() : base_file.substr(0, slash + 1)) + relative;
  const bool absolute = !joined.empty() && joined.front() == '/';

  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const auto end = std::min(joined.find('/', start), joined.size());
    const std::string part = joined.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty() && parts.back() != "..") parts.pop_back();
      else if (!absolute) parts.push_back(part);  // above the base: keep, the caller's root decides
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out = absolute ? "/" : "";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + parts[i];
  return out;
}

}  // namespace frise
