// Strongest introduction paths: who can introduce whom, over the whole relationship graph
// (a colleague on another account may hold the best introduction).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kamgraph/analysis/account_graph.hpp"

namespace kamgraph {

struct IntroductionPath {
  std::vector<std::string> people;  // from the first to the last person, ids
  std::vector<double> hops;         // effective strength of each hop (people.size() - 1)
  double strength = 0;              // product of the hops
};

// strong: >= 0.5 (a warm introduction); moderate: >= 0.2; weak: below.
enum class PathTier { strong, moderate, weak };
PathTier path_tier(double strength);
std::string_view to_string(PathTier t);

// The path with the largest product of effective strengths, found as a shortest path with
// length -ln(strength) (Dijkstra) over introduction_adjacency(): `conflicts` never carries
// a path and placeholders are never on one. Equal products are broken by fewer hops, then
// by the smaller id sequence, so the answer is deterministic. nullopt when unconnected.
// Time complexity: O((V + E) log V).
std::optional<IntroductionPath> strongest_path(const AccountGraph& g, int from, int to);
// From the best placed of our internal people.
std::optional<IntroductionPath> strongest_path_from_team(const AccountGraph& g, int to);
// From the best placed of our people to anyone whose org is `account_id`.
std::optional<IntroductionPath> strongest_path_to_account(const AccountGraph& g,
                                                          const std::string& account_id);

}  // namespace kamgraph
