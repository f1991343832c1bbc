// plan_account() on small accounts whose plans are worked out by hand. The comments next to
// each expectation give the numbers (plan.hpp has the formulas).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "kamgraph/plan/plan.hpp"
#include "unit/plan/plan_fixture.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;
using testing::kToday;

// id, gap, owner, via, mode, due, priority
using Row = std::tuple<std::string, std::string, std::string, std::string, std::string,
                       std::string, double>;

std::vector<Row> rows(const std::vector<Action>& actions) {
  std::vector<Row> out;
  for (const Action& a : actions)
    out.emplace_back(a.id, a.gap, a.owner, a.via, a.mode ? std::string(to_string(*a.mode)) : "-",
                     a.due.str(), a.priority);
  return out;
}

const Action& find(const std::vector<Action>& actions, const std::string& id) {
  for (const Action& a : actions)
    if (a.id == id) return a;
  throw std::runtime_error("no action " + id);
}

// Acme (plan_fixture.hpp) as of 2026-11-23, nobody loaded elsewhere, limit 8.
//
// The analysis finds: ceo and cfo uncovered (decider, approver); the blocker nobody talks
// to; the seat nobody fills; nobody known well in the decider, approver, technical and
// user roles (their weightiest members: ceo, cfo, cto, block); no coach; 0 of 2 key people
// supporters; buyer a single point of failure for ceo (ceo's only tie).
//
// power = max(power, decision weight / top weight 0.9): ceo max(0.9, 0.9/0.9) = 1.0;
// cfo max(0.8, 0.72/0.9) = 0.8; cto 0.6 (0.4578/0.9 below); block 0.4; seat 0.3.
// priority = 0.5 power + 0.3 gap size + 0.2 attitude:
//   ceo   0.5 + 0.3 * 1               + 0.2 * 0.5  = 0.90 -> 14 days, 2026-12-07
//   block 0.2 + 0.3 * 1 (no contact)  + 0.2 * 1    = 0.70 -> 30 days, 2026-12-23
//   cfo   0.4 + 0.3 * (1 - 0.3 / 0.6) + 0.2 * 0.75 = 0.70
//   cto   0.3 + 0.3 * 1               + 0.2 * 0.5  = 0.70
//   seat  0.15 + 0.3 * 1              + 0.2 * 0.5  = 0.55
//   no_coach, few_supporters: their severity, 0.6 and 0.5 -> 30 days.
// WHO, in that order (score = 0.35 tie + 0.3 fit + 0.35 reach - 0.2 load / 8):
//   ceo:   exec 0.3 * 1 (executive for a decider) + 0.35 * 0.24 (exec-kam-buyer-ceo) = 0.384
//          beats kam 0.3 * 0.5 + 0.35 * 0.48 = 0.318; VIA buyer (no route around buyer).
//   block: svc 0.3 * 1 (Plant Manager is service) beats kam and eng at 0.15; no route.
//   cfo:   fin 0.35 + 0.3 + 0.35 * 0.3 = 0.755 (already knows her: no VIA).
//   cto:   eng 0.3 (engineering for the CTO); nobody reaches him.
//   no_coach, few_supporters: kam, who holds the most tie strength at Acme (0.8).
//   seat:  eng 0.3 * 0.5 (IT seat, engineering second choice) - 0.2 / 8 = 0.125; VIA the
//          seat's manager, the cto.
// HOW: trust for the decider, risk for the skeptic approver and the blocker, technical for
// the technical people, trust / risk for the account's no_coach / few_supporters.
TEST(PlanAccount, EachGapGivesItsActionOwnerModeAndDate) {
  const Dataset d = testing::acme();
  const auto actions = testing::plan_of(d, {.as_of = kToday}, testing::load_of(d));
  EXPECT_THAT(rows(actions),
              ElementsAre(Row{"acme:ceo", "uncovered_decider", "exec", "buyer", "trust",
                              "2026-12-07", 0.9},
                          Row{"acme:block", "blocker_unengaged", "svc", "", "risk", "2026-12-23",
                              0.7},
                          Row{"acme:cfo", "uncovered_decider", "fin", "", "risk", "2026-12-23",
                              0.7},
                          Row{"acme:cto", "role_uncovered", "eng", "", "technical",
                              "2026-12-23", 0.7},
                          Row{"acme:no_coach", "no_coach", "kam", "", "trust", "2026-12-23", 0.6},
                          Row{"acme:seat", "placeholder", "eng", "cto", "technical",
                              "2026-12-23", 0.55},
                          Row{"acme:few_supporters", "few_supporters", "kam", "", "risk",
                              "2026-12-23", 0.5}));
  for (const Action& a : actions) {
    EXPECT_EQ(a.account, "acme");
    EXPECT_EQ(a.status, ActionStatus::open);
    EXPECT_EQ(a.created, kToday);
    EXPECT_EQ(a.updated, kToday);
    EXPECT_FALSE(a.owner_by_user);
    EXPECT_FALSE(a.status_by_user);
  }
}

TEST(PlanAccount, WhatHowAndMeasureReadAsAKamWouldWriteThem) {
  const Dataset d = testing::acme();
  const auto actions = testing::plan_of(d, {.as_of = kToday}, testing::load_of(d));

  const Action& ceo = find(actions, "acme:ceo");
  EXPECT_EQ(ceo.target, "ceo");
  EXPECT_EQ(ceo.task, "meet Their ceo (CEO)");
  // Reached only through the buyer: the action also asks for a second route.
  EXPECT_EQ(ceo.measure, "direct strength ≥ 0.60 (now 0.00) and 2 independent routes (now 1)");
  EXPECT_THAT(ceo.what, StartsWith("Meet Their ceo (CEO). The decider Their ceo (CEO) is not "
                                   "known well by anyone on our team"));
  EXPECT_THAT(ceo.what, HasSubstr("Every route from our team to Their ceo runs through Their "
                                  "buyer: if Their buyer leaves, we lose them."));

  const Action& cfo = find(actions, "acme:cfo");
  EXPECT_EQ(cfo.task, "strengthen the relationship with Their cfo (CFO)");
  EXPECT_EQ(cfo.measure, "direct strength ≥ 0.60 (now 0.30)");

  const Action& block = find(actions, "acme:block");
  EXPECT_EQ(block.task, "engage Their block (Plant Manager), who is against us");
  EXPECT_EQ(block.measure, "a direct tie with one of us (now none), then the attitude reviewed");
  // The blocker is also the user role's only member: one action, both reasons.
  EXPECT_THAT(block.what, HasSubstr("Nobody in the user role is known well by our team"));

  const Action& seat = find(actions, "acme:seat");
  EXPECT_EQ(seat.task, "find out who sits in the seat [Head of IT] and how to reach them");
  EXPECT_EQ(seat.measure, "a named person in the seat, with a direct tie to one of us");

  const Action& supporters = find(actions, "acme:few_supporters");
  EXPECT_EQ(supporters.target, "");
  EXPECT_EQ(supporters.task, "win over more of the key people at Acme");
  EXPECT_EQ(supporters.measure,
            "at least half of the key people supporters or champions (now 0 of 2)");
}

TEST(PlanAccount, TheSentenceNamesWhoWhatViaHowWhenAndMeasure) {
  const Dataset d = testing::acme();
  const auto actions = testing::plan_of(d, {.as_of = kToday}, testing::load_of(d));
  const AccountAnalysis a = analyze_account(d, "acme", testing::at(kToday));
  const PlanPeople people = plan_people(a, testing::load_of(d));
  EXPECT_EQ(action_sentence(find(actions, "acme:ceo"), people),
            "Our exec to meet Their ceo (CEO), introduced by Their buyer, trust, by 2026-12-07; "
            "measure: direct strength ≥ 0.60 (now 0.00) and 2 independent routes (now 1)");
  EXPECT_EQ(action_sentence(find(actions, "acme:seat"), people),
            "Our eng to find out who sits in the seat [Head of IT] and how to reach them, asking "
            "Their cto, technical, by 2026-12-23; measure: a named person in the seat, with a "
            "direct tie to one of us");
}

// Limit 1 and exec already carrying an action at another account: exec is full, so the
// CEO goes to the next best placed, kam (0.318); then cfo fin, block svc, cto eng; kam,
// fin, svc and eng are then full too, so nobody is free for the rest.
TEST(PlanAccount, NoOwnerGetsMoreThanTheLimitAcrossThePortfolio) {
  const Dataset d = testing::acme();
  const PortfolioLoad load = testing::load_of(d, {{"exec", 1}});
  const auto actions = testing::plan_of(d, {.as_of = kToday, .max_open_per_owner = 1}, load);
  EXPECT_THAT(rows(actions),
              ElementsAre(Row{"acme:ceo", "uncovered_decider", "kam", "buyer", "trust",
                              "2026-12-07", 0.9},
                          Row{"acme:block", "blocker_unengaged", "svc", "", "risk", "2026-12-23",
                              0.7},
                          Row{"acme:cfo", "uncovered_decider", "fin", "", "risk", "2026-12-23",
                              0.7},
                          Row{"acme:cto", "role_uncovered", "eng", "", "technical",
                              "2026-12-23", 0.7},
                          Row{"acme:no_coach", "no_coach", "", "", "trust", "2026-12-23", 0.6},
                          Row{"acme:seat", "placeholder", "", "cto", "technical", "2026-12-23",
                              0.55},
                          Row{"acme:few_supporters", "few_supporters", "", "", "risk",
                              "2026-12-23", 0.5}));
  std::map<std::string, int> open = load.open_actions;
  for (const Action& a : actions)
    if (!a.owner.empty()) ++open[a.owner];
  for (const auto& [owner, n] : open) EXPECT_LE(n, 1) << owner;
  // Nobody free: the sentence says so instead of naming someone.
  const AccountAnalysis a = analyze_account(d, "acme", testing::at(kToday));
  EXPECT_THAT(action_sentence(find(actions, "acme:no_coach"), plan_people(a, load)),
              StartsWith("Nobody free yet (everyone best placed is at the limit): Find and "
                         "develop a coach at Acme"));
}

// The bow-tie of the analysis tests with our engineer added: kam holds every tie, so kam
// is a single point of failure for all four customer people and must not own their
// actions, even for the CEO kam already knows (0.3): se does, introduced by the buyer
// (se-kam-buyer-ceo 0.8 * 0.9 * 0.6 = 0.432 beats se-kam-ceo 0.24). The account's own
// actions stay with kam, who holds the account.
TEST(PlanAccount, TheColleagueEverythingHangsOnDoesNotGetTheNewThreads) {
  using RT = RelationType;
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme", .segment = Segment::strategic});
  d.people = {testing::ours("kam", "Key Account Manager", "Sales"),
              testing::ours("se", "Sales Engineer", "Engineering"),
              testing::theirs("buyer", {Role::buyer}, 0.5, "Purchasing Manager"),
              testing::theirs("ceo", {Role::decider}, 0.9, "CEO"),
              testing::theirs("cfo", {Role::approver}, 0.8, "CFO"),
              testing::theirs("eng", {Role::technical}, 0.6, "Head of Engineering")};
  d.relationships = {testing::link("kam", "buyer", 0.9),
                     testing::link("buyer", "ceo", 0.6, RT::works_with),
                     testing::link("buyer", "cfo", 0.5, RT::works_with),
                     testing::link("buyer", "eng", 0.5, RT::works_with),
                     testing::link("kam", "ceo", 0.3), testing::link("kam", "se", 0.8)};
  sort_dataset(d);
  const auto actions = testing::plan_of(d, {.as_of = kToday}, testing::load_of(d));
  ASSERT_FALSE(actions.empty());
  for (const Action& a : actions) {
    if (a.target.empty())
      EXPECT_EQ(a.owner, "kam") << a.id;
    else
      EXPECT_EQ(a.owner, "se") << a.id;
  }
  const Action& ceo = find(actions, "acme:ceo");
  EXPECT_EQ(ceo.via, "buyer");
  EXPECT_EQ(ceo.task, "meet Their ceo (CEO)");
}

// Blockers get an engagement action, not silence, even when we do talk to them; and an
// outside adviser who shapes the decider gets one too.
TEST(PlanAccount, BlockersWeTalkToAndOutsideAdvisersGetActions) {
  using RT = RelationType;
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme"});
  d.people = {testing::ours("kam", "Key Account Manager", "Sales"),
              testing::ours("exec", "Chief Operating Officer", "Executive Board"),
              testing::ours("svc", "Service Manager", "Customer Service"),
              testing::theirs("ceo", {Role::decider}, 0.9, "CEO", Attitude::supporter),
              testing::theirs("qa", {Role::user}, 0.3, "Quality Lead", Attitude::blocker)};
  Person adviser = testing::theirs("adv", {Role::influencer}, 0.5, "Partner", Attitude::skeptic,
                                   "Big Consulting");
  adviser.kind = PersonKind::influencer;
  d.people.push_back(adviser);
  d.relationships = {testing::link("kam", "ceo", 0.9), testing::link("exec", "ceo", 0.8),
                     testing::link("kam", "qa", 0.4), testing::link("svc", "qa", 0.3),
                     Relationship{.source = "adv", .target = "ceo", .type = RT::influences,
                                  .strength = 0.7}};
  sort_dataset(d);
  const auto actions = testing::plan_of(d, {.as_of = kToday}, testing::load_of(d));

  const Action& qa = find(actions, "acme:qa");
  EXPECT_EQ(qa.gap, "blocker");
  EXPECT_EQ(qa.task, "work on the objections of Their qa (Quality Lead)");
  EXPECT_EQ(qa.measure, "attitude skeptic or better (now blocker)");
  EXPECT_EQ(qa.mode, Mode::risk);
  // svc: 0.35 (knows him) + 0.3 (service for a quality lead) + 0.35 * 0.3 = 0.755 beats kam
  // 0.35 + 0.3 * 0.5 + 0.35 * 0.4 = 0.64. Both know him, so nobody introduces.
  EXPECT_EQ(qa.owner, "svc");
  EXPECT_EQ(qa.via, "");
  EXPECT_THAT(qa.what, HasSubstr("is against us, and Our kam's contact (0.40) has not changed "
                                 "that yet."));

  // power max(0.5, 0.728 / 0.9): 0.35 formal + 0.6 * 0.7 * 0.9 for shaping the CEO;
  // 0.5 * 0.809 + 0.3 + 0.2 * 0.75 = 0.854. kam (fit 1 for an adviser of no known function,
  // reach 0.9 * 0.7 = 0.63) scores 0.52, exec 0.196 (reach 0.56 only).
  const Action& adv = find(actions, "acme:adv");
  EXPECT_EQ(adv.gap, "outside_influencer");
  EXPECT_DOUBLE_EQ(adv.priority, 0.854);
  EXPECT_EQ(adv.owner, "kam");
  EXPECT_EQ(adv.task, "meet Their adv (Partner)");
  EXPECT_EQ(adv.via, "ceo");  // kam-ceo-adv: kam knows the CEO the adviser shapes
  EXPECT_EQ(adv.mode, Mode::risk);  // a skeptic
  EXPECT_THAT(adv.what, HasSubstr("Their adv (Partner) of Big Consulting shapes Their ceo and "
                                  "nobody on our team knows them well (no direct tie)."));
}

// A key person known well but not contacted for 200 days (0.9 * 0.5^(200/365) = 0.62,
// still covered, but stale after 180 days): renew, by whoever holds the tie, even though
// the CEO hangs on that one colleague (the measure asks for a second route as well).
TEST(PlanAccount, AStaleKeyRelationshipIsRenewedByItsHolder) {
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme"});
  d.people = {testing::ours("kam", "Key Account Manager", "Sales"),
              testing::ours("fin", "Finance Business Partner", "Finance"),
              testing::theirs("ceo", {Role::decider, Role::coach}, 0.9, "CEO",
                              Attitude::champion)};
  d.relationships = {testing::link("kam", "ceo", 0.9, RelationType::knows, kToday.plus_days(-200)),
                     testing::link("kam", "fin", 0.5, RelationType::works_with)};
  sort_dataset(d);
  const auto actions = testing::plan_of(d, {.as_of = kToday}, testing::load_of(d));
  const Action& ceo = find(actions, "acme:ceo");
  EXPECT_EQ(ceo.gap, "stale_key_relationship");
  EXPECT_EQ(ceo.owner, "kam");
  EXPECT_EQ(ceo.via, "");
  EXPECT_EQ(ceo.task, "renew the relationship with Their ceo (CEO)");
  EXPECT_EQ(ceo.measure,
            "a contact in the last 180 days (last on 2026-05-07) and 2 independent routes (now "
            "1)");
  // power 1.0 (the top decision maker), gap size 1 - 0.616/0.6 < 0 -> 0, champion 0:
  // 0.5 -> 30 days.
  EXPECT_DOUBLE_EQ(ceo.priority, 0.5);
  EXPECT_EQ(ceo.due, Date(2026, 12, 23));
  EXPECT_EQ(ceo.mode, Mode::trust);
}

// Nobody on our team knows anyone at the account, and the account's data holds none of us:
// the plan still finds an owner among the whole team (the commercial colleague).
TEST(PlanAccount, AnAccountNobodyKnowsIsOpenedByOurCommercialPeople) {
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme"});
  d.people = {testing::theirs("ceo", {Role::decider}, 0.9, "CEO")};
  const PortfolioLoad load =
      testing::load_of(Dataset{.people = testing::team(), .relationships = testing::team_links()});
  const auto actions = testing::plan_of(d, {.as_of = kToday}, load);
  const Action& open = find(actions, "acme:no_contact");
  EXPECT_EQ(open.owner, "kam");
  EXPECT_EQ(open.task, "open the account: get a first introduction at Acme");
  EXPECT_EQ(open.priority, 1.0);
  EXPECT_EQ(open.due, Date(2026, 12, 7));
  // The CEO: exec, the executive (fit 1), with no route to him.
  EXPECT_EQ(find(actions, "acme:ceo").owner, "exec");
}

TEST(PlanAccount, AnAccountWithoutGapsGetsNoActions) {
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme"});
  // Two of ours know both key people well: no gap, no single point of failure.
  d.people = {testing::ours("kam", "Key Account Manager", "Sales"),
              testing::ours("fin", "Finance Business Partner", "Finance"),
              testing::theirs("ceo", {Role::decider, Role::coach}, 0.9, "CEO",
                              Attitude::champion),
              testing::theirs("cfo", {Role::approver}, 0.8, "CFO", Attitude::skeptic)};
  d.relationships = {testing::link("kam", "ceo", 0.9), testing::link("kam", "cfo", 0.8),
                     testing::link("fin", "ceo", 0.6), testing::link("fin", "cfo", 0.7)};
  sort_dataset(d);
  EXPECT_THAT(testing::plan_of(d, {.as_of = kToday}, testing::load_of(d)), IsEmpty());
}

}  // namespace
}  // namespace kamgraph
