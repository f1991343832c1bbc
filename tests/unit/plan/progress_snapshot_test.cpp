// Snapshots and the text charts of `kamgraph trend`.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kamgraph/plan/plan.hpp"
#include "kamgraph/plan/progress.hpp"
#include "unit/plan/plan_fixture.hpp"
#include "unit/store/temp_database.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using testing::kToday;

Snapshot counts(int open, int done) {
  Snapshot s;
  s.actions_open = open;
  s.actions_done = done;
  return s;
}

TEST(Progress, CompletionIsDoneOverDecided) {
  EXPECT_EQ(completion(counts(0, 0)), std::nullopt);
  EXPECT_EQ(completion(counts(3, 1)), 0.25);
  EXPECT_EQ(completion(counts(0, 2)), 1.0);
}

TEST(Progress, SparklinesScaleBetweenLowAndHigh) {
  // 0, 1/7, ..., 1 of the way: one level each.
  EXPECT_EQ(sparkline({0, 1, 2, 3, 4, 5, 6, 7}, 0, 7), "▁▂▃▄▅▆▇█");
  // Clamped outside the range; nearest level inside it (0.5 * 7 = 3.5 rounds to 4: "▅").
  EXPECT_EQ(sparkline({-1, 0.5, 2}, 0, 1), "▁▅█");
  // Scaled to the values themselves; a flat series sits in the middle.
  EXPECT_EQ(sparkline({12, 9, 5}), "█▅▁");  // (9 - 5) / 7 * 7 = 4: "▅"
  EXPECT_EQ(sparkline({3, 3, 3}), "▄▄▄");
  EXPECT_EQ(sparkline({}), "");
}

TEST(Progress, BarsFillEighthsOfACell) {
  EXPECT_EQ(bar(0, 4), "    ");
  EXPECT_EQ(bar(1, 4), "████");
  EXPECT_EQ(bar(0.5, 4), "██  ");
  // 0.40 * 10 cells = 4 cells: 32 eighths exactly; 0.43 * 10 * 8 = 34.4 -> 34: 4 cells + ▎.
  EXPECT_EQ(bar(0.4, 10), "████      ");
  EXPECT_EQ(bar(0.43, 10), "████▎     ");
  EXPECT_EQ(bar(2, 2), "██");
}

// Acme as of 2026-11-23 (plan_fixture.hpp): coverage, threads (kam and fin hold ties),
// gaps and single points as the analysis counts them; 7 actions planned, 2 marked done.
TEST(Progress, ASnapshotSummarisesTheAnalysisAndTheActions) {
  const Dataset d = testing::acme();
  const AccountAnalysis a = analyze_account(d, "acme", testing::at(kToday));
  std::vector<Action> actions = plan_account(a, d, {.as_of = kToday}, testing::load_of(d));
  actions[0].status = ActionStatus::done;
  actions[1].status = ActionStatus::done;
  actions[2].status = ActionStatus::dropped;
  Action elsewhere = actions[3];
  elsewhere.account = "globex";
  actions.push_back(elsewhere);  // not acme's: not counted
  const Snapshot s = make_snapshot(a, actions);
  EXPECT_EQ(s.account, "acme");
  EXPECT_EQ(s.date, kToday);
  EXPECT_DOUBLE_EQ(s.coverage_score, a.summary.coverage_score);
  EXPECT_EQ(s.threads, 2);
  EXPECT_EQ(s.gaps, static_cast<int>(a.gaps.size()));
  EXPECT_EQ(s.single_points, 1);  // the buyer, for the CEO
  EXPECT_EQ(s.stage, std::string(to_string(a.summary.stage)));
  EXPECT_EQ(s.status, "red");
  EXPECT_EQ(s.actions_open, 4);
  EXPECT_EQ(s.actions_done, 2);
}

TEST(Progress, RecordingSnapshotsSkipsAccountsWithoutPeopleAndReplacesTheSameDay) {
  testing::TempDatabase file;
  auto store = open_sqlite_store({.path = file.path()});
  store->import(testing::acme());
  store->import(Dataset{.accounts = {Account{.id = "globex", .name = "Globex"}}});
  replan(*store, "acme", testing::at(kToday), {.as_of = kToday});

  SnapshotRun run = record_snapshots(*store, testing::at(kToday));
  EXPECT_THAT(run.without_people, ElementsAre("globex"));
  ASSERT_EQ(run.recorded.size(), 1u);
  EXPECT_EQ(run.recorded[0].actions_open, 7);
  EXPECT_EQ(run.recorded[0].actions_done, 0);
  EXPECT_EQ(store->snapshots(), run.recorded);

  // Later the same day one action is done: the day's snapshot is replaced, not added.
  Action a = *store->action("acme:cfo");
  a.status = ActionStatus::done;
  store->update_action(a);
  run = record_snapshots(*store, testing::at(kToday), {"acme"});
  ASSERT_EQ(store->snapshots().size(), 1u);
  EXPECT_EQ(store->snapshots()[0].actions_done, 1);
  EXPECT_EQ(store->snapshots()[0].actions_open, 6);

  // An account named that does not exist fails before anything is written.
  EXPECT_THROW(record_snapshots(*store, testing::at(kToday.plus_days(1)), {"acme", "initech"}),
               NotFoundError);
  EXPECT_EQ(store->snapshots().size(), 1u);
}

}  // namespace
}  // namespace kamgraph
