// Small text helpers every concern writes sentences and tables with: one definition each,
// so that a number reads the same in an analysis, a plan, a map and a brief.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kamgraph {

// Fixed-point number with `digits` decimals ("0.50"); no locale; never "-0.00".
std::string fixed(double value, int digits = 2);

// The first letter in upper case (ASCII), for a word that starts a sentence or a label.
std::string capitalised(std::string s);

// ASCII letters in lower case, every other byte as it is (UTF-8 stays valid): for matching
// words and column names, never for showing them.
std::string lower(std::string_view s);

// A space or a tab: what users type around values, and what kamgraph trims. Inline:
// an import asks it of every byte around every field.
inline bool is_blank(char c) { return c == ' ' || c == '\t'; }
// Without the spaces and tabs at either end: a view of `s`, and a copy.
inline std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}
std::string trim(std::string_view s);

// The words with `separator` between them ("a, b, c").
std::string join(const std::vector<std::string>& words, std::string_view separator);

}  // namespace kamgraph
