// The SQLite store against the contract in kamgraph/store/store.hpp. Expected contents are
// worked out by hand from the small portfolio below (two accounts, our team, three
// outside people); the comments next to each expectation say why a record is in or out.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "kamgraph/model/error.hpp"
#include "kamgraph/store/store.hpp"
#include "store/aside_file.hpp"
#include "store/queries.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "unit/store/temp_database.hpp"

namespace kamgraph {
namespace {

using testing::dump;
using ::testing::ElementsAre;
using testing::file_bytes;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;
using testing::TempDatabase;

Date day(int y, int m, int d) { return Date(y, m, d); }

// --- the portfolio ----------------------------------------------------------------------
//
// acme:   a_buyer (reports to o_interim, an interim manager from outside), a_ceo, a_cfo (a
//         placeholder seat, reports to a_ceo)
// globex: g_buyer (reports to g_ceo), g_ceo
// ours:   i_boss, i_fin, i_kam (reports to i_boss), i_tech
// others: o_analyst (Gartner), o_consult (McKinsey), o_interim (Interim Partners)

Account acme() {
  return {.id = "acme",
          .name = "Acme Corp",
          .segment = Segment::strategic,
          .revenue = 1.2e6,
          .potential = 3e6,
          .margin = 0.18,
          .attractiveness = 0.8,
          .supplier_strength = 0.6};
}
Account globex() { return {.id = "globex", .name = "Globex", .segment = Segment::opportunity}; }

Person a_buyer() {
  return {.id = "a_buyer",
          .name = "Ann Buyer",
          .org = "acme",
          .roles = {Role::buyer, Role::gatekeeper},
          .power = 0.4,
          .title = "Head of Procurement",
          .department = "Procurement",
          .reports_to = "o_interim"};
}
Person a_ceo() {
  return {.id = "a_ceo",
          .name = "Carl Chief",
          .org = "acme",
          .roles = {Role::decider},
          .power = 1.0,
          .attitude = Attitude::supporter,
          .title = "CEO"};
}
Person a_cfo() {
  return {.id = "a_cfo",
          .name = "",
          .org = "acme",
          .roles = {Role::approver},
          .power = 0.9,
          .title = "CFO",
          .reports_to = "a_ceo"};
}
Person g_buyer() {
  return {.id = "g_buyer",
          .name = "Gus Buyer",
          .org = "globex",
          .roles = {Role::buyer},
          .reports_to = "g_ceo"};
}
Person g_ceo() {
  return {.id = "g_ceo",
          .name = "Gina Chief",
          .org = "globex",
          .kind = PersonKind::sponsor,
          .roles = {Role::decider, Role::coach},
          .power = 1.0,
          .attitude = Attitude::champion};
}
Person internal(std::string id, std::string name, std::string title, std::string department,
                std::string reports_to = "") {
  return {.id = std::move(id),
          .name = std::move(name),
          .org = std::string(kInternalOrg),
          .kind = PersonKind::internal,
          .power = 0.0,
          .title = std::move(title),
          .department = std::move(department),
          .reports_to = std::move(reports_to)};
}
Person i_boss() { return internal("i_boss", "Irene Boss", "Sales Director", "Sales"); }
Person i_fin() { return internal("i_fin", "Ivan Finance", "Finance partner", "Finance"); }
Person i_kam() { return internal("i_kam", "Iris KAM", "Key Account Manager", "", "i_boss"); }
Person i_tech() { return internal("i_tech", "Igor Tech", "", "Engineering"); }
Person outsider(std::string id, std::string name, std::string org, std::vector<Role> roles,
                double power, Attitude attitude) {
  return {.id = std::move(id),
          .name = std::move(name),
          .org = std::move(org),
          .kind = PersonKind::influencer,
          .roles = std::move(roles),
          .power = power,
          .attitude = attitude};
}
Person o_analyst() {
  return outsider("o_analyst", "Olga Analyst", "Gartner", {Role::influencer}, 0.3,
                  Attitude::skeptic);
}
Person o_consult() {
  return outsider("o_consult", "Otto Consultant", "McKinsey", {Role::influencer}, 0.6,
                  Attitude::blocker);
}
Person o_interim() {
  return outsider("o_interim", "Oscar Interim", "Interim Partners", {}, 0.5, Attitude::neutral);
}

Relationship rel(std::string source, std::string target, RelationType type, double strength,
                 std::optional<Date> last_contact = std::nullopt,
                 std::optional<Mode> mode = std::nullopt) {
  return {.source = std::move(source),
          .target = std::move(target),
          .type = type,
          .strength = strength,
          .last_contact = last_contact,
          .mode = mode};
}

using RT = RelationType;
Relationship r1() {
  return rel("a_buyer", "i_tech", RT::works_with, 0.7, day(2025, 11, 3), Mode::technical);
}
Relationship r2() { return rel("a_ceo", "a_cfo", RT::conflicts, 0.3); }
Relationship r3() { return rel("a_ceo", "g_ceo", RT::knows, 0.4); }
Relationship r4() { return rel("a_ceo", "i_kam", RT::knows, 0.8, day(2026, 1, 15), Mode::trust); }
Relationship r5() { return rel("a_cfo", "a_ceo", RT::reports_to, 1.0); }
Relationship r6() { return rel("g_buyer", "g_ceo", RT::reports_to, 1.0); }
Relationship r7() { return rel("g_buyer", "i_fin", RT::knows, 0.5); }
Relationship r8() { return rel("g_ceo", "i_kam", RT::knows, 0.6, day(2025, 6, 30), Mode::service); }
Relationship r9() { return rel("g_ceo", "o_analyst", RT::knows, 0.2); }
Relationship r10() { return rel("i_fin", "i_tech", RT::knows, 0.5); }
Relationship r11() { return rel("i_kam", "i_boss", RT::reports_to, 1.0); }
Relationship r12() { return rel("i_kam", "i_tech", RT::works_with, 0.9); }
Relationship r13() { return rel("i_kam", "o_consult", RT::knows, 0.5, std::nullopt, Mode::risk); }
Relationship r14() { return rel("o_analyst", "o_interim", RT::knows, 0.3); }
Relationship r15() {
  return rel("o_consult", "a_cfo", RT::influences, 0.7, std::nullopt, Mode::resource);
}

Dataset sorted(Dataset d) {
  sort_dataset(d);
  return d;
}

Dataset portfolio() {
  return sorted({.accounts = {acme(), globex()},
                 .people = {a_buyer(), a_ceo(), a_cfo(), g_buyer(), g_ceo(), i_boss(), i_fin(),
                            i_kam(), i_tech(), o_analyst(), o_consult(), o_interim()},
                 .relationships = {r1(), r2(), r3(), r4(), r5(), r6(), r7(), r8(), r9(), r10(),
                                   r11(), r12(), r13(), r14(), r15()}});
}

// A newer file for acme: a_buyer and a_cfo have left, a_new has joined, a_ceo and our KAM
// have new titles.
Account acme_v2() {
  return {.id = "acme", .name = "Acme Corporation", .segment = Segment::status, .revenue = 1.5e6};
}
Person a_ceo_v2() {
  Person p = a_ceo();
  p.title = "CEO & Chair";
  p.attitude = Attitude::champion;
  return p;
}
Person a_new() {
  return {.id = "a_new",
          .name = "Nina New",
          .org = "acme",
          .roles = {Role::technical},
          .power = 0.6,
          .reports_to = "a_ceo"};
}
Person i_kam_v2() {
  Person p = i_kam();
  p.title = "Senior KAM";
  return p;
}
Relationship n1() { return rel("a_ceo", "i_kam", RT::knows, 0.9, day(2026, 3, 1), Mode::trust); }
Relationship n2() { return rel("a_new", "a_ceo", RT::reports_to, 1.0); }
Relationship n3() { return rel("a_new", "i_tech", RT::works_with, 0.6); }

Dataset acme_file_v2() {
  return sorted({.accounts = {acme_v2()},
                 .people = {a_ceo_v2(), a_new(), i_kam_v2()},
                 .relationships = {n1(), n2(), n3()}});
}

std::vector<std::string> ids(const std::vector<Person>& people) {
  std::vector<std::string> out;
  for (const auto& p : people) out.push_back(p.id);
  return out;
}

std::string key(const Relationship& r) {
  return r.source + " " + std::string(to_string(r.type)) + " " + r.target;
}
std::vector<std::string> keys(const std::vector<Relationship>& rels) {
  std::vector<std::string> out;
  for (const auto& r : rels) out.push_back(key(r));
  return out;
}

std::unique_ptr<Store> open(const std::string& path, bool read_only = false,
                            int busy_timeout_ms = 10000) {
  return open_sqlite_store(
      {.path = path, .read_only = read_only, .busy_timeout_ms = busy_timeout_ms});
}

// Runs `f`, which must throw E, and returns the message.
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

// The header fields as another program sees them.
std::int64_t pragma(const std::string& path, const char* sql) {
  store::Database db(path, store::Database::Access::read_write_create);
  store::Statement query(db, sql);
  query.step();
  return query.column_int(0);
}

// --- opening and schema ----------------------------------------------------------------

TEST(SqliteStoreOpen, CreatesAMissingFileAtTheCurrentSchema) {
  TempDatabase file;
  ASSERT_FALSE(std::filesystem::exists(file.path()));
  {
    auto store = open(file.path());
    EXPECT_THAT(store->accounts(), IsEmpty());
  }
  EXPECT_TRUE(std::filesystem::exists(file.path()));
  EXPECT_EQ(current_schema_version(), 3);
  EXPECT_EQ(pragma(file.path(), "PRAGMA user_version"), 3);
  EXPECT_EQ(pragma(file.path(), "PRAGMA application_id"), store::kApplicationId);
  // Reopening an up-to-date file changes nothing.
  const std::string before = dump(file.path());
  open(file.path()).reset();
  EXPECT_EQ(dump(file.path()), before);
}

TEST(SqliteStoreOpen, UsesWriteAheadLogging) {
  TempDatabase file;
  auto store = open(file.path());
  store::Database other(file.path(), store::Database::Access::read_write_create);
  store::Statement mode(other, "PRAGMA journal_mode");
  ASSERT_TRUE(mode.step());
  EXPECT_EQ(mode.column_text(0), "wal");
}

// New files get 16 KiB pages; a file made with SQLite's default 4 KiB pages keeps them
// (a page size cannot change once a file has content in WAL mode).
TEST(SqliteStoreOpen, NewFilesHaveSixteenKibPagesAndOldOnesKeepTheirs) {
  auto page_size = [](const std::string& path) {
    store::Database db(path, store::Database::Access::read_write_create);
    store::Statement size(db, "PRAGMA page_size");
    EXPECT_TRUE(size.step());
    return size.column_text(0);
  };
  TempDatabase fresh;
  open(fresh.path())->import(portfolio());
  EXPECT_EQ(page_size(fresh.path()), "16384");

  // A store made by an earlier kamgraph, with 4 KiB pages, works as before.
  TempDatabase old;
  {
    store::Database db(old.path(), store::Database::Access::read_write_create);
    db.exec("PRAGMA page_size = 4096", "choosing the page size");
    store::migrate(db);
  }
  EXPECT_EQ(page_size(old.path()), "4096");
  open(old.path())->import(portfolio());
  EXPECT_EQ(page_size(old.path()), "4096");
  EXPECT_EQ(open(old.path())->everything(), portfolio());
}

TEST(SqliteStoreOpen, AnEmptyFileBecomesAStore) {
  TempDatabase file;
  testing::write_file(file.path(), "");
  open(file.path())->import(portfolio());
  EXPECT_EQ(open(file.path())->everything(), portfolio());
}

TEST(SqliteStoreOpen, ReadOnlyMissingFileIsAnErrorAndCreatesNothing) {
  TempDatabase file;
  EXPECT_EQ(message_of<StoreError>([&] { open(file.path(), true); }),
            "database " + file.path() + " does not exist");
  EXPECT_FALSE(std::filesystem::exists(file.path()));
}

TEST(SqliteStoreOpen, ReadOnlyReadsButRefusesToWrite) {
  TempDatabase file;
  open(file.path())->import(portfolio());
  auto store = open(file.path(), true);
  EXPECT_EQ(store->everything(), portfolio());
  const std::string message = message_of<StoreError>([&] { store->import(portfolio()); });
  EXPECT_THAT(message, StartsWith("cannot write to database " + file.path() + ": it is read-only"));
}

TEST(SqliteStoreOpen, NewerSchemaIsRefusedAndLeftAlone) {
  TempDatabase file;
  open(file.path()).reset();
  {
    store::Database raw(file.path(), store::Database::Access::read_write_create);
    raw.exec("PRAGMA user_version = 7");
  }
  const std::string before = file_bytes(file.path());
  const std::string expected = file.path() +
                               " was written by a newer kamgraph (schema 7); this build "
                               "understands up to schema 3";
  EXPECT_EQ(message_of<StoreError>([&] { open(file.path()); }), expected);
  EXPECT_EQ(message_of<StoreError>([&] { open(file.path(), true); }), expected);
  EXPECT_EQ(file_bytes(file.path()), before);
  try {
    open(file.path());
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::store);
  }
}

TEST(SqliteStoreOpen, ANonDatabaseFileIsRefusedAndLeftAlone) {
  TempDatabase file;
  const std::string csv = "id,name\nacme,Acme Corp\n";
  testing::write_file(file.path(), csv);
  EXPECT_EQ(message_of<StoreError>([&] { open(file.path()); }),
            file.path() + " is not a kamgraph database (it is not an SQLite file)");
  EXPECT_EQ(message_of<StoreError>([&] { open(file.path(), true); }),
            file.path() + " is not a kamgraph database (it is not an SQLite file)");
  EXPECT_EQ(file_bytes(file.path()), csv);
}

TEST(SqliteStoreOpen, AnotherProgramsDatabaseIsRefusedAndLeftAlone) {
  TempDatabase file;
  {
    store::Database raw(file.path(), store::Database::Access::read_write_create);
    raw.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
  }
  const std::string before = file_bytes(file.path());
  EXPECT_THAT(message_of<StoreError>([&] { open(file.path()); }),
              StartsWith(file.path() + " is an SQLite database but not a kamgraph one"));
  EXPECT_EQ(file_bytes(file.path()), before);
}

TEST(SqliteStoreOpen, ReadOnlyEmptyDatabaseSaysSo) {
  TempDatabase file;
  testing::write_file(file.path(), "");
  EXPECT_EQ(message_of<StoreError>([&] { open(file.path(), true); }),
            "database " + file.path() + " holds no kamgraph data yet; import some first");
}

TEST(SqliteStoreOpen, MigrationsAreNumberedInOrder) {
  const auto all = store::migrations();
  ASSERT_FALSE(all.empty());
  for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].version, static_cast<int>(i) + 1);
  EXPECT_EQ(current_schema_version(), all.back().version);
}

TEST(SqliteStoreOpen, ALockedDatabaseSaysSoAndWorksAfterwards) {
  TempDatabase file;
  auto store = open(file.path(), false, 50);
  store::Database other(file.path(), store::Database::Access::read_write_create);
  {
    store::Transaction holding(other);  // another kamgraph process importing
    EXPECT_EQ(message_of<StoreError>([&] { store->import(portfolio()); }),
              "database " + file.path() + " is locked by another kamgraph process; try again");
    // Reading still works while the other process writes (write-ahead logging).
    EXPECT_THAT(store->accounts(), IsEmpty());
  }
  store->import(portfolio());
  EXPECT_EQ(store->everything(), portfolio());
}

// --- import -----------------------------------------------------------------------------

TEST(SqliteStoreImport, RoundTripsADataset) {
  TempDatabase file;
  {
    auto store = open(file.path());
    const ImportSummary summary = store->import(portfolio());
    EXPECT_THAT(summary.accounts_replaced, ElementsAre("acme", "globex"));
    EXPECT_EQ(summary.accounts, 2u);
    EXPECT_EQ(summary.people, 12u);
    EXPECT_EQ(summary.relationships, 15u);
    EXPECT_EQ(store->everything(), portfolio());
  }
  // And from a fresh connection: nothing was only in memory.
  EXPECT_EQ(open(file.path())->everything(), portfolio());
}

TEST(SqliteStoreImport, StoresAbsentValuesAsNull) {
  TempDatabase file;
  open(file.path())->import(portfolio());
  const std::string d = dump(file.path());
  // globex has no figures; i_kam has no department; r2 has no date and no mode.
  EXPECT_THAT(d, HasSubstr("account|'globex'|'Globex'|'opportunity'|NULL|NULL|NULL|NULL|NULL\n"));
  EXPECT_THAT(d, HasSubstr("person|'i_kam'|'Iris KAM'|'internal'|'internal'|''|0.0|'neutral'|"
                           "'Key Account Manager'|NULL|'i_boss'\n"));
  EXPECT_THAT(d, HasSubstr("person|'a_buyer'|'Ann Buyer'|'acme'|'dmu'|'buyer;gatekeeper'|0.4|"
                           "'neutral'|'Head of Procurement'|'Procurement'|'o_interim'\n"));
  EXPECT_THAT(d, HasSubstr("relationship|'a_ceo'|'a_cfo'|'conflicts'|0.3|NULL|NULL\n"));
  EXPECT_THAT(d, HasSubstr("relationship|'a_ceo'|'i_kam'|'knows'|0.8|'2026-01-15'|'trust'\n"));
}

TEST(SqliteStoreImport, ImportingTwiceLeavesTheSameDatabase) {
  TempDatabase file;
  auto store = open(file.path());
  const ImportSummary first = store->import(portfolio());
  const std::string once = dump(file.path());
  const ImportSummary second = store->import(portfolio());
  EXPECT_EQ(dump(file.path()), once);
  EXPECT_EQ(store->everything(), portfolio());
  EXPECT_EQ(second.accounts_replaced, first.accounts_replaced);
  EXPECT_EQ(second.accounts, first.accounts);
  EXPECT_EQ(second.people, first.people);
  EXPECT_EQ(second.relationships, first.relationships);
}

TEST(SqliteStoreImport, ANewerAccountFileReplacesOnlyThatAccount) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  const ImportSummary summary = store->import(acme_file_v2());
  EXPECT_THAT(summary.accounts_replaced, ElementsAre("acme"));
  EXPECT_EQ(summary.accounts, 1u);
  EXPECT_EQ(summary.people, 3u);
  EXPECT_EQ(summary.relationships, 3u);

  // acme's people are now exactly a_ceo and a_new (a_buyer and a_cfo are gone); globex,
  // our team and the outsiders are untouched except i_kam, upserted with the new title.
  // Relationships touching acme's old people (r1 r2 r3 r4 r5 r15) are gone, r3 included
  // even though it also touches globex: it touched an acme person. Everything else stays.
  const Dataset expected =
      sorted({.accounts = {acme_v2(), globex()},
              .people = {a_ceo_v2(), a_new(), g_buyer(), g_ceo(), i_boss(), i_fin(), i_kam_v2(),
                         i_tech(), o_analyst(), o_consult(), o_interim()},
              .relationships = {r6(), r7(), r8(), r9(), r10(), r11(), r12(), r13(), r14(), n1(),
                                n2(), n3()}});
  EXPECT_EQ(store->everything(), expected);
}

TEST(SqliteStoreImport, ASharedColleagueIsOnePersonWithBothAccountsRelationships) {
  TempDatabase file;
  auto store = open(file.path());
  Person kam = internal("i_kam", "Iris KAM", "Key Account Manager", "");
  const Dataset acme_file =
      sorted({.accounts = {acme()}, .people = {a_ceo(), kam}, .relationships = {r4()}});
  const Dataset globex_file =
      sorted({.accounts = {globex()}, .people = {g_ceo(), kam}, .relationships = {r8()}});
  store->import(acme_file);
  store->import(globex_file);

  const Dataset all = store->everything();
  EXPECT_THAT(ids(all.people), ElementsAre("a_ceo", "g_ceo", "i_kam"));
  EXPECT_THAT(keys(all.relationships), ElementsAre("a_ceo knows i_kam", "g_ceo knows i_kam"));

  // Importing acme again replaces acme's people, not the colleague or her globex contact.
  const std::string before = dump(file.path());
  EXPECT_THAT(store->import(acme_file).accounts_replaced, ElementsAre("acme"));
  EXPECT_EQ(dump(file.path()), before);
  EXPECT_THAT(ids(store->account_data("globex").people), ElementsAre("g_ceo", "i_kam"));
  EXPECT_THAT(ids(store->account_data("acme").people), ElementsAre("a_ceo", "i_kam"));
}

TEST(SqliteStoreImport, AnAccountsOnlyFileUpdatesTheRowAndKeepsThePeople) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  const Account updated{
      .id = "acme", .name = "Acme Group", .segment = Segment::star, .revenue = 2e6};
  const ImportSummary summary = store->import({.accounts = {updated}});
  EXPECT_THAT(summary.accounts_replaced, IsEmpty());
  EXPECT_EQ(summary.accounts, 1u);
  EXPECT_EQ(summary.people, 0u);
  EXPECT_EQ(summary.relationships, 0u);

  Dataset expected = portfolio();
  expected.accounts = {updated, globex()};
  EXPECT_EQ(store->everything(), expected);
  EXPECT_EQ(store->account("acme"), updated);
}

TEST(SqliteStoreImport, AnImpliedAccountNeverOverwritesAStoredRow) {
  TempDatabase file;
  auto store = open(file.path());
  store->import({.accounts = {acme()}});
  // People only: acme is implied by a_ceo's org, initech by x_cto's.
  const Person x_cto{.id = "x_cto", .name = "Xavier", .org = "initech", .roles = {Role::technical}};
  const Dataset people_only = sorted({.people = {a_ceo(), x_cto}});
  const ImportSummary summary = store->import(people_only);
  EXPECT_THAT(summary.accounts_replaced, ElementsAre("acme", "initech"));
  EXPECT_EQ(summary.accounts, 1u);  // initech created; acme kept as it was
  EXPECT_EQ(store->account("acme"), acme());
  EXPECT_EQ(store->account("initech"), (Account{.id = "initech", .name = "initech"}));
  EXPECT_EQ(store->import(people_only).accounts, 0u);
  EXPECT_EQ(store->account("acme"), acme());
}

TEST(SqliteStoreImport, AnInfluencerAtAStoredAccountBelongsToIt) {
  // The file does not name acme as an account, but the store knows it: an influencer
  // there is one of acme's people, not an outside influencer, and replaces acme's people.
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  const Person a_engineer =
      outsider("a_eng", "Eve Engineer", "acme", {Role::technical}, 0.5, Attitude::supporter);
  EXPECT_THAT(store->import({.people = {a_engineer}}).accounts_replaced, ElementsAre("acme"));
  EXPECT_THAT(ids(store->account_data("acme").people), ElementsAre("a_eng"));
}

TEST(SqliteStoreImport, APersonWhoMovedBringsOnlyTheRelationshipsInTheNewFile) {
  // g_buyer has left globex for acme: the acme file now lists him. His relationships from
  // globex days (r6 reports to g_ceo, r7 knows i_fin) touch one of acme's people and are
  // replaced by the file's, which has one new relationship for him.
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  Person moved = g_buyer();
  moved.org = "acme";
  moved.reports_to = "a_ceo";
  const Relationship m1 = rel("g_buyer", "a_ceo", RT::reports_to, 1.0);
  store->import(sorted({.people = {a_buyer(), a_ceo(), a_cfo(), moved},
                        .relationships = {r1(), r2(), r4(), r5(), m1}}));

  EXPECT_EQ(store->person("g_buyer"), moved);
  EXPECT_THAT(ids(store->account_data("globex").people),
              ElementsAre("g_ceo", "i_kam", "o_analyst"));
  // r3 and r15 touched acme's people and are not in the file; r6 and r7 touched g_buyer.
  EXPECT_THAT(
      keys(store->everything().relationships),
      ElementsAre("a_buyer works_with i_tech", "a_ceo conflicts a_cfo", "a_ceo knows i_kam",
                  "a_cfo reports_to a_ceo", "g_buyer reports_to a_ceo", "g_ceo knows i_kam",
                  "g_ceo knows o_analyst", "i_fin knows i_tech", "i_kam reports_to i_boss",
                  "i_kam works_with i_tech", "i_kam knows o_consult", "o_analyst knows o_interim"));
}

TEST(SqliteStoreImport, OurColleagueBasedAtTheCustomerIsSharedNotReplaced) {
  // i_onsite is on our team but works on acme's premises, so her org is acme. She is
  // still shared: a newer acme file that does not mention her must not delete her.
  TempDatabase file;
  auto store = open(file.path());
  Person onsite = internal("i_onsite", "Olivia Onsite", "Resident engineer", "Service");
  onsite.org = "acme";
  Dataset d = portfolio();
  d.people.push_back(onsite);
  d.relationships.push_back(rel("a_ceo", "i_onsite", RT::knows, 0.6));
  sort_dataset(d);
  store->import(d);
  // While she knows a_ceo she is in acme's graph, as a colleague.
  EXPECT_THAT(ids(store->account_data("acme").people),
              ElementsAre("a_buyer", "a_ceo", "a_cfo", "i_kam", "i_onsite", "i_tech", "o_consult",
                          "o_interim"));
  EXPECT_THAT(store->import(acme_file_v2()).accounts_replaced, ElementsAre("acme"));
  EXPECT_EQ(store->person("i_onsite"), onsite);
  // Her relationship touched a_ceo, whom the new file replaced without it.
  EXPECT_THAT(ids(store->account_data("acme").people),
              ElementsAre("a_ceo", "a_new", "i_kam", "i_tech"));
}

TEST(SqliteStoreImport, ADanglingReferenceWritesNothing) {
  TempDatabase file;
  open(file.path())->import(portfolio());  // closed: the file holds everything
  const std::string dump_before = dump(file.path());
  const std::string bytes_before = file_bytes(file.path());

  // The newer acme file would delete a_buyer and a_cfo first; the dangling relationship
  // to a person nobody has imported must undo that too.
  Dataset bad = acme_file_v2();
  bad.relationships.push_back(rel("a_new", "ghost", RT::knows, 0.5));
  {
    auto store = open(file.path());
    EXPECT_EQ(message_of<StoreError>([&] { store->import(bad); }),
              "cannot import into " + file.path() +
                  ": relationship a_new -> ghost (knows) names person 'ghost', who would not "
                  "be in the database after this import; nothing was written");
    EXPECT_EQ(store->everything(), portfolio());
  }
  EXPECT_EQ(dump(file.path()), dump_before);
  EXPECT_EQ(file_bytes(file.path()), bytes_before);
}

TEST(SqliteStoreImport, ADanglingReportsToWritesNothing) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  const std::string before = dump(file.path());
  Person lost = a_ceo();
  lost.reports_to = "nobody";
  EXPECT_EQ(message_of<StoreError>([&] { store->import({.people = {lost}}); }),
            "cannot import into " + file.path() +
                ": person 'a_ceo' reports to 'nobody', who would not be in the database after "
                "this import; nothing was written");
  EXPECT_EQ(dump(file.path()), before);
}

TEST(SqliteStoreImport, AValueOutOfRangeNamesTheRecordAndWritesNothing) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  const std::string before = dump(file.path());
  Person too_strong = a_ceo();
  too_strong.power = 1.5;
  try {
    store->import({.people = {too_strong}});
    ADD_FAILURE() << "power 1.5 was stored";
  } catch (const StoreError& e) {
    EXPECT_THAT(std::string(e.what()),
                StartsWith("database " + file.path() + ": storing person 'a_ceo': CHECK"));
    EXPECT_EQ(e.code(), ExitCode::store);
  }
  EXPECT_EQ(dump(file.path()), before);
}

// People and relationships are written 64 rows to a statement; a bad one in the middle
// of a full batch must still be named, and a good import of many batches plus a partial
// one must store every row. 150 people (two full batches and 22 more), then 149
// relationships (a chain), against what was given.
// 600 acme people in a chain of `knows`: nine full batches of 64 rows and a rest.
Dataset many_people() {
  Dataset many;
  many.accounts = {acme()};
  for (int i = 0; i < 600; ++i) {
    Person p = a_ceo();
    p.id = fmt::format("a_{:03}", i);
    many.people.push_back(p);
    if (i > 0)
      many.relationships.push_back(rel(fmt::format("a_{:03}", i - 1), p.id, RT::knows, 0.5));
  }
  return many;
}

TEST(SqliteStoreImport, ManyRowsAreWrittenInBatchesAndABadOneIsNamed) {
  const Dataset many = many_people();
  TempDatabase file;
  auto store = open(file.path());
  store->import(many);
  const Dataset stored = store->everything();
  EXPECT_EQ(stored.people, many.people);
  EXPECT_EQ(stored.relationships, many.relationships);

  const std::string before = dump(file.path());
  Dataset bad = many;
  bad.people[300].power = 1.5;  // in a full batch
  bad.relationships[70].strength = 2.0;
  EXPECT_THAT(message_of<StoreError>([&] { store->import(bad); }),
              StartsWith("database " + file.path() + ": storing person 'a_300': CHECK"));
  bad.people[300].power = 0.5;
  EXPECT_THAT(message_of<StoreError>([&] { store->import(bad); }),
              StartsWith("database " + file.path() +
                         ": storing relationship a_070 -> a_071 (knows): CHECK"));
  EXPECT_EQ(dump(file.path()), before);
}

// Built aside, a bad row in a full batch is named just the same, and no file is left.
TEST(SqliteStoreImportAside, ABadRowInAFullBatchIsNamedAndNothingIsLeft) {
  TempDatabase file;
  Dataset bad = many_people();
  bad.people[300].power = 1.5;
  EXPECT_THAT(message_of<StoreError>([&] { import_sqlite({.path = file.path()}, bad); }),
              StartsWith("database " + file.path() + ": storing person 'a_300': CHECK"));
  bad.people[300].power = 0.5;
  bad.relationships[270].strength = 2.0;  // in a full batch too
  EXPECT_THAT(message_of<StoreError>([&] { import_sqlite({.path = file.path()}, bad); }),
              StartsWith("database " + file.path() +
                         ": storing relationship a_270 -> a_271 (knows): CHECK"));
  EXPECT_FALSE(std::filesystem::exists(file.path()));
  bad.relationships[270].strength = 0.5;
  import_sqlite({.path = file.path()}, bad);
  EXPECT_EQ(open(file.path())->everything().relationships, many_people().relationships);
}

// The schema's own guard on that order (schema.cpp): SQLite itself refuses a symmetric
// relationship whose source sorts after its target, and lets a one-way one through.
TEST(SqliteSchema, RefusesSymmetricRelationshipsStoredBackwards) {
  TempDatabase file;
  open(file.path())->import(portfolio());  // the tables, and people a_ceo and i_kam
  store::Database db(file.path(), store::Database::Access::read_write_create);
  const auto insert = [&](std::string_view type) {
    db.exec(
        fmt::format("INSERT INTO relationships (source, target, type, strength) "
                    "VALUES ('i_kam', 'a_ceo', '{}', 0.5)",
                    type));
  };
  for (std::string_view type : {"knows", "works_with", "conflicts"}) {
    EXPECT_THAT(message_of<store::SqliteError>([&] { insert(type); }), HasSubstr("CHECK")) << type;
  }
  EXPECT_NO_THROW(insert("influences"));
  EXPECT_NO_THROW(insert("reports_to"));
}

TEST(SqliteStoreImport, SymmetricRelationshipsWrittenBackwardsAreOneRow) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  // r4 is a_ceo knows i_kam; the same written the other way round, stronger now.
  store->import({.relationships = {rel("i_kam", "a_ceo", RT::knows, 0.95)}});
  const Dataset all = store->everything();
  const auto n =
      std::count_if(all.relationships.begin(), all.relationships.end(), [](const Relationship& r) {
        return r.type == RT::knows && ((r.source == "a_ceo" && r.target == "i_kam") ||
                                       (r.source == "i_kam" && r.target == "a_ceo"));
      });
  EXPECT_EQ(n, 1);
  EXPECT_EQ(store->account_data("acme").relationships.size(), 7u);
}

TEST(SqliteStoreImport, HostileTextIsStoredVerbatim) {
  TempDatabase file;
  auto store = open(file.path());
  const std::string account_id = "acme'; DELETE FROM accounts; --";
  const std::vector<std::string> texts = {
      "O'Brien",       "'); DROP TABLE people; --",        "<script>alert(1)</script>",
      "\"\\N",         "line one\nline two, with a comma", "Zoë Łukasiewicz",
      "100% _wild_ %",
  };
  Dataset d;
  d.accounts.push_back({.id = account_id, .name = "\"Acme\" <b>&amp;</b>"});
  for (std::size_t i = 0; i < texts.size(); ++i) {
    d.people.push_back({.id = texts[i],
                        .name = texts[(i + 1) % texts.size()],
                        .org = account_id,
                        .title = texts[(i + 2) % texts.size()],
                        .department = texts[(i + 3) % texts.size()]});
  }
  d.people.push_back(internal("i_kam", "Iris", "", "", texts[1]));
  d.relationships.push_back(rel(texts[1], "i_kam", RT::knows, 0.5));
  d.relationships.push_back(canonical(rel(texts[0], texts[2], RT::works_with, 0.5)));
  d.relationships.push_back(rel(texts[3], texts[4], RT::influences, 0.5));
  sort_dataset(d);

  store->import(d);
  EXPECT_EQ(store->everything(), d);
  EXPECT_EQ(store->account_data(account_id), d);
  for (const auto& text : texts) {
    EXPECT_TRUE(store->has_person(text)) << text;
    ASSERT_TRUE(store->person(text).has_value()) << text;
    EXPECT_EQ(store->person(text)->id, text);
  }
  EXPECT_THAT(store->accounts(), ElementsAre(d.accounts[0]));
}

// --- reads ------------------------------------------------------------------------------

TEST(SqliteStoreRead, LooksUpSingleRecords) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  EXPECT_THAT(store->accounts(), ElementsAre(acme(), globex()));
  EXPECT_EQ(store->account("globex"), globex());
  EXPECT_EQ(store->account("initech"), std::nullopt);
  EXPECT_EQ(store->person("a_cfo"), a_cfo());
  EXPECT_EQ(store->person("i_kam"), i_kam());
  EXPECT_EQ(store->person("ghost"), std::nullopt);
  EXPECT_TRUE(store->has_person("o_interim"));
  EXPECT_FALSE(store->has_person("ghost"));
  EXPECT_FALSE(store->has_person(""));
}

TEST(SqliteStoreRead, AccountDataHoldsTheAccountItsPeopleAndTheirOutsideContacts) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());

  const Dataset acme_graph = store->account_data("acme");
  EXPECT_THAT(acme_graph.accounts, ElementsAre(acme()));
  // acme's own three; i_kam (r4) and i_tech (r1) from our team; o_consult (r15) and
  // o_interim (a_buyer reports to him). Not g_ceo (r3: another account's person), not
  // i_boss or i_fin (no contact at acme), not o_analyst (knows only globex and o_interim).
  EXPECT_THAT(acme_graph.people, ElementsAre(a_buyer(), a_ceo(), a_cfo(), i_kam(), i_tech(),
                                             o_consult(), o_interim()));
  // Among those seven: r1 r2 r4 r5 r15 touch acme people; r12 (i_kam works with i_tech)
  // and r13 (i_kam knows o_consult) join two included colleagues/outsiders. Not r3
  // (g_ceo), r11 (i_boss), r14 (o_analyst), r10 (i_fin).
  EXPECT_THAT(acme_graph.relationships, ElementsAre(r1(), r2(), r4(), r5(), r12(), r13(), r15()));

  const Dataset globex_graph = store->account_data("globex");
  EXPECT_THAT(globex_graph.accounts, ElementsAre(globex()));
  // g_buyer, g_ceo; i_fin (r7), i_kam (r8), o_analyst (r9). Not a_ceo (r3).
  EXPECT_THAT(globex_graph.people, ElementsAre(g_buyer(), g_ceo(), i_fin(), i_kam(), o_analyst()));
  // r6 r7 r8 r9; no relationship joins i_fin, i_kam and o_analyst among themselves.
  EXPECT_THAT(globex_graph.relationships, ElementsAre(r6(), r7(), r8(), r9()));
}

TEST(SqliteStoreRead, AccountDataOfAnAccountWithoutPeopleIsJustTheRow) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  const Account initech{.id = "initech", .name = "Initech"};
  store->import({.accounts = {initech}});
  EXPECT_EQ(store->account_data("initech"), (Dataset{.accounts = {initech}}));
}

TEST(SqliteStoreRead, UnknownAccountIsNotFoundWithASuggestion) {
  TempDatabase file;
  auto store = open(file.path());
  store->import(portfolio());
  EXPECT_EQ(message_of<NotFoundError>([&] { store->account_data("globx"); }),
            "unknown account 'globx'; did you mean 'globex'?");
  EXPECT_EQ(message_of<NotFoundError>([&] { store->account_data("initech"); }),
            "unknown account 'initech'");
  try {
    store->account_data("initech");
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::not_found);
  }
}

// An account's load must not grow with the portfolio: every per-account statement
// searches an index or the primary key, none scans a table. Whether the database was
// imported into in place or built aside (where the indexes are made after the rows).
class SqliteStoreReadPerAccount : public ::testing::TestWithParam<bool> {};

TEST_P(SqliteStoreReadPerAccount, QueriesUseIndexes) {
  TempDatabase file;
  if (GetParam())
    import_sqlite({.path = file.path()}, portfolio());
  else
    open(file.path())->import(portfolio());
  store::Database db(file.path(), store::Database::Access::read_write_create);
  for (std::string_view sql : store::sql::per_account_queries()) {
    store::Statement plan(db, "EXPLAIN QUERY PLAN " + std::string(sql));
    std::string details;
    while (plan.step()) details += plan.column_text(3) + "\n";
    EXPECT_THAT(details, ::testing::Not(HasSubstr("SCAN"))) << sql << "\n" << details;
    const bool reads = sql.starts_with("SELECT") || sql.starts_with("DELETE");
    if (reads) {
      EXPECT_THAT(details, HasSubstr("SEARCH")) << sql << "\n" << details;
    }
  }
  // And the ones that matter most use the indexes made for them.
  auto plan_of = [&](std::string_view sql) {
    store::Statement plan(db, "EXPLAIN QUERY PLAN " + std::string(sql));
    std::string details;
    while (plan.step()) details += plan.column_text(3) + "\n";
    return details;
  };
  EXPECT_THAT(plan_of(store::sql::kAccountPeople), HasSubstr("USING INDEX people_org (org=?)"));
  EXPECT_THAT(plan_of(store::sql::kRelationshipsTo),
              HasSubstr("USING INDEX relationships_target (target=?)"));
  EXPECT_THAT(plan_of(store::sql::kRelationshipsBetween), HasSubstr("(source=? AND target=?)"));
}

INSTANTIATE_TEST_SUITE_P(InPlaceAndAside, SqliteStoreReadPerAccount, ::testing::Bool(),
                         [](const auto& param_info) {
                           return param_info.param ? "aside" : "in_place";
                         });

// --- a new database, built aside --------------------------------------------------------

// What a build aside may leave beside `path`: its own file (and SQLite's companions of
// either), listed by name.
std::vector<std::string> leftovers(const std::string& path) {
  const std::filesystem::path p(path);
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(p.parent_path())) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(p.filename().string() + ".kamgraph-new-") ||
        name == p.filename().string() + "-wal" || name == p.filename().string() + "-shm" ||
        name == p.filename().string() + "-journal")
      out.push_back(name);
  }
  return out;
}

TEST(SqliteStoreImportAside, ANewDatabaseHoldsWhatAnImportInPlaceWrites) {
  TempDatabase in_place, aside;
  const ImportSummary expected = open(in_place.path())->import(portfolio());
  ASSERT_FALSE(std::filesystem::exists(aside.path()));
  const ImportSummary summary = import_sqlite({.path = aside.path()}, portfolio());
  EXPECT_EQ(summary.accounts, expected.accounts);
  EXPECT_EQ(summary.people, 12u);
  EXPECT_EQ(summary.relationships, 15u);
  EXPECT_EQ(summary.accounts_replaced, expected.accounts_replaced);
  EXPECT_EQ(dump(aside.path()), dump(in_place.path()));
  EXPECT_THAT(leftovers(aside.path()), IsEmpty());
  // Once in place it is a database like any other: WAL, 16 KiB pages.
  store::Database db(aside.path(), store::Database::Access::read_only);
  for (const auto& [pragma, value] :
       {std::pair{"PRAGMA journal_mode", "wal"}, std::pair{"PRAGMA page_size", "16384"}}) {
    store::Statement query(db, pragma);
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.column_text(0), value) << pragma;
  }
}

TEST(SqliteStoreImportAside, AFailedImportLeavesNoDatabaseAndNoFileAside) {
  TempDatabase file;
  Dataset bad = portfolio();
  bad.relationships.push_back(rel("a_ceo", "ghost", RT::knows, 0.5));
  // The message names the database the user asked for, not the file aside.
  EXPECT_EQ(message_of<StoreError>([&] { import_sqlite({.path = file.path()}, bad); }),
            "cannot import into " + file.path() +
                ": relationship a_ceo -> ghost (knows) names person 'ghost', who would not be "
                "in the database after this import; nothing was written");
  EXPECT_FALSE(std::filesystem::exists(file.path()));
  EXPECT_THAT(leftovers(file.path()), IsEmpty());
}

// A new database is built with SQLite's foreign keys off and the references checked in
// the dataset instead: the same refusal, in the same words, as SQLite's own check of an
// import into an empty database in place.
TEST(SqliteStoreImportAside, ADanglingReferenceIsNamedAsSqlitesOwnCheckNamesIt) {
  Person lost = a_ceo();
  lost.reports_to = "nobody";
  Dataset reports_to_nobody = portfolio();
  for (Person& p : reports_to_nobody.people)
    if (p.id == lost.id) p = lost;
  Dataset turned = portfolio();  // stored as a_ceo -> ghost, a symmetric type
  turned.relationships.push_back(rel("ghost", "a_ceo", RT::knows, 0.5));
  Dataset directed = portfolio();  // a missing source, a type that is not turned
  directed.relationships.push_back(rel("ghost", "a_ceo", RT::influences, 0.5));
  for (const Dataset& bad : {reports_to_nobody, turned, directed}) {
    TempDatabase in_place, aside;
    const std::string expected =
        message_of<StoreError>([&] { open(in_place.path())->import(bad); });
    const std::string message =
        message_of<StoreError>([&] { import_sqlite({.path = aside.path()}, bad); });
    ASSERT_THAT(expected, HasSubstr(in_place.path()));
    EXPECT_EQ(message.substr(0, message.find(aside.path())),
              expected.substr(0, expected.find(in_place.path())));
    EXPECT_EQ(message.substr(message.find(aside.path()) + aside.path().size()),
              expected.substr(expected.find(in_place.path()) + in_place.path().size()));
    EXPECT_FALSE(std::filesystem::exists(aside.path()));
    EXPECT_THAT(leftovers(aside.path()), IsEmpty());
  }
}

// The references of a new database are checked while its rows are written, but a
// reference outside is still the problem reported, before a bad row met sooner.
TEST(SqliteStoreImportAside, AReferenceOutsideIsReportedBeforeABadRow) {
  TempDatabase file;
  Dataset bad = many_people();
  bad.people[3].power = 1.5;
  bad.relationships.push_back(rel("a_599", "ghost", RT::influences, 0.5));
  EXPECT_EQ(message_of<StoreError>([&] { import_sqlite({.path = file.path()}, bad); }),
            "cannot import into " + file.path() +
                ": relationship a_599 -> ghost (influences) names person 'ghost', who would not "
                "be in the database after this import; nothing was written");
  EXPECT_FALSE(std::filesystem::exists(file.path()));
  EXPECT_THAT(leftovers(file.path()), IsEmpty());
}

TEST(SqliteStoreImportAside, AnExistingDatabaseIsImportedIntoInPlace) {
  TempDatabase expected, file;
  {
    auto store = open(expected.path());
    store->import(portfolio());
    store->import(acme_file_v2());
  }
  import_sqlite({.path = file.path()}, portfolio());
  const ImportSummary second = import_sqlite({.path = file.path()}, acme_file_v2());
  EXPECT_THAT(second.accounts_replaced, ElementsAre("acme"));
  EXPECT_EQ(dump(file.path()), dump(expected.path()));
}

TEST(SqliteStoreImportAside, AMissingDirectoryIsReportedAsTheDatabasesOwn) {
  TempDatabase file;
  const std::string path = file.path() + ".no-such-directory/kam.db";
  const std::string message =
      message_of<StoreError>([&] { import_sqlite({.path = path}, portfolio()); });
  EXPECT_THAT(message, HasSubstr(path));
  EXPECT_THAT(message, ::testing::Not(HasSubstr("kamgraph-new")));
}

// Publishing links, so it can never replace a database another process put there first.
TEST(SqliteStoreImportAside, PublishingNeverReplacesAnExistingFile) {
  TempDatabase file;
  const std::string aside = store::aside_path(file.path());
  store::AsideFiles cleanup(aside);
  testing::write_file(aside, "new");
  testing::write_file(file.path(), "theirs");
  EXPECT_FALSE(store::publish_aside(aside, file.path()));
  EXPECT_EQ(file_bytes(file.path()), "theirs");
  EXPECT_EQ(file_bytes(aside), "new");  // left for the caller to remove
  std::filesystem::remove(file.path());
  EXPECT_TRUE(store::publish_aside(aside, file.path()));
  EXPECT_EQ(file_bytes(file.path()), "new");
  EXPECT_FALSE(std::filesystem::exists(aside));
}

}  // namespace
}  // namespace kamgraph
