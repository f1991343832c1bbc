// accounts.csv, people.csv and relationships.csv: the README's "Data format reference" is
// the contract this file implements.
#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>

#include "import/bounded_read.hpp"
#include "import/csv_reader.hpp"
#include "kamgraph/import/fields.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/import/limits.hpp"
#include "kamgraph/model/text.hpp"

namespace kamgraph {
namespace {

namespace fs = std::filesystem;

enum class FileKind { accounts, people, relationships };

struct FileSpec {
  FileKind kind;
  std::string_view name;
  const std::vector<std::string>& (*columns)();
  std::vector<std::string_view> required;  // columns that must be in the header
};

// The name column is required in people.csv even though placeholders leave it empty: a
// people file without it is far more likely a renamed column ("full_name") than a list
// of nothing but placeholders.
const std::array<FileSpec, 3>& file_specs() {
  static const std::array<FileSpec, 3> specs{{
      {FileKind::accounts, "accounts.csv", &account_columns, {"id", "name"}},
      {FileKind::people, "people.csv", &person_columns, {"id", "name", "org"}},
      {FileKind::relationships, "relationships.csv", &relationship_columns, {"source", "target"}},
  }};
  return specs;
}

constexpr std::string_view kAcceptedNames =
    "accounts.csv, people.csv and relationships.csv (in any letter case)";

const FileSpec* spec_for_name(const fs::path& p) {
  const std::string name = lower(p.filename().string());
  for (const auto& s : file_specs())
    if (name == s.name) return &s;
  return nullptr;
}

struct InputFile {
  std::string shown;  // the path as the user gave it (or the directory joined with the name)
  const FileSpec* spec;
  const std::string* text = nullptr;  // the contents, when given in memory (read_csv_texts)
};

// What one import has read so far, across files.
struct Collected {
  ParsedInput input;
  // Ids of people whose rows were rejected: relationships naming them are not reported
  // as "unknown person" on top of the row's own error.
  std::set<std::string> rejected_people;
  // A people file that could not be read at all (no header, not UTF-8, ...): then every
  // relationship would name an "unknown person", so those checks are skipped.
  bool people_unreadable = false;
};

// The file's text, within kMaxCsvFileBytes (a file is read into `storage`), or a
// diagnostic saying why not.
std::optional<std::string_view> read_text(const InputFile& f, std::string& storage,
                                          DiagnosticSink& sink) {
  detail::BoundedRead read;
  if (f.text != nullptr) {
    read.too_big = f.text->size() > kMaxCsvFileBytes;
    read.size = f.text->size();
  } else {
    read = detail::read_bounded(f.shown, kMaxCsvFileBytes);
  }
  if (read.too_big) {
    sink.add({f.shown, 0, "",
              detail::too_big_message(read, kMaxCsvFileBytes, "CSV file") +
                  "; split the data into several imports (one directory per group of "
                  "accounts, say)"});
    return std::nullopt;
  }
  if (f.text != nullptr) return *f.text;
  if (!read.text) {
    sink.add({f.shown, 0, "", "cannot read the file: " + read.error});
    return std::nullopt;
  }
  storage = std::move(*read.text);
  return storage;
}

// Problems are found in two passes (syntax, then fields); the user reads them by line.
void merge_by_line(DiagnosticSink& local, DiagnosticSink& sink) {
  std::vector<Diagnostic> items = local.items();
  std::stable_sort(items.begin(), items.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
  for (auto& d : items) sink.add(std::move(d));
}

// Header names are matched after trimming (done by the reader) and lower-casing.
// Returns false when the rows cannot be interpreted.
bool read_header(const InputFile& f, const csv::RecordView& header,
                 std::map<std::string, std::size_t, std::less<>>& columns, DiagnosticSink& local) {
  const auto& known = f.spec->columns();
  bool ok = true;
  std::vector<std::string> unknown;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = lower(header.fields[i]);
    // Unnamed and unknown columns (notes, CRM ids, a trailing comma) are ignored, so their
    // repetition does no harm; a repeated known column would leave the value ambiguous.
    if (name.empty()) continue;
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      unknown.push_back(name);
      continue;
    }
    auto [it, fresh] = columns.emplace(name, i);
    if (!fresh) {
      local.add({f.shown, header.line, "",
                 "duplicate column '" + name + "' (columns " + std::to_string(it->second + 1) +
                     " and " + std::to_string(i + 1) + ")"});
      ok = false;
    }
  }
  for (std::string_view req : f.spec->required) {
    if (columns.count(req)) continue;
    std::string msg = "missing required column '" + std::string(req) +
                      "' (columns are: " + join(known, ",") + ")";
    const std::string typo = nearest_word(req, unknown);
    if (!typo.empty()) msg += "; is '" + typo + "' meant to be '" + std::string(req) + "'?";
    local.add({f.shown, header.line, "", std::move(msg)});
    ok = false;
  }
  return ok;
}

// Room for as many records as the text has lines (an upper bound: quoted line breaks and
// blank lines only make it larger), so that a big file's records are not moved again and
// again as their vectors grow.
void reserve_rows(FileKind kind, std::string_view text, ParsedInput& in) {
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  const auto reserve = [&](auto& records, std::vector<Origin>& at) {
    records.reserve(records.size() + lines);
    at.reserve(at.size() + lines);
  };
  switch (kind) {
    case FileKind::accounts:
      reserve(in.data.accounts, in.account_at);
      break;
    case FileKind::people:
      reserve(in.data.people, in.person_at);
      break;
    case FileKind::relationships:
      reserve(in.data.relationships, in.relationship_at);
      break;
  }
}

void read_file(const InputFile& f, Collected& c, DiagnosticSink& sink) {
  const bool people = f.spec->kind == FileKind::people;
  std::string storage;
  const std::optional<std::string_view> text = read_text(f, storage, sink);
  if (!text) {
    c.people_unreadable |= people;
    return;
  }

  // Rows are interpreted as the tokenizer streams them, so that memory holds the records
  // made of them, not every field of the file. Their problems are kept apart until the
  // syntax problems (known only at the end) are in, so that which problems are shown
  // when there are more than kMaxDiagnostics does not depend on the streaming.
  DiagnosticSink local;
  DiagnosticSink rows;
  const FileName file(f.shown);
  std::map<std::string, std::size_t, std::less<>> columns;
  std::vector<std::pair<std::string, std::size_t>> column_list;  // the same, flat
  bool header_seen = false;
  bool header_ok = false;
  std::vector<std::string> header_names;
  std::size_t width = 0;
  const auto on_record = [&](const csv::RecordView& r) {
    if (!header_seen) {
      header_seen = true;
      for (const auto& h : r.fields) header_names.push_back(lower(h));
      width = r.fields.size();
      if (r.ok) header_ok = read_header(f, r, columns, local);
      column_list.assign(columns.begin(), columns.end());
      return;
    }
    if (!header_ok || !r.ok) return;
    if (r.fields.size() != width) {
      rows.add({f.shown, r.line, "",
                "row has " + std::to_string(r.fields.size()) +
                    (r.fields.size() == 1 ? " field" : " fields") + ", the header has " +
                    std::to_string(width)});
      return;
    }
    // Looked up in a flat list, not the map: a handful of columns, and one lookup per
    // field of every row.
    const FieldGetter get = [&](std::string_view name) -> std::optional<std::string_view> {
      for (const auto& [column, index] : column_list)  // (no column name is empty)
        if (column.size() == name.size() && column[0] == name[0] && column == name)
          return r.fields[index];
      return std::nullopt;
    };
    Origin at{file, r.line};
    ParsedInput& in = c.input;
    switch (f.spec->kind) {
      case FileKind::accounts:
        if (auto a = account_from_fields(get, at, rows)) {
          in.data.accounts.push_back(std::move(*a));
          in.account_at.push_back(std::move(at));
        }
        break;
      case FileKind::people:
        if (auto p = person_from_fields(get, at, rows)) {
          in.data.people.push_back(std::move(*p));
          in.person_at.push_back(std::move(at));
        } else if (auto id = get("id"); id && !id->empty()) {
          c.rejected_people.emplace(*id);
        }
        break;
      case FileKind::relationships:
        if (auto rel = relationship_from_fields(get, at, rows)) {
          in.data.relationships.push_back(std::move(*rel));
          in.relationship_at.push_back(std::move(at));
        }
        break;
    }
  };
  reserve_rows(f.spec->kind, *text, c.input);
  const csv::Parse parsed = csv::parse(*text, on_record);

  if (!header_seen && parsed.problems.empty())
    local.add(
        {f.shown, 0, "", "empty file: expected a header row with " + join(f.spec->columns(), ",")});
  // A file cut short by a limit is incomplete: people named only after the cut would all
  // be "unknown".
  c.people_unreadable |= people && (!header_ok || parsed.stopped);

  for (const auto& p : parsed.problems) {
    std::string field;
    if (header_ok && p.record > 0 && p.field_index >= 0 &&
        static_cast<std::size_t>(p.field_index) < header_names.size())
      field = header_names[static_cast<std::size_t>(p.field_index)];
    local.add({f.shown, p.line, field, p.message});
  }
  for (const auto& d : rows.items()) local.add(d);
  merge_by_line(local, sink);
}

// The CSV files of a directory, found by name in any letter case (spreadsheets on other
// systems save People.csv). Adds a diagnostic when it holds none of them.
void find_in_directory(const std::string& dir, std::vector<InputFile>& files,
                       DiagnosticSink& sink) {
  std::map<FileKind, std::vector<std::string>> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::error_code type_ec;
    if (!entry.is_regular_file(type_ec)) continue;
    if (const FileSpec* s = spec_for_name(entry.path().filename()))
      found[s->kind].push_back((fs::path(dir) / entry.path().filename()).string());
  }
  if (ec) {
    sink.add({dir, 0, "", "cannot read the directory: " + ec.message()});
    return;
  }
  if (!found.count(FileKind::people) && !found.count(FileKind::accounts)) {
    sink.add({dir, 0, "",
              "no people.csv or accounts.csv in this directory (kamgraph reads people.csv, "
              "relationships.csv and optionally accounts.csv)"});
    return;
  }
  for (const auto& spec : file_specs()) {
    auto it = found.find(spec.kind);
    if (it == found.end()) continue;
    std::sort(it->second.begin(), it->second.end());
    if (it->second.size() > 1) {
      sink.add({dir, 0, "",
                "more than one " + std::string(spec.name) + " (" + join(it->second, ", ") +
                    "); keep one"});
      continue;
    }
    files.push_back({it->second.front(), &spec});
  }
}

void require_exists(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw NotFoundError("no such file or directory: " + path);
}

Dataset read_all(const std::vector<InputFile>& files, const KnownPerson& known,
                 DiagnosticSink& sink) {
  Collected c;
  std::set<fs::path> seen;
  for (const auto& f : files) {
    // Naming a file and its directory reads the file once.
    std::error_code ec;
    if (f.text == nullptr && !seen.insert(fs::weakly_canonical(f.shown, ec)).second && !ec)
      continue;
    read_file(f, c, sink);
  }
  const KnownPerson known_or_rejected = [&](const std::string& id) {
    return c.people_unreadable || c.rejected_people.count(id) > 0 || (known && known(id));
  };
  validate(c.input, known_or_rejected, sink);
  sink.throw_if_any();
  return std::move(c.input.data);
}

}  // namespace

Dataset read_csv_directory(const std::string& dir, const KnownPerson& known) {
  require_exists(dir);
  DiagnosticSink sink;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    sink.add({dir, 0, "",
              "not a directory; expected a directory holding people.csv, relationships.csv "
              "and optionally accounts.csv"});
    sink.throw_if_any();
  }
  std::vector<InputFile> files;
  find_in_directory(dir, files, sink);
  return read_all(files, known, sink);
}

Dataset read_csv_files(const std::vector<std::string>& paths, const KnownPerson& known) {
  for (const auto& p : paths) require_exists(p);
  DiagnosticSink sink;
  std::vector<InputFile> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      find_in_directory(p, files, sink);
    } else if (const FileSpec* s = spec_for_name(p)) {
      files.push_back({p, s});
    } else {
      sink.add(
          {p, 0, "",
           "not a kamgraph CSV file name; the accepted names are " + std::string(kAcceptedNames)});
    }
  }
  return read_all(files, known, sink);
}

Dataset read_csv_texts(const std::vector<CsvText>& files, const KnownPerson& known) {
  DiagnosticSink sink;
  std::vector<InputFile> inputs;
  std::set<FileKind> kinds;
  for (const auto& f : files) {
    const FileSpec* s = spec_for_name(f.name);
    if (s == nullptr) {
      sink.add(
          {f.name, 0, "",
           "not a kamgraph CSV file name; the accepted names are " + std::string(kAcceptedNames)});
    } else if (!kinds.insert(s->kind).second) {
      sink.add({f.name, 0, "", "more than one " + std::string(s->name) + "; keep one"});
    } else {
      inputs.push_back({f.name, s, &f.text});
    }
  }
  return read_all(inputs, known, sink);
}

}  // namespace kamgraph
