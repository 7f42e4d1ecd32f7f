// libFuzzer target: bytes (as UTF-8 text) -> frise::html_to_text, the converter of the HTML that
// TimelineJS texts may hold. Besides not crashing (ASan, UBSan) and not hanging (libFuzzer's
// -timeout), the result must:
//  - never be longer than the input (tags shrink to at most a line break, entities to their
//    character, spaces collapse);
//  - be valid UTF-8 whenever the input is (entities decode to valid code points only);
//  - hold no '<' when the input has no '&': every '<' of the input opens a tag that is dropped
//    (or drops the rest of an unfinished one), only "&lt;" and its numeric forms may give one;
//  - end with neither a space nor a line break;
//  - be its own result again when it holds no '<', '&', nor whitespace other than single spaces
//    (plain text is left as it is).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/html_text.hpp"
#include "core/utf8.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  const std::string text = frise::html_to_text(html);

  FRISE_FUZZ_CHECK(text.size() <= html.size(), "%zu bytes of HTML gave %zu bytes of text", html.size(), text.size());
  if (!frise::find_invalid_utf8(html)) {
    const auto bad = frise::find_invalid_utf8(text);
    FRISE_FUZZ_CHECK(!bad, "valid UTF-8 in, invalid UTF-8 out at byte %zu of %zu", bad.value_or(0), text.size());
  }
  if (html.find('&') == std::string_view::npos) {
    FRISE_FUZZ_CHECK(text.find('<') == std::string::npos, "a '<' is left at byte %zu of the text, from HTML with no entity",
                     text.find('<'));
  }
  if (!text.empty()) {
    FRISE_FUZZ_CHECK(text.back() != ' ' && text.back() != '\n', "the text ends with whitespace (0x%02x)",
                     static_cast<unsigned>(static_cast<unsigned char>(text.back())));
  }
  const bool plain = text.find_first_of("<&\t\r\n") == std::string::npos && text.find("  ") == std::string::npos &&
                     (text.empty() || text.front() != ' ');
  if (plain) {
    const std::string again = frise::html_to_text(text);
    FRISE_FUZZ_CHECK(again == text, "plain text changed when converted again (%zu bytes -> %zu bytes)", text.size(),
                     again.size());
  }
  return 0;
}
