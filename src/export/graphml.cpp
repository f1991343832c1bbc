// graphml_text(): accounts, people and relationships as one GraphML graph that yEd and
// Gephi open with every field as a typed attribute, and that read_graphml_file() reads back
// to the same records (the README, "Importing from a CRM, and GraphML", "GraphML").
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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

// The attribute a node's kamgraph id is written to. Not "id": Gephi keeps that name for
// its own node ids.
constexpr std::string_view kIdKey = "kamgraph_id";

// A key per field. Key ids are the attribute names (all of them XML name tokens), so that
// a file stays readable by eye; the `for` domains keep node and edge attributes apart.
struct Key {
  std::string name;
  std::string_view domain;  // node or edge
  std::string_view type;    // string or double
};

bool is_number_column(std::string_view column) {
  return column == "power" || column == "strength" || column == "revenue" ||
         column == "potential" || column == "margin" || column == "attractiveness" ||
         column == "supplier_strength";
}

std::vector<Key> keys() {
  std::vector<Key> out;
  // For the viewers: Gephi shows a node's "label", and lays out and sizes edges by their
  // "weight". Both are derived, and ignored when the file is imported again.
  out.push_back({"label", "node", "string"});
  // Which kind of record a node is: a person, or an account (whose people point at it
  // through their org).
  out.push_back({"record", "node", "string"});
  out.push_back({std::string(kIdKey), "node", "string"});
  for (const auto& c : person_columns())
    if (c != "id") out.push_back({c, "node", is_number_column(c) ? "double" : "string"});
  for (const auto& c : account_columns())
    if (c != "id" && c != "name")
      out.push_back({c, "node", is_number_column(c) ? "double" : "string"});
  for (const auto& c : relationship_columns())
    if (c != "source" && c != "target")
      out.push_back({c, "edge", is_number_column(c) ? "double" : "string"});
  out.push_back({"weight", "edge", "double"});
  return out;
}

// XML character data. Characters XML 1.0 cannot carry (controls other than tab, line feed
// and carriage return) cannot come back from a file, so they are refused rather than lost.
std::string xml_text(std::string_view s, std::string_view what) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\r':
        out += "&#13;";  // a literal CR would be read back as a line feed
        break;
      default:
        if (u < 0x20 && c != '\t' && c != '\n')
          throw Error(ExitCode::failure,
                      "cannot write " + std::string(what) +
                          " as GraphML: it holds a control character XML cannot carry");
        out += c;
    }
  }
  return out;
}

void data(std::string& out, std::string_view key, std::string_view value, std::string_view what) {
  if (value.empty()) return;
  out += "      <data key=\"";
  out += key;
  out += "\">";
  out += xml_text(value, what);
  out += "</data>\n";
}

}  // namespace

std::string graphml_text(const Dataset& input) {
  const Dataset d = prepared(input);
  std::string out;
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <desc>kamgraph: accounts, people and relationships. Nodes are people "
      "(record=person) and accounts (record=account); edges are relationships.</desc>\n";
  for (const auto& k : keys()) {
    out += "  <key id=\"" + k.name + "\" for=\"" + std::string(k.domain) + "\" attr.name=\"" +
           k.name + "\" attr.type=\"" + std::string(k.type) + "\"/>\n";
  }
  out += "  <graph id=\"kamgraph\" edgedefault=\"undirected\">\n";

  // Node ids are generated (a0, n0, ...) because GraphML's are XML name tokens and kamgraph
  // ids are any text; the records' own ids are in kamgraph_id.
  std::map<std::string, std::string> node_of;
  for (std::size_t i = 0; i < d.accounts.size(); ++i) {
    const Account& a = d.accounts[i];
    const std::string what = "account '" + a.id + "'";
    out += "    <node id=\"a" + std::to_string(i) + "\">\n";
    data(out, "label", a.name, what);
    data(out, "record", "account", what);
    for (const auto& c : account_columns())
      data(out, c == "id" ? kIdKey : std::string_view(c), account_field(a, c), what);
    out += "    </node>\n";
  }
  for (std::size_t i = 0; i < d.people.size(); ++i) {
    const Person& p = d.people[i];
    const std::string what = "person '" + p.id + "'";
    const std::string node = "n" + std::to_string(i);
    node_of.emplace(p.id, node);
    out += "    <node id=\"" + node + "\">\n";
    data(out, "label", p.display_name(), what);
    data(out, "record", "person", what);
    for (const auto& c : person_columns())
      data(out, c == "id" ? kIdKey : std::string_view(c), person_field(p, c), what);
    out += "    </node>\n";
  }
  for (std::size_t i = 0; i < d.relationships.size(); ++i) {
    const Relationship& r = d.relationships[i];
    const auto s = node_of.find(r.source), t = node_of.find(r.target);
    // An export holds both ends of every relationship (the store loads them together);
    // anything else is a bug in whoever built the dataset.
    if (s == node_of.end() || t == node_of.end())
      throw std::logic_error("GraphML export: relationship " + r.source + " - " + r.target +
                             " has an end that is not among the people");
    const std::string what = "relationship " + r.source + " - " + r.target;
    out += "    <edge id=\"e" + std::to_string(i) + "\" source=\"" + s->second + "\" target=\"" +
           t->second + "\"" + (is_symmetric(r.type) ? "" : " directed=\"true\"") + ">\n";
    for (const auto& c : relationship_columns())
      if (c != "source" && c != "target") data(out, c, relationship_field(r, c), what);
    data(out, "weight", relationship_field(r, "strength"), what);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace kamgraph
