// Coverage's redundancy (the number of internally vertex-disjoint paths from our team to a
// customer person, capped at kRedundancyCap): by hand on small accounts, and against
// Boost's Edmonds-Karp maximum flow, run in full, on random ones.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/edmonds_karp_max_flow.hpp>
#include <random>

#include "kamgraph/analysis/account_graph.hpp"
#include "kamgraph/analysis/coverage.hpp"
#include "unit/analysis/accounts_fixture.hpp"

namespace kamgraph {
namespace {

using namespace kamgraph::testing;

AccountGraph graph_of(const Dataset& d) {
  TimeOptions t;
  t.as_of = Date(2026, 11, 1);
  return AccountGraph(d, "acme", t);
}

int redundancy(const Dataset& d, const std::string& id) {
  const AccountGraph g = graph_of(d);
  for (const PersonCoverage& c : coverage(g))
    if (g.person(c.person).id == id) return c.redundancy;
  ADD_FAILURE() << "no coverage entry for " << id;
  return -1;
}

// Four colleagues who each know x: four disjoint paths, reported as the cap, 3. y is
// reached only through x, so one path however many reach x. z through two people who
// both go through x: still one (x is a cut vertex). w by nobody: 0.
TEST(Redundancy, CountsDisjointPathsUpToTheCap) {
  const Dataset d =
      account({colleague("k1", "sales"), colleague("k2", "sales"), colleague("k3", "sales"),
               colleague("k4", "sales"), customer("x", {}, 0.5), customer("y", {}, 0.5),
               customer("a", {}, 0.5), customer("b", {}, 0.5), customer("z", {}, 0.5),
               customer("w", {}, 0.5)},
              {tie("k1", "x", 0.5), tie("k2", "x", 0.5), tie("k3", "x", 0.5), tie("k4", "x", 0.5),
               tie("x", "y", 0.5), tie("x", "a", 0.5), tie("x", "b", 0.5), tie("a", "z", 0.5),
               tie("b", "z", 0.5)});
  EXPECT_EQ(redundancy(d, "x"), kRedundancyCap);
  EXPECT_EQ(redundancy(d, "y"), 1);
  EXPECT_EQ(redundancy(d, "z"), 1);
  EXPECT_EQ(redundancy(d, "w"), 0);
}

// The whole maximum flow by Boost on the same split graph (person v as v_in = 2v ->
// v_out = 2v+1 of capacity 1; each introduction tie both ways; a source into every
// colleague's v_in), then capped.
int boost_redundancy(const AccountGraph& g, int target) {
  using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
  using Graph = boost::adjacency_list<
      boost::vecS, boost::vecS, boost::directedS, boost::no_property,
      boost::property<
          boost::edge_capacity_t, long,
          boost::property<boost::edge_residual_capacity_t, long,
                          boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;
  const int n = g.size();
  Graph flow(std::size_t(2 * n + 1));
  const auto add = [&](int a, int b) {
    auto e = boost::add_edge(std::size_t(a), std::size_t(b), flow).first;
    auto r = boost::add_edge(std::size_t(b), std::size_t(a), flow).first;
    boost::put(boost::edge_capacity, flow, e, 1);
    boost::put(boost::edge_capacity, flow, r, 0);
    boost::put(boost::edge_reverse, flow, e, r);
    boost::put(boost::edge_reverse, flow, r, e);
  };
  const auto adj = introduction_adjacency(g);
  for (int v = 0; v < n; ++v) {
    add(2 * v, 2 * v + 1);
    for (const Neighbour& nb : adj[std::size_t(v)]) add(2 * v + 1, 2 * nb.vertex);
  }
  for (int v : g.internal_people()) add(2 * n, 2 * v);
  const long all = boost::edmonds_karp_max_flow(flow, std::size_t(2 * n), std::size_t(2 * target));
  return static_cast<int>(std::min<long>(all, kRedundancyCap));
}

TEST(Redundancy, MatchesBoostsMaximumFlowOnRandomAccounts) {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    std::mt19937 rng(seed);
    std::vector<Person> people;
    const int team = 1 + int(rng() % 5), customers = 5 + int(rng() % 40);
    for (int i = 0; i < team; ++i) people.push_back(colleague("k" + std::to_string(i), "sales"));
    for (int i = 0; i < customers; ++i)
      people.push_back(customer("c" + std::to_string(i), {}, 0.5));
    std::vector<Relationship> ties;
    const int count = customers * (1 + int(rng() % 3));
    for (int i = 0; i < count; ++i) {
      const Person& a = people[rng() % people.size()];
      const Person& b = people[rng() % people.size()];
      if (a.id == b.id) continue;
      ties.push_back(tie(a.id, b.id, 0.1 * double(1 + rng() % 10)));
    }
    std::sort(ties.begin(), ties.end(), [](const Relationship& x, const Relationship& y) {
      return std::tie(x.source, x.target) < std::tie(y.source, y.target);
    });
    ties.erase(std::unique(ties.begin(), ties.end(),
                           [](const Relationship& x, const Relationship& y) {
                             return x.source == y.source && x.target == y.target;
                           }),
               ties.end());
    const Dataset d = account(people, ties);
    const AccountGraph g = graph_of(d);
    for (const PersonCoverage& c : coverage(g))
      EXPECT_EQ(c.redundancy, boost_redundancy(g, c.person))
          << "seed " << seed << ", " << g.person(c.person).id;
  }
}

}  // namespace
}  // namespace kamgraph
