#include <charconv>
#include <stdexcept>
#include <system_error>

#include "export/export_impl.hpp"

namespace kamgraph::export_detail {
namespace {

template <typename T>
std::string word_or_empty(const std::optional<T>& v) {
  return v ? std::string(to_string(*v)) : std::string();
}

std::string number_or_empty(const std::optional<double>& v) {
  return v ? number_text(*v) : std::string();
}

[[noreturn]] void unknown_column(std::string_view record, std::string_view column) {
  throw std::logic_error("the exporter does not know the " + std::string(record) + " column '" +
                         std::string(column) + "'");
}

}  // namespace

std::string number_text(double v) {
  // Fixed notation never needs more than ~330 characters for a double.
  char fixed[400];
  auto f = std::to_chars(fixed, fixed + sizeof fixed, v, std::chars_format::fixed);
  constexpr std::ptrdiff_t kLongestReadableFixed = 20;
  if (f.ec == std::errc{} && f.ptr - fixed <= kLongestReadableFixed) return {fixed, f.ptr};
  char shortest[64];
  auto s = std::to_chars(shortest, shortest + sizeof shortest, v);
  return {shortest, s.ptr};
}

std::string roles_text(const std::vector<Role>& roles) {
  std::string out;
  for (Role r : roles) {
    if (!out.empty()) out += ';';
    out += to_string(r);
  }
  return out;
}

std::string account_field(const Account& a, std::string_view column) {
  if (column == "id") return a.id;
  if (column == "name") return a.name;
  if (column == "segment") return word_or_empty(a.segment);
  if (column == "revenue") return number_or_empty(a.revenue);
  if (column == "potential") return number_or_empty(a.potential);
  if (column == "margin") return number_or_empty(a.margin);
  if (column == "attractiveness") return number_or_empty(a.attractiveness);
  if (column == "supplier_strength") return number_or_empty(a.supplier_strength);
  unknown_column("account", column);
}

std::string person_field(const Person& p, std::string_view column) {
  if (column == "id") return p.id;
  if (column == "name") return p.name;
  if (column == "org") return p.org;
  if (column == "kind") return std::string(to_string(p.kind));
  if (column == "role") return roles_text(p.roles);
  if (column == "power") return number_text(p.power);
  if (column == "attitude") return std::string(to_string(p.attitude));
  if (column == "title") return p.title;
  if (column == "department") return p.department;
  if (column == "reports_to") return p.reports_to;
  unknown_column("person", column);
}

std::string relationship_field(const Relationship& r, std::string_view column) {
  if (column == "source") return r.source;
  if (column == "target") return r.target;
  if (column == "type") return std::string(to_string(r.type));
  if (column == "strength") return number_text(r.strength);
  if (column == "last_contact") return r.last_contact ? r.last_contact->str() : std::string();
  if (column == "mode") return word_or_empty(r.mode);
  unknown_column("relationship", column);
}

Dataset prepared(const Dataset& data) {
  Dataset out = data;
  for (auto& r : out.relationships) r = canonical(std::move(r));
  sort_dataset(out);
  return out;
}

}  // namespace kamgraph::export_detail
