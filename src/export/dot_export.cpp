#include <algorithm>
#include <map>
#include <set>

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

// Internal colleagues and outside influencers belong to no account; they appear in an
// account's graph only through the people of that account.
bool shared(const Person& p, const std::set<std::string>& accounts) {
  return p.internal() || !accounts.contains(p.org);
}

// The account's own people, the shared people they have a relationship with, and the
// managers (reports_to) of everyone included, transitively, as long as they are shared:
// without them the graph would not re-import on its own.
std::set<std::string> people_in_graph(const Dataset& d, const std::string& account_id) {
  const auto ids = account_ids_of(d);
  const std::set<std::string> accounts(ids.begin(), ids.end());
  std::map<std::string, const Person*> by_id;
  for (const auto& p : d.people) by_id.emplace(p.id, &p);
  auto is_shared = [&](const std::string& id) {
    auto it = by_id.find(id);
    return it != by_id.end() && shared(*it->second, accounts);
  };

  std::set<std::string> in;
  for (const auto& p : d.people)
    if (p.org == account_id) in.insert(p.id);
  const std::set<std::string> own = in;
  for (const auto& r : d.relationships) {
    if (own.contains(r.source) && is_shared(r.target)) in.insert(r.target);
    if (own.contains(r.target) && is_shared(r.source)) in.insert(r.source);
  }
  std::vector<std::string> pending(in.begin(), in.end());
  while (!pending.empty()) {
    const Person& p = *by_id.at(pending.back());
    pending.pop_back();
    if (is_shared(p.reports_to) && in.insert(p.reports_to).second) pending.push_back(p.reports_to);
  }
  return in;
}

// `key="value", ...` for every non-empty field, in column order, skipping the columns
// the DOT syntax itself carries (node name, edge ends).
template <typename Record, typename FieldFn>
std::string attribute_list(const Record& record, const std::vector<std::string>& columns,
                           const std::vector<std::string_view>& skip, FieldFn field) {
  std::string out;
  for (const auto& column : columns) {
    if (std::find(skip.begin(), skip.end(), column) != skip.end()) continue;
    const std::string value = field(record, column);
    if (value.empty()) continue;
    out += out.empty() ? "" : ", ";
    out += column + "=" + dot_quote(value);
  }
  return out;
}

}  // namespace

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

std::string dot_text(const Dataset& data, const std::string& account_id) {
  const Dataset d = prepared(data);
  const std::set<std::string> people = people_in_graph(d, account_id);

  // An undirected graph: directed relationship types are read source -> target in the
  // order the edge is written, and symmetric ones need no arrow.
  for (const auto& p : d.people)
    if (people.contains(p.id) && p.id.starts_with('%'))
      throw Error(ExitCode::bad_input,
                  "person id '" + p.id +
                      "' cannot be written to DOT: Graphviz renames node "
                      "names starting with '%'; export this account as CSV, or give the person "
                      "another id");
  std::string out = "graph " + dot_quote(account_id) + " {\n";
  // cgraph renames a graph whose name starts with '%' as it does nodes, but leaves
  // attribute values alone.
  if (account_id.starts_with('%')) out += "  account=" + dot_quote(account_id) + ";\n";
  auto account = std::find_if(d.accounts.begin(), d.accounts.end(),
                              [&](const Account& a) { return a.id == account_id; });
  if (account != d.accounts.end()) {
    for (const auto& column : account_columns()) {
      if (column == "id") continue;  // the graph's name
      const std::string value = account_field(*account, column);
      if (value.empty()) continue;
      // The graph's label is its name, so that Graphviz draws it as the title.
      out += "  " + (column == "name" ? std::string("label") : column) + "=" + dot_quote(value) +
             ";\n";
    }
  }

  for (const auto& p : d.people) {
    if (!people.contains(p.id)) continue;
    out += "  " + dot_quote(p.id);
    const std::string attributes = attribute_list(p, person_columns(), {"id"}, person_field);
    if (!attributes.empty()) out += " [" + attributes + "]";
    out += ";\n";
  }

  for (const auto& r : d.relationships) {
    if (!people.contains(r.source) || !people.contains(r.target)) continue;
    out += "  " + dot_quote(r.source) + " -- " + dot_quote(r.target) + " [" +
           attribute_list(r, relationship_columns(), {"source", "target"}, relationship_field) +
           "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace kamgraph
