// Articulation points, bridges and components on small graphs worked out by hand.
#include "kamgraph/analysis/cuts.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kamgraph/model/error.hpp"
#include "unit/analysis/graphs.hpp"

namespace kamgraph {
namespace {

using test::unit_links;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;
using ::testing::UnorderedElementsAre;

TEST(Cuts, PathEveryInnerVertexAndEveryLink) {
  // a-b-c-d: removing b or c splits the path, and every link is the only route across.
  const auto links = unit_links({{0, 1}, {1, 2}, {2, 3}});
  EXPECT_THAT(articulation_points(4, links), ElementsAre(1, 2));
  EXPECT_THAT(bridges(4, links), ElementsAre(Pair(0, 1), Pair(1, 2), Pair(2, 3)));
}

TEST(Cuts, StarCentreHoldsEveryLeaf) {
  const auto links = unit_links({{0, 1}, {0, 2}, {3, 0}, {0, 4}});
  EXPECT_THAT(articulation_points(5, links), ElementsAre(0));
  // Given as (3,0); reported as (min,max).
  EXPECT_THAT(bridges(5, links), ElementsAre(Pair(0, 1), Pair(0, 2), Pair(0, 3), Pair(0, 4)));
}

TEST(Cuts, CycleHasNoCuts) {
  // Every vertex and every link of a cycle has a way round.
  const auto links = unit_links({{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}});
  EXPECT_THAT(articulation_points(5, links), IsEmpty());
  EXPECT_THAT(bridges(5, links), IsEmpty());
}

TEST(Cuts, TrianglesSharingAVertex) {
  // Bowtie 0-1-2 and 2-3-4: only 2 separates {0,1} from {3,4}; each link is on a triangle.
  const auto links = unit_links({{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {2, 4}});
  EXPECT_THAT(articulation_points(5, links), ElementsAre(2));
  EXPECT_THAT(bridges(5, links), IsEmpty());
}

TEST(Cuts, TrianglesJoinedByAnEdge) {
  // Triangles 0-1-2 and 3-4-5 joined by 2-3: both ends of the joining link are cut
  // vertices, and the link itself is the one bridge.
  const auto links = unit_links({{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
  EXPECT_THAT(articulation_points(6, links), UnorderedElementsAre(2, 3));
  EXPECT_THAT(bridges(6, links), ElementsAre(Pair(2, 3)));
}

TEST(Cuts, ParallelLinksAreOneConnection) {
  // 0=1-2 where 0 and 1 are joined by two links (a call and a dinner): still one
  // relationship, so (0,1) is a bridge, as is (1,2). The self-loop on 2 changes nothing.
  const std::vector<Link> links = {{0, 1, 0.5}, {1, 0, 0.9}, {1, 2, 1.0}, {2, 2, 1.0}};
  EXPECT_THAT(bridges(3, links), ElementsAre(Pair(0, 1), Pair(1, 2)));
  EXPECT_THAT(articulation_points(3, links), ElementsAre(1));
}

TEST(Cuts, DisconnectedGraphs) {
  // Two paths 0-1-2 and 3-4-5, and an isolated 6: cuts are found in every component.
  const auto links = unit_links({{0, 1}, {1, 2}, {3, 4}, {4, 5}});
  EXPECT_THAT(articulation_points(7, links), ElementsAre(1, 4));
  EXPECT_THAT(bridges(7, links), ElementsAre(Pair(0, 1), Pair(1, 2), Pair(3, 4), Pair(4, 5)));
}

TEST(Cuts, TinyGraphs) {
  EXPECT_THAT(articulation_points(0, {}), IsEmpty());
  EXPECT_THAT(bridges(0, {}), IsEmpty());
  EXPECT_THAT(articulation_points(2, unit_links({{0, 1}})), IsEmpty());
  EXPECT_THAT(bridges(2, unit_links({{0, 1}})), ElementsAre(Pair(0, 1)));
}

TEST(ConnectedComponents, NumberedBySmallestVertex) {
  // {0}, {1,3}, {2}, {4,5}: ids in the order of each component's smallest vertex.
  const auto links = unit_links({{5, 4}, {3, 1}, {2, 2}});
  EXPECT_THAT(connected_components(6, links), ElementsAre(0, 1, 2, 1, 3, 3));
  EXPECT_THAT(connected_components(0, {}), IsEmpty());
}

TEST(Cuts, RejectsInvalidInput) {
  try {
    bridges(2, unit_links({{-1, 1}}));
    ADD_FAILURE() << "no exception";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "bridges: link 0 joins -1 and 1, but the vertices are 0..1");
    EXPECT_EQ(e.code(), ExitCode::internal);
  }
  EXPECT_THROW(articulation_points(1, unit_links({{0, 1}})), Error);
  EXPECT_THROW(connected_components(1, unit_links({{0, 1}})), Error);
}

}  // namespace
}  // namespace kamgraph
