// Betweenness and PageRank on small graphs whose values are worked out by hand in the
// comments, plus the tie rule, parallel links and the error messages.
#include "kamgraph/analysis/centrality.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "kamgraph/model/error.hpp"
#include "unit/analysis/graphs.hpp"

namespace kamgraph {
namespace {

using test::unit_links;
using ::testing::DoubleNear;
using ::testing::ElementsAre;

constexpr double kEps = 1e-12;

BetweennessOptions unnormalised() { return {.normalised = false}; }

// The message and code of the kamgraph::Error that `call` throws.
template <typename F>
void expect_internal_error(F call, const std::string& message) {
  try {
    call();
    ADD_FAILURE() << "no exception; expected: " << message;
  } catch (const Error& e) {
    EXPECT_EQ(e.what(), message);
    EXPECT_EQ(e.code(), ExitCode::internal);
  }
}

// ---- Betweenness -----------------------------------------------------------------------

TEST(Betweenness, PathMiddleIsOnTheOnlyRoute) {
  // a-b-c: b is on the one shortest a-c path, the only pair with an intermediate.
  // Raw 1; normalised 1 * 2/((3-1)(3-2)) = 1.
  const auto links = unit_links({{0, 1}, {1, 2}});
  EXPECT_THAT(betweenness(3, links), ElementsAre(0.0, 1.0, 0.0));
  EXPECT_THAT(betweenness(3, links, unnormalised()), ElementsAre(0.0, 1.0, 0.0));
}

TEST(Betweenness, StarCentreIsOnEveryLeafPair) {
  // Centre 0, leaves 1..4: the centre is on all C(4,2) = 6 leaf-leaf paths; raw 6,
  // normalised 6 * 2/(4*3) = 1. Leaves are on no path.
  const auto links = unit_links({{0, 1}, {0, 2}, {0, 3}, {0, 4}});
  EXPECT_THAT(betweenness(5, links, unnormalised()), ElementsAre(6.0, 0.0, 0.0, 0.0, 0.0));
  EXPECT_THAT(betweenness(5, links), ElementsAre(DoubleNear(1.0, kEps), 0.0, 0.0, 0.0, 0.0));
}

TEST(Betweenness, EvenCycleSplitsOppositePairs) {
  // C6: each vertex is the middle of one distance-2 pair (credit 1) and lies on one of the
  // two equal routes of two of the three opposite pairs (credit 1/2 each): raw 2,
  // normalised 2 * 2/(5*4) = 0.2.
  const auto links = unit_links({{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}});
  for (double b : betweenness(6, links, unnormalised())) EXPECT_NEAR(b, 2.0, kEps);
  for (double b : betweenness(6, links)) EXPECT_NEAR(b, 0.2, kEps);
}

TEST(Betweenness, TrianglesJoinedByAnEdge) {
  // Triangles 0-1-2 and 3-4-5 joined by 2-3. Vertex 2 is on the paths from {0,1} to
  // {3,4,5} (6 pairs), vertex 3 on those from {0,1,2} to {4,5} (6 pairs): raw 6,
  // normalised 6 * 2/(5*4) = 0.6.
  const auto links = unit_links({{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
  EXPECT_THAT(betweenness(6, links, unnormalised()), ElementsAre(0, 0, 6, 6, 0, 0));
  EXPECT_THAT(betweenness(6, links),
              ElementsAre(0, 0, DoubleNear(0.6, kEps), DoubleNear(0.6, kEps), 0, 0));
}

// Four people s=0, x=1, t=2, y=3 in a cycle s-x-t-y-s, with strengths
//   s-x 0.1 (length 10), x-t 0.6 (length 5/3), s-y 0.15 (length 20/3), y-t 0.2 (length 5).
// Both s-t routes have length 35/3 in exact arithmetic, but in doubles
//   1/0.1 + 1/0.6 = 11.666666666666666 and 1/0.15 + 1/0.2 = 11.666666666666668.
// Every other pair's shortest route is unique: x-y goes x-t-y (20/3 < 50/3), and each
// adjacent pair's own link is shorter than the way round. So raw betweenness is
//   s 0, x 1/2 (half of s-t), t 1 (x-y), y 1/2 (half of s-t).
std::vector<Link> equal_routes() { return {{0, 1, 0.1}, {1, 2, 0.6}, {0, 3, 0.15}, {3, 2, 0.2}}; }

TEST(Betweenness, RoutesEqualInExactArithmeticShareTheCredit) {
  ASSERT_NE(1 / 0.1 + 1 / 0.6, 1 / 0.15 + 1 / 0.2);  // the premise: doubles disagree
  EXPECT_THAT(
      betweenness(4, equal_routes(), unnormalised()),
      ElementsAre(0.0, DoubleNear(0.5, kEps), DoubleNear(1.0, kEps), DoubleNear(0.5, kEps)));
  // Normalised by 2/(3*2) = 1/3.
  EXPECT_THAT(betweenness(4, equal_routes()),
              ElementsAre(0.0, DoubleNear(0.5 / 3, kEps), DoubleNear(1.0 / 3, kEps),
                          DoubleNear(0.5 / 3, kEps)));
}

TEST(Betweenness, PlainFloatComparisonGivesTheTieToOneRoute) {
  // What NetworkX does: with no tolerance the route through x is "shorter" by one ulp and
  // takes all of the s-t credit. The default tolerance exists to prevent exactly this.
  EXPECT_THAT(betweenness(4, equal_routes(), {.normalised = false, .relative_tolerance = 0}),
              ElementsAre(0.0, 1.0, 1.0, 0.0));
}

TEST(Betweenness, ParallelLinksCountAsTheStrongest) {
  // 0-1-2 of unit length (total 2) and two links 0-2: lengths 10 and 1/0.9 = 1.11. The
  // strongest direct link is shorter than the route through 1, so 1 is on no path.
  std::vector<Link> links = {{0, 1, 1.0}, {1, 2, 1.0}, {0, 2, 0.1}, {2, 0, 0.9}};
  EXPECT_THAT(betweenness(3, links), ElementsAre(0.0, 0.0, 0.0));
  // With only the weak link, the route through 1 (length 2 < 10) is the shortest.
  links.pop_back();
  EXPECT_THAT(betweenness(3, links), ElementsAre(0.0, 1.0, 0.0));
}

TEST(Betweenness, IgnoresSelfLoopsAndSeparateComponents) {
  // a-b-c plus a separate d-e and a self-loop on b: only a-c has an intermediate.
  // Raw 1 for b; normalised 1 * 2/(4*3) = 1/6 (n counts every vertex, as NetworkX does).
  const auto links = unit_links({{0, 1}, {1, 2}, {1, 1}, {3, 4}});
  EXPECT_THAT(betweenness(5, links, unnormalised()), ElementsAre(0.0, 1.0, 0.0, 0.0, 0.0));
  EXPECT_THAT(betweenness(5, links), ElementsAre(0.0, DoubleNear(1.0 / 6, kEps), 0.0, 0.0, 0.0));
}

TEST(Betweenness, TinyGraphs) {
  EXPECT_TRUE(betweenness(0, {}).empty());
  EXPECT_THAT(betweenness(1, {}), ElementsAre(0.0));
  EXPECT_THAT(betweenness(2, unit_links({{0, 1}})), ElementsAre(0.0, 0.0));
}

TEST(Betweenness, RejectsInvalidInput) {
  expect_internal_error(
      [] {
        betweenness(3, unit_links({{0, 3}}));
      },
      "betweenness: link 0 joins 0 and 3, but the vertices are 0..2");
  expect_internal_error(
      [] {
        betweenness(3, {{0, 1, 1.0}, {1, 2, 0.0}});
      },
      "betweenness: link 1 (1-2) has strength 0; strengths must be positive "
      "and finite");
  expect_internal_error(
      [] {
        betweenness(2, {{0, 1, std::numeric_limits<double>::quiet_NaN()}});
      },
      "betweenness: link 0 (0-1) has strength nan; strengths must be positive and finite");
  expect_internal_error([] { betweenness(-1, {}); },
                        "betweenness: the vertex count -1 is negative");
  expect_internal_error([] { betweenness(2, {}, {.relative_tolerance = 0.5}); },
                        "betweenness: relative tolerance 0.5 is outside [0, 1e-3]");
}

// ---- PageRank --------------------------------------------------------------------------

TEST(PageRank, DirectedCycleIsUniform) {
  // 0->1->2->0: every vertex passes all its rank on and receives all of one other's, so the
  // uniform vector is the fixed point: 1/3 each.
  const std::vector<Arc> arcs = {{0, 1, 1.0}, {1, 2, 1.0}, {2, 0, 1.0}};
  EXPECT_THAT(pagerank(3, arcs), ElementsAre(DoubleNear(1.0 / 3, kEps), DoubleNear(1.0 / 3, kEps),
                                             DoubleNear(1.0 / 3, kEps)));
}

TEST(PageRank, DanglingVertexSpreadsItsRank) {
  // 0->1 and 1 has no out-arc, d = 0.85, n = 2. Vertex 1 spreads its rank over both:
  //   x0 = 0.15/2 + 0.85 * x1/2
  //   x1 = 0.15/2 + 0.85 * (x0 + x1/2)
  // With x0 = 1 - x1: 1 - x1 = 0.075 + 0.425 x1, so x1 = 0.925/1.425 = 37/57, x0 = 20/57.
  EXPECT_THAT(pagerank(2, {{0, 1, 1.0}}),
              ElementsAre(DoubleNear(20.0 / 57, kEps), DoubleNear(37.0 / 57, kEps)));
}

TEST(PageRank, WeightedArcsIntoDanglingVertices) {
  // 0->1 (weight 1) and 0->2 (weight 3); 1 and 2 are dangling, d = 0.85, n = 3.
  // Every vertex gets t = 0.05 + 0.85 (x1 + x2)/3, and that is all 0 gets: x0 = t.
  // With x1 + x2 = 1 - x0: x0 = 0.05 + 0.85 (1 - x0)/3, so 3.85 x0 = 1, x0 = 20/77.
  //   x1 = t + 0.85 * 1/4 * x0 = 20/77 * 1.2125 = 97/308
  //   x2 = t + 0.85 * 3/4 * x0 = 20/77 * 1.6375 = 131/308      (sum 80+97+131 = 308)
  const std::vector<Arc> arcs = {{0, 1, 1.0}, {0, 2, 3.0}};
  EXPECT_THAT(pagerank(3, arcs),
              ElementsAre(DoubleNear(20.0 / 77, kEps), DoubleNear(97.0 / 308, kEps),
                          DoubleNear(131.0 / 308, kEps)));
}

TEST(PageRank, ParallelArcsAddTheirWeights) {
  const std::vector<Arc> split = {{0, 1, 1.0}, {0, 2, 3.0}, {0, 1, 2.0}, {2, 0, 1.0}};
  const std::vector<Arc> merged = {{0, 1, 3.0}, {0, 2, 3.0}, {2, 0, 1.0}};
  const auto a = pagerank(3, split);
  const auto b = pagerank(3, merged);
  ASSERT_EQ(a.size(), 3u);
  for (std::size_t v = 0; v < 3; ++v) EXPECT_NEAR(a[v], b[v], kEps) << "vertex " << v;
}

TEST(PageRank, DampingZeroIsUniformAndNoArcsIsUniform) {
  EXPECT_THAT(pagerank(2, {{0, 1, 1.0}}, 0.0), ElementsAre(0.5, 0.5));
  EXPECT_THAT(pagerank(4, {}), ElementsAre(0.25, 0.25, 0.25, 0.25));
  EXPECT_TRUE(pagerank(0, {}).empty());
  EXPECT_THAT(pagerank(1, {{0, 0, 1.0}}), ElementsAre(1.0));
}

TEST(PageRank, RejectsInvalidInput) {
  expect_internal_error(
      [] {
        pagerank(2, {{0, 2, 1.0}});
      },
      "pagerank: arc 0 runs from 0 to 2, but the vertices are 0..1");
  expect_internal_error(
      [] {
        pagerank(2, {{0, 1, -1.0}});
      },
      "pagerank: arc 0 (0->1) has weight -1; weights must be positive and "
      "finite");
  expect_internal_error([] { pagerank(2, {}, 1.0); }, "pagerank: damping 1 is outside [0, 1)");
}

}  // namespace
}  // namespace kamgraph
