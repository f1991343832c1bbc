#include "store/schema.hpp"

#include <array>
#include <string>

namespace kamgraph::store {
namespace {

// Migration 1: accounts, people, relationships.
//
// Absent optional values are NULL; `roles` is the ';'-joined canonical role words in enum
// order ('' for none). Vocabulary words (kind, attitude, type, mode, segment) carry no
// CHECK on purpose: a new word in a later kamgraph must not need a table rebuild, and the
// store rejects unknown words when it reads them back. Ranges are checked, because a
// value out of range can only come from a bug and should stop the import.
//
// Foreign keys are DEFERRABLE INITIALLY DEFERRED so that an import can replace an
// account's people and relationships in any order and be checked once, at COMMIT.
// The indexes serve the lookups account_data() makes, and the foreign-key checks on
// DELETE as well: people(reports_to) and relationships(target) are the child keys SQLite
// must search when a person is deleted (relationships(source) is the primary key's prefix).
//
// The symmetric-types CHECK was first written `type NOT IN ('knows', 'works_with',
// 'conflicts') OR ...`. In a CHECK, SQLite evaluates a NOT IN list of three by building an
// ephemeral table for every row, and zeroing its first page (16 KiB here) made that 13% of
// an import's instructions; three inequalities accept and reject exactly the same rows at
// no cost. Files created before keep the first text, which means the same, so this is no
// new schema version (a new version would make every older file refuse to be read until
// it had been opened for writing once).
constexpr std::string_view kMigration1 = R"sql(
CREATE TABLE accounts (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  segment TEXT,
  revenue REAL CHECK (revenue >= 0),
  potential REAL CHECK (potential >= 0),
  margin REAL,
  attractiveness REAL CHECK (attractiveness >= 0 AND attractiveness <= 1),
  supplier_strength REAL CHECK (supplier_strength >= 0 AND supplier_strength <= 1)
);

CREATE TABLE people (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  org TEXT NOT NULL,
  kind TEXT NOT NULL,
  roles TEXT NOT NULL DEFAULT '',
  power REAL NOT NULL CHECK (power >= 0 AND power <= 1),
  attitude TEXT NOT NULL,
  title TEXT,
  department TEXT,
  reports_to TEXT REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  CHECK (reports_to <> id)
);
CREATE INDEX people_org ON people(org);
CREATE INDEX people_reports_to ON people(reports_to);

CREATE TABLE relationships (
  source TEXT NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  target TEXT NOT NULL REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED,
  type TEXT NOT NULL,
  strength REAL NOT NULL CHECK (strength > 0 AND strength <= 1),
  last_contact TEXT
    CHECK (last_contact GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  mode TEXT,
  PRIMARY KEY (source, target, type),
  CHECK (source <> target),
  -- A symmetric relationship is stored once, source < target (model's canonical()), so
  -- that the primary key deduplicates 'a knows b' and 'b knows a'.
  CHECK ((type <> 'knows' AND type <> 'works_with' AND type <> 'conflicts') OR source < target)
);
CREATE INDEX relationships_target ON relationships(target);
)sql";

// Migration 2: the plan's actions (kamgraph plan, kamgraph action).
//
// No foreign key to people or accounts on purpose: an import replaces an account's people
// (deleting and re-inserting them), and an action must survive that with its owner, status
// and notes; the next plan closes an action whose target has gone. Empty optional texts
// (target, owner, via, mode) are NULL. Dates are ISO text, so that they sort as dates.
// The index serves actions(account) in its documented order without a sort.
constexpr std::string_view kMigration2 = R"sql(
CREATE TABLE actions (
  id TEXT NOT NULL PRIMARY KEY,
  account TEXT NOT NULL,
  target TEXT,
  gap TEXT NOT NULL,
  what TEXT NOT NULL,
  owner TEXT,
  via TEXT,
  mode TEXT,
  due TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  measure TEXT NOT NULL,
  priority REAL NOT NULL CHECK (priority >= 0 AND priority <= 1),
  status TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  owner_by_user INTEGER NOT NULL DEFAULT 0 CHECK (owner_by_user IN (0, 1)),
  status_by_user INTEGER NOT NULL DEFAULT 0 CHECK (status_by_user IN (0, 1)),
  created TEXT NOT NULL CHECK (created GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  updated TEXT NOT NULL CHECK (updated GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  task TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actions_account ON actions(account, priority DESC, id);
)sql";

// Migration 3: dated summaries of each account (kamgraph snapshot, kamgraph trend); one
// per account and day, a second snapshot on the same day replaces the first. No foreign
// key either: history outlives whatever later happens to the account's rows.
constexpr std::string_view kMigration3 = R"sql(
CREATE TABLE snapshots (
  account TEXT NOT NULL,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  coverage_score REAL NOT NULL CHECK (coverage_score >= 0 AND coverage_score <= 1),
  threads INTEGER NOT NULL CHECK (threads >= 0),
  gaps INTEGER NOT NULL CHECK (gaps >= 0),
  single_points INTEGER NOT NULL CHECK (single_points >= 0),
  stage TEXT NOT NULL,
  status TEXT NOT NULL,
  actions_open INTEGER NOT NULL CHECK (actions_open >= 0),
  actions_done INTEGER NOT NULL CHECK (actions_done >= 0),
  PRIMARY KEY (account, date)
) WITHOUT ROWID;
)sql";

// Later migrations are appended here, each with the next version number.
constexpr std::array kMigrations{
    Migration{1, kMigration1},
    Migration{2, kMigration2},
    Migration{3, kMigration3},
};

constexpr bool versions_are_consecutive() {
  for (std::size_t i = 0; i < kMigrations.size(); ++i)
    if (kMigrations[i].version != static_cast<int>(i) + 1) return false;
  return true;
}
static_assert(versions_are_consecutive(), "migration versions must be 1, 2, 3, ... in order");

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latest_schema_version() { return kMigrations.back().version; }

SchemaState read_schema_state(Database& db) {
  // One statement, so one read transaction: read one by one, another process's first
  // migration could commit in between and a half-seen new file (tables, but version 0)
  // would look like somebody else's database.
  Statement query(db,
                  "SELECT (SELECT application_id FROM pragma_application_id),"
                  " (SELECT user_version FROM pragma_user_version),"
                  " (SELECT count(*) FROM sqlite_master)");
  query.set_context("reading the database header");
  SchemaState state;
  if (query.step()) {
    state.application_id = query.column_int(0);
    state.version = static_cast<int>(query.column_int(1));
    state.has_tables = query.column_int(2) > 0;
  }
  return state;
}

void check_compatible(const SchemaState& state, const Database& db) {
  // Every kamgraph schema sets the application id in the same transaction as the first
  // version, so a versioned file without it (or with another) belongs to someone else.
  // An unversioned file with tables belongs to someone else too: migrating it would
  // write kamgraph's tables into their database.
  const bool foreign =
      state.version == 0 ? state.has_tables : state.application_id != kApplicationId;
  if (foreign)
    throw StoreError(db.path() +
                     " is an SQLite database but not a kamgraph one; kamgraph will not write "
                     "into it (give kamgraph a file of its own)");
  if (state.version > latest_schema_version())
    throw StoreError(db.path() + " was written by a newer kamgraph (schema " +
                     std::to_string(state.version) + "); this build understands up to schema " +
                     std::to_string(latest_schema_version()));
}

void migrate(Database& db) {
  const int latest = latest_schema_version();
  SchemaState state = read_schema_state(db);
  check_compatible(state, db);
  if (state.version == latest) return;

  if (db.read_only()) {
    if (state.version == 0)
      throw StoreError("database " + db.path() + " holds no kamgraph data yet; import some first");
    throw StoreError("database " + db.path() + " uses schema " + std::to_string(state.version) +
                     " and this build needs schema " + std::to_string(latest) +
                     "; open it once for writing (any import does) to upgrade it");
  }

  Transaction transaction(db);
  // Read again under the write lock: another kamgraph process may have upgraded the file
  // between our first look and BEGIN IMMEDIATE.
  state = read_schema_state(db);
  check_compatible(state, db);
  for (const Migration& m : kMigrations) {
    if (m.version <= state.version) continue;
    db.exec(std::string(m.sql), "upgrading to schema " + std::to_string(m.version));
  }
  // PRAGMA arguments cannot be bound parameters; both numbers are this build's constants,
  // never input.
  if (state.version == 0) db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  db.exec("PRAGMA user_version = " + std::to_string(latest), "recording the schema version");
  transaction.commit();
}

}  // namespace kamgraph::store
