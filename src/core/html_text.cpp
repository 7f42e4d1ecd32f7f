#include "core/html_text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include "core/utf8.hpp"

namespace frise {
namespace {

// The named entities met in practice in timeline texts (Latin-1 letters and typography).
constexpr std::array<std::pair<std::string_view, char32_t>, 40> named_entities{{
    {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},       {"quot", U'"'},     {"apos", U'\''},
    {"nbsp", U'\u00A0'}, {"eacute", U'é'},  {"egrave", U'è'},   {"ecirc", U'ê'},    {"euml", U'ë'},
    {"agrave", U'à'},   {"acirc", U'â'},    {"ccedil", U'ç'},   {"icirc", U'î'},    {"iuml", U'ï'},
    {"ocirc", U'ô'},    {"ugrave", U'ù'},   {"ucirc", U'û'},    {"uuml", U'ü'},     {"Eacute", U'É'},
    {"Agrave", U'À'},   {"Ccedil", U'Ç'},   {"oelig", U'œ'},    {"OElig", U'Œ'},    {"laquo", U'«'},
    {"raquo", U'»'},    {"rsquo", U'’'},    {"lsquo", U'‘'},    {"ldquo", U'“'},    {"rdquo", U'”'},
    {"hellip", U'…'},   {"ndash", U'–'},    {"mdash", U'—'},    {"euro", U'€'},     {"copy", U'©'},
    {"reg", U'®'},      {"deg", U'°'},      {"middot", U'·'},   {"bull", U'•'},     {"trade", U'™'},
}};

// Decodes the entity starting at html[i] == '&'; returns the characters consumed (0 if none).
// Looks at most 10 characters ahead for its ';' (the longest entity known is shorter), so a text
// of many '&' and no ';' stays linear.
std::size_t decode_entity(std::string_view html, std::size_t i, std::string& out) {
  const std::size_t semicolon = html.substr(0, std::min(html.size(), i + 11)).find(';', i);
  if (semicolon == std::string_view::npos) return 0;
  const std::string_view name = html.substr(i + 1, semicolon - i - 1);
  if (name.size() > 1 && name[0] == '#') {
    unsigned value = 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const char* begin = name.data() + (hex ? 2 : 1);
    const char* end = name.data() + name.size();
    auto [stop, error] = std::from_chars(begin, end, value, hex ? 16 : 10);
    if (error != std::errc() || stop != end || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
      return 0;
    append_utf8(out, value);
    return semicolon - i + 1;
  }
  for (const auto& [entity, cp] : named_entities) {
    if (entity == name) {
      append_utf8(out, cp);
      return semicolon - i + 1;
    }
  }
  return 0;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string html_to_text(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  bool pending_space = false;
  const auto newline = [&] {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.back() != '\n') out += '\n';
    pending_space = false;
  };
  for (std::size_t i = 0; i < html.size();) {
    const char c = html[i];
    if (c == '<') {
      const std::size_t close = html.find('>', i);
      if (close == std::string_view::npos) break;  // an unfinished tag: drop the rest
      std::string tag(html.substr(i + 1, close - i - 1));
      for (char& t : tag) t = static_cast<char>(t >= 'A' && t <= 'Z' ? t - 'A' + 'a' : t);
      const bool line_break = tag.starts_with("br") || tag.starts_with("/p") || tag.starts_with("/div") ||
                              tag.starts_with("/li") || tag.starts_with("/h") || tag == "p" || tag.starts_with("p ");
      if (line_break && !out.empty()) newline();
      // Script and style bodies are not text.
      if (tag.starts_with("script") || tag.starts_with("style")) {
        const std::string end_tag = tag.starts_with("script") ? "</script" : "</style";
        std::size_t end = i;
        while ((end = html.find('<', end + 1)) != std::string_view::npos) {
          std::string candidate(html.substr(end, end_tag.size()));
          for (char& t : candidate) t = static_cast<char>(t >= 'A' && t <= 'Z' ? t - 'A' + 'a' : t);
          if (candidate == end_tag) break;
        }
        if (end == std::string_view::npos) break;
        i = html.find('>', end);
        if (i == std::string_view::npos) break;
        ++i;
        continue;
      }
      i = close + 1;
      continue;
    }
    if (is_space(c)) {
      pending_space = !out.empty() && out.back() != '\n';
      ++i;
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    if (c == '&') {
      if (const std::size_t used = decode_entity(html, i, out)) {
        i += used;
        continue;
      }
    }
    out += c;
    ++i;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

}  // namespace frise
