// The store: one narrow interface between kamgraph and wherever the data lives. SQLite is
// the default; a shared server database for teams can implement the same interface later
// without touching the analyses, which only ever see Datasets.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kamgraph/model/action.hpp"
#include "kamgraph/model/model.hpp"

namespace kamgraph {

// What an import changed, for the CLI to report.
struct ImportSummary {
  std::vector<std::string> accounts_replaced;  // accounts whose people were replaced
  std::size_t accounts = 0;                    // account rows written
  std::size_t people = 0;                      // people written (account and shared)
  std::size_t relationships = 0;               // relationships written
};

class Store {
 public:
  virtual ~Store() = default;

  // Writes a validated dataset in one transaction: all of it lands or none of it.
  //  - accounts rows are upserted by id;
  //  - for every account that has people in `data`, that account's people and every
  //    relationship touching them are replaced by those in `data`;
  //  - shared people (internal team, outside influencers) are upserted by id, never
  //    deleted; relationships not touching any account person are upserted by
  //    (source, target, type).
  // Importing the same dataset twice leaves the same database.
  virtual ImportSummary import(const Dataset& data) = 0;

  // Accounts sorted by id.
  virtual std::vector<Account> accounts() const = 0;
  virtual std::optional<Account> account(const std::string& id) const = 0;
  virtual std::optional<Person> person(const std::string& id) const = 0;
  // True for any person id in the store; importers use it to accept references to
  // shared people imported earlier (a colleague from another account's file).
  virtual bool has_person(const std::string& id) const = 0;

  // One account's graph, loaded through indexes: the account row; its people; the
  // internal team members and outside people with a relationship to any of them, or
  // named as reports_to by one of them; and every relationship among all of these.
  // Sorted (sort_dataset). Throws NotFoundError for an unknown account.
  virtual Dataset account_data(const std::string& account_id) const = 0;

  // Everything, sorted: the whole portfolio (export, paths across accounts).
  virtual Dataset everything() const = 0;

  // --- the plan: actions and progress snapshots (Key Account Plan steps 9 and 10) -------
  // Actions are kept apart from people on purpose: no foreign key ties them to a person or
  // an account, so a re-import that replaces an account's people leaves its actions alone
  // (the next `kamgraph plan` closes an action whose target has gone).

  // Actions of one account, or of every account when `account` is empty; by account, then
  // priority desc, then id.
  virtual std::vector<Action> actions(const std::string& account = {}) const = 0;
  virtual std::optional<Action> action(const std::string& id) const = 0;
  // Replaces the stored set of one account's actions with `actions` in one transaction.
  // Every action must carry `account` (else Error with ExitCode::internal: a bug).
  virtual void save_actions(const std::string& account, const std::vector<Action>& actions) = 0;
  // Writes one action (a user's done / drop / assign / note). Throws NotFoundError for an
  // unknown id.
  virtual void update_action(const Action& action) = 0;
  // Adds (or replaces, same account and date) snapshots, in one transaction.
  virtual void save_snapshots(const std::vector<Snapshot>& snapshots) = 0;
  // By account, then date; one account when `account` is not empty.
  virtual std::vector<Snapshot> snapshots(const std::string& account = {}) const = 0;
};

struct StoreOptions {
  std::string path = "kam.db";
  bool read_only = false;
  int busy_timeout_ms = 10000;
};

// Opens (creating and migrating as needed) the SQLite store. Throws StoreError with the
// path in the message when the file cannot be opened or is from a newer kamgraph.
std::unique_ptr<Store> open_sqlite_store(const StoreOptions& options);

// Imports `data` into the SQLite database at options.path, creating it when there is
// none. A new database is built aside (in a file of its own in the same directory, with
// no write-ahead log and no syncs, which makes a first import of a big portfolio a fifth
// faster), synced once, and linked into place whole: no process ever sees it half
// written, and of two processes creating the same one, the second imports into the
// first's. A failed import leaves nothing; a killed one leaves no database, only its
// file aside ("<path>.kamgraph-new-<pid>-<n>", safe to delete). An existing database
// gets open_sqlite_store(options)->import(data).
ImportSummary import_sqlite(const StoreOptions& options, const Dataset& data);

// The schema version this build writes; the store migrates older files forward.
int current_schema_version();

}  // namespace kamgraph
