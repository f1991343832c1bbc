#include "import/salesforce_table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "import/bounded_read.hpp"
#include "kamgraph/import/limits.hpp"
#include "kamgraph/import/salesforce.hpp"

namespace kamgraph::crm {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<Table> Table::read(const std::string& path, DiagnosticSink& sink) {
  // The CSV files' size limit applies: a CRM export is CSV files too.
  const detail::BoundedRead read = detail::read_bounded(path, kMaxCsvFileBytes);
  if (!read.text) {
    sink.add({path, 0, "",
              read.too_big ? detail::too_big_message(read, kMaxCsvFileBytes, "CSV file")
                           : "cannot read the file: " + read.error});
    return std::nullopt;
  }
  csv::Parse parsed = csv::parse(*read.text);
  Table t;
  t.file_ = path;
  if (parsed.records.empty() || !parsed.records[0].ok) {
    if (parsed.problems.empty()) sink.add({path, 0, "", "empty file: expected a header row"});
    for (const auto& p : parsed.problems) sink.add({path, p.line, "", p.message});
    return std::nullopt;
  }
  t.header_line_ = parsed.records[0].line;
  t.header_ = std::move(parsed.records[0].fields);
  for (const auto& h : t.header_) t.lower_header_.push_back(lower(h));

  // Problems and short rows in line order, the way a user fixes them.
  std::vector<Diagnostic> found;
  for (const auto& p : parsed.problems) {
    std::string field;
    if (p.record > 0 && p.field_index >= 0 &&
        static_cast<std::size_t>(p.field_index) < t.header_.size())
      field = t.header_[static_cast<std::size_t>(p.field_index)];
    found.push_back({path, p.line, field, p.message});
  }
  for (std::size_t k = 1; k < parsed.records.size(); ++k) {
    csv::Record& r = parsed.records[k];
    if (!r.ok) continue;
    if (r.fields.size() != t.header_.size()) {
      found.push_back({path, r.line, "",
                       "row has " + std::to_string(r.fields.size()) +
                           (r.fields.size() == 1 ? " field" : " fields") + ", the header has " +
                           std::to_string(t.header_.size())});
      continue;
    }
    t.rows_.push_back(std::move(r));
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  for (auto& d : found) sink.add(std::move(d));
  return t;
}

std::size_t Table::column(std::string_view name) const {
  const std::string key = lower(name);
  for (std::size_t i = 0; i < lower_header_.size(); ++i)
    if (lower_header_[i] == key) return i;
  return npos;
}

std::size_t Table::column_of(const std::vector<std::string_view>& names) const {
  for (auto n : names)
    if (auto c = column(n); c != npos) return c;
  return npos;
}

std::string Table::name(std::size_t column, std::string_view fallback) const {
  return column < header_.size() ? header_[column] : std::string(fallback);
}

const std::string& Table::at(std::size_t row, std::size_t column) const {
  static const std::string empty;
  const auto& fields = rows_[row].fields;
  return column < fields.size() ? fields[column] : empty;
}

bool Table::require(const std::vector<std::string_view>& names, std::string_view why,
                    DiagnosticSink& sink) const {
  bool ok = true;
  for (auto n : names) {
    if (has(n)) continue;
    sink.add({file_, header_line_, "",
              "missing required column '" + std::string(n) + "'" +
                  (why.empty() ? std::string() : " (" + std::string(why) + ")")});
    ok = false;
  }
  return ok;
}

void Table::error(std::size_t row, std::size_t column, std::string message,
                  DiagnosticSink& sink) const {
  sink.add({file_, line(row), name(column), std::move(message)});
}

std::optional<std::string> salesforce_id(const Table& t, std::size_t row, std::size_t column,
                                         DiagnosticSink& sink, Checked& c) {
  const std::string& v = t.at(row, column);
  if (v.empty()) return std::nullopt;
  if (auto id = salesforce_id15(v)) return id;
  std::string why;
  if (v.size() != 15 && v.size() != 18)
    why = "it has " + std::to_string(v.size()) + " characters; Salesforce ids have 15 or 18";
  else if (!std::all_of(v.begin(), v.end(), [](char ch) {
             return is_digit(ch) || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
           }))
    why = "Salesforce ids are letters and digits only";
  else
    why = "its last three characters are not the checksum of the first fifteen";
  t.error(row, column, "'" + v + "' is not a Salesforce id: " + why, sink);
  c.bad = true;
  return std::nullopt;
}

std::optional<bool> boolean(const Table& t, std::size_t row, std::size_t column,
                            DiagnosticSink& sink, Checked& c) {
  const std::string v = lower(t.at(row, column));
  if (v.empty()) return std::nullopt;
  if (v == "true" || v == "1" || v == "yes") return true;
  if (v == "false" || v == "0" || v == "no") return false;
  t.error(row, column, "'" + t.at(row, column) + "' is not true or false", sink);
  c.bad = true;
  return std::nullopt;
}

std::optional<Date> date(const Table& t, std::size_t row, std::size_t column, DiagnosticSink& sink,
                         Checked& c, bool epoch_millis) {
  const std::string& v = t.at(row, column);
  if (v.empty()) return std::nullopt;
  if (epoch_millis && v.size() >= 10 && std::all_of(v.begin(), v.end(), is_digit)) {
    long long ms = 0;
    const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), ms);
    if (ec == std::errc{} && p == v.data() + v.size()) {
      constexpr long long kMillisPerDay = 86'400'000;
      const Date d = Date::from_days(static_cast<long>(ms / kMillisPerDay));
      if (d.year() >= 1900 && d.year() <= 9999) return d;
    }
  }
  // The day, and whatever time of day follows it.
  const bool day_shaped = v.size() >= 10 && is_digit(v[0]) && is_digit(v[1]) && is_digit(v[2]) &&
                          is_digit(v[3]) && v[4] == '-' && is_digit(v[5]) && is_digit(v[6]) &&
                          v[7] == '-' && is_digit(v[8]) && is_digit(v[9]) &&
                          (v.size() == 10 || v[10] == 'T' || v[10] == ' ');
  if (day_shaped) {
    if (auto d = Date::parse(std::string_view(v).substr(0, 10))) return d;
    t.error(row, column, "'" + v + "' is not a real date", sink);
  } else {
    t.error(row, column,
            "'" + v +
                "' is not a date in the form YYYY-MM-DD (as Salesforce and HubSpot export "
                "dates)",
            sink);
  }
  c.bad = true;
  return std::nullopt;
}

std::optional<double> number(const Table& t, std::size_t row, std::size_t column,
                             DiagnosticSink& sink, Checked& c) {
  const std::string& v = t.at(row, column);
  if (v.empty()) return std::nullopt;
  double x = 0;
  const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec == std::errc{} && p == v.data() + v.size() && std::isfinite(x)) return x + 0.0;
  t.error(row, column, "'" + v + "' is not a number", sink);
  c.bad = true;
  return std::nullopt;
}

}  // namespace kamgraph::crm
