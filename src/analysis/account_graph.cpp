#include "kamgraph/analysis/account_graph.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace kamgraph {

double effective_strength(const Relationship& r, const TimeOptions& time) {
  if (!r.last_contact) return r.strength;
  long age = std::max(0L, days_between(*r.last_contact, time.as_of));
  return r.strength * std::pow(0.5, static_cast<double>(age) / time.half_life_days);
}

AccountGraph::AccountGraph(const Dataset& data, const std::string& account_id,
                           const TimeOptions& time)
    : time_(time), people_(data.people) {
  account_.id = account_id;
  account_.name = account_id;
  for (const auto& a : data.accounts)
    if (a.id == account_id) account_ = a;
  std::sort(people_.begin(), people_.end(),
            [](const Person& a, const Person& b) { return a.id < b.id; });
  std::unordered_map<std::string, int> index;
  for (std::size_t i = 0; i < people_.size(); ++i) {
    index[people_[i].id] = static_cast<int>(i);
    const Person& p = people_[i];
    side_.push_back(p.internal()                                   ? Side::internal
                    : (!account_id.empty() && p.org == account_id) ? Side::customer
                                                                   : Side::outside);
  }
  for (const auto& r : data.relationships) {
    auto s = index.find(r.source), t = index.find(r.target);
    if (s == index.end() || t == index.end()) continue;  // outside this graph
    Tie tie{.source = s->second,
            .target = t->second,
            .type = r.type,
            .strength = r.strength,
            .effective = effective_strength(r, time),
            .last_contact = r.last_contact,
            .mode = r.mode};
    if (r.last_contact) {
      tie.age_days = std::max(0L, days_between(*r.last_contact, time.as_of));
      tie.stale = tie.age_days > time.stale_after_days;
    }
    ties_.push_back(tie);
  }
}

int AccountGraph::index_of(const std::string& id) const {
  auto it = std::lower_bound(people_.begin(), people_.end(), id,
                             [](const Person& p, const std::string& key) { return p.id < key; });
  return it != people_.end() && it->id == id ? static_cast<int>(it - people_.begin()) : -1;
}

std::vector<int> AccountGraph::internal_people() const {
  std::vector<int> out;
  for (int v = 0; v < size(); ++v)
    if (side(v) == Side::internal) out.push_back(v);
  return out;
}

std::vector<int> AccountGraph::customer_people() const {
  std::vector<int> out;
  for (int v = 0; v < size(); ++v)
    if (side(v) == Side::customer) out.push_back(v);
  return out;
}

std::vector<std::vector<Neighbour>> introduction_adjacency(const AccountGraph& g) {
  // Keep the strongest tie per unordered pair, then emit both directions.
  std::vector<std::unordered_map<int, Neighbour>> best(static_cast<std::size_t>(g.size()));
  const auto& ties = g.ties();
  for (std::size_t i = 0; i < ties.size(); ++i) {
    const Tie& t = ties[i];
    if (t.type == RelationType::conflicts) continue;
    if (g.person(t.source).placeholder() || g.person(t.target).placeholder()) continue;
    auto offer = [&](int from, int to) {
      auto& slot = best[static_cast<std::size_t>(from)];
      auto it = slot.find(to);
      if (it == slot.end() || t.effective > it->second.strength)
        slot[to] = Neighbour{to, t.effective, static_cast<int>(i)};
    };
    offer(t.source, t.target);
    offer(t.target, t.source);
  }
  std::vector<std::vector<Neighbour>> adj(best.size());
  for (std::size_t v = 0; v < best.size(); ++v) {
    for (const auto& [to, n] : best[v]) adj[v].push_back(n);
    std::sort(adj[v].begin(), adj[v].end(),
              [](const Neighbour& a, const Neighbour& b) { return a.vertex < b.vertex; });
  }
  return adj;
}

}  // namespace kamgraph
