#include "kamgraph/analysis/single_points.hpp"

#include <algorithm>
#include <queue>

#include "kamgraph/analysis/cuts.hpp"

namespace kamgraph {
namespace {

// Who our team reaches over the introduction graph when `gone` (a vertex) or `cut` (a
// pair) is taken away. The virtual source is implicit: the BFS starts from every internal
// person at once.
std::vector<bool> reached(const AccountGraph& g, const std::vector<std::vector<Neighbour>>& adj,
                          int gone, std::pair<int, int> cut) {
  std::vector<bool> seen(std::size_t(g.size()), false);
  std::queue<int> frontier;
  for (int v : g.internal_people())
    if (v != gone && !g.person(v).placeholder()) {
      seen[std::size_t(v)] = true;
      frontier.push(v);
    }
  while (!frontier.empty()) {
    int v = frontier.front();
    frontier.pop();
    for (const auto& nb : adj[std::size_t(v)]) {
      int w = nb.vertex;
      if (w == gone || seen[std::size_t(w)]) continue;
      if ((v == cut.first && w == cut.second) || (v == cut.second && w == cut.first)) continue;
      seen[std::size_t(w)] = true;
      frontier.push(w);
    }
  }
  return seen;
}

// Customer people reached in `before` but not in `after`, except `gone` itself.
std::vector<std::string> lost(const AccountGraph& g, const std::vector<bool>& before,
                              const std::vector<bool>& after, int gone, double& power) {
  std::vector<std::string> out;
  power = 0;
  for (int v : g.customer_people())
    if (v != gone && before[std::size_t(v)] && !after[std::size_t(v)]) {
      out.push_back(g.person(v).id);
      power += g.person(v).power;
    }
  return out;  // ascending: customer_people() ascends and ids sort as vertices do
}

template <typename T>
void rank(std::vector<T>& items, auto key) {
  std::sort(items.begin(), items.end(), [&](const T& a, const T& b) {
    if (a.power_cut_off != b.power_cut_off) return a.power_cut_off > b.power_cut_off;
    return key(a) < key(b);
  });
}

}  // namespace

SinglePoints single_points_of_failure(const AccountGraph& g) {
  const auto adj = introduction_adjacency(g);
  const int n = g.size();
  const int source = n;  // the virtual source joined to our whole team
  std::vector<Link> links;
  for (int v = 0; v < n; ++v)
    for (const auto& nb : adj[std::size_t(v)])
      if (v < nb.vertex) links.push_back({v, nb.vertex, nb.strength});
  for (int v : g.internal_people())
    if (!g.person(v).placeholder()) links.push_back({source, v, 1.0});

  const auto base = reached(g, adj, -1, {-1, -1});
  SinglePoints out;
  // Only a cut vertex of the graph with the source can disconnect anyone from the source;
  // each candidate is confirmed (and its losses listed) by a search without it.
  for (int v : articulation_points(n + 1, links)) {
    if (v == source || !base[std::size_t(v)]) continue;
    SinglePoint sp{g.person(v).id, {}, 0};
    sp.cuts_off = lost(g, base, reached(g, adj, v, {-1, -1}), v, sp.power_cut_off);
    if (!sp.cuts_off.empty()) out.people.push_back(std::move(sp));
  }
  for (auto [a, b] : bridges(n + 1, links)) {
    if (a == source || b == source || !base[std::size_t(a)]) continue;
    SingleRelationship sr{g.person(a).id, g.person(b).id, {}, 0};
    if (sr.b < sr.a) std::swap(sr.a, sr.b);
    sr.cuts_off = lost(g, base, reached(g, adj, -1, {a, b}), -1, sr.power_cut_off);
    if (!sr.cuts_off.empty()) out.relationships.push_back(std::move(sr));
  }
  rank(out.people, [](const SinglePoint& s) { return s.person; });
  rank(out.relationships, [](const SingleRelationship& s) { return s.a + '\n' + s.b; });
  return out;
}

}  // namespace kamgraph
