// An RFC 4180 tokenizer: text in, records out, with the line each record starts on. It
// knows nothing of kamgraph's columns; csv_import.cpp gives the fields their meaning.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/import/limits.hpp"

namespace kamgraph::csv {

struct Record {
  int line = 0;  // 1-based line of the record's first character
  std::vector<std::string> fields;
  // False when a problem was found in this record; its fields are then incomplete and
  // must not be interpreted (the problem is already in Parse::problems).
  bool ok = true;
};

// A syntax problem. `record` is the index in Parse::records of the record it spoils (-1
// for a problem with the whole text); `field_index` is the 0-based position of the field
// in that record, so the caller can name the column from the header (-1: no one field).
struct Problem {
  int line = 0;
  int record = -1;
  int field_index = -1;
  std::string message;
};

struct Parse {
  std::vector<Record> records;  // the header, if any, is records[0]
  // At most kMaxDiagnostics: an import reports no more than that anyway.
  std::vector<Problem> problems;
  // True when a limit stopped the reading (the last problem says which): the records after
  // that point are missing, so the file must be refused, not interpreted.
  bool stopped = false;
};

// The limits the tokenizer enforces while it reads, so that a hostile file cannot make it
// hold more than that: the defaults are the documented ones (kamgraph/import/limits.hpp).
struct Limits {
  std::size_t max_field_bytes = kMaxFieldBytes;
  std::size_t max_columns = kMaxColumns;
  std::size_t max_rows = kMaxRows;
};

// Reads the whole text. The dialect, chosen for files people edit by hand:
// - a UTF-8 byte order mark at the start is skipped; text that is not valid UTF-8 gives
//   one problem at the first bad byte and no records, since a file saved in a legacy
//   encoding is wrong throughout and one message says how to fix all of it;
// - records end at CRLF, LF or a lone CR; a line break inside a quoted field is kept as
//   LF whatever the file uses, so the data does not depend on how git checked it out;
// - every field value is trimmed of ASCII spaces and tabs around it, quoted or not, so
//   `a, b` reads like `a,b` and hand-typed ids cannot differ by invisible blanks; blanks
//   before an opening quote and after a closing quote are allowed for the same reason;
// - a quote inside an unquoted field (`6" pipe`) is reported, as RFC 4180 forbids it and
//   it is usually a half-quoted field whose comma would silently split the value;
// - lines with nothing on them (not even a quoted empty string) are skipped;
// - a field longer than limits.max_field_bytes, a record with more than
//   limits.max_columns fields or more than limits.max_rows records stop the reading with
//   one problem (Parse::stopped).
Parse parse(std::string_view text, const Limits& limits = {});

// A record as the streamed parse() hands it over: the fields are views of the text (or of
// the tokenizer's copy of a quoted value), valid only during the call.
struct RecordView {
  int line = 0;
  std::span<const std::string_view> fields;
  bool ok = true;  // as in Record
};

// The same, streamed: each record goes to `on_record` as soon as it is read (with its
// problems already in the result's `problems`, which name it by its position in the
// stream), and Parse::records stays empty. Memory then holds one record at a time, however
// many fields the text has, and reading a row copies none of them: an importer converts
// each row and lets it go.
using RecordHandler = std::function<void(const RecordView& record)>;
Parse parse(std::string_view text, const RecordHandler& on_record, const Limits& limits = {});

}  // namespace kamgraph::csv
