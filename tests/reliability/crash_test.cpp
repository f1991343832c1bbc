// Crash safety: `kamgraph import` killed with SIGKILL at random moments during a large
// import (20,000 people, 50,000 relationships) must leave a database that opens, passes
// PRAGMA integrity_check and foreign_key_check, and holds exactly the data from before the
// import or exactly the data from after it; and the import, run again, must then succeed.
//
// The kill times are drawn from a seeded generator (the seed is printed; KAMGRAPH_SEED
// replays a run, KAMGRAPH_KILLS changes the number of kills, 30 by default). Half are drawn
// over the whole run, half over the part of it that writes the database (after reading and
// validating, measured with --dry-run), so that many kills land inside the transaction.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <thread>

#include "reliability/harness.hpp"
#include "reliability/portfolio.hpp"

namespace kamgraph::reliability {
namespace {

// The dump of a database that holds the schema of `full` and no rows: what a kill between
// the schema's creation and the import's commit leaves in a new file.
std::string schema_only(const std::string& full) {
  std::string out;
  std::size_t start = 0;
  while (start < full.size()) {
    const std::size_t end = full.find('\n', start);
    const std::string line = full.substr(start, end - start);
    if (line.starts_with("user_version ") || line.starts_with("table ")) out += line + "\n";
    start = end + 1;
  }
  return out;
}

std::uintmax_t size_or_zero(const fs::path& p) {
  std::error_code ec;
  const auto n = fs::file_size(p, ec);
  return ec ? 0 : n;
}

void copy_database(const fs::path& from, const fs::path& to) {
  fs::remove(to);
  fs::remove(to.string() + "-wal");
  fs::remove(to.string() + "-shm");
  fs::copy_file(from, to);
}

TEST(CrashSafety, ImportKilledAtRandomMomentsLeavesTheStateBeforeOrAfter) {
  const std::uint64_t seed = test_seed("CrashSafety");
  const long kills = env_number("KAMGRAPH_KILLS", 30);
  std::mt19937_64 rng(seed);
  TempDir work;

  // Version 1 is in the database; version 2 replaces every account's people (new titles,
  // every 7th person gone with their relationships).
  const PortfolioSize v1 = write_portfolio(work / "v1", PortfolioSpec{});
  PortfolioSpec spec2;
  spec2.version = "v2";
  spec2.drop_every = 7;
  const PortfolioSize v2 = write_portfolio(work / "v2", spec2);
  std::cout << "portfolio v1: " << v1.people << " people, " << v1.relationships
            << " relationships; v2: " << v2.people << " people, " << v2.relationships
            << " relationships" << std::endl;
  ASSERT_GE(v1.people, 20000);
  ASSERT_GE(v1.relationships, 50000);

  const fs::path before_db = work / "before.db";
  Outcome r = run_kamgraph(work.path(), {"--db", before_db.string(), "import", "v1"});
  ASSERT_TRUE(r.ok()) << r.describe();
  ASSERT_FALSE(fs::exists(before_db.string() + "-wal")) << "the WAL outlived a clean close";
  const std::string before = Sqlite(before_db).dump();

  const fs::path after_db = work / "after.db";
  copy_database(before_db, after_db);
  r = run_kamgraph(work.path(), {"--db", after_db.string(), "import", "v2"});
  ASSERT_TRUE(r.ok()) << r.describe();
  const double full_seconds = r.seconds;
  const std::string after = Sqlite(after_db).dump();
  ASSERT_NE(before, after);

  const fs::path new_db = work / "new.db";
  r = run_kamgraph(work.path(), {"--db", new_db.string(), "import", "v2"});
  ASSERT_TRUE(r.ok()) << r.describe();
  const std::string after_new = Sqlite(new_db).dump();
  const std::string empty_new = schema_only(after_new);

  copy_database(before_db, work / "dry.db");
  r = run_kamgraph(work.path(), {"--db", (work / "dry.db").string(), "import", "--dry-run", "v2"});
  ASSERT_TRUE(r.ok()) << r.describe();
  const double dry_seconds = std::min(r.seconds, full_seconds);
  std::cout << "import takes " << full_seconds << " s, of which reading and validating "
            << dry_seconds << " s" << std::endl;

  std::map<std::string, int> tally;
  for (long k = 0; k < kills; ++k) {
    // Every third kill hits the first import into a new file.
    const bool fresh = k % 3 == 2;
    const fs::path db = work / ("kill" + std::to_string(k) + ".db");
    if (!fresh) copy_database(before_db, db);
    const double end = full_seconds * 1.05;
    const double from = k % 2 == 0 ? 0.0 : dry_seconds * 0.9;
    const double delay = std::uniform_real_distribution<double>(from, end)(rng);
    SCOPED_TRACE("kill " + std::to_string(k) + (fresh ? " (new database)" : "") + " after " +
                 std::to_string(delay) + " s, seed " + std::to_string(seed));

    Process import(work.path(), {"--db", db.string(), "import", "v2"}, "kill");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(delay);
    while (std::chrono::steady_clock::now() < deadline && !import.finished())
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (!import.finished()) import.kill_now();
    const Outcome o = import.wait();
    // Judged by how the process ended, not by whether the signal was sent: an import that
    // exits between finished() and kill_now() ignores the SIGKILL and reports exit 0.
    const bool completed = o.signal != SIGKILL;
    const bool wal_written = size_or_zero(db.string() + "-wal") > 0;
    if (completed) {
      ASSERT_TRUE(o.ok()) << o.describe();
    }

    std::string state;
    if (!fs::exists(db)) {
      ASSERT_TRUE(fresh) << "the database file disappeared";
      state = "before (no file yet)";
    } else {
      const Sqlite check(db);
      ASSERT_EQ(check.integrity(), "ok");
      const std::string now = check.dump();
      if (now == (fresh ? after_new : after)) {
        state = completed ? "after (import had finished)" : "after";
      } else if (!fresh && now == before) {
        state = wal_written ? "before (killed inside the transaction)" : "before";
      } else if (fresh && now == empty_new) {
        state = "before (new file, schema only)";
      } else if (fresh && now == "user_version i:0\n") {
        state = "before (new file, empty)";
      } else {
        FAIL() << "the database holds neither the state before nor the state after the "
                  "import; first 400 characters:\n"
               << now.substr(0, 400);
      }
    }
    ++tally[state];

    if (fs::exists(db)) {
      // The database opens for the user...
      const Outcome opened = run_kamgraph(work.path(), {"--db", db.string(), "accounts"}, "open");
      ASSERT_TRUE(opened.ok()) << opened.describe();
      EXPECT_EQ(opened.err.find("locked"), std::string::npos) << opened.err;
    }
    // ...and every fifth time, the interrupted import is run again, to the end.
    if (k % 5 == 4) {
      const Outcome again = run_kamgraph(work.path(), {"--db", db.string(), "import", "v2"});
      ASSERT_TRUE(again.ok()) << again.describe();
      EXPECT_EQ(Sqlite(db).dump(), fresh ? after_new : after);
    }
    fs::remove(db);
    fs::remove(db.string() + "-wal");
    fs::remove(db.string() + "-shm");
  }

  std::cout << "CrashSafety: " << kills << " kills survived:" << std::endl;
  for (const auto& [state, n] : tally) std::cout << "  " << n << " x " << state << std::endl;
}

}  // namespace
}  // namespace kamgraph::reliability
