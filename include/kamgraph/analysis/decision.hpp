// Central decision makers: who the decision really goes through (Key Account Plan step 4,
// "how and by whom the decision is made, and what else could influence it").
#pragma once

#include <string>
#include <vector>

#include "kamgraph/analysis/account_graph.hpp"

namespace kamgraph {

// formal(p) = power(p) * role_factor(p): the highest factor among p's roles (decider 1.0,
// approver 0.9, influencer 0.7, technical 0.7, gatekeeper 0.6, buyer 0.6, coach 0.5,
// initiator 0.5, user 0.4; no role 0.3).
double role_factor(const Person& p);

// decision_weight(p) = formal(p) + Σ_{k=1..3} β^k Σ_{q reached by k influence steps}
//   (product of the influence strengths on the way) * formal(q),  with β = 0.6:
// a truncated Katz centrality over the influence graph, whose arcs are `influences`
// relationships (source shapes target, weight = effective strength) and reporting lines
// (a manager shapes a direct report, weight kReportingInfluence), from the reports_to field
// and reports_to relationships. So a technical director who strongly shapes the decider
// carries much of the decider's formal weight and can outrank a senior name nobody listens
// to. Internal and outside people get a weight too (an outside consultant can shape the
// decider), but only customer and outside people are ranked.
inline constexpr double kInfluenceDecay = 0.6;
inline constexpr double kReportingInfluence = 0.3;
inline constexpr int kInfluenceDepth = 3;

struct DecisionWeight {
  int person = -1;
  double formal = 0;
  double informal = 0;  // the influence part
  double weight = 0;    // formal + informal
  // "decider, power 0.90; shapes Anna Bianchi (decider) strongly (0.80)"
  std::string explanation;
};

// One entry per vertex, ascending by vertex.
std::vector<DecisionWeight> decision_weights(const AccountGraph& g);

// The ranking: customer and outside non-internal people with weight > 0, by weight desc,
// then id.
std::vector<DecisionWeight> rank_decision_makers(const AccountGraph& g,
                                                 const std::vector<DecisionWeight>& weights);

}  // namespace kamgraph
