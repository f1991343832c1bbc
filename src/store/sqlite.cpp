#include "store/sqlite.hpp"

#include <sqlite3.h>

#include <limits>
#include <system_error>
#include <utility>

namespace kamgraph::store {
namespace {

// SQLite's message, plus what the operating system said when SQLite only knows that a
// file could not be opened or read ("unable to open database file" alone does not tell
// a missing directory from a permission problem).
std::string sqlite_message(sqlite3* db, int code) {
  if (db == nullptr) return sqlite3_errstr(code);
  std::string message = sqlite3_errmsg(db);
  const int primary = code & 0xff;
  if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_PERM) {
    if (int sys = sqlite3_system_errno(db); sys != 0)
      message = std::generic_category().message(sys);
  }
  return message;
}

}  // namespace

SqliteError::SqliteError(std::string path, int sqlite_code, std::string sqlite_message,
                         std::string context)
    : StoreError(describe_sqlite_error(path, sqlite_code, sqlite_message, context)),
      path_(std::move(path)),
      sqlite_code_(sqlite_code),
      sqlite_message_(std::move(sqlite_message)) {}

std::string describe_sqlite_error(std::string_view path, int sqlite_code,
                                  std::string_view sqlite_message, std::string_view context) {
  const std::string db = "database " + std::string(path);
  const std::string why(sqlite_message);
  switch (sqlite_code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return db + " is locked by another kamgraph process; try again";
    case SQLITE_NOTADB:
      return std::string(path) + " is not a kamgraph database (it is not an SQLite file)";
    case SQLITE_CORRUPT:
      return db + " is damaged (" + why + "); restore it from a backup";
    case SQLITE_CANTOPEN:
      return "cannot open " + db + ": " + why;
    case SQLITE_READONLY:
      return "cannot write to " + db + ": it is read-only (" + why + ")";
    case SQLITE_FULL:
      return "cannot write to " + db + ": the disk is full";
    case SQLITE_IOERR:
      return "cannot read or write " + db + ": " + why;
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return "permission denied for " + db + ": " + why;
    default:
      if (context.empty()) return db + ": " + why;
      return db + ": " + std::string(context) + ": " + why;
  }
}

// --- Database ---------------------------------------------------------------------------

namespace {

// SQLite keeps statistics of its memory (sqlite3_memory_used(), which kamgraph never asks
// for) under a global mutex taken around each of its allocations: a lock and an unlock
// per allocation, several per row written. Turned off before SQLite starts; once it has
// (another library in the process opened a database first) the call is refused, harmlessly.
void configure_sqlite_once() {
  static const int done = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)done;
}

}  // namespace

void Database::Closer::operator()(sqlite3* db) const noexcept {
  // close_v2 rather than close: it cannot fail with SQLITE_BUSY because a statement is
  // still alive; the handle becomes a zombie and is freed with the last statement.
  sqlite3_close_v2(db);
}

Database::Database(const std::string& path, Access access, const std::string& shown_as)
    : path_(shown_as.empty() ? path : shown_as), access_(access) {
  // NOMUTEX: a Database is used by one thread at a time (SqliteStore holds its own mutex
  // around every call), so SQLite's lock on each of its calls is redundant, and in an
  // import, with several calls per row, it was 3% of the instructions.
  const int flags = (access == Access::read_only ? SQLITE_OPEN_READONLY
                                                 : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
  configure_sqlite_once();
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  // The handle must be closed even when opening failed.
  db_.reset(raw);
  if (rc != SQLITE_OK) throw SqliteError(path_, rc, sqlite_message(raw, rc), "opening");
  sqlite3_extended_result_codes(raw, 1);
}

void Database::exec(const std::string& sql, std::string_view context) {
  const int rc = sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) fail(rc, context);
}

void Database::set_busy_timeout(int milliseconds) {
  const int rc = sqlite3_busy_timeout(db_.get(), milliseconds);
  if (rc != SQLITE_OK) fail(rc, "setting the busy timeout");
}

int Database::changes() const { return sqlite3_changes(db_.get()); }

bool Database::in_transaction() const { return sqlite3_get_autocommit(db_.get()) == 0; }

void Database::fail(int code, std::string_view context) const {
  throw SqliteError(path_, code, sqlite_message(db_.get(), code), std::string(context));
}

// --- Statement --------------------------------------------------------------------------

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }

Statement::Statement(Database& db, std::string_view sql) : db_(&db) {
  sqlite3_stmt* raw = nullptr;
  const int rc =
      sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
  stmt_.reset(raw);
  if (rc != SQLITE_OK) db.fail(rc, "preparing a query");
  if (raw == nullptr) db.fail(SQLITE_MISUSE, "preparing an empty query");
}

void Statement::check_bind(int code, int index) const {
  if (code != SQLITE_OK) db_->fail(code, "binding parameter " + std::to_string(index));
}

Statement& Statement::bind_text(int index, std::string_view text, Text kept) {
  // A null pointer would bind SQL NULL, not an empty string: an empty string_view may
  // well have a null data().
  const char* data = text.data() != nullptr ? text.data() : "";
  check_bind(
      sqlite3_bind_text64(stmt_.get(), index, data, text.size(),
                          kept == Text::borrow ? SQLITE_STATIC : SQLITE_TRANSIENT, SQLITE_UTF8),
      index);
  return *this;
}

Statement& Statement::bind_text_or_null(int index, std::string_view text, Text kept) {
  return text.empty() ? bind_null(index) : bind_text(index, text, kept);
}

Statement& Statement::bind_double(int index, double value) {
  check_bind(sqlite3_bind_double(stmt_.get(), index, value), index);
  return *this;
}

Statement& Statement::bind_double(int index, const std::optional<double>& value) {
  return value ? bind_double(index, *value) : bind_null(index);
}

Statement& Statement::bind_int(int index, std::int64_t value) {
  check_bind(sqlite3_bind_int64(stmt_.get(), index, value), index);
  return *this;
}

Statement& Statement::bind_null(int index) {
  check_bind(sqlite3_bind_null(stmt_.get(), index), index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  // Word the error before reset(), which may replace SQLite's message.
  SqliteError error(db_->path(), rc, sqlite_message(db_->handle(), rc), context_);
  reset();
  throw error;
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() noexcept {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

int Statement::column_count() const { return sqlite3_column_count(stmt_.get()); }

int Statement::parameter_count() const { return sqlite3_bind_parameter_count(stmt_.get()); }

bool Statement::column_is_null(int column) const {
  return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

std::string Statement::column_text(int column) const {
  const auto* text = sqlite3_column_text(stmt_.get(), column);
  if (text == nullptr) return {};
  // Byte count rather than strlen: the text may legitimately contain NUL bytes.
  const int bytes = sqlite3_column_bytes(stmt_.get(), column);
  return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes)};
}

double Statement::column_double(int column) const {
  return sqlite3_column_double(stmt_.get(), column);
}

std::optional<double> Statement::column_optional_double(int column) const {
  if (column_is_null(column)) return std::nullopt;
  return column_double(column);
}

std::int64_t Statement::column_int(int column) const {
  return sqlite3_column_int64(stmt_.get(), column);
}

// --- Transaction ------------------------------------------------------------------------

Transaction::Transaction(Database& db, Kind kind) : db_(db) {
  db_.exec(kind == Kind::immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED",
           "starting a transaction");
}

Transaction::~Transaction() {
  if (committed_ || !db_.in_transaction()) return;
  // Errors are ignored on purpose (see the class comment); sqlite3_exec does not throw.
  sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT", "saving the changes");
  committed_ = true;
}

}  // namespace kamgraph::store
