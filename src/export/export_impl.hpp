// Private to the exporters: one text form per field, shared by the CSV, DOT and JSON
// writers so that all three spell numbers, roles and dates the same way. The column names
// and their order come from import/fields.hpp, the single source of truth for both
// directions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/model/model.hpp"

namespace kamgraph::export_detail {

// The shortest text that reads back to exactly `v`: fixed notation when that stays short
// (revenue 12000000 rather than 1.2e+07, which people editing a CSV would not expect),
// otherwise the shortest of fixed and scientific.
std::string number_text(double v);

// "decider;approver" in enum order, as the `role` column expects.
std::string roles_text(const std::vector<Role>& roles);

// The text of one column as written to CSV and DOT; empty for an absent optional or an
// empty string. Throws std::logic_error for a column the exporter does not know (a column
// added to fields.hpp without teaching the exporter), which is a bug, not bad input.
std::string account_field(const Account& a, std::string_view column);
std::string person_field(const Person& p, std::string_view column);
std::string relationship_field(const Relationship& r, std::string_view column);

// A copy with symmetric relationships canonical and every record sorted by id, so that
// the output does not depend on the order the caller happened to build the data in.
Dataset prepared(const Dataset& data);

}  // namespace kamgraph::export_detail
