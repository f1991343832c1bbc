#include <nlohmann/json.hpp>
#include <stdexcept>

#include "kamgraph/export/export.hpp"
#include "kamgraph/import/fields.hpp"

#include "export/export_impl.hpp"

namespace kamgraph {
namespace {

// ordered_json keeps the keys in the CSV column order rather than alphabetical.
using Json = nlohmann::ordered_json;

template <typename T>
void put_word(Json& out, const std::string& key, const std::optional<T>& v) {
  if (v) out[key] = std::string(to_string(*v));
}

void put_number(Json& out, const std::string& key, const std::optional<double>& v) {
  if (v) out[key] = *v;
}

[[noreturn]] void unknown_column(const std::string& record, const std::string& column) {
  throw std::logic_error("the exporter does not know the " + record + " column '" + column + "'");
}

Json account_json(const Account& a) {
  Json out = Json::object();
  for (const auto& c : account_columns()) {
    if (c == "id")
      out[c] = a.id;
    else if (c == "name")
      out[c] = a.name;
    else if (c == "segment")
      put_word(out, c, a.segment);
    else if (c == "revenue")
      put_number(out, c, a.revenue);
    else if (c == "potential")
      put_number(out, c, a.potential);
    else if (c == "margin")
      put_number(out, c, a.margin);
    else if (c == "attractiveness")
      put_number(out, c, a.attractiveness);
    else if (c == "supplier_strength")
      put_number(out, c, a.supplier_strength);
    else
      unknown_column("account", c);
  }
  return out;
}

Json person_json(const Person& p) {
  Json out = Json::object();
  for (const auto& c : person_columns()) {
    if (c == "id")
      out[c] = p.id;
    else if (c == "name")
      out[c] = p.name;
    else if (c == "org")
      out[c] = p.org;
    else if (c == "kind")
      out[c] = std::string(to_string(p.kind));
    else if (c == "role") {
      // A list, so consumers need not split the CSV's "decider;approver".
      Json roles = Json::array();
      for (Role r : p.roles) roles.push_back(std::string(to_string(r)));
      out["roles"] = std::move(roles);
    } else if (c == "power")
      out[c] = p.power;
    else if (c == "attitude")
      out[c] = std::string(to_string(p.attitude));
    else if (c == "title")
      out[c] = p.title;
    else if (c == "department")
      out[c] = p.department;
    else if (c == "reports_to")
      out[c] = p.reports_to;
    else
      unknown_column("person", c);
  }
  return out;
}

Json relationship_json(const Relationship& r) {
  Json out = Json::object();
  for (const auto& c : relationship_columns()) {
    if (c == "source")
      out[c] = r.source;
    else if (c == "target")
      out[c] = r.target;
    else if (c == "type")
      out[c] = std::string(to_string(r.type));
    else if (c == "strength")
      out[c] = r.strength;
    else if (c == "last_contact") {
      if (r.last_contact) out[c] = r.last_contact->str();
    } else if (c == "mode")
      put_word(out, c, r.mode);
    else
      unknown_column("relationship", c);
  }
  return out;
}

}  // namespace

std::string json_text(const Dataset& data) {
  const Dataset d = export_detail::prepared(data);
  Json out = Json::object();
  out["accounts"] = Json::array();
  out["people"] = Json::array();
  out["relationships"] = Json::array();
  for (const auto& a : d.accounts) out["accounts"].push_back(account_json(a));
  for (const auto& p : d.people) out["people"].push_back(person_json(p));
  for (const auto& r : d.relationships) out["relationships"].push_back(relationship_json(r));
  // Strings are UTF-8 as imported; replace rather than throw on a stray invalid byte, so an
  // export never fails half-way on data the store accepted.
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace kamgraph
