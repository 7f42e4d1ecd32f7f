// What the session's tests share: a small story in two languages, a session with it read, and
// looking for an effect among those taken.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/reader_session.hpp"

namespace frise::test {

using Kind = SessionEffect::Kind;

// A story of `count` panels in French and English, each with a few words.
inline std::string story_json(int count, const std::string& first_word = "Bonjour") {
  std::string panels;
  for (int i = 0; i < count; ++i) {
    if (i > 0) panels += ",";
    panels += R"({"id": "p)" + std::to_string(i) + R"(", "caption": {"fr": ")" + (i == 0 ? first_word : "case") +
              R"(", "en": "panel"}})";
  }
  return R"({"frise": 1, "id": "demo", "title": {"fr": "Démo", "en": "Demo"}, "language": "fr", "languages": ["fr", "en"], "panels": [)" +
         panels + "]}";
}

inline bool has(const std::vector<SessionEffect>& effects, Kind kind) {
  return std::any_of(effects.begin(), effects.end(), [&](const SessionEffect& e) { return e.kind == kind; });
}

inline const SessionEffect* find(const std::vector<SessionEffect>& effects, Kind kind) {
  const auto it = std::find_if(effects.begin(), effects.end(), [&](const SessionEffect& e) { return e.kind == kind; });
  return it == effects.end() ? nullptr : &*it;
}

// A session with the story read, its opening effects taken.
inline ReaderSession ready_session(int panels = 5, SessionOptions options = {}, const std::string& saved = "") {
  if (options.story_path.empty()) options.story_path = "stories/demo.json";
  ReaderSession session(options, saved);
  session.story_file(options.story_path, true, story_json(panels), "");
  REQUIRE(session.state() == LoadState::ready);
  (void)session.take_effects();
  return session;
}

}  // namespace frise::test
