// An RFC 4180 tokenizer: text in, records out, with the line each record starts on. It
// knows nothing of kamgraph's columns; csv_import.cpp gives the fields their meaning.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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
  std::vector<Problem> problems;
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
// - lines with nothing on them (not even a quoted empty string) are skipped.
Parse parse(std::string_view text);

}  // namespace kamgraph::csv
