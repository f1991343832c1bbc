// Concurrent use: several kamgraph processes importing, analysing and exporting the same
// database at once. Promised: no "database is locked" reaches the user (writers queue on
// the write lock, readers read a snapshot), every reader sees each import whole or not at
// all, and the final database equals the one some serial order of the same imports gives.
//
// Writers import versions of their own accounts and of one account they all share, so
// that the order of the imports matters for the shared account and for nothing else: the
// final version of the shared account names the writer that committed last, and the same
// imports run one after the other with that writer last must give the same database, byte
// for byte (the canonical dump of harness.hpp). KAMGRAPH_ROUNDS (default 3) repeats the
// whole scenario; KAMGRAPH_SEED fixes the start-up jitter.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "reliability/harness.hpp"
#include "reliability/portfolio.hpp"

namespace kamgraph::reliability {
namespace {

constexpr int kWriters = 4;
constexpr int kStepsPerWriter = 3;
constexpr int kInternal = 40;

std::string tag(int writer, int step) {
  return "w" + std::to_string(writer) + "s" + std::to_string(step);
}

// Writer `writer`'s import number `step`: its own three accounts and the shared one, in
// a version named by tag(); every version drops a different share of people.
PortfolioText writer_data(int writer, int step) {
  PortfolioSpec own;
  own.accounts = 3;
  own.people_per_account = 30;
  own.internal_people = kInternal;
  own.relationships_per_account = 60;
  own.account_prefix = "own" + std::to_string(writer);
  // Each writer has a team of its own: plans weigh every colleague's open actions across
  // the portfolio, so planners sharing colleagues would order each other's owners, and the
  // serial orders below (planner p among writer p's imports) would not cover that.
  own.internal_prefix = "int" + std::to_string(writer) + "_";
  own.version = tag(writer, step);
  own.drop_every = 3 + step;
  own.seed = static_cast<std::uint64_t>(100 * writer + step);
  PortfolioText text = make_portfolio(own);
  PortfolioSpec shared = own;
  shared.accounts = 1;
  shared.people_per_account = 40;
  shared.account_prefix = "shared";
  shared.write_internal = false;
  shared.drop_every = 2 + writer + step;
  append_portfolio(text, make_portfolio(shared));
  return text;
}

fs::path writer_dir(const TempDir& work, int writer, int step) {
  return work / ("data_" + tag(writer, step));
}

// Counts of people per (account, version), to tell a whole import from a partial one.
using Expected = std::map<std::pair<std::string, std::string>, int>;

void count_people(const PortfolioText& text, const std::string& version, Expected& expected) {
  std::size_t start = text.people.find('\n') + 1;
  while (start < text.people.size()) {
    const std::size_t end = text.people.find('\n', start);
    const std::string line = text.people.substr(start, end - start);
    start = end + 1;
    // id,name,org,kind,...: the org is the third field (no quotes in account rows).
    const std::size_t a = line.find(',');
    const std::size_t b = line.find(',', a + 1);
    const std::size_t c = line.find(',', b + 1);
    const std::string org = line.substr(b + 1, c - b - 1);
    if (org != "internal") ++expected[{org, version}];
  }
}

// A reader's view of the portfolio (export --format json) must hold every account in one
// complete version: all its people from one import, as many as that import had.
void expect_consistent_snapshot(const std::string& json_text, const Expected& expected) {
  const auto j = nlohmann::json::parse(json_text);
  std::map<std::string, std::map<std::string, int>> seen;  // account -> version -> people
  for (const auto& p : j.at("people")) {
    if (!p.contains("title")) continue;
    const std::string title = p.at("title").get<std::string>();
    if (!title.starts_with("Title ")) continue;  // the sample portfolio's people
    ++seen[p.at("org").get<std::string>()][title.substr(6)];
  }
  for (const auto& [account, versions] : seen) {
    ASSERT_EQ(versions.size(), 1u)
        << "a reader saw account " << account << " with people from several imports at once";
    const auto& [version, n] = *versions.begin();
    const auto it = expected.find({account, version});
    ASSERT_NE(it, expected.end()) << account << " " << version;
    EXPECT_EQ(n, it->second) << "a reader saw part of import " << version << " of " << account;
  }
}

// Runs `args` again and again until `stop` is set; every run must succeed without a word
// about locks. Returns how many runs there were.
int keep_reading(const TempDir& work, const std::vector<std::string>& args, const std::string& name,
                 const std::atomic<bool>& stop, const Expected* expected,
                 std::vector<std::string>& failures, std::mutex& failures_mutex) {
  int runs = 0;
  while (!stop) {
    const Outcome o = run_kamgraph(work.path(), args, name);
    ++runs;
    std::string problem;
    if (!o.ok() || o.err.find("locked") != std::string::npos)
      problem = name + ": " + o.describe();
    else if (expected != nullptr) {
      try {
        expect_consistent_snapshot(o.out, *expected);
      } catch (const std::exception& e) {
        problem = name + ": unreadable export: " + e.what();
      }
    }
    if (!problem.empty()) {
      std::lock_guard lock(failures_mutex);
      failures.push_back(problem);
    }
  }
  return runs;
}

using Clock = std::chrono::steady_clock;

// When a command ran, as the test saw it: it took effect somewhere in between.
struct Span {
  Clock::time_point start, end;
};

// Planner p plans writer p's first own account, which only writer p's imports change, so
// what a plan run saw is one of writer p's versions: the imports that ended before the run
// started at least, those that started before it ended at most.
struct PlannerLog {
  std::string account;
  std::vector<Span> runs;
};

// Every sequence of versions (one per plan run, in run order, never going back) that the
// timings allow: which of writer p's steps each plan run may have seen.
std::vector<std::vector<int>> possible_views(const PlannerLog& planner,
                                             const std::vector<Span>& steps) {
  std::vector<std::pair<int, int>> range;  // per run: lowest and highest step it may see
  for (const Span& run : planner.runs) {
    int low = 0, high = 0;  // step 0 is in the base database already
    for (int s = 0; s < static_cast<int>(steps.size()); ++s) {
      if (steps[static_cast<std::size_t>(s)].end < run.start) low = s;
      if (steps[static_cast<std::size_t>(s)].start < run.end) high = s;
    }
    range.emplace_back(low, high);
  }
  std::vector<std::vector<int>> out;
  std::vector<int> current;
  std::function<void(std::size_t, int)> extend = [&](std::size_t i, int floor) {
    if (i == range.size()) {
      out.push_back(current);
      return;
    }
    for (int v = std::max(floor, range[i].first); v <= range[i].second; ++v) {
      current.push_back(v);
      extend(i + 1, v);
      current.pop_back();
    }
  };
  extend(0, 0);
  return out;
}

TEST(Concurrency, WritersPlannersAndReadersAtOnceEqualASerialOrder) {
  const std::uint64_t seed = test_seed("Concurrency");
  std::mt19937_64 rng(seed);
  const long rounds = env_number("KAMGRAPH_ROUNDS", 3);
  TempDir work;
  constexpr int kPlanners = 2;  // planner p plans own<p>_0000
  constexpr int kPlansPerPlanner = 3;
  const std::string as_of = "2026-11-23";

  Expected expected;
  for (int w = 0; w < kWriters; ++w)
    for (int s = 0; s < kStepsPerWriter; ++s) {
      const PortfolioText text = writer_data(w, s);
      write_portfolio(writer_dir(work, w, s), text);
      count_people(text, tag(w, s), expected);
    }

  // The starting point: the sample portfolio plus every writer's first version.
  const fs::path base_db = work / "base.db";
  const std::string samples = std::string(KAMGRAPH_SOURCE_DIR) + "/samples/portfolio";
  ASSERT_TRUE(run_kamgraph(work.path(), {"--db", base_db.string(), "import", samples}).ok());
  for (int w = 0; w < kWriters; ++w) {
    const Outcome o = run_kamgraph(
        work.path(), {"--db", base_db.string(), "import", writer_dir(work, w, 0).string()});
    ASSERT_TRUE(o.ok()) << o.describe();
  }
  auto import_args = [&](const fs::path& db, int w, int s) {
    return std::vector<std::string>{"--db", db.string(), "-q", "import",
                                    writer_dir(work, w, s).string()};
  };
  auto plan_args = [&](const fs::path& db, const std::string& account) {
    return std::vector<std::string>{"--db", db.string(), "-q", "plan", account, "--as-of", as_of};
  };

  int total_reads = 0, total_writes = 0, total_plans = 0, total_candidates = 0;
  for (long round = 0; round < rounds; ++round) {
    SCOPED_TRACE("round " + std::to_string(round) + ", seed " + std::to_string(seed));
    const fs::path db = work / "shared.db";
    fs::remove(db);
    fs::copy_file(base_db, db);
    const std::string dbarg = db.string();

    std::atomic<bool> stop{false};
    std::vector<std::string> failures;
    std::mutex failures_mutex;
    auto check = [&](const std::string& who, const Outcome& o) {
      if (o.ok() && o.err.find("locked") == std::string::npos) return;
      std::lock_guard lock(failures_mutex);
      failures.push_back(who + ": " + o.describe());
    };

    std::vector<int> reads(3, 0);
    std::vector<std::thread> threads;
    threads.emplace_back([&] {
      reads[0] = keep_reading(work, {"--db", dbarg, "export", "--format", "json"}, "export", stop,
                              &expected, failures, failures_mutex);
    });
    threads.emplace_back([&] {
      reads[1] = keep_reading(work, {"--db", dbarg, "-q", "analyze", "--all"}, "analyze-all", stop,
                              nullptr, failures, failures_mutex);
    });
    threads.emplace_back([&] {
      reads[2] = keep_reading(work, {"--db", dbarg, "analyze", "shared_0000", "--format", "json"},
                              "analyze-shared", stop, nullptr, failures, failures_mutex);
    });
    const std::size_t readers = threads.size();

    // Writers run their imports in order, planners their plans, each after random pauses.
    std::vector<std::vector<unsigned>> pauses(kWriters + kPlanners);
    for (auto& p : pauses)
      for (int i = 0; i < kStepsPerWriter; ++i) p.push_back(static_cast<unsigned>(rng() % 80));
    std::vector<std::vector<Span>> step_spans(kWriters, std::vector<Span>(kStepsPerWriter));
    std::vector<PlannerLog> planners(kPlanners);
    for (int w = 0; w < kWriters; ++w) {
      threads.emplace_back([&, w] {
        for (int s = 0; s < kStepsPerWriter; ++s) {
          std::this_thread::sleep_for(std::chrono::milliseconds(pauses[w][s]));
          Span& span = step_spans[static_cast<std::size_t>(w)][static_cast<std::size_t>(s)];
          span.start = Clock::now();
          const Outcome o =
              run_kamgraph(work.path(), import_args(db, w, s), "w" + std::to_string(w));
          span.end = Clock::now();
          check("writer " + std::to_string(w), o);
        }
      });
    }
    for (int p = 0; p < kPlanners; ++p) {
      planners[static_cast<std::size_t>(p)].account = "own" + std::to_string(p) + "_0000";
      threads.emplace_back([&, p] {
        PlannerLog& log = planners[static_cast<std::size_t>(p)];
        for (int i = 0; i < kPlansPerPlanner; ++i) {
          std::this_thread::sleep_for(
              std::chrono::milliseconds(pauses[kWriters + p][static_cast<std::size_t>(i)]));
          Span span{Clock::now(), {}};
          const Outcome o =
              run_kamgraph(work.path(), plan_args(db, log.account), "p" + std::to_string(p));
          span.end = Clock::now();
          log.runs.push_back(span);
          check("planner " + std::to_string(p), o);
        }
      });
    }
    for (std::size_t t = readers; t < threads.size(); ++t) threads[t].join();
    stop = true;
    for (std::size_t t = 0; t < readers; ++t) threads[t].join();
    for (const auto& f : failures) ADD_FAILURE() << f;
    ASSERT_TRUE(failures.empty());
    total_writes += kWriters * kStepsPerWriter;
    total_plans += kPlanners * kPlansPerPlanner;
    for (int r : reads) total_reads += r;

    // Who committed last: the shared account's version says.
    Sqlite final_db(db);
    ASSERT_EQ(final_db.integrity(), "ok");
    const std::string final_dump = final_db.dump();
    const auto titles =
        final_db.rows("SELECT DISTINCT title FROM people WHERE org = 'shared_0000'");
    ASSERT_EQ(titles.size(), 1u);
    int last = -1;
    for (int w = 0; w < kWriters; ++w)
      if (titles[0] == "t:Title " + tag(w, kStepsPerWriter - 1)) last = w;
    ASSERT_GE(last, 0) << "the shared account holds " << titles[0]
                       << ", which no writer's last import wrote";

    // The same commands one after the other: the writers with `last` at the end, each
    // planner's runs among its writer's imports as the timings allow. One of these serial
    // orders must give exactly the concurrent result.
    std::vector<std::vector<std::vector<int>>> views(kPlanners);
    for (int p = 0; p < kPlanners; ++p)
      views[static_cast<std::size_t>(p)] = possible_views(planners[static_cast<std::size_t>(p)],
                                                          step_spans[static_cast<std::size_t>(p)]);
    std::vector<int> order;
    for (int w = 0; w < kWriters; ++w)
      if (w != last) order.push_back(w);
    order.push_back(last);

    bool matched = false;
    int candidates = 0;
    std::vector<std::size_t> choice(kPlanners, 0);
    for (;;) {
      ++candidates;
      const fs::path serial = work / "serial.db";
      fs::remove(serial);
      fs::copy_file(base_db, serial);
      for (int w : order) {
        const std::vector<int>* seen =
            w < kPlanners ? &views[static_cast<std::size_t>(w)][choice[static_cast<std::size_t>(w)]]
                          : nullptr;
        std::size_t plan = 0;
        for (int s = 0; s < kStepsPerWriter; ++s) {
          // Plans that saw the version before this step run before it.
          while (seen != nullptr && plan < seen->size() && (*seen)[plan] < s) {
            ASSERT_TRUE(
                run_kamgraph(work.path(), plan_args(serial, "own" + std::to_string(w) + "_0000"))
                    .ok());
            ++plan;
          }
          ASSERT_TRUE(run_kamgraph(work.path(), import_args(serial, w, s)).ok());
        }
        while (seen != nullptr && plan < seen->size()) {
          ASSERT_TRUE(
              run_kamgraph(work.path(), plan_args(serial, "own" + std::to_string(w) + "_0000"))
                  .ok());
          ++plan;
        }
      }
      if (Sqlite(serial).dump() == final_dump) {
        matched = true;
        break;
      }
      // The next combination of the planners' possible views.
      std::size_t p = 0;
      while (p < choice.size() && ++choice[p] == views[p].size()) choice[p++] = 0;
      if (p == choice.size()) break;
    }
    total_candidates += candidates;
    EXPECT_TRUE(matched) << "the concurrent result is not the result of any serial order ("
                         << candidates << " tried)";
    std::cout << "round " << round << ": writer " << last << " committed last; " << candidates
              << " serial order(s) tried; reads: " << reads[0] << " exports, " << reads[1]
              << " analyze --all, " << reads[2] << " analyze shared_0000" << std::endl;
  }
  std::cout << "Concurrency: " << rounds << " rounds of " << kWriters << " writers, " << kPlanners
            << " planners and 3 readers at once: " << total_writes << " imports, " << total_plans
            << " plans and " << total_reads << " reads, none refused; " << total_candidates
            << " serial orders replayed" << std::endl;
}

// The first imports into a database that does not exist yet, all at once: creating the
// file, switching it to WAL and writing the schema must not fail for any of them.
TEST(Concurrency, SimultaneousFirstImportsIntoANewDatabase) {
  TempDir work;
  constexpr int kImports = 6;
  std::vector<fs::path> dirs;
  for (int i = 0; i < kImports; ++i) {
    PortfolioSpec spec;
    spec.accounts = 2;
    spec.people_per_account = 20;
    spec.internal_people = kInternal;
    spec.relationships_per_account = 30;
    spec.account_prefix = "first" + std::to_string(i);
    spec.seed = static_cast<std::uint64_t>(i);
    dirs.push_back(work / ("first" + std::to_string(i)));
    write_portfolio(dirs.back(), spec);
  }
  const std::string rounds_db = (work / "new.db").string();
  for (int round = 0; round < 5; ++round) {
    fs::remove(rounds_db);
    fs::remove(rounds_db + "-wal");
    fs::remove(rounds_db + "-shm");
    std::vector<std::unique_ptr<Process>> running;
    for (int i = 0; i < kImports; ++i)
      running.push_back(std::make_unique<Process>(
          work.path(), std::vector<std::string>{"--db", rounds_db, "import", dirs[i].string()},
          "first" + std::to_string(i)));
    for (auto& p : running) {
      const Outcome o = p->wait();
      EXPECT_TRUE(o.ok()) << "round " << round << ": " << o.describe();
    }
    const fs::path serial = work / "serial.db";
    fs::remove(serial);
    for (const auto& d : dirs)
      ASSERT_TRUE(run_kamgraph(work.path(), {"--db", serial.string(), "import", d.string()}).ok());
    EXPECT_EQ(Sqlite(rounds_db).dump(), Sqlite(serial).dump());
  }
}

}  // namespace
}  // namespace kamgraph::reliability
