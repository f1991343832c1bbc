// Output formats shared by the commands, and the JSON shapes of the model records.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/model/model.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace kamgraph::cli {

// Adds --format/-f restricted to `allowed` (the first is the default) bound to `target`.
CLI::Option* add_format_option(CLI::App& app, std::string& target,
                               const std::vector<std::string>& allowed);

// Records as JSON objects with the CSV column names; absent optionals are null so that
// every key is always present for programs reading the output.
nlohmann::ordered_json person_json(const Person& p);
nlohmann::ordered_json account_json(const Account& a);
nlohmann::ordered_json relationship_json(const Relationship& r);

// "decider;approver"
std::string roles_text(const std::vector<Role>& roles);
// A number as short as possible without losing what was stored ("0.5", "1200000").
std::string number_text(double v);
// RFC 4180 field quoting for CSV output.
std::string csv_field(const std::string& s);
std::string csv_line(const std::vector<std::string>& cells);

// Writes `bytes` to the file `path`, or to stdout when `path` is "-". A file that cannot be
// written (no such directory, no permission, disk full) is an Error with ExitCode::output.
void write_output(const std::string& path, std::string_view bytes);

}  // namespace kamgraph::cli
