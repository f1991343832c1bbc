#include "kamgraph/model/model.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace kamgraph {

bool Person::has_role(Role r) const {
  return std::find(roles.begin(), roles.end(), r) != roles.end();
}

std::string Person::display_name() const {
  if (!name.empty()) return name;
  if (!title.empty()) return "[" + title + "]";
  if (!roles.empty()) return "[" + std::string(to_string(roles.front())) + "]";
  return "[" + id + "]";
}

bool needs_turning(const Relationship& r) { return is_symmetric(r.type) && r.target < r.source; }

Relationship canonical(Relationship r) {
  if (needs_turning(r)) std::swap(r.source, r.target);
  return r;
}

void sort_dataset(Dataset& d) {
  std::sort(d.accounts.begin(), d.accounts.end(),
            [](const Account& a, const Account& b) { return a.id < b.id; });
  std::sort(d.people.begin(), d.people.end(),
            [](const Person& a, const Person& b) { return a.id < b.id; });
  std::sort(d.relationships.begin(), d.relationships.end(),
            [](const Relationship& a, const Relationship& b) {
              return std::tie(a.source, a.target, a.type) < std::tie(b.source, b.target, b.type);
            });
}

std::vector<std::string> account_ids_of(const Dataset& d) {
  std::set<std::string> ids;
  for (const auto& a : d.accounts) ids.insert(a.id);
  for (const auto& p : d.people)
    if (p.kind == PersonKind::dmu || p.kind == PersonKind::sponsor) ids.insert(p.org);
  return {ids.begin(), ids.end()};
}

}  // namespace kamgraph
