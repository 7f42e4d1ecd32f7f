#include <doctest/doctest.h>

#include "core/soft_wrap.hpp"

using namespace frise;

namespace {
// One unit a byte: a width of 10 holds ten letters.
const MeasureRun bytes = [](std::string_view run) { return static_cast<float>(run.size()); };
}  // namespace

TEST_CASE("soft wrap: spaces become line breaks where the words pass the width, nothing else changes") {
  const std::string text = "Avec GitOps, le dépôt fait foi.";
  const std::string wrapped = soft_wrapped(text, 12, bytes);
  CHECK(wrapped == "Avec GitOps,\nle dépôt\nfait foi.");  // "dépôt" is 7 bytes: "le dépôt fait" would be 15
  CHECK(wrapped.size() == text.size());
  CHECK(soft_unwrapped(wrapped) == text);
  // A text that fits is left alone; so is one with line breaks of its own.
  CHECK(soft_wrapped("Salut", 12, bytes) == "Salut");
  CHECK(soft_wrapped("Un\ndeux trois quatre cinq", 5, bytes) == "Un\ndeux trois quatre cinq");
  // A word wider than the field stays whole, on its own line.
  CHECK(soft_wrapped("a Anticonstitutionnellement b", 10, bytes) == "a\nAnticonstitutionnellement\nb");
  // Spaces in a row, at the start and at the end, all kept.
  CHECK(soft_unwrapped(soft_wrapped("  deux  espaces  ", 6, bytes)) == "  deux  espaces  ");
  CHECK(soft_wrapped("", 5, bytes).empty());
}

TEST_CASE("soft wrap: wrapping again after an edit moves the breaks, never the letters") {
  std::string buffer = soft_wrapped("un deux trois", 8, bytes);
  CHECK(buffer == "un deux\ntrois");
  buffer.insert(0, "zéro ");  // typed at the start, in the wrapped buffer
  soft_wrap(buffer.data(), buffer.size(), 8, bytes);
  CHECK(buffer == "zéro un\ndeux\ntrois");
  CHECK(soft_unwrapped(buffer) == "zéro un deux trois");
}
