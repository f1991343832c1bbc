// Private to the CRM readers (salesforce_import.cpp, hubspot_import.cpp): one CSV file of
// a CRM export, read whole with the RFC 4180 reader, with its columns found by the CRM's
// own names, and the value checks the CRM formats need (ids, booleans, dates, numbers),
// each reporting its problem by file, line and column.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/csv_reader.hpp"
#include "kamgraph/import/fields.hpp"
#include "kamgraph/model/date.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/model/text.hpp"

namespace kamgraph::crm {

// "AccountId" and "accountid" are one column: CRM tools differ in the case they write,
// so column names are compared lower() (kamgraph/model/text.hpp).
using kamgraph::lower;

class Table {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // Reads `path`. Syntax problems, rows whose width differs from the header's and an
  // empty file are reported to `sink` (the rows concerned are left out); nullopt when the
  // file cannot be read or has no usable header.
  static std::optional<Table> read(const std::string& path, DiagnosticSink& sink);

  const FileName& file() const { return file_; }
  std::size_t rows() const { return rows_.size(); }
  int line(std::size_t row) const { return rows_[row].line; }
  int header_line() const { return header_line_; }

  // The position of a column by name (case-insensitive), or npos.
  std::size_t column(std::string_view name) const;
  bool has(std::string_view name) const { return column(name) != npos; }
  // The first of `names` that is a column, or npos (for CRMs that spell a column two ways).
  std::size_t column_of(const std::vector<std::string_view>& names) const;
  // The column's name as the header writes it (for messages); `fallback` for npos.
  std::string name(std::size_t column, std::string_view fallback = {}) const;
  // All header names, as written.
  const std::vector<std::string>& header() const { return header_; }

  // The field, already trimmed by the reader; empty for an absent column (npos).
  const std::string& at(std::size_t row, std::size_t column) const;

  // One diagnostic per missing column; false if any is missing.
  bool require(const std::vector<std::string_view>& names, std::string_view why,
               DiagnosticSink& sink) const;

  // A diagnostic about one field of one row.
  void error(std::size_t row, std::size_t column, std::string message, DiagnosticSink& sink) const;

 private:
  FileName file_;  // shared by the Origins of its records
  int header_line_ = 1;
  std::vector<std::string> header_;
  std::vector<std::string> lower_header_;
  std::vector<csv::Record> rows_;
};

// Value checks. Each returns nullopt for an empty field (the caller decides whether that is
// allowed) or after reporting a malformed one; `bad` is set when a diagnostic was added.
struct Checked {
  bool bad = false;
};

// A Salesforce id (15 or 18 characters), as its 15-character form.
std::optional<std::string> salesforce_id(const Table& t, std::size_t row, std::size_t column,
                                         DiagnosticSink& sink, Checked& c);
// true/false/1/0/yes/no (any case).
std::optional<bool> boolean(const Table& t, std::size_t row, std::size_t column,
                            DiagnosticSink& sink, Checked& c);
// YYYY-MM-DD, or a date-time whose first ten characters are one (2024-03-15T09:30:00.000Z,
// 2024-03-15 09:30): the day is what kamgraph keeps. With `epoch_millis`, a whole number
// of milliseconds since 1970-01-01 UTC (HubSpot's API form) is read too.
std::optional<Date> date(const Table& t, std::size_t row, std::size_t column, DiagnosticSink& sink,
                         Checked& c, bool epoch_millis = false);
// A finite decimal number ("1250000", "0.75", "-3.5").
std::optional<double> number(const Table& t, std::size_t row, std::size_t column,
                             DiagnosticSink& sink, Checked& c);

}  // namespace kamgraph::crm
