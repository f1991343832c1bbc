#include <filesystem>
#include <fstream>
#include <system_error>

#include "export/export_impl.hpp"
#include "kamgraph/export/export.hpp"
#include "kamgraph/import/fields.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

using export_detail::account_field;
using export_detail::person_field;
using export_detail::prepared;
using export_detail::relationship_field;

// RFC 4180 quoting. Leading and trailing blanks are quoted too, so that a reader that
// trims unquoted fields (as spreadsheet tools do) still gets them back.
std::string csv_field(const std::string& s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos ||
               (!s.empty() &&
                (s.front() == ' ' || s.front() == '\t' || s.back() == ' ' || s.back() == '\t'));
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

template <typename Record, typename FieldFn>
std::string csv_table(const std::vector<std::string>& columns, const std::vector<Record>& rows,
                      FieldFn field) {
  std::string out;
  auto put_row = [&out, &columns](auto&& cell) {
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i > 0) out += ',';
      out += csv_field(cell(columns[i]));
    }
    out += '\n';
  };
  put_row([](const std::string& column) { return column; });
  for (const auto& row : rows)
    put_row([&](const std::string& column) { return field(row, column); });
  return out;
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.flush();
  if (!out) throw Error(ExitCode::failure, "cannot write '" + path.string() + "'");
}

}  // namespace

std::string accounts_csv(const Dataset& data) {
  return csv_table(account_columns(), prepared(data).accounts, account_field);
}

std::string people_csv(const Dataset& data) {
  return csv_table(person_columns(), prepared(data).people, person_field);
}

std::string relationships_csv(const Dataset& data) {
  return csv_table(relationship_columns(), prepared(data).relationships, relationship_field);
}

void write_csv_directory(const Dataset& data, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    throw Error(ExitCode::failure, "cannot create the directory '" + dir + "'" +
                                       (ec ? ": " + ec.message() : std::string()));
  // Render all three before writing any, so that a bug cannot leave a half-written set.
  const std::string accounts = accounts_csv(data);
  const std::string people = people_csv(data);
  const std::string relationships = relationships_csv(data);
  write_file(fs::path(dir) / "accounts.csv", accounts);
  write_file(fs::path(dir) / "people.csv", people);
  write_file(fs::path(dir) / "relationships.csv", relationships);
}

}  // namespace kamgraph
