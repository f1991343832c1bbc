// One account's whole analysis (Key Account Plan steps 2 and 4), and what-if.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "kamgraph/analysis/account_graph.hpp"
#include "kamgraph/analysis/coverage.hpp"
#include "kamgraph/analysis/decision.hpp"
#include "kamgraph/analysis/gaps.hpp"
#include "kamgraph/analysis/single_points.hpp"

namespace kamgraph {

struct AnalysisOptions {
  TimeOptions time;
  // What-if: analyse as if these people had left (ids; each must be in the account's
  // graph, else NotFoundError).
  std::vector<std::string> without;
};

struct PersonMetrics {
  int degree = 0;          // relationships, conflicts excluded
  double strength = 0;     // sum of effective strengths of those
  double betweenness = 0;  // Brandes, length 1/strength, normalised 2/((n-1)(n-2))
  double pagerank = 0;     // damping 0.85; influences directed, others both ways
  DecisionWeight decision;
  std::optional<PersonCoverage> coverage;  // customer people only
};

struct StaleRelationship {
  std::string source, target;
  RelationType type;
  Date last_contact;
  long age_days = 0;
  bool key = false;  // touches a key customer person
};

struct AccountSummary {
  double coverage_score = 0;
  std::vector<std::string> threads;
  Stage stage = Stage::none;
  int customer_people = 0;
  int covered_people = 0;
  int placeholders = 0;
  std::vector<std::string> roles_covered;    // roles present with someone covered in them
  std::vector<std::string> roles_uncovered;  // roles present with nobody covered
  std::vector<std::string> departments_covered;
  std::vector<std::string> departments_uncovered;
  int stale_relationships = 0;
  int undated_relationships = 0;
};

struct AccountAnalysis {
  Account account;
  TimeOptions time;
  std::vector<std::string> without;
  std::vector<Person> people;          // sorted by id
  std::vector<PersonMetrics> metrics;  // parallel to people
  std::vector<std::string> articulation_points;
  std::vector<std::pair<std::string, std::string>> bridges;
  std::vector<DecisionWeight> decision_makers;  // ranked; person indexes into people
  std::vector<Gap> gaps;
  SinglePoints single_points;
  std::vector<StaleRelationship> stale;
  AccountSummary summary;
  Verdict verdict;
};

// `data` is the account's graph as Store::account_data returns it.
// Throws NotFoundError for a `without` id not in the graph, and Error(no_result) for an
// account with no people at all.
AccountAnalysis analyze_account(const Dataset& data, const std::string& account_id,
                                const AnalysisOptions& options);

// What changes if the `without` people leave.
struct WhatIf {
  AccountAnalysis before, after;
  double coverage_lost = 0;                    // before.score - after.score
  std::vector<std::string> lost_access;        // customer people reached before, not after
  std::vector<Gap> new_gaps;                   // in after, not in before (by person + type)
  std::vector<SinglePoint> new_single_points;  // in after, not in before (by person)
};
WhatIf what_if(const Dataset& data, const std::string& account_id, const AnalysisOptions& options);

}  // namespace kamgraph
