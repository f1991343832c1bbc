// RAII over the SQLite C API, private to the store: a connection closes itself, a prepared
// statement finalizes itself, and a transaction rolls back unless it was committed
// (SQLiteCpp's Database/Statement/Transaction are the model). Values only ever reach SQL
// through bind_*(); there is deliberately no way to splice text into a statement.
//
// sqlite3.h stays out of this header (as SQLiteCpp does) so that including it does not
// drag the C API into every translation unit.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "kamgraph/model/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace kamgraph::store {

// A failed SQLite call, already worded for a user (see describe_sqlite_error). It keeps
// SQLite's extended result code so callers can react to one kind of failure (a deferred
// foreign key at COMMIT, say) and re-word it with more context.
class SqliteError : public StoreError {
 public:
  SqliteError(std::string path, int sqlite_code, std::string sqlite_message, std::string context);
  int sqlite_code() const { return sqlite_code_; }  // extended result code
  int primary_code() const { return sqlite_code_ & 0xff; }
  const std::string& sqlite_message() const { return sqlite_message_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int sqlite_code_;
  std::string sqlite_message_;
};

// The message a KAM sees for an SQLite failure on database `path`: locked, damaged, not a
// database, disk full... name the cause in plain words; anything else says what kamgraph
// was doing (`context`, e.g. "storing person 'p1'") and quotes SQLite.
std::string describe_sqlite_error(std::string_view path, int sqlite_code,
                                  std::string_view sqlite_message, std::string_view context);

// One connection. Not for use by two threads at once (it is opened without SQLite's own
// lock): share it behind a mutex, as SqliteStore does.
class Database {
 public:
  enum class Access { read_write_create, read_only };

  // Opens (for read_write_create: creating) the file at `path`. The path is taken
  // literally (no URI parsing). Throws SqliteError. Messages name the file `shown_as`
  // when given: the database a file built aside will become.
  Database(const std::string& path, Access access, const std::string& shown_as = {});

  // Not movable: statements keep a pointer to their Database.
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database() = default;

  sqlite3* handle() const { return db_.get(); }
  const std::string& path() const { return path_; }
  bool read_only() const { return access_ == Access::read_only; }

  // Runs SQL text that carries no values: schema scripts, pragmas with constant
  // arguments, BEGIN/COMMIT/ROLLBACK. Several statements may be separated by ';'.
  void exec(const std::string& sql, std::string_view context = {});

  void set_busy_timeout(int milliseconds);
  // Rows changed by the last INSERT, UPDATE or DELETE.
  int changes() const;
  // True between BEGIN and COMMIT/ROLLBACK (SQLite may end a transaction by itself after
  // some errors, which is why the Transaction asks instead of remembering).
  bool in_transaction() const;

  // Throws the SqliteError for result code `code`, with SQLite's current message.
  [[noreturn]] void fail(int code, std::string_view context = {}) const;

 private:
  struct Closer {
    void operator()(sqlite3* db) const noexcept;
  };
  std::unique_ptr<sqlite3, Closer> db_;
  std::string path_;
  Access access_ = Access::read_write_create;
};

// One prepared statement, reusable: bind, step through the rows, reset, bind again. The
// statement keeps a pointer to its Database, which must outlive it.
class Statement {
 public:
  Statement(Database& db, std::string_view sql);

  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;
  ~Statement() = default;

  // How long a bound text lives. `copy`: SQLite copies it (a temporary is fine).
  // `borrow`: SQLite reads the caller's bytes, which must stay alive and unchanged until
  // the statement is stepped and reset (run() does both): a big import binds millions of
  // record fields, and copying each one costs a malloc and a memcpy.
  enum class Text { copy, borrow };
  // Parameters are 1-based, as in SQL's ?1, ?2, ...
  Statement& bind_text(int index, std::string_view text, Text kept = Text::copy);
  // NULL for an empty text: optional text columns (title, reports_to) hold NULL when absent.
  Statement& bind_text_or_null(int index, std::string_view text, Text kept = Text::copy);
  Statement& bind_double(int index, double value);
  Statement& bind_double(int index, const std::optional<double>& value);
  Statement& bind_int(int index, std::int64_t value);
  Statement& bind_null(int index);

  // Advances to the next row: true when there is one, false when the statement is done.
  // Throws SqliteError (with `context`, if set) on failure.
  bool step();
  // Steps a statement that returns no rows (INSERT, UPDATE, DELETE) to completion, then
  // resets it for the next use.
  void run();
  // Ready for new bindings: ends the current execution (releasing the read snapshot a
  // half-read SELECT holds) and clears every bound value.
  void reset() noexcept;

  // What this statement does, for error messages: "storing person 'p1'".
  void set_context(std::string context) { context_ = std::move(context); }

  int column_count() const;
  // The number of parameters (?1 ... ?N) the statement takes.
  int parameter_count() const;
  bool column_is_null(int column) const;
  std::string column_text(int column) const;  // "" for NULL
  double column_double(int column) const;
  std::optional<double> column_optional_double(int column) const;
  std::int64_t column_int(int column) const;

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* stmt) const noexcept;
  };
  void check_bind(int code, int index) const;

  Database* db_;
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  std::string context_;
};

// BEGIN ... COMMIT, rolled back by the destructor unless commit() succeeded. The
// destructor never throws: a failed ROLLBACK there is ignored, because SQLite has already
// rolled back by itself in every case where ROLLBACK can fail (or the connection is
// about to be closed, which rolls back as well).
class Transaction {
 public:
  enum class Kind {
    // Reads: a consistent snapshot across several SELECTs.
    deferred,
    // Writes: take the write lock at BEGIN, so that two kamgraph processes queue on the
    // busy timeout instead of one failing half-way with SQLITE_BUSY on lock upgrade.
    immediate,
  };

  explicit Transaction(Database& db, Kind kind = Kind::immediate);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  // Throws SqliteError when COMMIT fails (a deferred foreign key, say); the transaction
  // is then still open, so the caller may look at what went wrong before the destructor
  // rolls back.
  void commit();

 private:
  Database& db_;
  bool committed_ = false;
};

}  // namespace kamgraph::store
