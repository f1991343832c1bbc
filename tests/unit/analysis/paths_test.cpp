#include "kamgraph/analysis/paths.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "unit/analysis/accounts_fixture.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using namespace kamgraph::testing;

AccountGraph whole(const Dataset& d) {
  TimeOptions t;
  t.as_of = Date(2026, 11, 1);
  return AccountGraph(d, "", t);
}

TEST(Paths, StrongestIsTheLargestProduct) {
  // a-b 0.9, b-c 0.9 (0.81) beats a-c 0.8; the conflict a-c 0.99 carries nothing.
  Dataset d = account({customer("a", {}, 0.5), customer("b", {}, 0.5), customer("c", {}, 0.5)},
                      {tie("a", "b", 0.9), tie("b", "c", 0.9), tie("a", "c", 0.8),
                       tie("a", "c", 0.99, RelationType::conflicts)});
  auto g = whole(d);
  auto p = strongest_path(g, g.index_of("a"), g.index_of("c"));
  ASSERT_TRUE(p);
  EXPECT_THAT(p->people, ElementsAre("a", "b", "c"));
  EXPECT_THAT(p->hops, ElementsAre(0.9, 0.9));
  EXPECT_NEAR(p->strength, 0.81, 1e-12);
  EXPECT_EQ(path_tier(p->strength), PathTier::strong);
}

TEST(Paths, EqualProductsPreferFewerHops) {
  // a-c 0.25 directly, or a-b-c 0.5*0.5 = 0.25: a tie, the direct one wins.
  Dataset d = account({customer("a", {}, 0.5), customer("b", {}, 0.5), customer("c", {}, 0.5)},
                      {tie("a", "b", 0.5), tie("b", "c", 0.5), tie("a", "c", 0.25)});
  auto g = whole(d);
  auto p = strongest_path(g, g.index_of("a"), g.index_of("c"));
  ASSERT_TRUE(p);
  EXPECT_THAT(p->people, ElementsAre("a", "c"));
  EXPECT_EQ(path_tier(0.25), PathTier::moderate);
  EXPECT_EQ(path_tier(0.19), PathTier::weak);
}

TEST(Paths, PlaceholdersAndConflictsNeverCarryAPath) {
  Dataset d = account(
      {customer("a", {}, 0.5), customer("c", {}, 0.5),
       Person{.id = "seat", .org = "acme", .title = "CFO"}},
      {tie("a", "seat", 1.0), tie("seat", "c", 1.0), tie("a", "c", 0.9, RelationType::conflicts)});
  auto g = whole(d);
  EXPECT_FALSE(strongest_path(g, g.index_of("a"), g.index_of("c")));
  EXPECT_FALSE(strongest_path(g, g.index_of("a"), g.index_of("seat")));
}

TEST(Paths, FromTheTeamAndToAnAccount) {
  // Two of ours: k1 knows x 0.4, k2 knows x 0.7; the best start is k2.
  Dataset d = account({colleague("k1", "Sales"), colleague("k2", "Service"), customer("x", {}, 0.5),
                       customer("y", {}, 0.5)},
                      {tie("k1", "x", 0.4), tie("k2", "x", 0.7), tie("x", "y", 0.5)});
  auto g = whole(d);
  auto p = strongest_path_from_team(g, g.index_of("y"));
  ASSERT_TRUE(p);
  EXPECT_THAT(p->people, ElementsAre("k2", "x", "y"));
  EXPECT_NEAR(p->strength, 0.35, 1e-12);
  auto q = strongest_path_to_account(g, "acme");
  ASSERT_TRUE(q);
  EXPECT_THAT(q->people, ElementsAre("k2", "x"));
}

}  // namespace
}  // namespace kamgraph
