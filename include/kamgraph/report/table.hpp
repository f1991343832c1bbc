// A plain-text table for terminals: columns padded to the widest cell (counted in
// characters, not bytes, so names with accents line up), numbers right-aligned.
#pragma once

#include <string>
#include <vector>

#include "kamgraph/model/text.hpp"  // fixed(): tables are full of numbers

namespace kamgraph {

class Table {
 public:
  enum class Align { left, right };

  explicit Table(std::vector<std::string> headers, std::vector<Align> align = {});
  void add_row(std::vector<std::string> cells);
  std::size_t rows() const { return rows_.size(); }
  // Header, a rule, the rows; every line ends with '\n' and has no trailing spaces.
  std::string str() const;
  // The same content as a GitHub-flavoured Markdown table (pipes escaped).
  std::string markdown() const;

 private:
  std::vector<std::string> headers_;
  std::vector<Align> align_;
  std::vector<std::vector<std::string>> rows_;
};

// Display width of UTF-8 text: one per code point.
std::size_t display_width(const std::string& text);

}  // namespace kamgraph
