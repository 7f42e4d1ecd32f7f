#include "core/embedded.hpp"

#include <map>

namespace frise {
namespace {

// Never shrinks: a span into it may be held by whoever asked (the font atlas keeps pointers
// into its fonts' bytes).
std::map<std::string, std::vector<unsigned char>, std::less<>>& provided() {
  static std::map<std::string, std::vector<unsigned char>, std::less<>> files;
  return files;
}

}  // namespace

std::span<const unsigned char> embedded_file(std::string_view name) {
  if (const auto compiled = compiled_in_file(name); !compiled.empty()) return compiled;
  const auto& files = provided();
  const auto found = files.find(name);
  return found == files.end() ? std::span<const unsigned char>() : std::span<const unsigned char>(found->second);
}

void provide_file(const std::string& name, std::vector<unsigned char> bytes) {
  if (!compiled_in_file(name).empty()) return;
  provided().try_emplace(name, std::move(bytes));
}

}  // namespace frise
