// The RAII layer under the store: transactions that roll back unless committed, bound
// values that arrive verbatim, errors worded for users.
#include "store/sqlite.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>

#include "unit/store/temp_database.hpp"

namespace kamgraph::store {
namespace {

using kamgraph::testing::TempDatabase;

std::int64_t count_rows(Database& db, const char* table_sql) {
  Statement query(db, table_sql);
  query.step();
  return query.column_int(0);
}

class SqliteWrapper : public ::testing::Test {
 protected:
  void SetUp() override { db_.exec("CREATE TABLE t (x TEXT)"); }

  std::int64_t rows() { return count_rows(db_, "SELECT count(*) FROM t"); }
  void insert(std::string_view value) {
    Statement s(db_, "INSERT INTO t (x) VALUES (?1)");
    s.bind_text(1, value);
    s.run();
  }

  TempDatabase file_;
  Database db_{file_.path(), Database::Access::read_write_create};
};

// A copied text is SQLite's own at once: changing the caller's string before the step
// does not change what is stored. A borrowed one is read at the step, from the caller's
// bytes, and stored the same; after run() nothing refers to them any more (the
// bindings are cleared), so the caller may then change or free them.
TEST_F(SqliteWrapper, CopiedTextIsTakenAtBindingBorrowedTextAtTheStep) {
  Statement s(db_, "INSERT INTO t (x) VALUES (?1), (?2)");
  std::string copied = "before";
  std::string borrowed = "kept";
  s.bind_text(1, copied).bind_text(2, borrowed, Statement::Text::borrow);
  copied = "after!";
  borrowed[0] = 'K';  // in place: the same bytes SQLite was given
  s.run();
  borrowed = "later";
  Statement query(db_, "SELECT x FROM t ORDER BY rowid");
  ASSERT_TRUE(query.step());
  EXPECT_EQ(query.column_text(0), "before");
  ASSERT_TRUE(query.step());
  EXPECT_EQ(query.column_text(0), "Kept");
  EXPECT_FALSE(query.step());
}

// SQLite's memory statistics are off (a global lock per allocation otherwise): with
// them on, a database open with a table and rows would count its memory in use.
TEST_F(SqliteWrapper, SqlitesMemoryStatisticsAreOff) {
  for (int i = 0; i < 100; ++i) insert("row");
  EXPECT_EQ(sqlite3_memory_used(), 0);
}

TEST_F(SqliteWrapper, TransactionCommits) {
  {
    Transaction tx(db_);
    insert("a");
    tx.commit();
  }
  EXPECT_EQ(rows(), 1);
  EXPECT_FALSE(db_.in_transaction());
}

TEST_F(SqliteWrapper, TransactionRollsBackUnlessCommitted) {
  {
    Transaction tx(db_);
    insert("a");
    EXPECT_TRUE(db_.in_transaction());
  }
  EXPECT_EQ(rows(), 0);
  EXPECT_FALSE(db_.in_transaction());
}

TEST_F(SqliteWrapper, TransactionRollsBackWhenAnExceptionLeavesTheScope) {
  EXPECT_THROW(
      {
        Transaction tx(db_);
        insert("a");
        throw std::runtime_error("something failed half-way");
      },
      std::runtime_error);
  EXPECT_EQ(rows(), 0);
}

TEST_F(SqliteWrapper, TransactionDestructorToleratesATransactionSqliteAlreadyEnded) {
  {
    Transaction tx(db_);
    insert("a");
    db_.exec("ROLLBACK");  // as SQLite itself does after SQLITE_FULL, say
  }
  EXPECT_EQ(rows(), 0);
  // The connection is usable afterwards.
  Transaction tx(db_);
  insert("b");
  tx.commit();
  EXPECT_EQ(rows(), 1);
}

TEST_F(SqliteWrapper, FailedCommitLeavesTheTransactionOpenThenRollsBack) {
  db_.exec("PRAGMA foreign_keys = ON");
  db_.exec(
      "CREATE TABLE parent (id TEXT PRIMARY KEY);"
      "CREATE TABLE child (p TEXT REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)");
  {
    Transaction tx(db_);
    Statement s(db_, "INSERT INTO child (p) VALUES (?1)");
    s.bind_text(1, "missing");
    s.run();  // deferred: accepted until COMMIT
    try {
      tx.commit();
      ADD_FAILURE() << "COMMIT with a dangling foreign key succeeded";
    } catch (const SqliteError& e) {
      EXPECT_EQ(e.sqlite_code(), SQLITE_CONSTRAINT_FOREIGNKEY);
    }
    EXPECT_TRUE(db_.in_transaction());
  }
  EXPECT_FALSE(db_.in_transaction());
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM child"), 0);
}

TEST_F(SqliteWrapper, BoundTextArrivesVerbatim) {
  const std::string tricky[] = {
      "O'Brien", "'); DROP TABLE t; --",         "<script>alert(1)</script>", "\"\\N",
      "a\nb,c",  std::string("nul\0inside", 10), "Zoë Łukasiewicz",
  };
  for (const auto& text : tricky) insert(text);
  Statement query(db_, "SELECT x FROM t ORDER BY rowid");
  for (const auto& text : tricky) {
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.column_text(0), text);
  }
  EXPECT_FALSE(query.step());
}

TEST_F(SqliteWrapper, EmptyTextIsNotNullUnlessAskedFor) {
  Statement s(db_, "INSERT INTO t (x) VALUES (?1)");
  s.bind_text(1, std::string_view{});
  s.run();
  s.bind_text_or_null(1, "");
  s.run();
  Statement query(db_, "SELECT x IS NULL FROM t ORDER BY rowid");
  ASSERT_TRUE(query.step());
  EXPECT_EQ(query.column_int(0), 0);
  ASSERT_TRUE(query.step());
  EXPECT_EQ(query.column_int(0), 1);
}

TEST_F(SqliteWrapper, ResetClearsBindingsForReuse) {
  Statement s(db_, "SELECT ?1 IS NULL, ?2");
  s.bind_text(1, "x").bind_double(2, 0.25);
  ASSERT_TRUE(s.step());
  EXPECT_EQ(s.column_int(0), 0);
  EXPECT_EQ(s.column_double(1), 0.25);
  s.reset();
  ASSERT_TRUE(s.step());
  EXPECT_EQ(s.column_int(0), 1);
  EXPECT_EQ(s.column_optional_double(1), std::nullopt);
}

TEST_F(SqliteWrapper, StepErrorsCarryContextAndSqliteMessage) {
  db_.exec("CREATE TABLE u (x TEXT NOT NULL)");
  Statement s(db_, "INSERT INTO u (x) VALUES (?1)");
  s.set_context("storing thing 'x'");
  s.bind_null(1);
  try {
    s.run();
    ADD_FAILURE() << "NULL went into a NOT NULL column";
  } catch (const SqliteError& e) {
    EXPECT_EQ(e.primary_code(), SQLITE_CONSTRAINT);
    EXPECT_EQ(std::string(e.what()),
              "database " + file_.path() + ": storing thing 'x': NOT NULL constraint failed: u.x");
    EXPECT_EQ(e.code(), ExitCode::store);
  }
}

TEST(SqliteErrors, LockedDatabaseIsWordedForUsers) {
  EXPECT_EQ(describe_sqlite_error("kam.db", SQLITE_BUSY, "database is locked", "importing"),
            "database kam.db is locked by another kamgraph process; try again");
  EXPECT_EQ(describe_sqlite_error("kam.db", SQLITE_BUSY_SNAPSHOT, "database is locked", ""),
            "database kam.db is locked by another kamgraph process; try again");
  EXPECT_EQ(describe_sqlite_error("kam.db", SQLITE_NOTADB, "file is not a database", ""),
            "kam.db is not a kamgraph database (it is not an SQLite file)");
  EXPECT_EQ(describe_sqlite_error("kam.db", SQLITE_FULL, "database or disk is full", ""),
            "cannot write to database kam.db: the disk is full");
}

TEST(SqliteErrors, OpeningInAMissingDirectoryNamesPathAndCause) {
  TempDatabase file;
  const std::string path = file.path() + "-no-such-dir/kam.db";
  try {
    Database db(path, Database::Access::read_write_create);
    ADD_FAILURE() << "opened " << path;
  } catch (const SqliteError& e) {
    EXPECT_EQ(std::string(e.what()),
              "cannot open database " + path + ": No such file or directory");
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace kamgraph::store
