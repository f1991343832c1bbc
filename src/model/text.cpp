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

}  // namespace kamgraph
