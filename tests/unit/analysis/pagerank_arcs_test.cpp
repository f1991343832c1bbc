// The table PageRank sweeps (src/analysis/pagerank_arcs.hpp), laid out by hand for small
// graphs: rows by target, the already-swept arcs first, padding to four-arc steps, one-byte
// weight codes, and whether the graph counts as undirected (which picks the iteration).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "analysis/pagerank_arcs.hpp"

namespace kamgraph {
namespace {

using detail::in_arcs;
using detail::InArcs;
using ::testing::ElementsAre;

std::vector<double> weights(const InArcs& g) {
  std::vector<double> out;
  g.for_each_weight([&](auto weight) {
    for (std::uint32_t k = 0; k < g.from.size(); ++k) out.push_back(weight(k));
  });
  return out;
}

// 0 -> 1 twice (0.5 + 0.25), 1 -> 0 (0.75), 1 -> 1 (0.5), 2 -> 1 (1.0); 2 has no in-arcs.
// Row 0: from 1 (not yet swept when 0 is reached), padded with three arcs from 0.
// Row 1: from 0 (swept before 1, so first), then from 1 and from 2, one arc of padding.
TEST(PageRankArcs, RowsByTargetSweptArcsFirstPaddedToFour) {
  const InArcs g = in_arcs(3, {{0, 1, 0.5}, {1, 0, 0.75}, {0, 1, 0.25}, {2, 1, 1.0}, {1, 1, 0.5}});
  EXPECT_THAT(g.first, ElementsAre(0, 4, 8, 8));
  EXPECT_THAT(g.fresh_end, ElementsAre(0, 5, 8));
  EXPECT_THAT(g.from, ElementsAre(1, 0, 0, 0, 0, 1, 2, 1));
  EXPECT_THAT(weights(g), ElementsAre(0.75, 0, 0, 0, 0.75, 0.5, 1.0, 0));
  // Codes: 0 (the padding's) first, then in order of source and target: 0.75, 0.5, 1.0.
  EXPECT_THAT(g.weight_of_code, ElementsAre(0.0, 0.75, 0.5, 1.0));
  EXPECT_THAT(g.code, ElementsAre(1, 0, 0, 0, 1, 2, 3, 0));
  EXPECT_THAT(g.scale, ElementsAre(0.75, 1.25, 1.0));
  EXPECT_TRUE(g.dangling.empty());
  EXPECT_FALSE(g.symmetric) << "2 -> 1 has no reverse";
}

TEST(PageRankArcs, UndirectedOnlyWhenEveryArcHasItsReverseOfTheSameWeight) {
  // The same graph with 1 -> 2 added, as two parallel arcs that add up to 2 -> 1's 1.0.
  EXPECT_TRUE(in_arcs(3, {{0, 1, 0.5},
                          {1, 0, 0.75},
                          {0, 1, 0.25},
                          {2, 1, 1.0},
                          {1, 1, 0.5},
                          {1, 2, 0.5},
                          {1, 2, 0.5}})
                  .symmetric);
  EXPECT_FALSE(in_arcs(2, {{0, 1, 1.0}, {1, 0, 2.0}}).symmetric) << "weights differ";
  EXPECT_FALSE(in_arcs(2, {{0, 1, 1.0}}).symmetric) << "one way";
  EXPECT_FALSE(in_arcs(3, {{0, 1, 1.0}, {1, 0, 1.0}, {2, 1, 1.0}}).symmetric)
      << "1's in-row holds its out-row and more";
  EXPECT_FALSE(in_arcs(3, {{0, 1, 1.0}, {1, 0, 1.0}, {1, 2, 1.0}}).symmetric)
      << "1's out-row holds its in-row and more";
  EXPECT_TRUE(in_arcs(1, {{0, 0, 2.0}}).symmetric) << "a self-loop is its own reverse";
  EXPECT_TRUE(in_arcs(4, {}).symmetric) << "no arcs: every vertex dangling";
}

// More than 256 distinct weights: no codes, each arc keeps its weight, and the check
// compares weights.
TEST(PageRankArcs, ManyDistinctWeightsAreKeptWholeAndStillPaired) {
  std::vector<Arc> arcs;
  for (int i = 1; i <= 300; ++i) {
    arcs.push_back({0, i, i / 1000.0});
    arcs.push_back({i, 0, i / 1000.0});
  }
  const InArcs g = in_arcs(301, arcs);
  EXPECT_TRUE(g.code.empty());
  ASSERT_EQ(g.weight.size(), g.from.size());
  EXPECT_EQ(g.weight[g.first[7]], 0.007) << "row 7: the arc from 0, then padding";
  EXPECT_EQ(g.weight[g.first[7] + 1], 0.0);
  EXPECT_TRUE(g.symmetric);
  arcs.back().weight = 0.5;  // 300 -> 0 no longer weighs what 0 -> 300 does
  EXPECT_FALSE(in_arcs(301, arcs).symmetric);
}

// Arcs within a block and across the boundary at 4,096 land in different parts of a row;
// the check must pair them up all the same.
TEST(PageRankArcs, UndirectedAcrossBlocks) {
  const int n = 2 * 4096 + 10;
  std::vector<Arc> arcs = {{10, 4100, 0.3},   {4100, 10, 0.3},   {4096, 4097, 0.7},
                           {4097, 4096, 0.7}, {4097, 8200, 0.1}, {8200, 4097, 0.1},
                           {4095, 4096, 0.9}, {4096, 4095, 0.9}};
  const InArcs g = in_arcs(std::size_t(n), arcs);
  EXPECT_TRUE(g.symmetric);
  // Row 4097: from 4096 (same block, before it) first, then 8200.
  EXPECT_EQ(g.from[g.first[4097]], 4096u);
  EXPECT_EQ(g.fresh_end[4097], g.first[4097] + 1);
  EXPECT_EQ(g.from[g.first[4097] + 1], 8200u);
  // Row 4096: from 4095 is in the block before, so not yet swept.
  EXPECT_EQ(g.fresh_end[4096], g.first[4096]);
  EXPECT_EQ(g.dangling.size(), std::size_t(n) - 6);

  arcs[5].weight = 0.2;  // 8200 -> 4097 now weighs twice its reverse
  EXPECT_FALSE(in_arcs(std::size_t(n), arcs).symmetric);
}

}  // namespace
}  // namespace kamgraph
