// The database schema and its history: an ordered list of forward migrations, the file's
// version kept in PRAGMA user_version, and kamgraph's mark in PRAGMA application_id so that
// kamgraph never mistakes another program's SQLite file for its own (or writes into it).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "store/sqlite.hpp"

namespace kamgraph::store {

// One step forward: the SQL that takes a database from schema `version - 1` to `version`.
struct Migration {
  int version;
  std::string_view sql;
};

// Every migration, oldest first; migrations()[i].version == i + 1.
std::span<const Migration> migrations();

// The newest schema, i.e. migrations().back().version.
int latest_schema_version();

// PRAGMA application_id of a kamgraph database: "KAMG" in ASCII.
inline constexpr std::int64_t kApplicationId = 0x4B414D47;

// What the file's header and catalogue say.
struct SchemaState {
  std::int64_t application_id = 0;
  int version = 0;          // PRAGMA user_version
  bool has_tables = false;  // any table, index or view at all
};

// Reads the header: this is the first read of the file, so a file that is not an SQLite
// database fails here (SQLITE_NOTADB).
SchemaState read_schema_state(Database& db);

// Throws StoreError naming `db.path()` when the file belongs to another program or to a
// newer kamgraph.
void check_compatible(const SchemaState& state, const Database& db);

// Brings the schema up to latest_schema_version() in one transaction; a no-op when it is
// already there. A read-only database that is behind cannot be upgraded: StoreError.
void migrate(Database& db);

}  // namespace kamgraph::store
