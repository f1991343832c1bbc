#include "kamgraph/report/table.hpp"

#include <algorithm>
#include <cstdio>

namespace kamgraph {

Table::Table(std::vector<std::string> headers, std::vector<Align> align)
    : headers_(std::move(headers)), align_(std::move(align)) {
  align_.resize(headers_.size(), Align::left);
}

void Table::add_row(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  rows_.push_back(std::move(cells));
}

std::size_t display_width(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;  // count lead bytes only
  return n;
}

std::string Table::str() const {
  std::vector<std::size_t> width(headers_.size());
  for (std::size_t c = 0; c < headers_.size(); ++c) {
    width[c] = display_width(headers_[c]);
    for (const auto& r : rows_) width[c] = std::max(width[c], display_width(r[c]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::string pad(width[c] - display_width(cells[c]), ' ');
      if (c > 0) out += "  ";
      out += align_[c] == Align::right ? pad + cells[c] : cells[c] + pad;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + '\n';
  };
  std::string out = line(headers_);
  std::vector<std::string> rule;
  for (auto w : width) rule.emplace_back(w, '-');
  out += line(rule);
  for (const auto& r : rows_) out += line(r);
  return out;
}

std::string Table::markdown() const {
  auto cell = [](const std::string& s) {
    std::string out;
    for (char ch : s) {
      if (ch == '|')
        out += "\\|";
      else if (ch == '\n')
        out += ' ';
      else
        out += ch;
    }
    return out;
  };
  std::string out = "|";
  for (const auto& h : headers_) out += " " + cell(h) + " |";
  out += "\n|";
  for (auto a : align_) out += a == Align::right ? "---:|" : "---|";
  out += '\n';
  for (const auto& r : rows_) {
    out += "|";
    for (const auto& c : r) out += " " + cell(c) + " |";
    out += '\n';
  }
  return out;
}

}  // namespace kamgraph
