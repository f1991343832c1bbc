// The DOT each view writes for the hand-worked account of map_fixture.hpp. Node names are
// "p" + the person's position in id order:
//   p0 adv, p1 buyer, p2 ceo, p3 cfo, p4 eng, p5 kam, p6 rival, p7 se, p8 seat.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "kamgraph/render/map.hpp"
#include "render/map_impl.hpp"
#include "unit/render/map_fixture.hpp"

namespace kamgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace kamgraph::testing;

std::string dot_of(MapView v, const std::string& around = "") {
  MapOptions o;
  o.view = v;
  o.around = around;
  const Dataset d = map_account();
  return map_dot(d, analyse(d), o);
}

// The statement that declares node `name` (or the edge "a -> b"), or "" when absent.
std::string statement(const std::string& dot, const std::string& head) {
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    const auto start = line.find_first_not_of(' ');
    if (start != std::string::npos && line.compare(start, head.size() + 2, head + " [") == 0)
      return line;
  }
  return "";
}

int count(const std::string& text, const std::string& what) {
  int n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(MapDot, ShapesFollowKindAndRole) {
  const std::string dot = dot_of(MapView::stakeholders);
  EXPECT_THAT(statement(dot, "p2"), HasSubstr("shape=\"doubleoctagon\""));  // decider
  EXPECT_THAT(statement(dot, "p3"), HasSubstr("shape=\"octagon\""));        // approver
  EXPECT_THAT(statement(dot, "p1"), HasSubstr("shape=\"box\" style=\"rounded,filled\""));
  EXPECT_THAT(statement(dot, "p0"), HasSubstr("shape=\"hexagon\""));  // outside influencer
  EXPECT_THAT(statement(dot, "p5"), HasSubstr("shape=\"ellipse\""));  // our team
  EXPECT_THAT(statement(dot, "p2"), HasSubstr(">DECIDER<"));
  EXPECT_THAT(statement(dot, "p3"), HasSubstr(">APPROVER<"));
}

TEST(MapDot, FillIsTheAttitudeOnRdBu) {
  const std::string dot = dot_of(MapView::stakeholders);
  EXPECT_THAT(statement(dot, "p1"), HasSubstr("fillcolor=\"#0571b0\" fontcolor=\"#ffffff\""));
  EXPECT_THAT(statement(dot, "p4"), HasSubstr("fillcolor=\"#92c5de\""));
  EXPECT_THAT(statement(dot, "p2"), HasSubstr("fillcolor=\"#f7f7f7\""));
  EXPECT_THAT(statement(dot, "p3"), HasSubstr("fillcolor=\"#f4a582\""));
  EXPECT_THAT(statement(dot, "p6"), HasSubstr("fillcolor=\"#ca0020\" fontcolor=\"#ffffff\""));
  EXPECT_THAT(statement(dot, "p5"), HasSubstr("fillcolor=\"#e8e2d0\""));
}

TEST(MapDot, BorderWidthIsPower) {
  const std::string dot = dot_of(MapView::stakeholders);
  // 1 + 3.5 * power: buyer 0.5 -> 2.75, eng 0.4 -> 2.40, rival 0.3 -> 2.05.
  EXPECT_THAT(statement(dot, "p1"), HasSubstr("color=\"#252525\" penwidth=2.75"));
  EXPECT_THAT(statement(dot, "p4"), HasSubstr("penwidth=2.40"));
  EXPECT_THAT(statement(dot, "p6"), HasSubstr("penwidth=2.05"));
}

TEST(MapDot, UncoveredKeyPeopleAreGapsWithARedBorder) {
  const std::string dot = dot_of(MapView::stakeholders);
  // ceo (decider, best direct 0.08) and cfo (approver, no direct tie): GAP, a red border at
  // least 3.5 wide (cfo's power gives 1 + 3.5 * 0.8 = 3.80), except that a double octagon's
  // border stays at 2.5 so that its two rings stay apart.
  EXPECT_THAT(statement(dot, "p2"), HasSubstr(">GAP<"));
  EXPECT_THAT(statement(dot, "p2"), HasSubstr("color=\"#d7191c\" penwidth=2.50"));
  EXPECT_THAT(statement(dot, "p3"), HasSubstr(">GAP<"));
  EXPECT_THAT(statement(dot, "p3"), HasSubstr("color=\"#d7191c\" penwidth=3.80"));
  // Covered, or not key: no GAP.
  for (const char* p : {"p1", "p4", "p6", "p0", "p8"})
    EXPECT_THAT(statement(dot, p), Not(HasSubstr(">GAP<"))) << p;
}

TEST(MapDot, SinglePointsOfFailureAreTagged) {
  const std::string dot = dot_of(MapView::stakeholders);
  for (const char* p : {"p5", "p1", "p4"}) EXPECT_THAT(statement(dot, p), HasSubstr(">SPOF<")) << p;
  for (const char* p : {"p7", "p2", "p3"})
    EXPECT_THAT(statement(dot, p), Not(HasSubstr(">SPOF<"))) << p;
  EXPECT_THAT(statement(dot, "p5"),
              HasSubstr("SPOF: without them we lose every path to Name of buyer, Name of cfo."));
}

TEST(MapDot, PlaceholdersAreEmptySeats) {
  const std::string line = statement(dot_of(MapView::stakeholders), "p8");
  EXPECT_THAT(line, HasSubstr("style=\"rounded,filled,dashed\" fillcolor=\"#ffffff\""));
  EXPECT_THAT(line, HasSubstr(">EMPTY SEAT<"));
  EXPECT_THAT(line, HasSubstr("<B>[IT Security Head]</B>"));
}

TEST(MapDot, LinesEncodeTypeStrengthAndAge) {
  const std::string dot = dot_of(MapView::stakeholders);
  // kam (our team, column 0) knows buyer: 0.9 * 0.5^(31/365) = 0.8485 -> 0.6 + 4 * 0.8485.
  EXPECT_THAT(statement(dot, "p5 -> p1"),
              HasSubstr("dir=\"none\" color=\"#6b6b6b\" penwidth=3.99 tooltip="));
  // kam knows ceo, last contact 669 days before: stale, dashed.
  EXPECT_THAT(statement(dot, "p5 -> p2"), HasSubstr("style=\"dashed\""));
  // eng influences ceo: a purple arrow. Both are one step from our team, so the line does
  // not rank them.
  EXPECT_THAT(statement(dot, "p4 -> p2"),
              HasSubstr("constraint=\"false\" dir=\"forward\" arrowhead=\"normal\" "
                        "color=\"#5e3c99\" penwidth=3.80"));
  // cfo reports to ceo (the field): a light line with an open arrow to the manager; cfo is
  // two steps out and ceo one, so the line is turned round and its arrow drawn at the tail.
  EXPECT_THAT(statement(dot, "p2 -> p3"),
              HasSubstr("dir=\"back\" arrowtail=\"empty\" color=\"#a6a6a6\" penwidth=1.00 "
                        "tooltip=\"Name of cfo reports to Name of ceo (org chart)\""));
}

TEST(MapDot, APairGetsOneLineTheMostTellingOne) {
  const std::string dot = dot_of(MapView::stakeholders);
  // eng and rival: conflicts (drawn, red with bars) and knows (named in the tooltip).
  EXPECT_EQ(count(dot, "p4 -> p6 ") + count(dot, "p6 -> p4 "), 1);
  EXPECT_THAT(statement(dot, "p4 -> p6"),
              HasSubstr("dir=\"both\" arrowhead=\"tee\" arrowtail=\"tee\" color=\"#b2182b\""));
  EXPECT_THAT(statement(dot, "p4 -> p6"), HasSubstr(". Also: Name of eng knows Name of rival"));
}

TEST(MapDot, StakeholdersClusterOurTeamAndDepartments) {
  const std::string dot = dot_of(MapView::stakeholders);
  EXPECT_THAT(dot, HasSubstr("subgraph cluster_ours {\n    graph [label=<<B>Our team</B>>"));
  EXPECT_THAT(dot, HasSubstr("subgraph cluster_customer {\n    graph [label=<<B>Acme Valves</B>>"));
  // Departments in name order: Board, Engineering, Finance, Purchasing.
  EXPECT_THAT(dot, HasSubstr("subgraph cluster_department_1 {\n      graph [label=<<B>Engineering"));
  EXPECT_THAT(dot, HasSubstr("subgraph cluster_outside {"));
  // Columns: kam, se 0; buyer, ceo, eng 1; cfo, rival 2; adv 3 (through cfo). Our team
  // reaches everyone but the seat, which an invisible line from kam pushes to column 4.
  EXPECT_THAT(dot, HasSubstr("  p5 -> p8 [style=\"invis\" minlen=4]\n"));
}

TEST(MapDot, TitleHasAccountDateCoverageAndStatus) {
  const Dataset d = map_account();
  const AccountAnalysis a = analyse(d);
  const std::string dot = map_dot(d, a, {});
  EXPECT_THAT(dot, HasSubstr("<B>Acme Valves</B></FONT><FONT POINT-SIZE=\"16\">  · stakeholder map"));
  const std::string score = map_detail::number(a.summary.coverage_score * 100, 0);
  EXPECT_THAT(dot, HasSubstr("as of 2026-11-01   ·   coverage score <B>" + score + "%</B>"));
  EXPECT_THAT(dot, HasSubstr("status <FONT COLOR=\"#b2182b\"><B>RED</B></FONT>"));
  EXPECT_THAT(dot, HasSubstr("9 people shown"));
  EXPECT_THAT(dot, HasSubstr("<B>Attitude to us: fill</B>"));  // the legend
  EXPECT_THAT(dot, HasSubstr("layout=\"dot\""));
}

TEST(MapDot, OrgchartIsTheTreeWithRelationshipsOverlaid) {
  const std::string dot = dot_of(MapView::orgchart);
  EXPECT_THAT(dot, HasSubstr("rankdir=\"TB\""));
  // ceo manages cfo and eng: dark lines from the manager down, which rank.
  EXPECT_THAT(statement(dot, "p2 -> p3"), HasSubstr("[dir=\"none\" color=\"#525252\" penwidth=1.40"));
  EXPECT_THAT(statement(dot, "p3 -> p1"), HasSubstr("[dir=\"none\" color=\"#525252\""));
  // eng -> ceo is both a reporting line and an influence: the tree wins, and the influence
  // is in the tooltip.
  EXPECT_THAT(statement(dot, "p2 -> p4"), HasSubstr("Also: Name of eng influences Name of ceo"));
  // The influence of adv on cfo is overlaid, without ranking.
  EXPECT_THAT(statement(dot, "p0 -> p3"), HasSubstr("constraint=\"false\" dir=\"forward\""));
  // No node for our team; the chart says who on our team knows each person.
  EXPECT_EQ(statement(dot, "p5"), "");
  // (Labels wrap at 28 characters; tooltips do not.)
  EXPECT_THAT(statement(dot, "p1"), HasSubstr("known by Colleague kam<BR/>(0.85)"));
  EXPECT_THAT(statement(dot, "p1"), HasSubstr("Known by Colleague kam (0.85)."));
  EXPECT_THAT(statement(dot, "p3"), HasSubstr("No direct contact with our team; reached at 0.51"));
  EXPECT_THAT(statement(dot, "p2"), HasSubstr("Known weakly by Colleague kam (0.08)"));
}

TEST(MapDot, InfluenceShowsDecisionWeightAndConflicts) {
  const Dataset d = map_account();
  const AccountAnalysis a = analyse(d);
  MapOptions o;
  o.view = MapView::influence;
  const std::string dot = map_dot(d, a, o);
  EXPECT_THAT(statement(dot, "p4 -> p2"), HasSubstr("arrowhead=\"normal\" color=\"#5e3c99\""));
  EXPECT_THAT(statement(dot, "p4 -> p6"), HasSubstr("arrowhead=\"tee\""));
  // Acquaintance is not drawn: buyer works with cfo, and only the reporting line is.
  EXPECT_THAT(statement(dot, "p1 -> p3"),
              HasSubstr("tooltip=\"Name of buyer reports to Name of cfo (org chart)\"]"));
  const auto& w = a.metrics[4].decision;  // eng
  EXPECT_THAT(statement(dot, "p4"),
              HasSubstr("decision weight " + map_detail::number(w.weight, 2) + "<BR/>formal " +
                        map_detail::number(w.formal, 2) + " + influence " +
                        map_detail::number(w.informal, 2)));
  // The name grows with the weight: 11 + 11 * weight / the largest weight shown.
  double top = 0;
  for (const auto& m : a.metrics) top = std::max(top, m.decision.weight);
  EXPECT_THAT(statement(dot, "p4"),
              HasSubstr("<FONT POINT-SIZE=\"" + std::to_string(std::lround(11 + 11 * w.weight / top)) +
                        "\"><B>Name of eng</B>"));
}

TEST(MapDot, CoverageDrawsTheReachAndTheOnlyRelationships) {
  const std::string dot = dot_of(MapView::coverage);
  // kam-buyer, buyer-cfo and eng-rival are the only relationships reaching someone: orange.
  EXPECT_THAT(statement(dot, "p5 -> p1"), HasSubstr("color=\"#e66101\""));
  EXPECT_THAT(statement(dot, "p1 -> p3"), HasSubstr("color=\"#e66101\""));
  EXPECT_THAT(statement(dot, "p4 -> p6"), HasSubstr("color=\"#e66101\""));
  EXPECT_THAT(statement(dot, "p7 -> p4"), HasSubstr("color=\"#6b6b6b\""));
  // No conflicts, and nothing among our own team.
  EXPECT_THAT(dot, Not(HasSubstr("arrowhead=\"tee\"")));
  EXPECT_EQ(statement(dot, "p5 -> p7"), "");
  EXPECT_THAT(statement(dot, "p5"), HasSubstr("only way in to 2 people"));
  EXPECT_THAT(statement(dot, "p3"), HasSubstr("reached at "));
}

TEST(MapDot, EgoIsRadialAroundTheCentre) {
  const std::string dot = dot_of(MapView::ego, "ceo");
  EXPECT_THAT(dot, HasSubstr("layout=\"twopi\""));
  EXPECT_THAT(dot, HasSubstr("root=\"p2\""));
  EXPECT_THAT(dot, HasSubstr("· around Name of ceo, 1 step"));
  EXPECT_EQ(statement(dot, "p1"), "");  // buyer is two steps away
}

TEST(MapDot, WhatIfLeavesTheLeaversOut) {
  const Dataset d = map_account();
  const std::string dot = map_dot(d, analyse(d, "2026-11-01", {"kam"}), {});
  EXPECT_THAT(dot, Not(HasSubstr("<B>Colleague kam</B>")));
  EXPECT_THAT(dot, HasSubstr("Showing what if Colleague kam leaves"));
}

TEST(MapDot, BigMapsUseSfdpAndShortLabels) {
  Dataset d;
  d.accounts.push_back(Account{.id = "big", .name = "Big"});
  d.people.push_back(teammate("kam", "Sales"));
  for (int i = 0; i <= kBigMapPeople; ++i) {
    const std::string id = "c" + std::to_string(1000 + i);
    d.people.push_back(stakeholder(id, Role::user, 0.3, Attitude::neutral, "Ops"));
    d.people.back().org = "big";
    d.relationships.push_back(relation("kam", id, RelationType::knows, 0.5));
  }
  sort_dataset(d);
  const std::string dot = map_dot(d, analyse(d), {});
  EXPECT_THAT(dot, HasSubstr("layout=\"sfdp\""));
  EXPECT_THAT(dot, HasSubstr("overlap=\"prism\" splines=\"false\""));
  EXPECT_THAT(dot, Not(HasSubstr("subgraph cluster")));
  // Names and tags only (the tooltip keeps the rest).
  EXPECT_THAT(dot, HasSubstr("<B>Name of c1000</B></FONT></TD></TR></TABLE>>"));
  EXPECT_THAT(dot, Not(HasSubstr("<BR/>Title of c1000")));
}

TEST(MapDot, SameInputSameBytes) {
  for (MapView v : {MapView::stakeholders, MapView::orgchart, MapView::influence,
                    MapView::coverage}) {
    EXPECT_EQ(dot_of(v), dot_of(v));
  }
}

TEST(MapDot, WithoutTheDataOnlyReportingLinesAreDrawn) {
  const Dataset d = map_account();
  const std::string dot = map_dot(analyse(d), {});
  EXPECT_THAT(statement(dot, "p3 -> p2"), HasSubstr("(org chart)"));
  // Every line drawn is a reporting line (or the invisible one that ranks the seat).
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);) {
    if (line.find(" -> ") != std::string::npos && line.find("invis") == std::string::npos) {
      EXPECT_THAT(line, HasSubstr("(org chart)\"]"));
    }
  }
}

}  // namespace
}  // namespace kamgraph
