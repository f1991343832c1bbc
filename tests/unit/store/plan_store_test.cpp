// The plan's part of the store: actions and progress snapshots (kamgraph/store/store.hpp).
// Expected orders and contents are worked out by hand from the few records below.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kamgraph/model/error.hpp"
#include "kamgraph/store/store.hpp"
#include "store/queries.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "unit/store/temp_database.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using testing::TempDatabase;

std::unique_ptr<Store> open(const std::string& path, bool read_only = false) {
  return open_sqlite_store({.path = path, .read_only = read_only});
}

template <typename E, typename F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const E& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected an exception";
  return {};
}

// One small portfolio: acme (a CEO and a buyer), globex (a CEO); our KAM and engineer.
Dataset portfolio() {
  Dataset d;
  d.accounts = {{.id = "acme", .name = "Acme Corp"}, {.id = "globex", .name = "Globex"}};
  d.people = {
      {.id = "a_buyer", .name = "Ann Buyer", .org = "acme", .roles = {Role::buyer}},
      {.id = "a_ceo", .name = "Carl Chief", .org = "acme", .roles = {Role::decider}, .power = 1},
      {.id = "g_ceo", .name = "Gina Chief", .org = "globex", .roles = {Role::decider}},
      {.id = "i_kam",
       .name = "Iris KAM",
       .org = std::string(kInternalOrg),
       .kind = PersonKind::internal,
       .power = 0},
      {.id = "i_tech",
       .name = "Igor Tech",
       .org = std::string(kInternalOrg),
       .kind = PersonKind::internal,
       .power = 0},
  };
  d.relationships = {
      {.source = "a_ceo", .target = "i_kam", .type = RelationType::knows, .strength = 0.3},
      {.source = "a_buyer", .target = "i_tech", .type = RelationType::knows, .strength = 0.7},
  };
  sort_dataset(d);
  return d;
}

Action action(std::string id, std::string account, double priority) {
  return {.id = std::move(id),
          .account = std::move(account),
          .target = "a_ceo",
          .gap = "weak_key_person",
          .what = "Strengthen the relationship with Carl Chief (CEO)",
          .owner = "i_kam",
          .via = "",
          .mode = Mode::trust,
          .due = Date(2026, 12, 7),
          .measure = "direct strength >= 0.6",
          .priority = priority,
          .created = Date(2026, 11, 23),
          .updated = Date(2026, 11, 23),
          .task = "strengthen the relationship with Carl Chief (CEO)"};
}

std::vector<std::string> ids(const std::vector<Action>& actions) {
  std::vector<std::string> out;
  for (const Action& a : actions) out.push_back(a.id);
  return out;
}

Snapshot snapshot(std::string account, Date date, double score) {
  return {.account = std::move(account),
          .date = date,
          .coverage_score = score,
          .threads = 2,
          .gaps = 3,
          .single_points = 1,
          .stage = "bow_tie",
          .status = "red",
          .actions_open = 4,
          .actions_done = 1};
}

// --- actions ----------------------------------------------------------------------------

TEST(StoreActions, AFreshStoreHasNone) {
  TempDatabase file;
  auto store = open(file.path());
  EXPECT_THAT(store->actions(), IsEmpty());
  EXPECT_THAT(store->actions("acme"), IsEmpty());
  EXPECT_EQ(store->action("x"), std::nullopt);
  EXPECT_THAT(store->snapshots(), IsEmpty());
}

TEST(StoreActions, RoundTripEveryField) {
  TempDatabase file;
  Action full = action("acme-a_ceo-weak", "acme", 0.625);
  full.via = "i_tech";
  full.status = ActionStatus::dropped;
  full.notes = "Carl prefers a call; \"quotes\", commas,\nand a second line";
  full.owner_by_user = true;
  full.status_by_user = true;
  full.updated = Date(2026, 12, 1);
  // Every optional text absent: they come back empty, mode absent.
  Action bare = action("acme-account", "acme", 0.1);
  bare.target = "";
  bare.owner = "";
  bare.mode = std::nullopt;
  bare.task = "";
  {
    auto store = open(file.path());
    store->save_actions("acme", {full, bare});
  }
  auto store = open(file.path());  // from a fresh connection: nothing only in memory
  EXPECT_THAT(store->actions("acme"), ElementsAre(full, bare));
  EXPECT_EQ(store->action("acme-a_ceo-weak"), full);
  EXPECT_EQ(store->action("acme-account"), bare);
}

TEST(StoreActions, OrderedByAccountThenPriorityDescThenId) {
  TempDatabase file;
  auto store = open(file.path());
  // Saved in a scrambled order; b and c tie on priority, so id decides.
  store->save_actions("globex", {action("g1", "globex", 0.2), action("g2", "globex", 0.9)});
  store->save_actions("acme", {action("c", "acme", 0.5), action("a", "acme", 0.1),
                               action("b", "acme", 0.5), action("d", "acme", 0.7)});
  EXPECT_THAT(ids(store->actions()), ElementsAre("d", "b", "c", "a", "g2", "g1"));
  EXPECT_THAT(ids(store->actions("acme")), ElementsAre("d", "b", "c", "a"));
  EXPECT_THAT(ids(store->actions("globex")), ElementsAre("g2", "g1"));
  EXPECT_THAT(store->actions("initech"), IsEmpty());
}

TEST(StoreActions, SaveReplacesOnlyThatAccountsSet) {
  TempDatabase file;
  auto store = open(file.path());
  store->save_actions("acme", {action("a1", "acme", 0.5), action("a2", "acme", 0.4)});
  store->save_actions("globex", {action("g1", "globex", 0.3)});
  // a1 is gone, a2 is changed, a3 is new; globex is untouched.
  Action a2 = action("a2", "acme", 0.8);
  a2.status = ActionStatus::done;
  store->save_actions("acme", {a2, action("a3", "acme", 0.6)});
  EXPECT_THAT(ids(store->actions()), ElementsAre("a2", "a3", "g1"));
  EXPECT_EQ(store->action("a2"), a2);
  EXPECT_EQ(store->action("a1"), std::nullopt);
  // An empty set empties the account.
  store->save_actions("acme", {});
  EXPECT_THAT(ids(store->actions()), ElementsAre("g1"));
}

TEST(StoreActions, SaveIsAllOrNothing) {
  TempDatabase file;
  auto store = open(file.path());
  store->save_actions("acme", {action("a1", "acme", 0.5)});
  // The second action breaks a CHECK (priority outside [0,1]): nothing changes, a1 stays.
  const std::string message = message_of<StoreError>([&] {
    store->save_actions("acme", {action("a2", "acme", 0.5), action("a3", "acme", 1.5)});
  });
  EXPECT_THAT(message, HasSubstr("storing action 'a3'"));
  EXPECT_THAT(ids(store->actions()), ElementsAre("a1"));
}

TEST(StoreActions, SaveRefusesAnActionOfAnotherAccount) {
  TempDatabase file;
  auto store = open(file.path());
  try {
    store->save_actions("acme", {action("g1", "globex", 0.5)});
    ADD_FAILURE() << "expected an exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::internal);
    EXPECT_STREQ(e.what(),
                 "action 'g1' of account 'globex' saved with the actions of account 'acme'");
  }
  EXPECT_THAT(store->actions(), IsEmpty());
}

TEST(StoreActions, UpdateWritesOneAction) {
  TempDatabase file;
  auto store = open(file.path());
  store->save_actions("acme", {action("a1", "acme", 0.5), action("a2", "acme", 0.4)});
  Action done = action("a1", "acme", 0.5);
  done.status = ActionStatus::done;
  done.status_by_user = true;
  done.owner = "i_tech";
  done.owner_by_user = true;
  done.notes = "lunch on 2 Dec";
  done.updated = Date(2026, 12, 2);
  store->update_action(done);
  EXPECT_EQ(store->action("a1"), done);
  EXPECT_EQ(store->action("a2"), action("a2", "acme", 0.4));
}

TEST(StoreActions, UpdateOfAnUnknownIdIsNotFoundAndWritesNothing) {
  TempDatabase file;
  auto store = open(file.path());
  store->save_actions("acme", {action("a1", "acme", 0.5)});
  try {
    store->update_action(action("zz", "acme", 0.5));
    ADD_FAILURE() << "expected an exception";
  } catch (const NotFoundError& e) {
    EXPECT_STREQ(e.what(), "unknown action 'zz'");
    EXPECT_EQ(e.code(), ExitCode::not_found);
  }
  EXPECT_THAT(ids(store->actions()), ElementsAre("a1"));
}

TEST(StoreActions, SurviveAReImportThatReplacesTheAccountsPeople) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  Action a = action("a1", "acme", 0.5);
  a.owner = "i_kam";
  a.via = "a_buyer";
  store->save_actions("acme", {a});
  // acme again without Carl (the action's target) and without Ann (its introducer).
  Dataset v2 = portfolio();
  std::erase_if(v2.people, [](const Person& p) { return p.id == "a_ceo" || p.id == "g_ceo"; });
  v2.relationships.clear();
  v2.accounts.pop_back();
  v2.people.erase(v2.people.begin());  // a_buyer
  v2.people.push_back({.id = "a_new", .name = "Nina New", .org = "acme"});
  sort_dataset(v2);
  store->import(v2);
  EXPECT_FALSE(store->has_person("a_ceo"));
  EXPECT_THAT(store->actions(), ElementsAre(a));
}

TEST(StoreActions, ReadOnlyStoreReadsButRefusesToWrite) {
  TempDatabase file;
  open(file.path())->save_actions("acme", {action("a1", "acme", 0.5)});
  auto store = open(file.path(), true);
  EXPECT_THAT(ids(store->actions()), ElementsAre("a1"));
  EXPECT_THAT(message_of<StoreError>([&] { store->update_action(action("a1", "acme", 0.6)); }),
              HasSubstr("it is read-only"));
}

TEST(StoreActions, AnUnknownStatusInTheFileIsReportedWithTheAction) {
  TempDatabase file;
  open(file.path())->save_actions("acme", {action("a1", "acme", 0.5)});
  {
    store::Database raw(file.path(), store::Database::Access::read_write_create);
    raw.exec("UPDATE actions SET status = 'paused'");
  }
  EXPECT_EQ(message_of<StoreError>([&] { open(file.path())->actions(); }),
            "database " + file.path() + " holds an unknown action status 'paused' for action 'a1'");
}

// --- snapshots --------------------------------------------------------------------------

TEST(StoreSnapshots, RoundTripAndOrderByAccountThenDate) {
  TempDatabase file;
  const Snapshot g = snapshot("globex", Date(2026, 10, 1), 0.25);
  const Snapshot a2 = snapshot("acme", Date(2026, 11, 23), 0.4375);
  const Snapshot a1 = snapshot("acme", Date(2026, 10, 1), 0.125);
  open(file.path())->save_snapshots({g, a2, a1});
  auto store = open(file.path());
  EXPECT_THAT(store->snapshots(), ElementsAre(a1, a2, g));
  EXPECT_THAT(store->snapshots("acme"), ElementsAre(a1, a2));
  EXPECT_THAT(store->snapshots("globex"), ElementsAre(g));
  EXPECT_THAT(store->snapshots("initech"), IsEmpty());
}

TEST(StoreSnapshots, TheSameAccountAndDayReplaces) {
  TempDatabase file;
  auto store = open(file.path());
  store->save_snapshots({snapshot("acme", Date(2026, 11, 23), 0.25)});
  Snapshot later = snapshot("acme", Date(2026, 11, 23), 0.5);
  later.actions_done = 3;
  later.status = "amber";
  store->save_snapshots({later});
  EXPECT_THAT(store->snapshots(), ElementsAre(later));
}

TEST(StoreSnapshots, SaveIsAllOrNothing) {
  TempDatabase file;
  auto store = open(file.path());
  Snapshot bad = snapshot("globex", Date(2026, 11, 23), 0.5);
  bad.threads = -1;
  const std::string message = message_of<StoreError>([&] {
    store->save_snapshots({snapshot("acme", Date(2026, 11, 23), 0.5), bad});
  });
  EXPECT_THAT(message, HasSubstr("storing the 2026-11-23 snapshot of account 'globex'"));
  EXPECT_THAT(store->snapshots(), IsEmpty());
}

// --- schema -----------------------------------------------------------------------------

// A file written by the first kamgraph (schema 1) gains the plan's tables and keeps its data.
TEST(StorePlanSchema, ASchemaOneFileIsMigratedForward) {
  TempDatabase file;
  {
    store::Database raw(file.path(), store::Database::Access::read_write_create);
    raw.exec(std::string(store::migrations()[0].sql));
    raw.exec("PRAGMA application_id = " + std::to_string(store::kApplicationId));
    raw.exec("PRAGMA user_version = 1");
  }
  // Read-only cannot upgrade, and says how to.
  EXPECT_EQ(message_of<StoreError>([&] { open(file.path(), true); }),
            "database " + file.path() +
                " uses schema 1 and this build needs schema 3; open it once for writing (any "
                "import does) to upgrade it");
  auto store = open(file.path());
  store->import(portfolio());
  store->save_actions("acme", {action("a1", "acme", 0.5)});
  store->save_snapshots({snapshot("acme", Date(2026, 11, 23), 0.5)});
  EXPECT_EQ(store->everything(), portfolio());
  EXPECT_THAT(ids(store->actions()), ElementsAre("a1"));
  EXPECT_EQ(store->snapshots().size(), 1u);
}

// No foreign key from actions or snapshots: deleting people must never reach them.
TEST(StorePlanSchema, ActionsAndSnapshotsHaveNoForeignKeys) {
  TempDatabase file;
  open(file.path()).reset();
  store::Database db(file.path(), store::Database::Access::read_write_create);
  for (const char* table : {"actions", "snapshots"}) {
    store::Statement fks(
        db, std::string("SELECT count(*) FROM pragma_foreign_key_list('") + table + "')");
    ASSERT_TRUE(fks.step());
    EXPECT_EQ(fks.column_int(0), 0) << table;
  }
}

TEST(StorePlanSchema, AccountQueriesSearchAnIndex) {
  TempDatabase file;
  open(file.path()).reset();
  store::Database db(file.path(), store::Database::Access::read_write_create);
  auto plan_of = [&](std::string_view sql) {
    store::Statement plan(db, "EXPLAIN QUERY PLAN " + std::string(sql));
    std::string details;
    while (plan.step()) details += plan.column_text(3) + "\n";
    return details;
  };
  for (std::string_view sql : store::sql::per_account_plan_queries()) {
    const std::string details = plan_of(sql);
    EXPECT_THAT(details, Not(HasSubstr("SCAN"))) << sql << "\n" << details;
    if (sql.starts_with("SELECT") || sql.starts_with("DELETE")) {
      EXPECT_THAT(details, HasSubstr("SEARCH")) << sql << "\n" << details;
    }
  }
  EXPECT_THAT(plan_of(store::sql::kAccountActions),
              HasSubstr("USING INDEX actions_account (account=?)"));
  // Both orders come straight from the index: no temporary B-tree for ORDER BY.
  EXPECT_THAT(plan_of(store::sql::kAccountActions), Not(HasSubstr("TEMP B-TREE")));
  EXPECT_THAT(plan_of(store::sql::kAllActions), Not(HasSubstr("TEMP B-TREE")));
  EXPECT_THAT(plan_of(store::sql::kAccountSnapshots), HasSubstr("(account=?)"));
}

}  // namespace
}  // namespace kamgraph
