// Salesforce record ids. An id is 15 case-sensitive characters; the 18-character form adds
// three characters that encode, five positions at a time, which of the fifteen are upper
// case (bit i of the k-th suffix character is set when character 5k+i is an upper-case
// letter; the five bits index "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"). Tools that compare ids
// case-insensitively (spreadsheets, many databases) need the 18-character form, and so a
// data export mixes both.
#include <array>

#include "kamgraph/import/salesforce.hpp"

namespace kamgraph {
namespace {

constexpr std::string_view kSuffixAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_upper(c) || is_lower(c) || is_digit(c); }

// The 5-bit value of a suffix character, read case-insensitively (a lower-cased 18-character
// id is still the same id); -1 for a character outside the alphabet.
int suffix_value(char c) {
  if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
  const auto pos = kSuffixAlphabet.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

}  // namespace

std::optional<std::string> salesforce_id15(std::string_view id) {
  if (id.size() != 15 && id.size() != 18) return std::nullopt;
  for (char c : id)
    if (!is_alnum(c)) return std::nullopt;
  std::string out(id.substr(0, 15));
  if (id.size() == 15) return out;
  // Restore the letter case the checksum records; a bit set on a digit cannot come from
  // Salesforce, so the id is corrupt.
  for (std::size_t k = 0; k < 3; ++k) {
    const int bits = suffix_value(id[15 + k]);
    if (bits < 0) return std::nullopt;
    for (std::size_t i = 0; i < 5; ++i) {
      char& c = out[5 * k + i];
      const bool upper = (bits >> i) & 1;
      if (is_digit(c)) {
        if (upper) return std::nullopt;
        continue;
      }
      if (upper && is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
      if (!upper && is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::string salesforce_id18(std::string_view id15) {
  std::string out(id15);
  for (std::size_t k = 0; k < 3; ++k) {
    int bits = 0;
    for (std::size_t i = 0; i < 5; ++i)
      if (is_upper(id15[5 * k + i])) bits |= 1 << i;
    out += kSuffixAlphabet[static_cast<std::size_t>(bits)];
  }
  return out;
}

}  // namespace kamgraph
