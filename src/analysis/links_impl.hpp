// Private helpers shared by centrality.cpp and cuts.cpp: input checks, collapsing parallel
// links, and the tolerant comparison of path lengths.
#pragma once

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "kamgraph/analysis/centrality.hpp"

namespace kamgraph::detail {

// Throw Error(ExitCode::internal) unless n >= 0 and every endpoint is in 0..n-1; when
// check_strength, also unless every strength is positive and finite. `function` names the
// public function in the message.
void check_links(std::string_view function, int n, const std::vector<Link>& links,
                 bool check_strength);
void check_arcs(std::string_view function, int n, const std::vector<Arc>& arcs);

// The simple graph under `links`: self-loops dropped, u < v, one link per pair (the
// strongest), sorted by (u, v).
std::vector<Link> strongest_links(const std::vector<Link>& links);

// "a is shorter than b" with a relative tolerance, as igraph's igraph_cmp_epsilon: a < b
// only when a < b - tolerance * max(|a|,|b|). Lengths within the tolerance are equivalent
// (neither is less), so sums of the same lengths in a different order are ties. Infinity
// (unreached) is longer than every finite length. With tolerance 0 this is plain `<`.
//
// Not a strict weak ordering (equivalence is not transitive), but Dijkstra's algorithm
// needs only that a vertex is never finished before a vertex shorter by more than the
// tolerance, which holds while the tolerance is far below the shortest edge length.
struct TolerantLess {
  double tolerance = 0.0;

  bool operator()(double a, double b) const {
    if (!(a < b)) return false;
    if (std::isinf(b)) return true;
    return b - a > tolerance * std::max(std::abs(a), std::abs(b));
  }
};

}  // namespace kamgraph::detail
