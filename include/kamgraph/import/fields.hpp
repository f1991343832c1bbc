// Turning named text fields into records: shared by the CSV and DOT readers so that both
// accept exactly the same words, defaults and ranges, and report problems the same way.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/import/import.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/model/model.hpp"

namespace kamgraph {

// Where a record came from, for diagnostics.
struct Origin {
  std::string file;
  int line = 0;
};

// Returns the field's text, or nullopt when the column/attribute is absent. An empty
// string is "present but empty" and takes the documented default.
using FieldGetter = std::function<std::optional<std::string>(std::string_view field)>;

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
