#include "analysis/strongest_paths.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <cmath>
#include <limits>

namespace kamgraph::detail {
namespace {

// A path's cost: total -ln(strength) and the number of hops.
struct Cost {
  double length = 0;
  int hops = 0;
};

constexpr double kTolerance = 1e-9;

bool nearly_equal(double a, double b) {
  if (a == b) return true;  // also both infinite
  return std::abs(a - b) <= kTolerance * std::max(std::abs(a), std::abs(b));
}

struct CostLess {
  bool operator()(const Cost& a, const Cost& b) const {
    if (!nearly_equal(a.length, b.length)) return a.length < b.length;
    return a.hops < b.hops;
  }
};

// The virtual source's arcs carry this sentinel: they add neither length nor a hop.
constexpr double kSourceArc = -1.0;

struct CostPlus {
  Cost operator()(const Cost& a, double w) const {
    if (w == kSourceArc) return a;
    return Cost{a.length + w, a.hops + 1};
  }
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                    boost::property<boost::edge_weight_t, double>>;

}  // namespace

bool better(const PathTree& tree, int a, int b) {
  return CostLess{}(Cost{tree.length[std::size_t(a)], tree.hops[std::size_t(a)]},
                    Cost{tree.length[std::size_t(b)], tree.hops[std::size_t(b)]});
}

bool PathTree::reached(int v) const { return !std::isinf(length[std::size_t(v)]); }

double strength_of(double length) { return std::isinf(length) ? 0.0 : std::exp(-length); }

PathTree strongest_paths_from(const std::vector<std::vector<Neighbour>>& adj,
                              const std::vector<int>& sources, const std::vector<bool>& removed) {
  const int n = static_cast<int>(adj.size());
  auto is_removed = [&](int v) { return !removed.empty() && removed[std::size_t(v)]; };
  Graph graph(static_cast<std::size_t>(n) + 1);
  const int root = n;
  for (int v : sources)
    if (!is_removed(v)) boost::add_edge(root, v, kSourceArc, graph);
  for (int v = 0; v < n; ++v) {
    if (is_removed(v)) continue;
    for (const auto& nb : adj[std::size_t(v)])
      if (!is_removed(nb.vertex) && nb.strength > 0)
        boost::add_edge(v, nb.vertex, std::max(0.0, -std::log(nb.strength)), graph);
  }

  std::vector<Cost> cost(static_cast<std::size_t>(n) + 1);
  std::vector<std::size_t> pred(static_cast<std::size_t>(n) + 1);
  const Cost inf{std::numeric_limits<double>::infinity(), std::numeric_limits<int>::max()};
  boost::dijkstra_shortest_paths(graph, static_cast<std::size_t>(root),
                                 boost::predecessor_map(pred.data())
                                     .distance_map(cost.data())
                                     .distance_compare(CostLess{})
                                     .distance_combine(CostPlus{})
                                     .distance_inf(inf)
                                     .distance_zero(Cost{}));

  PathTree tree;
  tree.length.assign(std::size_t(n), std::numeric_limits<double>::infinity());
  tree.hops.assign(std::size_t(n), 0);
  tree.parent.assign(std::size_t(n), -1);
  for (int v = 0; v < n; ++v) {
    const Cost& c = cost[std::size_t(v)];
    if (std::isinf(c.length)) continue;
    tree.length[std::size_t(v)] = c.length;
    tree.hops[std::size_t(v)] = c.hops;
    int p = static_cast<int>(pred[std::size_t(v)]);
    tree.parent[std::size_t(v)] = (p == root || p == v) ? -1 : p;
  }
  return tree;
}

std::vector<int> path_to(const PathTree& tree, int target) {
  if (std::isinf(tree.length[std::size_t(target)])) return {};
  std::vector<int> path{target};
  while (tree.parent[std::size_t(path.back())] >= 0)
    path.push_back(tree.parent[std::size_t(path.back())]);
  std::reverse(path.begin(), path.end());
  return path;
}

}  // namespace kamgraph::detail
