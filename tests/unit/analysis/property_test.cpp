// The metrics checked against their definitions on seeded random graphs (Boost.Graph's
// biconnected_components_test.cpp does the same for cut vertices). Every failure names
// the seed; the graph itself is written to stderr as an edge list.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <numeric>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "kamgraph/analysis/centrality.hpp"
#include "kamgraph/analysis/cuts.hpp"
#include "unit/analysis/graphs.hpp"

namespace kamgraph {
namespace {

using test::random_graph;
using test::RandomGraph;

constexpr std::uint32_t kBaseSeed = 20240607;
constexpr int kGraphs = 50;

int failed_parts() {
  const auto* result = ::testing::UnitTest::GetInstance()->current_test_info()->result();
  int failed = 0;
  for (int i = 0; i < result->total_part_count(); ++i) {
    if (result->GetTestPartResult(i).failed()) ++failed;
  }
  return failed;
}

// Writes the graph to stderr if any check failed while this object was alive.
class DumpOnFailure {
 public:
  explicit DumpOnFailure(std::string graph) : graph_(std::move(graph)), before_(failed_parts()) {}
  ~DumpOnFailure() {
    if (failed_parts() > before_) std::cerr << "failing graph:\n" << graph_;
  }
  DumpOnFailure(const DumpOnFailure&) = delete;
  DumpOnFailure& operator=(const DumpOnFailure&) = delete;

 private:
  std::string graph_;
  int before_;
};

std::string describe(const RandomGraph& g) {
  return fmt::format("seed {} ({} vertices, {} links)", g.seed, g.n, g.links.size());
}

int component_count(int n, const std::vector<Link>& links) {
  const auto ids = connected_components(n, links);
  return ids.empty() ? 0 : 1 + *std::max_element(ids.begin(), ids.end());
}

// ---- Components and cuts ---------------------------------------------------------------

TEST(Properties, ComponentsArePartsOfTheSameUnionFind) {
  for (int i = 0; i < kGraphs; ++i) {
    const RandomGraph g = random_graph(kBaseSeed + i, 5, 40);
    SCOPED_TRACE(describe(g));
    DumpOnFailure dump(test::edge_list(g.n, g.links));
    // An independent union-find: same partition, and ids in order of smallest vertex.
    std::vector<int> parent(g.n);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&parent](int v) {
      while (parent[v] != v) v = parent[v] = parent[parent[v]];
      return v;
    };
    for (const Link& l : g.links) parent[find(l.u)] = find(l.v);
    const auto ids = connected_components(g.n, g.links);
    int next = 0;
    for (int v = 0; v < g.n; ++v) {
      for (int w = 0; w < v; ++w) {
        EXPECT_EQ(ids[v] == ids[w], find(v) == find(w)) << "vertices " << w << ", " << v;
      }
      if (ids[v] == next) ++next;
      EXPECT_LT(ids[v], next) << "vertex " << v << " opens a component out of order";
    }
  }
}

TEST(Properties, RemovingAnArticulationPointAndOnlyThatSplitsAComponent) {
  for (int i = 0; i < kGraphs; ++i) {
    const RandomGraph g = random_graph(kBaseSeed + i, 5, 40);
    SCOPED_TRACE(describe(g));
    DumpOnFailure dump(test::edge_list(g.n, g.links));
    const int before = component_count(g.n, g.links);
    const auto points = articulation_points(g.n, g.links);
    for (int v = 0; v < g.n; ++v) {
      std::vector<Link> rest;
      for (const Link& l : g.links) {
        if (l.u != v && l.v != v) rest.push_back(l);
      }
      // v stays behind as an isolated vertex: one component that is not a split.
      const int after = component_count(g.n, rest) - 1;
      const bool is_point = std::binary_search(points.begin(), points.end(), v);
      EXPECT_EQ(is_point, after > before)
          << "vertex " << v << ": " << before << " components before, " << after << " after";
    }
  }
}

TEST(Properties, RemovingABridgeAndOnlyThatSplitsAComponent) {
  for (int i = 0; i < kGraphs; ++i) {
    const RandomGraph g = random_graph(kBaseSeed + i, 5, 40);
    SCOPED_TRACE(describe(g));
    DumpOnFailure dump(test::edge_list(g.n, g.links));
    const int before = component_count(g.n, g.links);
    const auto found = bridges(g.n, g.links);
    std::set<std::pair<int, int>> pairs;
    for (const Link& l : g.links) {
      if (l.u != l.v) pairs.emplace(std::min(l.u, l.v), std::max(l.u, l.v));
    }
    for (const auto& pair : pairs) {
      // Remove the connection: every link between the pair, parallel ones included.
      std::vector<Link> rest;
      for (const Link& l : g.links) {
        if (std::make_pair(std::min(l.u, l.v), std::max(l.u, l.v)) != pair) rest.push_back(l);
      }
      const int after = component_count(g.n, rest);
      const bool is_bridge = std::binary_search(found.begin(), found.end(), pair);
      EXPECT_EQ(is_bridge, after > before) << "pair " << pair.first << "-" << pair.second;
    }
  }
}

// ---- Betweenness against brute force ---------------------------------------------------

// Raw betweenness by definition: enumerate every simple path between every pair, keep the
// shortest ones, share each pair's credit equally among them (Freeman 1977). Lengths are
// exact integers: strength k/100 has length 100/k = (1200/k)/12, and 1200/k is an integer
// for every k in kStrengthHundredths, so ties are decided in exact arithmetic, not with a
// tolerance.
std::vector<double> brute_force_betweenness(const RandomGraph& g) {
  const auto n = static_cast<std::size_t>(g.n);
  std::vector<std::vector<std::int64_t>> length(n, std::vector<std::int64_t>(n, 0));
  for (std::size_t i = 0; i < g.links.size(); ++i) {
    const Link& l = g.links[i];
    if (l.u == l.v) continue;
    const std::int64_t len = 1200 / g.hundredths[i];
    auto& slot = length[l.u][l.v];
    if (slot == 0 || len < slot) slot = length[l.v][l.u] = len;  // strongest parallel link
  }
  std::vector<double> credit(n, 0.0);
  for (std::size_t s = 0; s < n; ++s) {
    for (std::size_t t = s + 1; t < n; ++t) {
      std::int64_t best = -1;
      std::vector<std::vector<std::size_t>> shortest;  // intermediates of each shortest path
      std::vector<std::size_t> path = {s};
      std::vector<bool> on_path(n, false);
      on_path[s] = true;
      auto walk = [&](auto& self, std::size_t u, std::int64_t so_far) -> void {
        if (u == t) {
          if (best < 0 || so_far < best) {
            best = so_far;
            shortest.clear();
          }
          if (so_far == best) shortest.emplace_back(path.begin() + 1, path.end() - 1);
          return;
        }
        for (std::size_t v = 0; v < n; ++v) {
          if (length[u][v] == 0 || on_path[v]) continue;
          if (best >= 0 && so_far + length[u][v] > best) continue;  // cannot be shortest
          on_path[v] = true;
          path.push_back(v);
          self(self, v, so_far + length[u][v]);
          path.pop_back();
          on_path[v] = false;
        }
      };
      walk(walk, s, 0);
      for (const auto& inner : shortest) {
        for (std::size_t v : inner) credit[v] += 1.0 / static_cast<double>(shortest.size());
      }
    }
  }
  return credit;
}

TEST(Properties, BetweennessEqualsBruteForceCount) {
  for (int i = 0; i < kGraphs; ++i) {
    const RandomGraph g = random_graph(kBaseSeed + 1000 + i, 3, 9);
    SCOPED_TRACE(describe(g));
    DumpOnFailure dump(test::edge_list(g.n, g.links));
    const auto expected = brute_force_betweenness(g);
    const auto raw = betweenness(g.n, g.links, {.normalised = false});
    const auto normalised = betweenness(g.n, g.links);
    const double scale = g.n > 2 ? 2.0 / ((g.n - 1) * (g.n - 2)) : 1.0;
    for (int v = 0; v < g.n; ++v) {
      EXPECT_NEAR(raw[v], expected[v], 1e-9) << "vertex " << v;
      EXPECT_NEAR(normalised[v], expected[v] * scale, 1e-12) << "vertex " << v;
    }
  }
}

TEST(Properties, TheseGraphsHaveTiesThatPlainComparisonMiscounts) {
  // Makes sure the test above exercises the tolerance: on some of the same graphs,
  // comparing float path lengths exactly gives a different answer from brute force.
  int miscounted = 0;
  for (int i = 0; i < kGraphs; ++i) {
    const RandomGraph g = random_graph(kBaseSeed + 1000 + i, 3, 9);
    const auto expected = brute_force_betweenness(g);
    const auto plain = betweenness(g.n, g.links, {.normalised = false, .relative_tolerance = 0});
    for (int v = 0; v < g.n; ++v) {
      if (std::abs(plain[v] - expected[v]) > 1e-9) {
        ++miscounted;
        break;
      }
    }
  }
  EXPECT_GT(miscounted, 0);
}

// ---- PageRank ------------------------------------------------------------------------

TEST(Properties, PageRankIsAProbabilityVectorAndAFixedPoint) {
  for (int i = 0; i < kGraphs; ++i) {
    const RandomGraph g = random_graph(kBaseSeed + 2000 + i, 5, 40);
    // Orient each link by the seed's parity pattern: some one way, some both ways, so that
    // some vertices end up dangling. Self-loops and parallel arcs stay in.
    std::vector<Arc> arcs;
    for (std::size_t k = 0; k < g.links.size(); ++k) {
      const Link& l = g.links[k];
      if (k % 3 != 2) arcs.push_back({l.u, l.v, l.strength});
      if (k % 3 != 0) arcs.push_back({l.v, l.u, 10 * l.strength});
    }
    SCOPED_TRACE(fmt::format("seed {} ({} vertices, {} arcs)", g.seed, g.n, arcs.size()));
    DumpOnFailure dump(test::arc_list(g.n, arcs));
    const double d = 0.85;
    const auto rank = pagerank(g.n, arcs, d);
    ASSERT_EQ(rank.size(), static_cast<std::size_t>(g.n));
    EXPECT_NEAR(std::accumulate(rank.begin(), rank.end(), 0.0), 1.0, 1e-12);
    for (double r : rank) EXPECT_GT(r, 0.0);

    // One step of the definition, written naively over the arc list, maps rank to itself.
    std::vector<double> out(g.n, 0.0);
    for (const Arc& a : arcs) out[a.from] += a.weight;
    double dangling = 0.0;
    for (int v = 0; v < g.n; ++v) {
      if (out[v] == 0.0) dangling += rank[v];
    }
    std::vector<double> step(g.n, (1 - d) / g.n + d * dangling / g.n);
    for (const Arc& a : arcs) step[a.to] += d * rank[a.from] * a.weight / out[a.from];
    for (int v = 0; v < g.n; ++v) EXPECT_NEAR(step[v], rank[v], 1e-11) << "vertex " << v;
  }
}

}  // namespace
}  // namespace kamgraph
