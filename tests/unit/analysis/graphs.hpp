// Graphs for the analysis tests: small named graphs, seeded random graphs, and an edge-list
// dump for failure messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "kamgraph/analysis/centrality.hpp"

namespace kamgraph::test {

// Unit-strength links from pairs.
inline std::vector<Link> unit_links(const std::vector<std::pair<int, int>>& pairs) {
  std::vector<Link> links;
  for (auto [u, v] : pairs) links.push_back({u, v, 1.0});
  return links;
}

// "n 5\n0 1 0.3\n..." : small enough to paste into a new test case.
inline std::string edge_list(int n, const std::vector<Link>& links) {
  std::string text = fmt::format("n {}\n", n);
  for (const Link& l : links) text += fmt::format("{} {} {}\n", l.u, l.v, l.strength);
  return text;
}

inline std::string arc_list(int n, const std::vector<Arc>& arcs) {
  std::string text = fmt::format("n {}\n", n);
  for (const Arc& a : arcs) text += fmt::format("{} -> {} {}\n", a.from, a.to, a.weight);
  return text;
}

struct RandomGraph {
  std::uint32_t seed = 0;
  int n = 0;
  std::vector<Link> links;
  // Each link's strength is hundredths[i] / 100 exactly in decimal, one of
  // kStrengthHundredths, so tests can redo path lengths in exact integer arithmetic.
  std::vector<int> hundredths;
};

// Strengths k/100 for these k. Their lengths 100/k (10, 20/3, 5, 10/3, 5/2, 2, 5/3, 4/3,
// 5/4, 1) are multiples of 1/12, so exact path lengths are integers after scaling by 12
// (1200/k), and many sums tie in exact arithmetic but not in doubles:
// 1/0.1 + 1/0.6 = 11.666666666666666 while 1/0.15 + 1/0.2 = 11.666666666666668.
inline constexpr int kStrengthHundredths[] = {10, 15, 20, 30, 40, 50, 60, 75, 80, 100};

// A sparse G(n, p) graph with expected mean degree between 1.5 and 4 (sparse enough to
// have cut vertices and bridges, dense enough for cycles), strengths from
// kStrengthHundredths (so tied path lengths are common), and now and then a parallel link
// or a self-loop.
inline RandomGraph random_graph(std::uint32_t seed, int min_n, int max_n) {
  std::mt19937 rng(seed);
  RandomGraph g;
  g.seed = seed;
  g.n = std::uniform_int_distribution<int>(min_n, max_n)(rng);
  const double mean_degree = std::uniform_real_distribution<double>(1.5, 4.0)(rng);
  std::bernoulli_distribution edge(std::min(1.0, mean_degree / (g.n - 1)));
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kStrengthHundredths) - 1);
  auto strength = [&] { return kStrengthHundredths[pick(rng)]; };
  std::bernoulli_distribution extra(0.1);
  auto add = [&g](int u, int v, int k) {
    g.links.push_back({u, v, k / 100.0});
    g.hundredths.push_back(k);
  };
  for (int u = 0; u < g.n; ++u) {
    for (int v = u + 1; v < g.n; ++v) {
      if (!edge(rng)) continue;
      add(u, v, strength());
      if (extra(rng)) add(v, u, strength());  // parallel, written the other way round
    }
    if (extra(rng)) add(u, u, strength());  // self-loop
  }
  return g;
}

}  // namespace kamgraph::test
