// The documented input limits. Every reader checks them before it holds a whole input in
// memory (a file's size is looked at before it is read; rows, columns and field lengths are
// counted while the text is tokenized), so that a wrong or hostile file costs bounded memory
// and time and is refused with a diagnostic naming the file, the line and the field, and the
// limit that was hit.
//
// Why these numbers: a large real portfolio (hundreds of accounts, tens of thousands of
// people and relationships) is a few MiB of CSV; the limits are around a hundred times
// that, so no real file comes near them, while the worst case they allow still fits in
// well under 2 GiB of memory (the README, "Reliability" has the measurements).
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>

namespace kamgraph {

// One CSV file (accounts.csv, people.csv, relationships.csv): split bigger portfolios into
// several imports, one directory per group of accounts.
inline constexpr std::uintmax_t kMaxCsvFileBytes = std::uintmax_t{256} << 20;  // 256 MiB

// One DOT file. A DOT file is one account, and Graphviz's parser needs several times the
// text's size in memory, hence the lower limit.
inline constexpr std::uintmax_t kMaxDotFileBytes = std::uintmax_t{64} << 20;  // 64 MiB

// One field (CSV) or attribute value (DOT), after unquoting: notes and ids are short text.
inline constexpr std::size_t kMaxFieldBytes = std::size_t{1} << 20;  // 1 MiB

// Fields in one CSV record, the header included: the known columns plus unknown ones
// (CRM exports carry many columns kamgraph ignores).
inline constexpr std::size_t kMaxColumns = 1000;

// Records in one CSV file, the header included.
inline constexpr std::size_t kMaxRows = 1'000'000;

// "256 MiB", "1 MiB", "256.1 MiB", "812 bytes": sizes as the limit messages show them,
// with one decimal rounded up (dropped when it is 0), so that anything over a limit reads
// as more than the limit.
inline std::string describe_bytes(std::uintmax_t bytes) {
  static constexpr const char* kUnits[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
  std::size_t unit = 0;
  std::uintmax_t scale = 1;
  while (bytes / scale >= 1024 && unit + 1 < std::size(kUnits)) {
    scale *= 1024;
    ++unit;
  }
  if (unit == 0) return std::to_string(bytes) + " bytes";
  // Tenths of the unit, rounded up: ceil(bytes * 10 / scale), without overflow since
  // rest < scale <= 2^40.
  const std::uintmax_t whole = bytes / scale;
  const std::uintmax_t rest = bytes % scale;
  const std::uintmax_t tenths = whole * 10 + (rest * 10 + scale - 1) / scale;
  std::string out = std::to_string(tenths / 10);
  if (tenths % 10 != 0) out += "." + std::to_string(tenths % 10);
  return out + " " + kUnits[unit];
}

// "1,000,000": counts as the limit messages show them.
inline std::string with_thousands(std::uintmax_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace kamgraph
