// A story that says nothing of its language is read as French (Frise's first stories are); one
// written in English would then get a French interface and French checks. This tells which of
// the two a story's words look like, from the small words every sentence uses, so the validator
// can say so. Only French and English are told apart: the interface speaks only those.
#pragma once
#include <string>

#include "core/story.hpp"

namespace frise {

// "fr", "en", or "" when the texts are too few or too mixed to tell.
std::string guess_story_language(const Story& story);

}  // namespace frise
