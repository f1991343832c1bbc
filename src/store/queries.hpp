// Every SQL statement the store runs on records, in one place so that tests can check
// their query plans (EXPLAIN QUERY PLAN) and so that the column order that the row
// readers in sqlite_store.cpp rely on is visible next to the SQL. Values are always
// bound parameters (?1, ?2, ...).
#pragma once

#include <string_view>
#include <vector>

namespace kamgraph::store::sql {

// Column order of every SELECT of a whole record.
//   accounts:      id, name, segment, revenue, potential, margin, attractiveness,
//                  supplier_strength
//   people:        id, name, org, kind, roles, power, attitude, title, department,
//                  reports_to
//   relationships: source, target, type, strength, last_contact, mode

// --- reads ------------------------------------------------------------------------------

inline constexpr std::string_view kAllAccounts =
    "SELECT id, name, segment, revenue, potential, margin, attractiveness, supplier_strength "
    "FROM accounts ORDER BY id";
inline constexpr std::string_view kAllAccountIds = "SELECT id FROM accounts ORDER BY id";
inline constexpr std::string_view kAccountById =
    "SELECT id, name, segment, revenue, potential, margin, attractiveness, supplier_strength "
    "FROM accounts WHERE id = ?1";
inline constexpr std::string_view kAccountExists = "SELECT 1 FROM accounts WHERE id = ?1";

inline constexpr std::string_view kAllPeople =
    "SELECT id, name, org, kind, roles, power, attitude, title, department, reports_to "
    "FROM people ORDER BY id";
inline constexpr std::string_view kPersonById =
    "SELECT id, name, org, kind, roles, power, attitude, title, department, reports_to "
    "FROM people WHERE id = ?1";
inline constexpr std::string_view kPersonExists = "SELECT 1 FROM people WHERE id = ?1";
// An account's own people: its org, except internal team members (?2 = 'internal'), who
// are shared across accounts whatever org they carry.
inline constexpr std::string_view kAccountPeople =
    "SELECT id, name, org, kind, roles, power, attitude, title, department, reports_to "
    "FROM people WHERE org = ?1 AND kind <> ?2";

inline constexpr std::string_view kAllRelationships =
    "SELECT source, target, type, strength, last_contact, mode FROM relationships "
    "ORDER BY source, target, type";
inline constexpr std::string_view kRelationshipsFrom =
    "SELECT source, target, type, strength, last_contact, mode FROM relationships "
    "WHERE source = ?1";
inline constexpr std::string_view kRelationshipsTo =
    "SELECT source, target, type, strength, last_contact, mode FROM relationships "
    "WHERE target = ?1";
inline constexpr std::string_view kRelationshipsBetween =
    "SELECT source, target, type, strength, last_contact, mode FROM relationships "
    "WHERE source = ?1 AND target = ?2";

// --- writes (import) --------------------------------------------------------------------

inline constexpr std::string_view kUpsertAccount =
    "INSERT INTO accounts (id, name, segment, revenue, potential, margin, attractiveness, "
    "supplier_strength) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, segment = excluded.segment, "
    "revenue = excluded.revenue, potential = excluded.potential, margin = excluded.margin, "
    "attractiveness = excluded.attractiveness, supplier_strength = excluded.supplier_strength";
// An account implied by its people's org: created as id = name = org, an existing row
// (with its real name and figures) kept as it is.
inline constexpr std::string_view kInsertImpliedAccount =
    "INSERT INTO accounts (id, name) VALUES (?1, ?2) ON CONFLICT (id) DO NOTHING";

// Every relationship touching one of an account's current people, in two statements.
inline constexpr std::string_view kDeleteAccountRelationshipsFrom =
    "DELETE FROM relationships WHERE source IN "
    "(SELECT id FROM people WHERE org = ?1 AND kind <> ?2)";
inline constexpr std::string_view kDeleteAccountRelationshipsTo =
    "DELETE FROM relationships WHERE target IN "
    "(SELECT id FROM people WHERE org = ?1 AND kind <> ?2)";
// Is person ?1 stored, other than as one of account ?2's own people (?3 = 'internal')?
inline constexpr std::string_view kPersonElsewhere =
    "SELECT 1 FROM people WHERE id = ?1 AND (org <> ?2 OR kind = ?3)";
inline constexpr std::string_view kDeleteAccountPeople =
    "DELETE FROM people WHERE org = ?1 AND kind <> ?2";
inline constexpr std::string_view kDeleteRelationshipsFrom =
    "DELETE FROM relationships WHERE source = ?1";
inline constexpr std::string_view kDeleteRelationshipsTo =
    "DELETE FROM relationships WHERE target = ?1";

inline constexpr std::string_view kUpsertPerson =
    "INSERT INTO people (id, name, org, kind, roles, power, attitude, title, department, "
    "reports_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, org = excluded.org, "
    "kind = excluded.kind, roles = excluded.roles, power = excluded.power, "
    "attitude = excluded.attitude, title = excluded.title, department = excluded.department, "
    "reports_to = excluded.reports_to";
inline constexpr std::string_view kUpsertRelationship =
    "INSERT INTO relationships (source, target, type, strength, last_contact, mode) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT (source, target, type) DO UPDATE SET strength = excluded.strength, "
    "last_contact = excluded.last_contact, mode = excluded.mode";

// --- actions and snapshots (the plan) ---------------------------------------------------
//   actions:   id, account, target, gap, what, owner, via, mode, due, measure, priority,
//              status, notes, owner_by_user, status_by_user, created, updated, task
//   snapshots: account, date, coverage_score, threads, gaps, single_points, stage, status,
//              actions_open, actions_done

inline constexpr std::string_view kAllActions =
    "SELECT id, account, target, gap, what, owner, via, mode, due, measure, priority, status, "
    "notes, owner_by_user, status_by_user, created, updated, task FROM actions "
    "ORDER BY account, priority DESC, id";
inline constexpr std::string_view kAccountActions =
    "SELECT id, account, target, gap, what, owner, via, mode, due, measure, priority, status, "
    "notes, owner_by_user, status_by_user, created, updated, task FROM actions WHERE account = ?1 "
    "ORDER BY priority DESC, id";
inline constexpr std::string_view kActionById =
    "SELECT id, account, target, gap, what, owner, via, mode, due, measure, priority, status, "
    "notes, owner_by_user, status_by_user, created, updated, task FROM actions WHERE id = ?1";
inline constexpr std::string_view kDeleteAccountActions = "DELETE FROM actions WHERE account = ?1";
inline constexpr std::string_view kInsertAction =
    "INSERT INTO actions (id, account, target, gap, what, owner, via, mode, due, measure, "
    "priority, status, notes, owner_by_user, status_by_user, created, updated, task) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
// The whole record, by id (?1); the other parameters in the column order above.
inline constexpr std::string_view kUpdateAction =
    "UPDATE actions SET account = ?2, target = ?3, gap = ?4, what = ?5, owner = ?6, via = ?7, "
    "mode = ?8, due = ?9, measure = ?10, priority = ?11, status = ?12, notes = ?13, "
    "owner_by_user = ?14, status_by_user = ?15, created = ?16, updated = ?17, task = ?18 "
    "WHERE id = ?1";

inline constexpr std::string_view kAllSnapshots =
    "SELECT account, date, coverage_score, threads, gaps, single_points, stage, status, "
    "actions_open, actions_done FROM snapshots ORDER BY account, date";
inline constexpr std::string_view kAccountSnapshots =
    "SELECT account, date, coverage_score, threads, gaps, single_points, stage, status, "
    "actions_open, actions_done FROM snapshots WHERE account = ?1 ORDER BY date";
inline constexpr std::string_view kUpsertSnapshot =
    "INSERT INTO snapshots (account, date, coverage_score, threads, gaps, single_points, stage, "
    "status, actions_open, actions_done) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "ON CONFLICT (account, date) DO UPDATE SET coverage_score = excluded.coverage_score, "
    "threads = excluded.threads, gaps = excluded.gaps, single_points = excluded.single_points, "
    "stage = excluded.stage, status = excluded.status, actions_open = excluded.actions_open, "
    "actions_done = excluded.actions_done";

// After a deferred foreign key fails at COMMIT: the offending rows, to name them.
inline constexpr std::string_view kForeignKeyCheck = "PRAGMA foreign_key_check";
inline constexpr std::string_view kPersonByRowid =
    "SELECT id, reports_to FROM people WHERE rowid = ?1";
inline constexpr std::string_view kRelationshipByRowid =
    "SELECT source, target, type FROM relationships WHERE rowid = ?1";

// The statements whose cost must not grow with the portfolio: everything account_data()
// and import() run per account or per person. Each must search an index, never scan.
inline std::vector<std::string_view> per_account_queries() {
  return {kAccountById,
          kAccountExists,
          kPersonById,
          kPersonExists,
          kAccountPeople,
          kRelationshipsFrom,
          kRelationshipsTo,
          kRelationshipsBetween,
          kDeleteAccountRelationshipsFrom,
          kDeleteAccountRelationshipsTo,
          kPersonElsewhere,
          kDeleteAccountPeople,
          kDeleteRelationshipsFrom,
          kDeleteRelationshipsTo,
          kUpsertAccount,
          kInsertImpliedAccount,
          kUpsertPerson,
          kUpsertRelationship};
}

// The same for the plan's statements: per account (plan, trend) or per action (action).
inline std::vector<std::string_view> per_account_plan_queries() {
  return {kAccountActions, kActionById,       kDeleteAccountActions, kInsertAction,
          kUpdateAction,   kAccountSnapshots, kUpsertSnapshot};
}

}  // namespace kamgraph::store::sql
