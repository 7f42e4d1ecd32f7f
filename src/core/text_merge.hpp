// Two edits of one text made apart (the author's in the editor, and another program's on disk)
// put together when they touch different parts of it, as a careful person would by hand. Each
// side's change is taken as the one stretch between what it left alike at the start and at the
// end: a coarse diff, but one that never mixes the two sides' words inside one stretch.
#pragma once
#include <optional>
#include <string>

namespace frise {

// The text with both changes made to `base`, or nothing when they overlap (the author must say
// which to keep). When one side did not change anything, the other side's text.
std::optional<std::string> merge_changes(const std::string& base, const std::string& mine, const std::string& theirs);

}  // namespace frise
