// Turning named text fields into records: shared by the CSV and DOT readers so that both
// accept exactly the same words, defaults and ranges, and report problems the same way.
#pragma once

#include <compare>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/import/import.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/model/model.hpp"

namespace kamgraph {

// A file's name as records remember it: one copy shared by every record read from the
// file (a big import reads a million), where a string each cost an allocation and a
// hundred bytes per record.
class FileName {
 public:
  FileName() = default;
  FileName(std::string name) : name_(std::make_shared<const std::string>(std::move(name))) {}
  FileName(const char* name) : FileName(std::string(name)) {}

  const std::string& str() const {
    static const std::string none;
    return name_ ? *name_ : none;
  }
  operator const std::string&() const { return str(); }
  bool operator==(const FileName& other) const { return str() == other.str(); }
  std::strong_ordering operator<=>(const FileName& other) const { return str() <=> other.str(); }

 private:
  std::shared_ptr<const std::string> name_;  // null: no file named
};

// Where a record came from, for diagnostics.
struct Origin {
  FileName file;
  int line = 0;
};

// Returns the field's text, or nullopt when the column/attribute is absent. An empty
// string is "present but empty" and takes the documented default. The text is a view:
// it must stay valid until the *_from_fields call that asked for it returns (a getter
// that computes a value keeps it in FieldTexts). Views, because a big CSV import reads
// ten million fields, and copying each into a string of its own was a tenth of its time.
using FieldGetter = std::function<std::optional<std::string_view>(std::string_view field)>;

// Storage for the values a getter computes rather than finds (a DOT node's name taken
// from its label, say): what keep() returns stays valid as long as this object.
class FieldTexts {
 public:
  std::string_view keep(std::string text) { return kept_.emplace_back(std::move(text)); }

 private:
  std::deque<std::string> kept_;  // a deque never moves what it holds
};

// Each returns the record, or nullopt after adding one diagnostic per bad field to
// `sink` (file, line and field set from `at`). Defaults for empty fields are those in
// model.hpp; words go through the vocabulary parsers, and unknown words get a "did you
// mean" suggestion.
std::optional<Account> account_from_fields(const FieldGetter& get, const Origin& at,
                                           DiagnosticSink& sink);
std::optional<Person> person_from_fields(const FieldGetter& get, const Origin& at,
                                         DiagnosticSink& sink);
std::optional<Relationship> relationship_from_fields(const FieldGetter& get, const Origin& at,
                                                     DiagnosticSink& sink);

// The column names of each file; the order is the order export writes them in.
const std::vector<std::string>& account_columns();
const std::vector<std::string>& person_columns();
const std::vector<std::string>& relationship_columns();

// Records read from files, with where each came from.
struct ParsedInput {
  Dataset data;
  std::vector<Origin> account_at;       // parallel to data.accounts
  std::vector<Origin> person_at;        // parallel to data.people
  std::vector<Origin> relationship_at;  // parallel to data.relationships
};

// The checks that need the whole input: duplicate account, person and relationship
// ids/keys; relationships and reports_to naming a person neither in the input nor
// `known`; self-relationships; reports_to cycles (over the reports_to field and
// reports_to relationships). Canonicalises symmetric relationships first (canonical()).
// Adds diagnostics to `sink`; sorts data afterwards.
void validate(ParsedInput& input, const KnownPerson& known, DiagnosticSink& sink);

}  // namespace kamgraph
