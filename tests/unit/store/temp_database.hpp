// Test helpers for the store: a database file of the test's own, removed afterwards, and
// ways to look at a file from outside the store (a canonical dump, its raw bytes).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "store/sqlite.hpp"

namespace kamgraph::testing {

// A path in the temporary directory unique to this process and test, with the file and
// SQLite's companions (-wal, -shm, -journal) removed on destruction.
class TempDatabase {
 public:
  TempDatabase() {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = info != nullptr ? std::string(info->test_suite_name()) + "-" + info->name()
                                       : std::string("test");
    for (char& c : name)
      if (c == '/') c = '-';
    path_ = (std::filesystem::temp_directory_path() /
             ("kamgraph-" + name + "-" + std::to_string(::getpid()) + "-" +
              std::to_string(counter++) + ".db"))
                .string();
    remove_all();
  }
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;
  ~TempDatabase() { remove_all(); }

  const std::string& path() const { return path_; }

 private:
  void remove_all() const {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
      std::filesystem::remove(path_ + suffix, ec);
  }
  std::string path_;
};

inline std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// Every row of every kamgraph table, each value through SQL's quote() so that NULL, ''
// and 0.5 vs '0.5' all differ, in primary-key order; plus the header fields.
inline std::string dump(const std::string& path) {
  store::Database db(path, store::Database::Access::read_write_create);
  std::string out;
  const char* queries[] = {
      "SELECT 'user_version', quote(user_version) FROM pragma_user_version",
      "SELECT 'application_id', quote(application_id) FROM pragma_application_id",
      "SELECT 'schema', quote(type), quote(name), quote(sql) FROM sqlite_master ORDER BY name",
      "SELECT 'account', quote(id), quote(name), quote(segment), quote(revenue), "
      "quote(potential), quote(margin), quote(attractiveness), quote(supplier_strength) "
      "FROM accounts ORDER BY id",
      "SELECT 'person', quote(id), quote(name), quote(org), quote(kind), quote(roles), "
      "quote(power), quote(attitude), quote(title), quote(department), quote(reports_to) "
      "FROM people ORDER BY id",
      "SELECT 'relationship', quote(source), quote(target), quote(type), quote(strength), "
      "quote(last_contact), quote(mode) FROM relationships ORDER BY source, target, type",
  };
  for (const char* sql : queries) {
    store::Statement query(db, sql);
    while (query.step()) {
      for (int c = 0; c < query.column_count(); ++c) {
        if (c > 0) out += '|';
        out += query.column_text(c);
      }
      out += '\n';
    }
  }
  return out;
}

}  // namespace kamgraph::testing
