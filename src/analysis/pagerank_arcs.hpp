// Private to pagerank.cpp: the compact "who points at me" table its iterations sweep.
//
// Why it is laid out this way: the whole-portfolio graph has ~1.4 million arcs, so each
// sweep must be one sequential pass over flat arrays. Each vertex *pulls* from its
// in-arcs, so every vertex is written by exactly one thread; arcs carry weights, not
// probabilities (a sweep keeps x(u)/W(u) per vertex), and the weights fit one-byte codes
// (5 bytes per arc instead of 12); rows are padded to whole four-arc steps, which the
// processor predicts. On the benchmark's 10,000-account portfolio that took 7% off on one
// thread, a fifth on two.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "kamgraph/analysis/centrality.hpp"

namespace kamgraph::detail {

// The sweeps' blocks: Gauss-Seidel within a block, and the reductions summed per block.
constexpr std::size_t kPageRankBlock = 4096;
constexpr std::uint32_t kPageRankLanes = 4;  // a row's arcs are taken this many at a time

// Has a Gauss-Seidel sweep already updated u when it reaches v?
constexpr bool swept_before(std::size_t u, std::size_t v) {
  return u < v && u / kPageRankBlock == v / kPageRankBlock;
}

// In-arcs of every vertex in one flat array (compressed sparse rows by target): the arcs
// into v are from[first[v] .. first[v+1]), each with the weight w(u,v), the row padded
// with arcs from v of weight 0 to a multiple of kPageRankLanes. Parallel arcs are merged
// (their weights added) first, so that nothing depends on the order the arcs came in.
struct InArcs {
  std::vector<std::uint32_t> first;
  // The in-arcs that a Gauss-Seidel sweep has already updated when it reaches v (see
  // swept_before) come first: [first[v], fresh_end[v]); each part by increasing source.
  std::vector<std::uint32_t> fresh_end;
  std::vector<std::uint32_t> from;
  // Arc k weighs weight_of_code[code[k]] if there are at most 256 distinct weights (then
  // `weight` is empty), weight[k] otherwise (then `code` is empty).
  std::vector<std::uint8_t> code;
  std::vector<double> weight_of_code;
  std::vector<double> weight;
  std::vector<double> scale;            // W(u), or 1 where W(u) = 0
  std::vector<std::uint32_t> dangling;  // the vertices with W(u) = 0, ascending
  // Every arc u->v of weight w has its reverse v->u of weight w (after merging): the
  // graph is undirected, and its iteration's spectrum is real (see pagerank.cpp).
  bool symmetric = false;

  template <typename Visit>
  void for_each_weight(Visit visit) const {
    if (code.empty()) {
      visit([this](std::uint32_t k) { return weight[k]; });
    } else {
      visit([this](std::uint32_t k) { return weight_of_code[code[k]]; });
    }
  }
};

InArcs in_arcs(std::size_t n, const std::vector<Arc>& arcs);

}  // namespace kamgraph::detail
