// The SQLite implementation of Store (see kamgraph/store/store.hpp for the contract).
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>
#include <tuple>
#include <type_traits>
#include <unordered_set>
#include <utility>

#include "kamgraph/model/error.hpp"
#include "kamgraph/model/vocabulary.hpp"
#include "kamgraph/store/store.hpp"
#include "store/aside_file.hpp"
#include "store/queries.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"

namespace kamgraph {
namespace {

using store::Database;
using store::SqliteError;
using store::Statement;
using store::Transaction;

const std::string kInternalKind(to_string(PersonKind::internal));

// --- records <-> rows -------------------------------------------------------------------

std::string join_roles(std::vector<Role> roles) {
  // Canonical text whatever order the caller kept: the column is compared and dumped.
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  std::string out;
  for (Role r : roles) {
    if (!out.empty()) out += ';';
    out += to_string(r);
  }
  return out;
}

// A word read back from the database that this build does not know: the file was written
// by something else (or edited by hand), so say where it is.
[[noreturn]] void unknown_word(const Database& db, std::string_view what, std::string_view word,
                               std::string_view record) {
  throw StoreError("database " + db.path() + " holds an unknown " + std::string(what) + " '" +
                   std::string(word) + "' for " + std::string(record));
}

template <typename T>
T word_or_fail(const Database& db, std::optional<T> parsed, std::string_view what,
               std::string_view word, std::string_view record) {
  if (!parsed) unknown_word(db, what, word, record);
  return *parsed;
}

void bind_account(Statement& s, const Account& a) {
  s.bind_text(1, a.id).bind_text(2, a.name);
  if (a.segment)
    s.bind_text(3, to_string(*a.segment));
  else
    s.bind_null(3);
  s.bind_double(4, a.revenue)
      .bind_double(5, a.potential)
      .bind_double(6, a.margin)
      .bind_double(7, a.attractiveness)
      .bind_double(8, a.supplier_strength);
}

Account read_account(const Database& db, const Statement& s) {
  Account a;
  a.id = s.column_text(0);
  a.name = s.column_text(1);
  if (!s.column_is_null(2)) {
    const std::string word = s.column_text(2);
    a.segment = word_or_fail(db, parse_segment(word), "segment", word, "account '" + a.id + "'");
  }
  a.revenue = s.column_optional_double(3);
  a.potential = s.column_optional_double(4);
  a.margin = s.column_optional_double(5);
  a.attractiveness = s.column_optional_double(6);
  a.supplier_strength = s.column_optional_double(7);
  return a;
}

// The record's own fields and the vocabulary's words are borrowed, not copied: the
// record outlives the statement's run (Batch keeps pointers to records the caller holds).
constexpr auto kBorrow = Statement::Text::borrow;

// `at`: the number of the first parameter, for a statement of several rows (Batch).
void bind_person(Statement& s, const Person& p, int at = 1) {
  s.bind_text(at, p.id, kBorrow)
      .bind_text(at + 1, p.name, kBorrow)
      .bind_text(at + 2, p.org, kBorrow)
      .bind_text(at + 3, to_string(p.kind), kBorrow)
      .bind_text(at + 4, join_roles(p.roles))
      .bind_double(at + 5, p.power)
      .bind_text(at + 6, to_string(p.attitude), kBorrow)
      .bind_text_or_null(at + 7, p.title, kBorrow)
      .bind_text_or_null(at + 8, p.department, kBorrow)
      .bind_text_or_null(at + 9, p.reports_to, kBorrow);
}

Person read_person(const Database& db, const Statement& s) {
  Person p;
  p.id = s.column_text(0);
  const std::string record = "person '" + p.id + "'";
  p.name = s.column_text(1);
  p.org = s.column_text(2);
  const std::string kind = s.column_text(3);
  p.kind = word_or_fail(db, parse_person_kind(kind), "kind", kind, record);
  const std::string roles = s.column_text(4);
  for (std::size_t start = 0; start < roles.size();) {
    std::size_t end = roles.find(';', start);
    if (end == std::string::npos) end = roles.size();
    const std::string word = roles.substr(start, end - start);
    const auto parsed = parse_role_word(word);
    if (!parsed || !parsed->role) unknown_word(db, "role", word, record);
    p.roles.push_back(*parsed->role);
    start = end + 1;
  }
  std::sort(p.roles.begin(), p.roles.end());
  p.roles.erase(std::unique(p.roles.begin(), p.roles.end()), p.roles.end());
  p.power = s.column_double(5);
  const std::string attitude = s.column_text(6);
  p.attitude = word_or_fail(db, parse_attitude(attitude), "attitude", attitude, record);
  p.title = s.column_text(7);
  p.department = s.column_text(8);
  p.reports_to = s.column_text(9);
  return p;
}

// The ends in canonical() order: validated data is canonical already, and this is cheap
// insurance that a symmetric pair written the other way round cannot become a second row
// (without copying every relationship to make sure).
void bind_relationship(Statement& s, const Relationship& r, int at = 1) {
  const bool turn = needs_turning(r);
  s.bind_text(at, turn ? r.target : r.source, kBorrow)
      .bind_text(at + 1, turn ? r.source : r.target, kBorrow)
      .bind_text(at + 2, to_string(r.type), kBorrow)
      .bind_double(at + 3, r.strength);
  if (r.last_contact)
    s.bind_text(at + 4, r.last_contact->str());
  else
    s.bind_null(at + 4);
  if (r.mode)
    s.bind_text(at + 5, to_string(*r.mode), kBorrow);
  else
    s.bind_null(at + 5);
}

Relationship read_relationship(const Database& db, const Statement& s) {
  Relationship r;
  r.source = s.column_text(0);
  r.target = s.column_text(1);
  const std::string type = s.column_text(2);
  const std::string record = "relationship " + r.source + " -> " + r.target + " (" + type + ")";
  r.type = word_or_fail(db, parse_relation_type(type), "relationship type", type, record);
  r.strength = s.column_double(3);
  if (!s.column_is_null(4)) {
    const std::string date = s.column_text(4);
    r.last_contact = Date::parse(date);
    if (!r.last_contact)
      throw StoreError("database " + db.path() + " holds an invalid date '" + date + "' for " +
                       record);
  }
  if (!s.column_is_null(5)) {
    const std::string mode = s.column_text(5);
    r.mode = word_or_fail(db, parse_mode(mode), "mode", mode, record);
  }
  return r;
}

Date read_date(const Database& db, const Statement& s, int column, std::string_view record) {
  const std::string text = s.column_text(column);
  const std::optional<Date> date = Date::parse(text);
  if (!date)
    throw StoreError("database " + db.path() + " holds an invalid date '" + text + "' for " +
                     std::string(record));
  return *date;
}

void bind_action(Statement& s, const Action& a) {
  s.bind_text(1, a.id)
      .bind_text(2, a.account)
      .bind_text_or_null(3, a.target)
      .bind_text(4, a.gap)
      .bind_text(5, a.what)
      .bind_text_or_null(6, a.owner)
      .bind_text_or_null(7, a.via);
  if (a.mode)
    s.bind_text(8, to_string(*a.mode));
  else
    s.bind_null(8);
  s.bind_text(9, a.due.str())
      .bind_text(10, a.measure)
      .bind_double(11, a.priority)
      .bind_text(12, to_string(a.status))
      .bind_text(13, a.notes)
      .bind_int(14, a.owner_by_user ? 1 : 0)
      .bind_int(15, a.status_by_user ? 1 : 0)
      .bind_text(16, a.created.str())
      .bind_text(17, a.updated.str())
      .bind_text(18, a.task);
}

Action read_action(const Database& db, const Statement& s) {
  Action a;
  a.id = s.column_text(0);
  const std::string record = "action '" + a.id + "'";
  a.account = s.column_text(1);
  a.target = s.column_text(2);
  a.gap = s.column_text(3);
  a.what = s.column_text(4);
  a.owner = s.column_text(5);
  a.via = s.column_text(6);
  if (!s.column_is_null(7)) {
    const std::string mode = s.column_text(7);
    a.mode = word_or_fail(db, parse_mode(mode), "mode", mode, record);
  }
  a.due = read_date(db, s, 8, record);
  a.measure = s.column_text(9);
  a.priority = s.column_double(10);
  const std::string status = s.column_text(11);
  a.status = word_or_fail(db, parse_action_status(status), "action status", status, record);
  a.notes = s.column_text(12);
  a.owner_by_user = s.column_int(13) != 0;
  a.status_by_user = s.column_int(14) != 0;
  a.created = read_date(db, s, 15, record);
  a.updated = read_date(db, s, 16, record);
  a.task = s.column_text(17);
  return a;
}

void bind_snapshot(Statement& s, const Snapshot& x) {
  s.bind_text(1, x.account)
      .bind_text(2, x.date.str())
      .bind_double(3, x.coverage_score)
      .bind_int(4, x.threads)
      .bind_int(5, x.gaps)
      .bind_int(6, x.single_points)
      .bind_text(7, x.stage)
      .bind_text(8, x.status)
      .bind_int(9, x.actions_open)
      .bind_int(10, x.actions_done);
}

Snapshot read_snapshot(const Database& db, const Statement& s) {
  Snapshot x;
  x.account = s.column_text(0);
  x.date = read_date(db, s, 1, "the snapshot of account '" + x.account + "'");
  x.coverage_score = s.column_double(2);
  x.threads = static_cast<int>(s.column_int(3));
  x.gaps = static_cast<int>(s.column_int(4));
  x.single_points = static_cast<int>(s.column_int(5));
  x.stage = s.column_text(6);
  x.status = s.column_text(7);
  x.actions_open = static_cast<int>(s.column_int(8));
  x.actions_done = static_cast<int>(s.column_int(9));
  return x;
}

std::string describe(const Relationship& r) {
  return r.source + " -> " + r.target + " (" + std::string(to_string(r.type)) + ")";
}

// A reference to a person an import would leave out, in the same words whether SQLite's
// foreign keys found it (dangling_reference()) or the dataset did (reference_outside()).
std::string reports_to_outside(const std::string& person, const std::string& manager) {
  return "person '" + person + "' reports to '" + manager +
         "', who would not be in the database after this import";
}
// `described` as describe() gives it: "source -> target (type)".
std::string relationship_outside(const std::string& described, const std::string& missing) {
  return "relationship " + described + " names person '" + missing +
         "', who would not be in the database after this import";
}

// The first reference in `data` to a person who is not in it (people's reports_to, then
// relationships, in the order given); nothing when every reference is to a person in it.
std::optional<std::string> reference_outside(const Dataset& data) {
  std::unordered_set<std::string_view> ids;
  ids.reserve(data.people.size());
  for (const Person& p : data.people) ids.insert(p.id);
  for (const Person& p : data.people)
    if (!p.reports_to.empty() && !ids.contains(p.reports_to))
      return reports_to_outside(p.id, p.reports_to);
  for (const Relationship& r : data.relationships) {
    if (ids.contains(r.source) && ids.contains(r.target)) continue;
    const Relationship stored = canonical(r);  // as the database would hold it
    return relationship_outside(describe(stored),
                                ids.contains(stored.source) ? stored.target : stored.source);
  }
  return std::nullopt;
}

// Runs a write for one record; a failure says which record ("storing person 'p1'"), since
// SQLite's own message ("CHECK constraint failed: ...") does not.
// `doing` is a string, or for writes run once per record a function that makes it, so
// that the text is only built when it is needed.
template <typename Doing>
void run_for(Statement& s, const Doing& doing) {
  try {
    s.run();
  } catch (const SqliteError& e) {
    if constexpr (std::is_invocable_v<Doing>) {
      throw SqliteError(e.path(), e.sqlite_code(), e.sqlite_message(), std::string(doing()));
    } else {
      throw SqliteError(e.path(), e.sqlite_code(), e.sqlite_message(), std::string(doing));
    }
  }
}

// Writes records kBatchRows at a time, with one INSERT of that many rows: SQLite's cost
// per statement (opening and closing a cursor on the table and each index, the foreign-key
// bookkeeping, resetting) is then paid once per batch instead of once per record, which
// matters when a 10,000-account import writes a million rows. `single` is the statement for
// one row, (?1, ..., ?k); the batch statement repeats its VALUES group with the
// parameters numbered on. When a batch fails (SQLite undoes the whole statement), its rows
// are written again one by one, so that the error names the record at fault.
template <typename T>
class Batch {
 public:
  using Bind = void (*)(Statement&, const T&, int);
  using Describe = std::string (*)(const T&);

  Batch(Database& db, std::string_view single, Bind bind, Describe describe)
      : one_(db, single),
        columns_(one_.parameter_count()),
        many_(db, repeated(single, columns_)),
        bind_(bind),
        describe_(describe) {}

  void add(const T& record) {
    pending_.push_back(&record);
    if (pending_.size() == kBatchRows) flush();
  }

  void flush() {
    if (pending_.size() == kBatchRows) {
      for (std::size_t i = 0; i < pending_.size(); ++i)
        bind_(many_, *pending_[i], 1 + static_cast<int>(i) * columns_);
      try {
        many_.run();
        pending_.clear();
        return;
      } catch (const SqliteError& e) {
        // A constraint undoes the statement only: written again below, one by one, to
        // name the record. Anything else (disk full, I/O) may have ended the transaction,
        // and must not be followed by more writes.
        if (e.primary_code() != SQLITE_CONSTRAINT) throw;
      }
    }
    for (const T* record : pending_) {
      bind_(one_, *record, 1);
      run_for(one_, [&] { return describe_(*record); });
    }
    pending_.clear();
  }

 private:
  static constexpr std::size_t kBatchRows = 64;

  // "INSERT ... VALUES (?1, ?2) ON CONFLICT ..." -> "... VALUES (?1, ?2), (?3, ?4), ...".
  static std::string repeated(std::string_view single, int columns) {
    const std::size_t open = single.find("VALUES (") + 7;
    const std::size_t close = single.find(')', open) + 1;
    std::string sql(single.substr(0, open));
    for (std::size_t row = 0; row < kBatchRows; ++row) {
      sql += row == 0 ? "(" : ", (";
      for (int c = 0; c < columns; ++c) {
        if (c > 0) sql += ", ";
        sql += "?" + std::to_string(static_cast<int>(row) * columns + c + 1);
      }
      sql += ")";
    }
    sql += single.substr(close);
    return sql;
  }

  Statement one_;
  int columns_;  // parameters of one row
  Statement many_;
  Bind bind_;
  Describe describe_;
  std::vector<const T*> pending_;
};

struct RelationshipKeyLess {
  bool operator()(const Relationship& a, const Relationship& b) const {
    return std::tie(a.source, a.target, a.type) < std::tie(b.source, b.target, b.type);
  }
};

// --- the store --------------------------------------------------------------------------

// Where a connection writes: the database in place, which others may be reading, or a new
// file built aside that nobody sees until import_sqlite() moves it into place.
enum class Writing { in_place, aside };

// One connection, used by one call at a time: the mutex makes the const queries (which
// reuse cached prepared statements) safe to call from several threads.
class SqliteStore final : public Store {
 public:
  explicit SqliteStore(const StoreOptions& options, Writing writing = Writing::in_place,
                       const std::string& shown_as = {})
      : db_(options.path,
            options.read_only ? Database::Access::read_only : Database::Access::read_write_create,
            shown_as),
        writing_(writing) {
    db_.set_busy_timeout(options.busy_timeout_ms);
    db_.exec("PRAGMA foreign_keys = ON", "enabling foreign keys");
    // SQLite answers BUSY at once, without its busy handler, where waiting could deadlock
    // (switching a brand-new file to WAL while another process creates its schema, say).
    // Every step below is safe to repeat, so such a moment is waited out here, within the
    // same time budget as any other lock, instead of reaching the user.
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(options.busy_timeout_ms);
    for (int attempt = 1;; ++attempt) {
      try {
        set_up();
        return;
      } catch (const store::SqliteError& e) {
        const int code = e.primary_code();
        if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) ||
            std::chrono::steady_clock::now() >= deadline)
          throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min(5 * attempt, 100)));
      }
    }
  }

  void set_up() {
    // Look at the header before changing anything: a newer kamgraph's file, or another
    // program's, must be left exactly as it is.
    store::check_compatible(store::read_schema_state(db_), db_);
    if (!db_.read_only()) {
      // A new file gets 16 KiB pages (SQLite ignores this for an existing one, and it
      // must come before the switch to WAL, which creates the file): a big import then
      // writes a quarter as many pages, 12% faster at 10,000 accounts, and loading one
      // account is as fast (README: Performance).
      db_.exec("PRAGMA page_size = 16384", "choosing the page size");
    }
    if (writing_ == Writing::aside) {
      // Nobody reads this file until it is complete and synced (finish_aside(),
      // publish_aside()), and a crash leaves only a file nobody will read: the rollback
      // journal in memory, no syncs. A WAL would have every page written twice.
      db_.exec("PRAGMA journal_mode = MEMORY", "choosing the journal mode");
      db_.exec("PRAGMA synchronous = OFF", "setting synchronous mode");
      // The new file holds only what import() writes into it, so its references are
      // checked there against the dataset (reference_outside()) instead of by SQLite, which
      // searches the people index twice for every relationship: 15% of the instructions
      // of building a big database (callgrind, 1,000 accounts).
      db_.exec("PRAGMA foreign_keys = OFF", "disabling foreign keys");
    } else {
      // WAL lets analyses read while an import writes. (A read-only connection cannot
      // switch modes; it reads whichever mode the file is in.)
      if (!db_.read_only())
        db_.exec("PRAGMA journal_mode = WAL", "switching to write-ahead logging");
      // FULL: a committed import survives a power cut, not only a crash of kamgraph.
      db_.exec("PRAGMA synchronous = FULL", "setting synchronous mode");
    }
    store::migrate(db_);
  }

  // A file built aside, complete: switched to WAL like every kamgraph database, so that
  // once in place it is used like one created there.
  void finish_aside() {
    std::lock_guard lock(mutex_);
    db_.exec("PRAGMA journal_mode = WAL", "switching to write-ahead logging");
  }

  ImportSummary import(const Dataset& data) override {
    std::lock_guard lock(mutex_);
    // A big import touches every page of the people and relationships indexes; with
    // SQLite's default 2 MiB page cache a 10,000-account import spills and re-reads them.
    // 64 MiB (the most it takes; a small import uses what it needs) keeps them in memory.
    db_.exec("PRAGMA cache_size = -65536", "sizing the page cache");
    // A new database's references are checked against the dataset (reference_outside())
    // on another core while the rows are written: 0.2 s of a 3 s import of 10,000
    // accounts. A reference outside is still the first problem reported, as if checked
    // before any write, and nothing written is committed.
    std::future<std::optional<std::string>> outside;
    if (writing_ == Writing::aside)
      outside = std::async(std::launch::async, reference_outside, std::cref(data));
    const auto refuse_outside = [&] {
      if (!outside.valid()) return;
      if (const auto dangling = outside.get())
        throw StoreError("cannot import into " + db_.path() + ": " + *dangling +
                         "; nothing was written");
    };
    ImportSummary summary;
    Transaction transaction(db_);
    try {
      write(data, summary);
    } catch (...) {
      refuse_outside();
      throw;
    }
    refuse_outside();

    try {
      transaction.commit();
    } catch (const SqliteError& e) {
      // The transaction is still open after a failed COMMIT: name the dangling reference
      // while its rows are visible; the Transaction's destructor then rolls back.
      if (e.sqlite_code() == SQLITE_CONSTRAINT_FOREIGNKEY)
        throw StoreError("cannot import into " + db_.path() + ": " + dangling_reference() +
                         "; nothing was written");
      throw;
    }
    return summary;
  }

  // The rows of import(), in its open transaction.
  void write(const Dataset& data, ImportSummary& summary) {
    // Accounts first, so that "is this org an account?" below is one indexed lookup that
    // covers both the accounts in `data` and those already stored.
    Statement upsert_account(db_, store::sql::kUpsertAccount);
    std::set<std::string> declared;
    for (const Account& a : data.accounts) {
      bind_account(upsert_account, a);
      run_for(upsert_account, "storing account '" + a.id + "'");
      declared.insert(a.id);
      ++summary.accounts;
    }
    Statement insert_implied(db_, store::sql::kInsertImpliedAccount);
    for (const std::string& id : account_ids_of(data)) {
      if (declared.contains(id)) continue;
      insert_implied.bind_text(1, id).bind_text(2, id);
      run_for(insert_implied, "storing account '" + id + "'");
      summary.accounts += static_cast<std::size_t>(db_.changes());
    }

    // Which incoming people belong to which account.
    Statement account_exists(db_, store::sql::kAccountExists);
    std::map<std::string, bool> org_is_account;
    std::map<std::string, std::vector<const Person*>> incoming;
    for (const Person& p : data.people) {
      if (is_account_person(p, account_exists, org_is_account)) incoming[p.org].push_back(&p);
    }

    // A new database built aside is empty: there is nothing to replace, and the 377,000
    // lookups that would find so at 10,000 accounts are skipped.
    if (writing_ == Writing::in_place) drop_stored(incoming);
    for (const auto& entry : incoming) summary.accounts_replaced.push_back(entry.first);

    // A new database's secondary indexes are made after its rows, each from one sort of
    // its keys, rather than kept up to date row by row: people arrive in id order, but
    // their orgs and managers and the relationships' targets fall at random places in
    // those B-trees. The same CREATE INDEX text is run again, so the schema is the one
    // migrate() made. 10,000 accounts alternated four times: 3.7 to 3.1 s.
    std::vector<std::pair<std::string, std::string>> deferred_indexes;
    if (writing_ == Writing::aside) {
      Statement query(db_,
                      "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT "
                      "NULL AND tbl_name IN ('people', 'relationships') ORDER BY name");
      while (query.step())
        deferred_indexes.emplace_back(query.column_text(0), query.column_text(1));
      for (const auto& [name, sql] : deferred_indexes)
        db_.exec("DROP INDEX " + name, "setting index " + name + " aside");
    }

    // Account people were deleted above (a new database has none), so for them this is an
    // insert; shared people (internal team, outside influencers) are updated in place and
    // never deleted.
    Batch<Person> upsert_people(db_, store::sql::kUpsertPerson, &bind_person,
                                [](const Person& p) { return "storing person '" + p.id + "'"; });
    for (const Person& p : data.people) {
      upsert_people.add(p);
      ++summary.people;
    }
    upsert_people.flush();

    Batch<Relationship> upsert_relationships(
        db_, store::sql::kUpsertRelationship, &bind_relationship,
        [](const Relationship& r) { return "storing relationship " + describe(r); });
    for (const Relationship& r : data.relationships) {
      upsert_relationships.add(r);
      ++summary.relationships;
    }
    upsert_relationships.flush();
    for (const auto& [name, sql] : deferred_indexes) db_.exec(sql, "building index " + name);
  }

  std::vector<Account> accounts() const override {
    std::lock_guard lock(mutex_);
    Statement query(db_, store::sql::kAllAccounts);
    std::vector<Account> out;
    while (query.step()) out.push_back(read_account(db_, query));
    return out;
  }

  std::optional<Account> account(const std::string& id) const override {
    std::lock_guard lock(mutex_);
    return find_account(id);
  }

  std::optional<Person> person(const std::string& id) const override {
    std::lock_guard lock(mutex_);
    return find_person(id);
  }

  bool has_person(const std::string& id) const override {
    std::lock_guard lock(mutex_);
    // Importers ask this once per reference, so the statement is prepared once.
    if (!person_exists_) person_exists_.emplace(db_, store::sql::kPersonExists);
    person_exists_->reset();
    person_exists_->bind_text(1, id);
    const bool found = person_exists_->step();
    person_exists_->reset();
    return found;
  }

  Dataset account_data(const std::string& account_id) const override {
    std::lock_guard lock(mutex_);
    // One snapshot for all the queries below, so a concurrent import is seen whole or not
    // at all.
    Transaction snapshot(db_, Transaction::Kind::deferred);
    Dataset out;
    std::optional<Account> account = find_account(account_id);
    if (!account) throw NotFoundError(unknown_account_message(account_id));
    out.accounts.push_back(std::move(*account));

    // The account's own people (index people_org).
    std::map<std::string, Person> members;
    {
      Statement query(db_, store::sql::kAccountPeople);
      query.bind_text(1, account_id).bind_text(2, kInternalKind);
      while (query.step()) {
        Person p = read_person(db_, query);
        std::string id = p.id;
        members.emplace(std::move(id), std::move(p));
      }
    }

    // Their relationships in both directions (primary key prefix; index
    // relationships_target), and the people at the other end or named as reports_to.
    Statement from(db_, store::sql::kRelationshipsFrom);
    Statement to(db_, store::sql::kRelationshipsTo);
    std::vector<Relationship> touching;
    std::set<std::string> candidates;
    for (const auto& [id, p] : members) {
      from.bind_text(1, id);
      while (from.step()) {
        Relationship r = read_relationship(db_, from);
        if (!members.contains(r.target)) candidates.insert(r.target);
        touching.push_back(std::move(r));
      }
      from.reset();
      to.bind_text(1, id);
      while (to.step()) {
        Relationship r = read_relationship(db_, to);
        // Relationships between two members were already read from their source's side.
        if (members.contains(r.source)) continue;
        candidates.insert(r.source);
        touching.push_back(std::move(r));
      }
      to.reset();
      if (!p.reports_to.empty() && !members.contains(p.reports_to)) candidates.insert(p.reports_to);
    }

    // Of those, only our team and outside people: another account's people stay out.
    Statement account_exists(db_, store::sql::kAccountExists);
    std::map<std::string, bool> org_is_account;
    std::map<std::string, Person> shared;
    for (const std::string& id : candidates) {
      std::optional<Person> p = find_person(id);
      if (p && !is_account_person(*p, account_exists, org_is_account))
        shared.emplace(id, std::move(*p));
    }

    auto included = [&](const std::string& id) {
      return members.contains(id) || shared.contains(id);
    };
    std::set<Relationship, RelationshipKeyLess> relationships;
    for (Relationship& r : touching)
      if (included(r.source) && included(r.target)) relationships.insert(std::move(r));

    // Relationships among the shared people themselves (the KAM works with the
    // specialist): looked up pair by pair on the primary key, because a colleague's
    // relationships across the whole portfolio grow with the portfolio, and the pairs here
    // do not.
    Statement between(db_, store::sql::kRelationshipsBetween);
    for (const auto& [a, pa] : shared) {
      for (const auto& [b, pb] : shared) {
        if (a == b) continue;
        between.bind_text(1, a).bind_text(2, b);
        while (between.step()) relationships.insert(read_relationship(db_, between));
        between.reset();
      }
    }

    for (auto& [id, p] : members) out.people.push_back(std::move(p));
    for (auto& [id, p] : shared) out.people.push_back(std::move(p));
    out.relationships.assign(relationships.begin(), relationships.end());
    snapshot.commit();
    sort_dataset(out);
    return out;
  }

  Dataset everything() const override {
    std::lock_guard lock(mutex_);
    Transaction snapshot(db_, Transaction::Kind::deferred);
    Dataset out;
    {
      Statement query(db_, store::sql::kAllAccounts);
      while (query.step()) out.accounts.push_back(read_account(db_, query));
    }
    {
      Statement query(db_, store::sql::kAllPeople);
      while (query.step()) out.people.push_back(read_person(db_, query));
    }
    {
      Statement query(db_, store::sql::kAllRelationships);
      while (query.step()) out.relationships.push_back(read_relationship(db_, query));
    }
    snapshot.commit();
    sort_dataset(out);
    return out;
  }

  std::vector<Action> actions(const std::string& account) const override {
    std::lock_guard lock(mutex_);
    Statement query(db_, account.empty() ? store::sql::kAllActions : store::sql::kAccountActions);
    if (!account.empty()) query.bind_text(1, account);
    std::vector<Action> out;
    while (query.step()) out.push_back(read_action(db_, query));
    return out;
  }

  std::optional<Action> action(const std::string& id) const override {
    std::lock_guard lock(mutex_);
    Statement query(db_, store::sql::kActionById);
    query.bind_text(1, id);
    if (!query.step()) return std::nullopt;
    return read_action(db_, query);
  }

  void save_actions(const std::string& account, const std::vector<Action>& actions) override {
    for (const Action& a : actions) {
      if (a.account != account)
        throw Error(ExitCode::internal, "action '" + a.id + "' of account '" + a.account +
                                            "' saved with the actions of account '" + account +
                                            "'");
    }
    std::lock_guard lock(mutex_);
    Transaction transaction(db_);
    Statement remove(db_, store::sql::kDeleteAccountActions);
    remove.bind_text(1, account);
    run_for(remove, "removing the actions of account '" + account + "'");
    Statement insert(db_, store::sql::kInsertAction);
    for (const Action& a : actions) {
      bind_action(insert, a);
      run_for(insert, "storing action '" + a.id + "'");
    }
    transaction.commit();
  }

  void update_action(const Action& action) override {
    std::lock_guard lock(mutex_);
    Transaction transaction(db_);
    Statement update(db_, store::sql::kUpdateAction);
    bind_action(update, action);
    run_for(update, "storing action '" + action.id + "'");
    if (db_.changes() == 0) throw NotFoundError("unknown action '" + action.id + "'");
    transaction.commit();
  }

  void save_snapshots(const std::vector<Snapshot>& snapshots) override {
    std::lock_guard lock(mutex_);
    Transaction transaction(db_);
    Statement upsert(db_, store::sql::kUpsertSnapshot);
    for (const Snapshot& x : snapshots) {
      bind_snapshot(upsert, x);
      run_for(upsert, "storing the " + x.date.str() + " snapshot of account '" + x.account + "'");
    }
    transaction.commit();
  }

  std::vector<Snapshot> snapshots(const std::string& account) const override {
    std::lock_guard lock(mutex_);
    Statement query(db_,
                    account.empty() ? store::sql::kAllSnapshots : store::sql::kAccountSnapshots);
    if (!account.empty()) query.bind_text(1, account);
    std::vector<Snapshot> out;
    while (query.step()) out.push_back(read_snapshot(db_, query));
    return out;
  }

 private:
  // A person belongs to an account when their org is an account (one in the store, which
  // after import's first step includes every account of the dataset) and they are not on
  // our own team; everyone else is shared across accounts.
  bool is_account_person(const Person& p, Statement& account_exists,
                         std::map<std::string, bool>& org_is_account) const {
    if (p.kind == PersonKind::internal) return false;
    auto [it, inserted] = org_is_account.try_emplace(p.org, false);
    if (inserted) {
      account_exists.bind_text(1, p.org);
      it->second = account_exists.step();
      account_exists.reset();
    }
    return it->second;
  }

  std::optional<Account> find_account(const std::string& id) const {
    Statement query(db_, store::sql::kAccountById);
    query.bind_text(1, id);
    if (!query.step()) return std::nullopt;
    return read_account(db_, query);
  }

  std::optional<Person> find_person(const std::string& id) const {
    if (!person_by_id_) person_by_id_.emplace(db_, store::sql::kPersonById);
    Statement& query = *person_by_id_;
    query.reset();
    query.bind_text(1, id);
    std::optional<Person> out;
    if (query.step()) out = read_person(db_, query);
    query.reset();
    return out;
  }

  std::string unknown_account_message(const std::string& id) const {
    // Only on this error path does the store read every account id.
    std::vector<std::string> ids;
    Statement query(db_, store::sql::kAllAccountIds);
    while (query.step()) ids.push_back(query.column_text(0));
    std::string message = "unknown account '" + id + "'";
    if (std::string near = nearest_word(id, ids); !near.empty())
      message += "; did you mean '" + near + "'?";
    return message;
  }

  // Names one row that a deferred foreign key found dangling at COMMIT.
  std::string dangling_reference() const {
    Statement check(db_, store::sql::kForeignKeyCheck);
    while (check.step()) {
      const std::string table = check.column_text(0);
      const std::int64_t rowid = check.column_int(1);
      if (table == "people") {
        Statement row(db_, store::sql::kPersonByRowid);
        row.bind_int(1, rowid);
        if (row.step()) return reports_to_outside(row.column_text(0), row.column_text(1));
      } else if (table == "relationships") {
        Statement row(db_, store::sql::kRelationshipByRowid);
        row.bind_int(1, rowid);
        if (row.step()) {
          const std::string source = row.column_text(0);
          const std::string target = row.column_text(1);
          return relationship_outside(source + " -> " + target + " (" + row.column_text(2) + ")",
                                      person_exists(source) ? target : source);
        }
      }
    }
    return "the import refers to people who would not be in the database after it";
  }

  bool person_exists(const std::string& id) const {
    Statement query(db_, store::sql::kPersonExists);
    query.bind_text(1, id);
    return query.step();
  }

  // Replace each incoming account's people: drop every relationship touching its current
  // people (two statements per account) and the incoming ones stored elsewhere (whose
  // old relationships are replaced as well, should they have moved here from another
  // account or the internal team), then the people themselves. The new people and
  // relationships are written afterwards together with the shared ones. (A person not
  // stored at all has no relationships to drop: the foreign keys see to that.)
  void drop_stored(const std::map<std::string, std::vector<const Person*>>& incoming) {
    Statement delete_account_from(db_, store::sql::kDeleteAccountRelationshipsFrom);
    Statement delete_account_to(db_, store::sql::kDeleteAccountRelationshipsTo);
    Statement elsewhere(db_, store::sql::kPersonElsewhere);
    Statement delete_from(db_, store::sql::kDeleteRelationshipsFrom);
    Statement delete_to(db_, store::sql::kDeleteRelationshipsTo);
    Statement delete_people(db_, store::sql::kDeleteAccountPeople);
    for (const auto& [account_id, people] : incoming) {
      const auto removing = [&] {
        return "removing the relationships of account '" + account_id + "'";
      };
      delete_account_from.bind_text(1, account_id).bind_text(2, kInternalKind);
      run_for(delete_account_from, removing);
      delete_account_to.bind_text(1, account_id).bind_text(2, kInternalKind);
      run_for(delete_account_to, removing);
      for (const Person* p : people) {
        elsewhere.bind_text(1, p->id).bind_text(2, account_id).bind_text(3, kInternalKind);
        const bool stored_elsewhere = elsewhere.step();
        elsewhere.reset();
        if (!stored_elsewhere) continue;
        const auto doing = [&] { return "removing the relationships of person '" + p->id + "'"; };
        delete_from.bind_text(1, p->id);
        run_for(delete_from, doing);
        delete_to.bind_text(1, p->id);
        run_for(delete_to, doing);
      }
      delete_people.bind_text(1, account_id).bind_text(2, kInternalKind);
      run_for(delete_people, "removing the people of account '" + account_id + "'");
    }
  }

  // The connection and its cached statements change state on every query but not the
  // store's contents, hence mutable under the mutex.
  mutable std::mutex mutex_;
  mutable Database db_;
  Writing writing_;
  mutable std::optional<Statement> person_exists_;
  mutable std::optional<Statement> person_by_id_;
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const StoreOptions& options) {
  if (options.read_only) {
    // SQLite would say only "unable to open database file".
    std::error_code ec;
    if (!std::filesystem::exists(options.path, ec))
      throw StoreError("database " + options.path + " does not exist");
  }
  return std::make_unique<SqliteStore>(options);
}

ImportSummary import_sqlite(const StoreOptions& options, const Dataset& data) {
  std::error_code ec;
  if (options.read_only || std::filesystem::exists(options.path, ec) || ec)
    return open_sqlite_store(options)->import(data);
  const std::string aside = store::aside_path(options.path);
  store::AsideFiles cleanup(aside);
  std::optional<SqliteStore> building;
  try {
    building.emplace(StoreOptions{.path = aside}, Writing::aside, options.path);
  } catch (const SqliteError&) {
    // No file can be made there (a missing directory, no permission): the usual way
    // says so about the database itself.
    building.reset();
    return open_sqlite_store(options)->import(data);
  }
  ImportSummary summary = building->import(data);
  building->finish_aside();
  building.reset();  // closed, so that all of it is in the file
  if (store::publish_aside(aside, options.path)) {
    cleanup.release();
    return summary;
  }
  // Another process created the database meanwhile (or links are not possible here):
  // import into it the usual way.
  return open_sqlite_store(options)->import(data);
}

int current_schema_version() { return store::latest_schema_version(); }

}  // namespace kamgraph
