#include "kamgraph/model/text.hpp"

#include <algorithm>
#include <cstdio>

namespace kamgraph {

std::string fixed(double value, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, value);
  std::string s = buf;
  // A tiny negative rounds to "-0.00", which reads as a bug: it is zero.
  if (s.size() > 1 && s[0] == '-' &&
      std::all_of(s.begin() + 1, s.end(), [](char c) { return c == '0' || c == '.'; }))
    s.erase(0, 1);
  return s;
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string trim(std::string_view s) { return std::string(trimmed(s)); }

std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += separator;
    out += words[i];
  }
  return out;
}

}  // namespace kamgraph
