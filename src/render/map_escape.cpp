// Every user string that reaches Graphviz goes through one of these two functions.
#include <cctype>
#include <cstdint>

#include "render/map_impl.hpp"

namespace kamgraph::map_detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the valid UTF-8 sequence starting at text[i], or 0 when it is not one
// (overlong forms, surrogates and code points above U+10FFFF are not valid).
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    cp = b0 & 0x1Fu;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0Fu;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    cp = b0 & 0x07u;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinimum[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Calls out(piece, position) for every character of `text`: valid UTF-8 sequences as they
// are, control characters as one space, invalid bytes as U+FFFD.
template <typename Out>
void for_each_char(std::string_view text, Out out) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t n = utf8_length(text, i);
    if (n == 0) {
      out(kReplacement, i);
      ++i;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    out(n == 1 && (c < 0x20 || c == 0x7F) ? std::string_view(" ") : text.substr(i, n), i);
    i += n;
  }
}

// Whether text[at] is the '&' of something Graphviz's SVG and pango writers take for a
// character reference and pass through unescaped (&name; &#123; &#x1F;).
bool entity_like(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  const auto is = [&](auto pred) {
    return i < text.size() && pred(static_cast<unsigned char>(text[i]));
  };
  if (is([](unsigned char c) { return c == '#'; })) {
    ++i;
    if (is([](unsigned char c) { return c == 'x' || c == 'X'; })) {
      ++i;
      const std::size_t start = i;
      while (is([](unsigned char c) { return std::isxdigit(c) != 0; })) ++i;
      return i > start && is([](unsigned char c) { return c == ';'; });
    }
    const std::size_t start = i;
    while (is([](unsigned char c) { return std::isdigit(c) != 0; })) ++i;
    return i > start && is([](unsigned char c) { return c == ';'; });
  }
  const std::size_t start = i;
  while (is([](unsigned char c) { return std::isalnum(c) != 0; })) ++i;
  return i > start && is([](unsigned char c) { return c == ';'; });
}

// U+2060 WORD JOINER: invisible, and it keeps "&amp;" in a name from being read as "&".
constexpr std::string_view kJoiner = "\xE2\x81\xA0";

}  // namespace

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_char(text, [&](std::string_view ch, std::size_t here) {
    if (ch == "&")
      out += entity_like(text, here) ? "&amp;" + std::string(kJoiner) : "&amp;";
    else if (ch == "<")
      out += "&lt;";
    else if (ch == ">")
      out += "&gt;";
    else if (ch == "\"")
      out += "&quot;";
    else if (ch == "'")
      out += "&#39;";
    else if (ch == "\\")
      out += "\\\\";
    else
      out += ch;
  });
  return out;
}

std::string tooltip_quoted(std::string_view text) {
  std::string out = "\"";
  for_each_char(text, [&](std::string_view ch, std::size_t here) {
    if (ch == "\\")
      out += "\\\\\\\\";
    else if (ch == "\"")
      out += "\\\"";
    else if (ch == "&" && entity_like(text, here))
      out += "&" + std::string(kJoiner);
    else
      out += ch;
  });
  out += '"';
  return out;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_chars = 0;
  const auto chars = [](std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(i, end - i);
    const std::size_t n = chars(word);
    if (!line.empty() && line_chars + 1 + n > width) {
      lines.push_back(line);
      line.clear();
      line_chars = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_chars;
    }
    line += word;
    line_chars += n;
    i = end;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace kamgraph::map_detail
