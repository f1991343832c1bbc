#include "kamgraph/analysis/paths.hpp"

#include "analysis/strongest_paths.hpp"

namespace kamgraph {
namespace {

std::optional<IntroductionPath> make_path(const AccountGraph& g,
                                          const std::vector<std::vector<Neighbour>>& adj,
                                          const detail::PathTree& tree, int to) {
  if (!tree.reached(to)) return std::nullopt;
  IntroductionPath p;
  std::vector<int> vs = detail::path_to(tree, to);
  p.strength = 1.0;
  for (std::size_t i = 0; i < vs.size(); ++i) {
    p.people.push_back(g.person(vs[i]).id);
    if (i == 0) continue;
    for (const auto& nb : adj[std::size_t(vs[i - 1])])
      if (nb.vertex == vs[i]) {
        p.hops.push_back(nb.strength);
        p.strength *= nb.strength;
      }
  }
  return p;
}

}  // namespace

PathTier path_tier(double strength) {
  if (strength >= 0.5) return PathTier::strong;
  if (strength >= 0.2) return PathTier::moderate;
  return PathTier::weak;
}

std::string_view to_string(PathTier t) {
  switch (t) {
    case PathTier::strong:
      return "strong";
    case PathTier::moderate:
      return "moderate";
    case PathTier::weak:
      return "weak";
  }
  return "?";
}

std::optional<IntroductionPath> strongest_path(const AccountGraph& g, int from, int to) {
  if (g.person(from).placeholder() || g.person(to).placeholder()) return std::nullopt;
  const auto adj = introduction_adjacency(g);
  return make_path(g, adj, detail::strongest_paths_from(adj, {from}), to);
}

std::optional<IntroductionPath> strongest_path_from_team(const AccountGraph& g, int to) {
  if (g.person(to).placeholder()) return std::nullopt;
  const auto adj = introduction_adjacency(g);
  return make_path(g, adj, detail::strongest_paths_from(adj, g.internal_people()), to);
}

std::optional<IntroductionPath> strongest_path_to_account(const AccountGraph& g,
                                                          const std::string& account_id) {
  const auto adj = introduction_adjacency(g);
  const auto tree = detail::strongest_paths_from(adj, g.internal_people());
  int best = -1;
  for (int v = 0; v < g.size(); ++v) {
    const Person& p = g.person(v);
    if (p.org != account_id || p.internal() || p.placeholder() || !tree.reached(v)) continue;
    // Strongest first, then fewer hops, then smallest id (v ascends).
    if (best < 0 || detail::better(tree, v, best)) best = v;
  }
  if (best < 0) return std::nullopt;
  return make_path(g, adj, tree, best);
}

}  // namespace kamgraph
