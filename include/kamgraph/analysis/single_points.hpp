// Single points of relationship failure: the people and the relationships whose loss would
// cut every path from our team to a customer person we reach today.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "kamgraph/analysis/account_graph.hpp"

namespace kamgraph {

struct SinglePoint {
  std::string person;                 // ours or theirs
  std::vector<std::string> cuts_off;  // customer people no longer reachable, ascending
  double power_cut_off = 0;           // their summed power
};

struct SingleRelationship {
  std::string a, b;  // a < b
  std::vector<std::string> cuts_off;
  double power_cut_off = 0;
};

struct SinglePoints {
  std::vector<SinglePoint> people;                // by power_cut_off desc, then id
  std::vector<SingleRelationship> relationships;  // likewise
};

// Articulation points and bridges of the introduction graph (introduction_adjacency) with a
// virtual source joined to the whole internal team, restricted to the part our team
// reaches: exactly the vertices (other than the source) whose removal disconnects some
// reached customer person from every one of our people. An internal person is a single
// point when only they reach someone. Time complexity: O(A * (V + E)) for A cut vertices.
SinglePoints single_points_of_failure(const AccountGraph& g);

}  // namespace kamgraph
