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
  CHECK (type NOT IN ('knows', 'works_with', 'conflicts') OR source < target)
);
CREATE INDEX relationships_target ON relationships(target);
)sql";

// Later migrations are appended here, each with the next version number.
constexpr std::array kMigrations{
    Migration{1, kMigration1},
};

constexpr bool versions_are_consecutive() {
  for (std::size_t i = 0; i < kMigrations.size(); ++i)
    if (kMigrations[i].version != static_cast<int>(i) + 1) return false;
  return true;
}
static_assert(versions_are_consecutive(), "migration versions must be 1, 2, 3, ... in order");

std::int64_t pragma_int(Database& db, const char* sql) {
  Statement query(db, sql);
  query.set_context("reading the database header");
  return query.step() ? query.column_int(0) : 0;
}

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latest_schema_version() { return kMigrations.back().version; }

SchemaState read_schema_state(Database& db) {
  SchemaState state;
  state.application_id = pragma_int(db, "PRAGMA application_id");
  state.version = static_cast<int>(pragma_int(db, "PRAGMA user_version"));
  state.has_tables = pragma_int(db, "SELECT count(*) FROM sqlite_master") > 0;
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
