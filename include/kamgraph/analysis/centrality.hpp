// Centrality of the people around an account: who lies on the short routes between others
// (betweenness) and whose influence the others' influence flows to (PageRank).
//
// The functions are generic and index-based: the caller numbers the people 0..n-1 and
// passes the relationships as links or arcs. Nothing here knows about the model; the
// functions have no state and return one value per vertex, in vertex order.
//
// Invalid input (an endpoint outside 0..n-1, a strength or weight that is not positive and
// finite, a damping outside [0,1)) is a bug in the caller, not a user error: it throws
// kamgraph::Error with ExitCode::internal and a message naming the function and the link.
#pragma once

#include <vector>

namespace kamgraph {

// An undirected relationship between vertices u and v. The model keeps strengths in
// (0,1]; the functions accept any positive finite strength (betweenness depends only on
// the ratios of the lengths 1/strength). A link with u == v is ignored everywhere.
struct Link {
  int u = 0;
  int v = 0;
  double strength = 1.0;
};

// A directed relationship from `from` to `to` with weight > 0 (finite).
struct Arc {
  int from = 0;
  int to = 0;
  double weight = 1.0;
};

struct BetweennessOptions {
  // Scale by 2/((n-1)(n-2)), exactly as NetworkX normalises undirected betweenness, so
  // that values lie in [0,1]; no scaling when n <= 2 (every value is 0 then). When false,
  // the value is the plain sum over unordered pairs {s,t} (igraph's and Brandes' count).
  bool normalised = true;
  // Two path lengths a and b are equal when |a - b| <= relative_tolerance * max(|a|,|b|),
  // and a is shorter than b only when a < b - relative_tolerance * max(|a|,|b|), as igraph
  // compares them (igraph_cmp_epsilon). Lengths that are equal in exact arithmetic but
  // were summed in a different order (1/0.1 + 1/0.6 against 1/0.15 + 1/0.2) are then ties
  // and share the credit. 0 gives plain floating-point comparison, which miscounts such
  // ties (NetworkX does; it is off by up to 1.0 on the weighted karate club).
  // Must be finite and in [0, 1e-3]: a tolerance near an edge length would merge paths
  // that really differ.
  double relative_tolerance = 1e-9;
  // Worker threads over the sources; 0 means std::thread::hardware_concurrency(), or
  // just the calling thread for a graph too small to be worth starting threads. The
  // result does not depend on it, bit for bit: the sources are cut into blocks that depend
  // only on n, each block is summed in source order into its own vector, and the blocks
  // are added in block order, whichever thread computed them.
  int threads = 0;
};

// Betweenness centrality (Freeman 1977), computed with Brandes' algorithm (Brandes 2001,
// "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2)):
//
//   C_B(v) = sum over unordered pairs {s,t}, s != v != t, of sigma_st(v) / sigma_st
//
// where sigma_st is the number of shortest s-t paths and sigma_st(v) the number of those
// through v. The graph is undirected; a link's length is 1/strength, so strong
// relationships are short. Parallel links between the same pair count as one, the
// strongest (shortest). Pairs in different components contribute nothing.
// Normalisation and the comparison of path lengths follow `options`.
//
// Time complexity: O(|V| (|V| + |E|) log |V|) with Boost's d-ary heap in Dijkstra's
// algorithm (Brandes states O(|V||E| + |V|^2 log|V|) for a Fibonacci heap), plus
// O(|E| log |E|) to collapse parallel links, divided among `options.threads` threads.
// Memory O(|V| + |E|) per thread plus one vector of |V| per block (at most 64 blocks,
// fewer for large graphs so that the blocks hold at most 2^23 values, 64 MiB).
std::vector<double> betweenness(int n, const std::vector<Link>& links,
                                const BetweennessOptions& options = {});

// PageRank (Brin & Page 1998): the stationary distribution of the walk that, with
// probability `damping`, follows an out-arc of the current vertex chosen in proportion to
// its weight and otherwise jumps to a uniformly chosen vertex:
//
//   PR(v) = (1 - d)/n + d * ( sum over arcs u->v of PR(u) w(u,v)/W(u)
//                             + sum over dangling u of PR(u)/n )
//
// where W(u) is the total weight of u's out-arcs and a dangling vertex (W(u) = 0) spreads
// its rank uniformly over all vertices, as igraph and NetworkX do by default. Parallel
// arcs add their weights; a self-loop is an ordinary arc (it keeps rank at its vertex).
// For an undirected graph pass each link as two arcs.
//
// Iterates until the L1 change one step would make is below 1e-12 of the total, or 1000
// sweeps; the result sums to 1. When every arc has its reverse of the same weight (an
// undirected graph), by the Chebyshev semi-iteration, whose error shrinks by a factor of
// about 0.56 per sweep at damping 0.85 (43 sweeps on the benchmark's 10,000-account
// portfolio); otherwise by power iteration with Gauss-Seidel updates within blocks of
// 4,096 vertices, whose error shrinks by at least a factor `damping` per sweep (that
// portfolio would take 84). See pagerank.cpp. damping must be in [0,1). `threads`: 0 uses
// every core for graphs big enough to gain from it (one thread below ~65,000 vertices
// plus arcs); the result is the same bit for bit whatever the number of threads.
//
// Time complexity: O(k (|V| + |E|)) for k sweeps, k <= 1000, divided among the threads,
// plus O(|V| + |E| log d) to merge parallel arcs (d: the largest out-degree). Memory: 5
// bytes per arc (13 where the arcs carry more than 256 distinct weights; rows are padded
// to multiples of four arcs) and about 40 per vertex, and 24 more per arc while the table
// is built.
std::vector<double> pagerank(int n, const std::vector<Arc>& arcs, double damping = 0.85,
                             int threads = 0);

}  // namespace kamgraph
