// Re-planning against the stored actions (merge_with_stored, replan): no duplicates, gaps
// that go close their actions, users' changes stay. Acme is plan_fixture.hpp's account; its
// plan as of 2026-11-23 is worked out in plan_account_test.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "kamgraph/plan/plan.hpp"
#include "kamgraph/store/store.hpp"
#include "unit/plan/plan_fixture.hpp"
#include "unit/store/temp_database.hpp"

namespace kamgraph {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Each;
using ::testing::Pair;
using testing::kToday;
using testing::TempDatabase;

const Date kNextWeek = kToday.plus_days(7);  // 2026-11-30

std::map<std::string, Change> changes(const MergeResult& r) { return r.what; }

const Action& find(const std::vector<Action>& actions, const std::string& id) {
  for (const Action& a : actions)
    if (a.id == id) return a;
  throw std::runtime_error("no action " + id);
}

class PlanHistory : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = open_sqlite_store({.path = file_.path()});
    store_->import(testing::acme());
  }
  PlanRun plan(Date day, int limit = kDefaultMaxOpenPerOwner) {
    return replan(*store_, "acme", testing::at(day), {.as_of = day, .max_open_per_owner = limit});
  }
  Action stored(const std::string& id) const { return *store_->action(id); }

  TempDatabase file_;
  std::unique_ptr<Store> store_;
};

TEST_F(PlanHistory, TheFirstPlanAddsEveryActionAndStoresIt) {
  const PlanRun run = plan(kToday);
  EXPECT_EQ(run.result.actions.size(), 7u);
  EXPECT_THAT(changes(run.result), Each(Pair(::testing::_, Change::added)));
  EXPECT_EQ(store_->actions("acme"), run.result.actions);
  // The store holds only the colleagues with a tie at Acme (kam, fin); the plan still finds
  // the rest of the team through the portfolio: exec gets the CEO as in the pure plan.
  EXPECT_EQ(stored("acme:ceo").owner, "exec");
  EXPECT_EQ(stored("acme:ceo").via, "buyer");
}

TEST_F(PlanHistory, PlanningTwiceChangesNothing) {
  const auto first = plan(kToday).result.actions;
  const PlanRun again = plan(kToday);
  EXPECT_THAT(changes(again.result), Each(Pair(::testing::_, Change::unchanged)));
  EXPECT_EQ(store_->actions("acme"), first);
  // A week later, with nothing new imported, still nothing changes: due dates do not slide
  // and `updated` stays (every tie is undated, so nothing decays).
  const PlanRun later = plan(kNextWeek);
  EXPECT_THAT(changes(later.result), Each(Pair(::testing::_, Change::unchanged)));
  EXPECT_EQ(store_->actions("acme"), first);
}

TEST_F(PlanHistory, AReImportThatClosesAGapClosesItsAction) {
  plan(kToday);
  // fin and the CFO now know each other well (0.8 >= 0.5): her gap has gone.
  store_->import(testing::acme(0.8));
  const PlanRun run = plan(kNextWeek);
  EXPECT_EQ(run.result.what.at("acme:cfo"), Change::closed);
  const Action cfo = stored("acme:cfo");
  EXPECT_EQ(cfo.status, ActionStatus::done);
  EXPECT_FALSE(cfo.status_by_user);
  EXPECT_EQ(cfo.updated, kNextWeek);
  EXPECT_EQ(cfo.notes,
            "2026-11-30: closed by the plan, done: Their cfo is now known well (direct strength "
            "0.80)");
  // Nothing is duplicated: the same seven ids.
  EXPECT_EQ(store_->actions("acme").size(), 7u);
}

TEST_F(PlanHistory, AnActionWhosePersonLeftIsDropped) {
  plan(kToday);
  store_->import(testing::acme(0.3, /*with_blocker=*/false));
  plan(kNextWeek);
  const Action block = stored("acme:block");
  EXPECT_EQ(block.status, ActionStatus::dropped);
  EXPECT_EQ(block.notes,
            "2026-11-30: closed by the plan, no longer needed: block is no longer in the "
            "account's data");
}

TEST_F(PlanHistory, AUsersStatusAndOwnerSurviveReplanning) {
  plan(kToday);
  Action ceo = stored("acme:ceo");
  ceo.status = ActionStatus::done;
  ceo.status_by_user = true;
  ceo.notes = "2026-11-25: lunch with the CEO";
  store_->update_action(ceo);
  Action cto = stored("acme:cto");
  cto.owner = "kam";
  cto.owner_by_user = true;
  store_->update_action(cto);

  const PlanRun run = plan(kNextWeek);
  // The CEO's gap is still there (the import has not changed), yet the user's "done" stays.
  const Action ceo_after = stored("acme:ceo");
  EXPECT_EQ(ceo_after.status, ActionStatus::done);
  EXPECT_TRUE(ceo_after.status_by_user);
  EXPECT_EQ(ceo_after.notes, "2026-11-25: lunch with the CEO");
  EXPECT_EQ(run.result.what.at("acme:ceo"), Change::unchanged);
  const Action cto_after = stored("acme:cto");
  EXPECT_EQ(cto_after.owner, "kam");
  EXPECT_TRUE(cto_after.owner_by_user);
  EXPECT_EQ(cto_after.status, ActionStatus::open);
}

// A user's "done" whose gap then goes becomes the plan's; if the gap comes back, the action
// reopens (dated note) instead of staying done for ever.
TEST_F(PlanHistory, AGapThatComesBackReopensItsAction) {
  plan(kToday);
  Action cfo = stored("acme:cfo");
  cfo.status = ActionStatus::done;
  cfo.status_by_user = true;
  store_->update_action(cfo);
  store_->import(testing::acme(0.8));
  EXPECT_EQ(plan(kNextWeek).result.what.at("acme:cfo"), Change::updated);
  EXPECT_EQ(stored("acme:cfo").status, ActionStatus::done);
  EXPECT_FALSE(stored("acme:cfo").status_by_user);

  store_->import(testing::acme(0.3));
  const Date later = kNextWeek.plus_days(7);
  EXPECT_EQ(plan(later).result.what.at("acme:cfo"), Change::reopened);
  const Action back = stored("acme:cfo");
  EXPECT_EQ(back.status, ActionStatus::open);
  EXPECT_EQ(back.notes, "2026-12-07: reopened by the plan: the gap is back");
  // A reopened action gets a fresh due date: priority 0.70 -> 30 days.
  EXPECT_EQ(back.due, later.plus_days(30));
}

// A stored open action keeps its due date unless a higher priority calls for an earlier one.
TEST(PlanMerge, ADueDateMovesOnlyEarlier) {
  const Dataset d = testing::acme();
  const AccountAnalysis a = analyze_account(d, "acme", testing::at(kToday));
  const PlanOptions options{.as_of = kToday};
  const auto fresh = plan_account(a, d, options, testing::load_of(d));
  std::vector<Action> stored = fresh;
  for (Action& s : stored) {
    s.created = s.updated = Date(2026, 11, 1);
    if (s.id == "acme:ceo") s.due = Date(2026, 12, 1);  // earlier than 2026-12-07: kept
    if (s.id == "acme:cfo") s.due = Date(2027, 1, 31);  // later than 2026-12-23: moved
  }
  const MergeResult r = merge_with_stored(fresh, stored, a, options);
  EXPECT_EQ(find(r.actions, "acme:ceo").due, Date(2026, 12, 1));
  EXPECT_EQ(r.what.at("acme:ceo"), Change::unchanged);
  EXPECT_EQ(find(r.actions, "acme:cfo").due, Date(2026, 12, 23));
  EXPECT_EQ(r.what.at("acme:cfo"), Change::updated);
  EXPECT_EQ(find(r.actions, "acme:cfo").updated, kToday);
  EXPECT_EQ(find(r.actions, "acme:cfo").created, Date(2026, 11, 1));
  // Merging the result again changes nothing.
  const MergeResult again = merge_with_stored(fresh, r.actions, a, options);
  EXPECT_EQ(again.actions, r.actions);
  EXPECT_THAT(changes(again), Each(Pair(::testing::_, Change::unchanged)));
}

// Another account's open actions count against the limit; closed ones do not.
TEST(PlanLoad, PortfolioLoadCountsOpenActionsOfTheOtherAccounts) {
  TempDatabase file;
  auto store = open_sqlite_store({.path = file.path()});
  store->import(testing::acme());
  auto action = [](std::string id, std::string account, std::string owner, ActionStatus s) {
    return Action{.id = std::move(id),
                  .account = std::move(account),
                  .gap = "no_coach",
                  .owner = std::move(owner),
                  .due = kToday,
                  .status = s,
                  .created = kToday,
                  .updated = kToday};
  };
  store->save_actions("globex", {action("g1", "globex", "exec", ActionStatus::open),
                                 action("g2", "globex", "exec", ActionStatus::done),
                                 action("g3", "globex", "kam", ActionStatus::open),
                                 action("g4", "globex", "", ActionStatus::open)});
  store->save_actions("acme", {action("a1", "acme", "kam", ActionStatus::open)});
  const PortfolioLoad load = portfolio_load(*store, "acme");
  EXPECT_THAT(load.open_actions, ElementsAre(Pair("exec", 1), Pair("kam", 1)));
  // The whole team, with the ties among them.
  std::vector<std::string> team;
  for (const Person& p : load.team) team.push_back(p.id);
  EXPECT_THAT(team, ElementsAre("eng", "exec", "fin", "kam", "svc"));
  EXPECT_EQ(load.team_ties.size(), 4u);
}

TEST_F(PlanHistory, ADryRunSavesNothing) {
  const PlanRun run =
      replan(*store_, "acme", testing::at(kToday), {.as_of = kToday}, /*dry_run=*/true);
  EXPECT_EQ(run.result.actions.size(), 7u);
  EXPECT_TRUE(store_->actions().empty());
}

TEST_F(PlanHistory, AnUnknownAccountIsNotFound) {
  try {
    plan(kToday);
    replan(*store_, "acmee", testing::at(kToday), {.as_of = kToday});
    ADD_FAILURE() << "expected an exception";
  } catch (const NotFoundError& e) {
    EXPECT_STREQ(e.what(), "unknown account 'acmee'; did you mean 'acme'?");
  }
  EXPECT_THAT(store_->actions(), Contains(::testing::Field(&Action::account, "acme")));
}

}  // namespace
}  // namespace kamgraph
