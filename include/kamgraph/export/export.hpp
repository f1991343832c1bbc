// Writing what was imported back out, byte-for-byte deterministic (records sorted by id),
// so that CSV -> import -> export -> import round-trips to the same database and DOT
// exports re-import.
#pragma once

#include <string>

#include "kamgraph/model/model.hpp"

namespace kamgraph {

// accounts.csv, people.csv and relationships.csv into `dir` (created if missing), RFC
// 4180 quoting, LF line ends, the column order of fields.hpp.
void write_csv_directory(const Dataset& data, const std::string& dir);
std::string accounts_csv(const Dataset& data);
std::string people_csv(const Dataset& data);
std::string relationships_csv(const Dataset& data);

// One account as a DOT graph that read_dot_file() reads back to the same records.
// `account_id` names the account whose graph this is (data may hold other shared people).
std::string dot_text(const Dataset& data, const std::string& account_id);

// {"accounts":[...],"people":[...],"relationships":[...]} with the CSV field names;
// absent optional fields are omitted.
std::string json_text(const Dataset& data);

// Everything in `data` as one GraphML graph (edgedefault undirected; influences and
// reports_to edges directed="true") with a <key> for every account, person and relationship
// field, which yEd and Gephi open and read_graphml_file() reads back to the same records.
// Nodes are people and accounts (attribute `record`); their kamgraph ids are in
// `kamgraph_id`, since GraphML node ids must be XML name tokens.
std::string graphml_text(const Dataset& data);

// A DOT double-quoted string for a data attribute: '"' and '\' are backslash-escaped.
// cgraph unescapes only '\"'; read_dot_* turns '\\' back into '\', so a name such as
// "\N" round-trips as the two characters it is. (Labels drawn by render need Graphviz's
// label escaping on top of this; that is render's business.)
std::string dot_quote(std::string_view text);

}  // namespace kamgraph
