// Cuts and articulation: the people and relationships an account hangs on. Removing an
// articulation point, or losing a bridge, leaves some people with no route to the others.
//
// Generic and index-based like centrality.hpp, whose Link these functions take. Strengths
// are ignored here: a connection exists or it does not. A link with u == v is ignored.
// Invalid input (an endpoint outside 0..n-1) throws kamgraph::Error with ExitCode::internal.
#pragma once

#include <utility>
#include <vector>

#include "kamgraph/analysis/centrality.hpp"

namespace kamgraph {

// Articulation points (cut vertices): the vertices whose removal, with their links,
// increases the number of connected components (Hopcroft & Tarjan 1973). Sorted.
//
// Time complexity: O(|V| + |E| log |E|) (depth-first search after collapsing parallel
// links).
std::vector<int> articulation_points(int n, const std::vector<Link>& links);

// Bridges: the pairs (u,v), u < v, whose connection, removed, increases the number of
// connected components. Sorted.
//
// Parallel links are collapsed first: a pair joined by two links (a call and a dinner,
// say) is still ONE connection for a key account manager, and losing the person at either
// end loses both. So a pair joined only by parallel links can be a bridge here, although
// graph theory, igraph and NetworkX's MultiGraph would not call either edge a bridge.
// Found as the biconnected components (Tarjan 1972) that consist of a single edge.
//
// Time complexity: O(|V| + |E| log |E|).
std::vector<std::pair<int, int>> bridges(int n, const std::vector<Link>& links);

// Connected components: for each vertex the id of its component, numbered 0, 1, 2, ... in
// the order of each component's smallest vertex (so vertex 0 is always in component 0 and
// the number of components is 1 + the largest id, or 0 when n == 0).
//
// Time complexity: O(|V| + |E|).
std::vector<int> connected_components(int n, const std::vector<Link>& links);

}  // namespace kamgraph
