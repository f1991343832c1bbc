// Private: multi-source strongest-path trees on Boost.Graph's Dijkstra, shared by coverage
// (access from our team) and introduction paths.
#pragma once

#include <vector>

#include "kamgraph/analysis/account_graph.hpp"

namespace kamgraph::detail {

struct PathTree {
  std::vector<double> length;  // sum of -ln(strength); +inf when unreached
  std::vector<int> hops;
  std::vector<int> parent;  // -1 for a source or an unreached vertex
  bool reached(int v) const;
};

// Dijkstra from every vertex in `sources` at once (a virtual source joined to them by
// zero-length arcs), length -ln(strength). Path costs compare by length with a relative
// tolerance of 1e-9 (equal products are ties), then by hop count, so that among equally
// strong paths the shorter one wins. `removed` vertices (optional) are skipped.
PathTree strongest_paths_from(const std::vector<std::vector<Neighbour>>& adj,
                              const std::vector<int>& sources,
                              const std::vector<bool>& removed = {});

// The vertices from the tree's source to `target`, inclusive; empty when unreached.
std::vector<int> path_to(const PathTree& tree, int target);

// True when the tree reaches `a` by a strictly better path than `b` (the order Dijkstra
// used: length with tolerance, then hops).
bool better(const PathTree& tree, int a, int b);

// The strength (product) a tree length stands for.
double strength_of(double length);

}  // namespace kamgraph::detail
