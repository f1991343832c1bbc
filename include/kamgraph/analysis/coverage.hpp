// Coverage: how well our internal team reaches each customer person (Key Account Plan
// step 2: "Are we present where it matters?").
#pragma once

#include <string>
#include <vector>

#include "kamgraph/analysis/account_graph.hpp"

namespace kamgraph {

// A person counts as known well (covered) when one of our people holds a direct tie of at
// least this effective strength.
inline constexpr double kCoveredStrength = 0.5;
// Vertex-disjoint routes counted up to this many: beyond three, more does not change advice.
inline constexpr int kRedundancyCap = 3;

struct PersonCoverage {
  int person = -1;                       // vertex
  double direct = 0;                     // best effective strength of a tie to one of ours
  std::string direct_by;                 // who holds it (smallest id on ties); empty if none
  double access = 0;                     // strongest path from our team: product of strengths
  std::vector<std::string> access_path;  // ids, from one of ours to the person; empty if none
  int redundancy = 0;                    // vertex-disjoint paths from our team, capped
  bool covered() const { return direct >= kCoveredStrength; }
};

// One entry per customer person, ascending by vertex. Placeholders get zeros.
// access: Dijkstra from a virtual source joined to every internal person, edge length
// -ln(effective strength), so the shortest path is the one with the largest product.
// redundancy: Menger's theorem, the number of internally vertex-disjoint paths, as a unit
// vertex-capacity max flow from the virtual source by shortest augmenting paths
// (Edmonds-Karp), stopped after kRedundancyCap of them.
// Time complexity: O(C * (V + E) * cap + (V + E) log V) for C customer people.
std::vector<PersonCoverage> coverage(const AccountGraph& g);

// The account's coverage score in [0,1]: the power-weighted mean of access over the
// customer people, Σ power·access / Σ power (placeholders count with access 0). 1 means
// every person with power is reached by a direct tie of strength 1.
double coverage_score(const AccountGraph& g, const std::vector<PersonCoverage>& cov);

// Our people holding at least one direct (non-conflict) tie to a customer person: the
// "threads" of the relationship. Ascending ids.
std::vector<std::string> threads(const AccountGraph& g);

// The relationship stage from the graph's shape (seed 001's bow-tie to diamond ladder):
//  - none: nobody on our team has a direct tie to the customer;
//  - bow_tie: one knot carries the relationship: a single person on our side or on
//    theirs holds the direct ties, or holds at least 75% of their effective strength;
//  - developing: between the two;
//  - diamond: at least 3 of our people from at least 2 functions (departments) hold
//    direct ties to at least 3 customer people in at least 2 departments, and nobody on
//    either side holds more than half of the direct ties' effective strength.
enum class Stage { none, bow_tie, developing, diamond };
std::string_view to_string(Stage s);
Stage relationship_stage(const AccountGraph& g);

}  // namespace kamgraph
