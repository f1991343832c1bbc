// Hand-worked accounts: every expected number is derived in the comments from the
// fixtures in accounts_fixture.hpp (all relationships undated, so no time decay).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/error.hpp"
#include "unit/analysis/accounts_fixture.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;
using namespace kamgraph::testing;

AnalysisOptions at(const std::string& date, std::vector<std::string> without = {}) {
  AnalysisOptions o;
  o.time.as_of = *Date::parse(date);
  o.without = std::move(without);
  return o;
}

const PersonCoverage& cov(const AccountAnalysis& a, const std::string& id) {
  for (std::size_t i = 0; i < a.people.size(); ++i)
    if (a.people[i].id == id) return *a.metrics[i].coverage;
  throw std::runtime_error("no " + id);
}

std::vector<std::string> gap_keys(const std::vector<Gap>& gaps) {
  std::vector<std::string> out;
  for (const auto& g : gaps) out.push_back(g.person + ":" + g.type);
  return out;
}

TEST(BowTie, CoverageRunsThroughTheKam) {
  auto a = analyze_account(bow_tie(), "acme", at("2026-11-01"));
  // buyer: direct 0.9 (kam). ceo: direct 0.3, but kam>buyer>ceo = 0.9*0.6 = 0.54.
  EXPECT_DOUBLE_EQ(cov(a, "buyer").direct, 0.9);
  EXPECT_EQ(cov(a, "buyer").direct_by, "kam");
  EXPECT_DOUBLE_EQ(cov(a, "ceo").direct, 0.3);
  EXPECT_NEAR(cov(a, "ceo").access, 0.54, 1e-12);
  EXPECT_THAT(cov(a, "ceo").access_path, ElementsAre("kam", "buyer", "ceo"));
  EXPECT_NEAR(cov(a, "cfo").access, 0.45, 1e-12);
  EXPECT_EQ(cov(a, "cfo").direct_by, "");
  // Every route from our team starts at kam (se knows only kam): one disjoint route each.
  for (const char* id : {"buyer", "ceo", "cfo", "eng"}) EXPECT_EQ(cov(a, id).redundancy, 1) << id;
  // (0.5*0.9 + 0.9*0.54 + 0.8*0.45 + 0.6*0.45) / (0.5+0.9+0.8+0.6) = 1.566 / 2.8
  EXPECT_NEAR(a.summary.coverage_score, 1.566 / 2.8, 1e-12);
  EXPECT_THAT(a.summary.threads, ElementsAre("kam"));
  EXPECT_EQ(a.summary.stage, Stage::bow_tie);
}

TEST(BowTie, KamAndBuyerAreSinglePointsOfFailure) {
  auto a = analyze_account(bow_tie(), "acme", at("2026-11-01"));
  ASSERT_EQ(a.single_points.people.size(), 2u);
  // kam cuts off all four (2.8); buyer cuts off cfo and eng (ceo stays reachable via kam).
  EXPECT_EQ(a.single_points.people[0].person, "kam");
  EXPECT_THAT(a.single_points.people[0].cuts_off, ElementsAre("buyer", "ceo", "cfo", "eng"));
  EXPECT_NEAR(a.single_points.people[0].power_cut_off, 2.8, 1e-12);
  EXPECT_EQ(a.single_points.people[1].person, "buyer");
  EXPECT_THAT(a.single_points.people[1].cuts_off, ElementsAre("cfo", "eng"));
  // kam-buyer is on the cycle kam-buyer-ceo; buyer-cfo and buyer-eng are bridges.
  ASSERT_EQ(a.single_points.relationships.size(), 2u);
  EXPECT_EQ(a.single_points.relationships[0].a + "-" + a.single_points.relationships[0].b,
            "buyer-cfo");
  EXPECT_EQ(a.single_points.relationships[1].a + "-" + a.single_points.relationships[1].b,
            "buyer-eng");
}

TEST(BowTie, GapsRankedBySeverity) {
  auto a = analyze_account(bow_tie(), "acme", at("2026-11-01"));
  // cfo: 0.8 * 1 = 0.8; ceo: 0.9 * (1 - 0.3/0.5) = 0.36; strategic redundancy 0.45 / 0.40;
  // red flags: no coach 0.6, few supporters 0.5 (0 of 2), no opponent 0.3; roles with
  // nobody covered: decider 0.45, approver 0.45, technical 0.25. Equal severities rank by
  // person ("" for the account first), then type, then reason.
  EXPECT_THAT(gap_keys(a.gaps),
              ElementsAre("cfo:uncovered_decider", ":no_coach", ":few_supporters",
                          ":role_uncovered", ":role_uncovered", "ceo:low_redundancy",
                          "cfo:low_redundancy", "ceo:uncovered_decider", ":no_opponent_mapped",
                          ":role_uncovered"));
  EXPECT_NEAR(a.gaps[0].severity, 0.8, 1e-12);
  EXPECT_NEAR(a.gaps[7].severity, 0.36, 1e-12);
  EXPECT_EQ(a.verdict.status, Status::red);
  EXPECT_FALSE(a.verdict.policy_met);
}

TEST(BowTie, WithoutTheKamEveryDeciderIsAGap) {
  auto w = what_if(bow_tie(), "acme", at("2026-11-01", {"kam"}));
  EXPECT_THAT(w.lost_access, ElementsAre("buyer", "ceo", "cfo", "eng"));
  EXPECT_DOUBLE_EQ(w.after.summary.coverage_score, 0.0);
  EXPECT_EQ(w.after.summary.stage, Stage::none);
  std::vector<std::string> deciders_gaps;
  for (const auto& g : w.after.gaps)
    if (g.type == "uncovered_decider") deciders_gaps.push_back(g.person);
  EXPECT_THAT(deciders_gaps, UnorderedElementsAre("ceo", "cfo"));
  EXPECT_EQ(w.after.gaps.front().type, "no_contact");
  EXPECT_EQ(w.after.verdict.status, Status::red);
  EXPECT_NEAR(w.coverage_lost, 1.566 / 2.8, 1e-12);
  // The ceo's uncovered_decider gap existed before (0.36), so only no_contact is new in kind.
  EXPECT_THAT(gap_keys(w.new_gaps), ::testing::Contains(":no_contact"));
}

TEST(BowTie, WithoutUnknownIdIsNotFound) {
  EXPECT_THROW(analyze_account(bow_tie(), "acme", at("2026-11-01", {"nobody"})), NotFoundError);
}

TEST(Diamond, NoSinglePointAndGreen) {
  auto a = analyze_account(diamond(), "acme", at("2026-11-01"));
  EXPECT_EQ(a.summary.stage, Stage::diamond);
  EXPECT_THAT(a.summary.threads, ElementsAre("eng1", "fin1", "kam"));
  EXPECT_THAT(a.single_points.people, IsEmpty());
  EXPECT_THAT(a.single_points.relationships, IsEmpty());
  for (const char* id : {"ceo", "cto", "cfo"}) {
    EXPECT_EQ(cov(a, id).redundancy, 2) << id;
    EXPECT_DOUBLE_EQ(cov(a, id).direct, 0.8) << id;
  }
  EXPECT_NEAR(a.summary.coverage_score, 0.8, 1e-12);
  EXPECT_THAT(a.gaps, IsEmpty());
  EXPECT_EQ(a.verdict.status, Status::green);
  EXPECT_TRUE(a.verdict.policy_met);
}

TEST(ChampionGate, EveryPathToTheCeoRunsThroughTheChampion) {
  auto a = analyze_account(champion_gate(), "acme", at("2026-11-01"));
  // ceo: kam>champ>ceo = 0.63 beats kam>cfo>champ>ceo = 0.252.
  EXPECT_NEAR(cov(a, "ceo").access, 0.63, 1e-12);
  EXPECT_THAT(cov(a, "ceo").access_path, ElementsAre("kam", "champ", "ceo"));
  EXPECT_EQ(cov(a, "ceo").redundancy, 1);
  ASSERT_EQ(a.single_points.people.size(), 2u);
  EXPECT_EQ(a.single_points.people[0].person, "kam");
  EXPECT_THAT(a.single_points.people[0].cuts_off, ElementsAre("ceo", "cfo", "champ"));
  EXPECT_NEAR(a.single_points.people[0].power_cut_off, 2.0, 1e-12);
  EXPECT_EQ(a.single_points.people[1].person, "champ");
  EXPECT_THAT(a.single_points.people[1].cuts_off, ElementsAre("ceo"));
  ASSERT_EQ(a.single_points.relationships.size(), 1u);
  EXPECT_EQ(a.single_points.relationships[0].a, "ceo");
  EXPECT_EQ(a.single_points.relationships[0].b, "champ");
  EXPECT_EQ(a.gaps.front().person, "ceo");
  EXPECT_EQ(a.gaps.front().type, "uncovered_decider");
  EXPECT_NEAR(a.gaps.front().severity, 0.9, 1e-12);
  EXPECT_EQ(a.verdict.status, Status::red);
}

TEST(DecisionWeight, InfluenceLetsATechnicalDirectorOutrankASeniorName) {
  // ceo: decider 0.9 -> formal 0.9. cfo: approver 0.8 -> 0.72, no links.
  // td: technical 0.5 -> 0.35, shapes the ceo with 0.9: 0.35 + 0.6*0.9*0.9 = 0.836.
  Dataset d =
      account({colleague("kam", "Sales"), customer("ceo", {Role::decider}, 0.9),
               customer("cfo", {Role::approver}, 0.8), customer("td", {Role::technical}, 0.5)},
              {tie("td", "ceo", 0.9, RelationType::influences), tie("kam", "td", 0.7)});
  auto a = analyze_account(d, "acme", at("2026-11-01"));
  std::vector<std::string> order;
  for (const auto& dm : a.decision_makers) order.push_back(a.people[std::size_t(dm.person)].id);
  EXPECT_THAT(order, ElementsAre("ceo", "td", "cfo"));
  EXPECT_NEAR(a.decision_makers[1].weight, 0.836, 1e-12);
  EXPECT_NEAR(a.decision_makers[2].weight, 0.72, 1e-12);
  EXPECT_THAT(a.decision_makers[1].explanation,
              ::testing::HasSubstr("shapes Name of ceo (decider) strongly (0.90)"));
}

TEST(DecisionWeight, ManagersShapeTheirReports) {
  // boss (no role, power 0.5: formal 0.15) manages eval (technical 0.6: formal 0.42),
  // a reporting line weighing kReportingInfluence = 0.3: boss = 0.15 + 0.6 * 0.3 * 0.42.
  Dataset d = account({customer("boss", {}, 0.5), customer("eval", {Role::technical}, 0.6)}, {});
  d.people[1].reports_to = "boss";
  auto a = analyze_account(d, "acme", at("2026-11-01"));
  EXPECT_NEAR(a.metrics[0].decision.weight, 0.2256, 1e-12);
  EXPECT_THAT(a.metrics[0].decision.explanation,
              ::testing::HasSubstr("manages Name of eval (technical)"));
  EXPECT_NEAR(a.metrics[1].decision.weight, 0.42, 1e-12);
}

TEST(Time, StrengthHalvesEveryHalfLifeAndOldTiesAreStale) {
  TimeOptions t;
  t.as_of = Date(2026, 11, 1);
  Relationship r{.source = "a", .target = "b", .strength = 0.8};
  EXPECT_DOUBLE_EQ(effective_strength(r, t), 0.8);  // undated keeps its strength
  r.last_contact = t.as_of.plus_days(-365);
  EXPECT_NEAR(effective_strength(r, t), 0.4, 1e-12);
  r.last_contact = t.as_of.plus_days(-730);
  EXPECT_NEAR(effective_strength(r, t), 0.2, 1e-12);
  r.last_contact = t.as_of.plus_days(30);  // in the future: age 0
  EXPECT_DOUBLE_EQ(effective_strength(r, t), 0.8);

  Dataset d = account({colleague("kam", "Sales"), customer("ceo", {Role::decider}, 0.9)},
                      {tie("kam", "ceo", 0.8)});
  d.relationships[0].last_contact = Date(2025, 11, 1);  // 365 days before as_of
  auto a = analyze_account(d, "acme", at("2026-11-01"));
  ASSERT_EQ(a.stale.size(), 1u);
  EXPECT_EQ(a.stale[0].age_days, 365);
  EXPECT_TRUE(a.stale[0].key);
  EXPECT_NEAR(cov(a, "ceo").direct, 0.4, 1e-12);  // no longer covered (< 0.5)
  EXPECT_THAT(gap_keys(a.gaps), ::testing::Contains("ceo:stale_key_relationship"));
}

TEST(EmptyAccount, NobodyKnownIsAnAnswerNotAnError) {
  Dataset d = account({colleague("kam", "Sales"), customer("ceo", {Role::decider}, 0.9)}, {});
  auto a = analyze_account(d, "acme", at("2026-11-01"));
  EXPECT_EQ(a.gaps.front().type, "no_contact");
  EXPECT_EQ(a.summary.stage, Stage::none);
  EXPECT_EQ(a.verdict.status, Status::red);
}

TEST(EmptyAccount, NoPeopleAtAllIsNoResult) {
  Dataset d = account({colleague("kam", "Sales")}, {});
  try {
    analyze_account(d, "acme", at("2026-11-01"));
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::no_result);
    EXPECT_THAT(e.what(), ::testing::HasSubstr("has no people yet"));
  }
}

}  // namespace
}  // namespace kamgraph
