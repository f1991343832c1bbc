// The coverage matrix: the customer's people as rows, grouped by role, our account team as
// columns, each cell the effective strength of their relationship. It is the grid KAM teams
// otherwise keep in a spreadsheet (Key Account Plan step 2: "Are we present where it
// matters? Where are the gaps?").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kamgraph/analysis/account_graph.hpp"
#include "kamgraph/report/analysis_report.hpp"

namespace kamgraph {

// One customer person and one of our people.
struct MatrixCell {
  // The strongest effective strength among the ties between the two that can carry an
  // introduction (every type but `conflicts`); 0 when there is none.
  double strength = 0;
  double recorded = 0;               // that tie's strength as recorded
  std::optional<Date> last_contact;  // that tie's; none when undated
  bool stale = false;                // that tie is stale (TimeOptions::stale_after_days)
  bool conflict = false;             // a `conflicts` relationship joins the two
  bool tie() const { return strength > 0; }
  bool undated() const { return tie() && !last_contact; }
  bool empty() const { return !tie() && !conflict; }
};

struct MatrixRow {
  Person person;
  std::vector<MatrixCell> cells;  // parallel to CoverageMatrix::team
  double best = 0;                // the row's strongest cell: the person's direct coverage
  bool covered() const;           // best >= kCoveredStrength
};

// The rows of one role. A person with several roles appears once, under the first of their
// roles in the vocabulary's order (decider, approver, buyer, user, technical, influencer,
// gatekeeper, initiator, coach), so that every person is counted once; the row lists all
// their roles. People without a role come after the roles, outside influencers (a
// consultant, an analyst) last.
enum class MatrixGroupKind { role, no_role, outside };
struct MatrixGroup {
  MatrixGroupKind kind = MatrixGroupKind::role;
  Role role = Role::decider;    // when kind == role
  std::vector<MatrixRow> rows;  // by power desc, then id
  // "decider", "no role", "outside influencer"
  std::string label() const;
};

struct CoverageMatrix {
  Account account;
  TimeOptions time;
  std::vector<Person> team;         // our people in the account's graph, ascending id
  std::vector<MatrixGroup> groups;  // in the order above; empty groups left out
  // How many customer people (outside influencers excluded) each of our people knows well
  // (a cell >= kCoveredStrength); parallel to team.
  std::vector<int> known_well;
  int customer_people = 0;  // rows outside the `outside` group, placeholders included
  int covered_people = 0;   // of those, covered
};

// Placeholders are rows with empty cells (nobody can know a seat nobody fills).
// Time complexity: O(T + P * I) for T ties, P customer and outside people, I of ours.
CoverageMatrix coverage_matrix(const AccountGraph& g);

// A terminal table (our people numbered, with a key) or a Markdown table (our people by
// name). Cells: strength with two decimals, `*` stale, `?` undated, `x` conflict, `-` none.
std::string matrix_text(const CoverageMatrix& m, TextStyle style);
// One row per person: group,id,name,title,roles,power,attitude,best, then one column per
// person of ours headed by their id; cells are the strength (two decimals) or empty.
std::string matrix_csv(const CoverageMatrix& m);
// Everything, including each cell's recorded strength, last contact and flags.
std::string matrix_json(const CoverageMatrix& m);
// The heat-map: an HTML <table class="matrix"> whose cells are coloured by strength class
// (h0: no tie, h1: below 0.25, h2: below kCoveredStrength, h3: below 0.75, h4: from 0.75),
// styled by the brief's stylesheet. Every user string escaped.
std::string matrix_html(const CoverageMatrix& m);
// The heat class of a strength: 0 (no tie) to 4, as above.
int heat_class(double strength);

}  // namespace kamgraph
