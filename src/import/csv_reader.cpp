#include "import/csv_reader.hpp"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <optional>

#include "kamgraph/model/error.hpp"
#include "kamgraph/model/text.hpp"

namespace kamgraph::csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or 0 when s[i] does not start one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return len;
}

// Where the first byte that is not part of well-formed UTF-8 is, or npos. Runs of ASCII,
// most of any CSV file, are skipped eight bytes at a time: checking byte by byte, and
// counting lines while at it, was a twentieth of reading a big portfolio.
std::size_t first_bad_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    for (std::uint64_t word = 0; i + 8 <= s.size(); i += 8) {
      std::memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080u) break;
    }
    if (i == s.size()) break;
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

// The first byte that is not part of well-formed UTF-8, located as an editor shows it:
// line, and column counted in characters from 1.
std::optional<Problem> check_utf8(std::string_view s) {
  const std::size_t bad = first_bad_utf8(s);
  if (bad == std::string_view::npos) return std::nullopt;
  int line = 1, column = 1;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = i == bad ? 0 : utf8_sequence_length(s, i);
    if (len == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(s[i]));
      return Problem{line, -1, -1,
                     "not UTF-8 text (byte " + std::string(hex) + " at column " +
                         std::to_string(column) + "); save the file as UTF-8"};
    }
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) {
      ++line;
      column = 1;
    } else if (s[i] != '\r') {
      ++column;
    }
    i += len;
  }
  return std::nullopt;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const Limits& limits, const RecordHandler& on_record)
      : s_(text), limits_(limits), on_record_(on_record) {}

  Parse run() {
    while (i_ < s_.size() && !out_.stopped) read_record();
    return std::move(out_);
  }

 private:
  bool at_end() const { return i_ >= s_.size(); }
  bool at_line_end() const { return at_end() || s_[i_] == '\r' || s_[i_] == '\n'; }

  void skip_blanks() {
    while (!at_end() && is_blank(s_[i_])) ++i_;
  }

  // Consumes one CRLF, LF or CR and counts the line.
  void consume_line_break() {
    if (at_end()) return;
    if (s_[i_] == '\r' && i_ + 1 < s_.size() && s_[i_ + 1] == '\n') ++i_;
    ++i_;
    ++line_;
  }

  void problem(int line, int field, std::string message) {
    // An import shows no more than kMaxDiagnostics problems, and these come in line order,
    // so later ones could never be shown: keeping them would only cost memory.
    if (out_.problems.size() >= kMaxDiagnostics) return;
    add_problem(line, field, std::move(message));
  }

  void add_problem(int line, int field, std::string message) {
    // The record being read is delivered when it ends, so its index is the count so far.
    const int record = static_cast<int>(delivered_);
    out_.problems.push_back({line, record, field, std::move(message)});
  }

  // A limit was hit: says which (always, even past kMaxDiagnostics, since it is why the
  // reading ends) and ends the reading.
  void stop(int line, int field, std::string message) {
    add_problem(line, field, std::move(message));
    out_.stopped = true;
  }

  // The record being read: views of the text, or of `copies` for quoted values (whose
  // doubled quotes and line breaks are rewritten). Reused from record to record, so that
  // reading a row allocates nothing.
  struct Current {
    int line = 0;
    std::vector<std::string_view> fields;
    std::deque<std::string> copies;
    bool ok = true;
  };

  void deliver(const Current& rec) {
    if (delivered_ >= limits_.max_rows) {
      stop(rec.line, -1,
           "more than " + with_thousands(limits_.max_rows) +
               " rows, the limit for one file; split the data into several imports (one "
               "directory per group of accounts, say)");
      return;
    }
    ++delivered_;
    on_record_(RecordView{rec.line, rec.fields, rec.ok});
  }

  void field_too_long(int line, int field) {
    stop(line, field,
         "a value longer than " + describe_bytes(limits_.max_field_bytes) +
             ", the limit for one field; shorten it, or remove the column if kamgraph does "
             "not use it");
  }

  void read_record() {
    Current& rec = current_;
    rec.line = line_;
    rec.fields.clear();
    rec.copies.clear();
    rec.ok = true;
    bool any_quoted = false;
    for (;;) {
      if (rec.fields.size() >= limits_.max_columns) {
        stop(line_, -1,
             "more than " + with_thousands(limits_.max_columns) +
                 " fields in one row, the limit for columns; remove the columns kamgraph does "
                 "not use (the README lists those it reads)");
        return;
      }
      const int field = static_cast<int>(rec.fields.size());
      const std::size_t start = i_;
      skip_blanks();
      if (!at_end() && s_[i_] == '"') {
        any_quoted = true;
        if (!read_quoted(rec, field)) {
          if (out_.stopped) return;
          // Unterminated: the quoted field ran to the end of the text.
          rec.ok = false;
          deliver(rec);
          return;
        }
      } else {
        i_ = start;
        read_unquoted(rec, field);
        if (out_.stopped) return;
      }
      if (!at_end() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      consume_line_break();
      break;
    }
    const bool blank_line = rec.fields.size() == 1 && rec.fields[0].empty() && !any_quoted;
    if (!blank_line) deliver(rec);
  }

  // At an opening quote. Returns false when the text ends before the closing quote, or
  // when the value is longer than the field limit (then out_.stopped is set).
  bool read_quoted(Current& rec, int field) {
    const int open_line = line_;
    ++i_;
    std::string value;
    for (;;) {
      if (value.size() > limits_.max_field_bytes) {
        // Checked as the value grows: a 1 GiB field costs no more memory than the limit.
        field_too_long(open_line, field);
        return false;
      }
      if (at_end()) {
        problem(open_line, field,
                "unterminated quoted field: the quote that opens it is never closed");
        return false;
      }
      const char c = s_[i_];
      if (c == '"') {
        if (i_ + 1 < s_.size() && s_[i_ + 1] == '"') {
          value += '"';
          i_ += 2;
          continue;
        }
        ++i_;
        break;
      }
      if (c == '\r' || c == '\n') {
        value += '\n';
        consume_line_break();
        continue;
      }
      value += c;
      ++i_;
    }
    skip_blanks();
    if (!at_line_end() && s_[i_] != ',') {
      problem(line_, field,
              "unexpected text after a closing quote; inside a quoted field write a quote "
              "as \"\"");
      rec.ok = false;
      while (!at_line_end() && s_[i_] != ',') ++i_;
    }
    rec.fields.push_back(trimmed(rec.copies.emplace_back(std::move(value))));
    return true;
  }

  void read_unquoted(Current& rec, int field) {
    const std::size_t start = i_;
    bool reported = false;
    for (;;) {
      // The bytes that can end the field or be wrong in it are rare: skip the others in a
      // tight loop (most of reading a big file is this loop).
      while (i_ < s_.size() && !ends_unquoted(s_[i_])) ++i_;
      if (at_end() || s_[i_] != '"') break;
      if (!reported) {
        problem(line_, field,
                "a quote inside an unquoted field; enclose the whole field in quotes and "
                "write the quote as \"\"");
        rec.ok = false;
        reported = true;
      }
      ++i_;
    }
    const std::string_view value = trimmed(s_.substr(start, i_ - start));
    if (value.size() > limits_.max_field_bytes) {
      field_too_long(line_, field);
      return;
    }
    rec.fields.push_back(value);
  }

  static bool ends_unquoted(char c) {
    static constexpr auto table = [] {
      std::array<bool, 256> t{};
      for (unsigned char e : {',', '\n', '\r', '"'}) t[e] = true;
      return t;
    }();
    return table[static_cast<unsigned char>(c)];
  }

  std::string_view s_;
  const Limits& limits_;
  const RecordHandler& on_record_;
  std::size_t i_ = 0;
  int line_ = 1;
  std::size_t delivered_ = 0;  // records handed to on_record_
  Current current_;
  Parse out_;
};

}  // namespace

Parse parse(std::string_view text, const RecordHandler& on_record, const Limits& limits) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  if (auto bad = check_utf8(text)) {
    Parse out;
    out.problems.push_back(std::move(*bad));
    return out;
  }
  return Tokenizer(text, limits, on_record).run();
}

Parse parse(std::string_view text, const Limits& limits) {
  std::vector<Record> records;
  Parse out = parse(
      text,
      [&](const RecordView& r) {
        records.push_back(
            {r.line, std::vector<std::string>(r.fields.begin(), r.fields.end()), r.ok});
      },
      limits);
  out.records = std::move(records);
  return out;
}

}  // namespace kamgraph::csv
