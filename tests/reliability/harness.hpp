// What the reliability tests share: running the kamgraph binary as a separate process (so
// that it can be killed, run several times at once, and measured), a seeded random number
// source whose seed is printed, temporary directories, and a canonical dump of a database.
#pragma once

#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace kamgraph::reliability {

namespace fs = std::filesystem;

// The binary under test (tests.cmake passes $<TARGET_FILE:kamgraph>).
inline const char* kamgraph_binary() { return KAMGRAPH_BIN; }

inline std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_file(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
  if (!out.flush()) throw std::runtime_error("cannot write " + p.string());
}

// A fresh directory, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "kamgraph-reliability-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// The seed for a test's random choices: $KAMGRAPH_SEED when set (to replay a failure),
// else fresh; printed either way, so that any failure can be replayed.
inline std::uint64_t test_seed(const std::string& test) {
  std::uint64_t seed = 0;
  if (const char* given = std::getenv("KAMGRAPH_SEED"))
    seed = std::strtoull(given, nullptr, 10);
  else
    seed = std::random_device{}();
  std::cout << test << ": seed " << seed << " (replay with KAMGRAPH_SEED=" << seed << ")"
            << std::endl;
  return seed;
}

// A number from the environment (KAMGRAPH_KILLS=100 for a longer run), else `fallback`.
inline long env_number(const char* name, long fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::strtol(v, nullptr, 10) : fallback;
}

// What a finished process did.
struct Outcome {
  int exit_code = -1;    // when it exited
  int signal = 0;        // when a signal ended it
  double seconds = 0;    // wall time
  long max_rss_kb = 0;   // peak resident memory (getrusage of the child)
  std::string out, err;  // what it wrote
  bool ok() const { return signal == 0 && exit_code == 0; }
  std::string describe() const {
    std::string s =
        signal ? "killed by signal " + std::to_string(signal) : "exit " + std::to_string(exit_code);
    return s + "; stderr: " + err;
  }
};

// One run of kamgraph in `dir`, its output going to files there (so that a pipe never
// fills up and blocks it).
class Process {
 public:
  Process(const fs::path& dir, const std::vector<std::string>& args, const std::string& tag = "p")
      : out_(dir / (".out." + tag)), err_(dir / (".err." + tag)) {
    start_ = std::chrono::steady_clock::now();
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      // The child: only async-signal-safe calls until exec.
      if (chdir(dir.c_str()) != 0) _exit(127);
      if (!freopen(out_.c_str(), "w", stdout) || !freopen(err_.c_str(), "w", stderr)) _exit(127);
      std::vector<char*> argv;
      argv.push_back(const_cast<char*>(kamgraph_binary()));
      for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      execv(kamgraph_binary(), argv.data());
      _exit(127);
    }
  }
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;
  ~Process() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  pid_t pid() const { return pid_; }
  void kill_now() { kill(pid_, SIGKILL); }

  // True once the process has ended (does not wait).
  bool finished() {
    if (done_) return true;
    int status = 0;
    rusage usage{};
    const pid_t r = wait4(pid_, &status, WNOHANG, &usage);
    if (r == pid_) record(status, usage);
    return done_;
  }

  Outcome wait() {
    if (!done_) {
      int status = 0;
      rusage usage{};
      if (wait4(pid_, &status, 0, &usage) == pid_) record(status, usage);
    }
    outcome_.out = read_file(out_);
    outcome_.err = read_file(err_);
    return outcome_;
  }

 private:
  void record(int status, const rusage& usage) {
    done_ = true;
    pid_ = -1;
    outcome_.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    outcome_.max_rss_kb = usage.ru_maxrss;
    if (WIFEXITED(status)) outcome_.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) outcome_.signal = WTERMSIG(status);
  }

  fs::path out_, err_;
  pid_t pid_ = -1;
  bool done_ = false;
  std::chrono::steady_clock::time_point start_;
  Outcome outcome_;
};

inline Outcome run_kamgraph(const fs::path& dir, const std::vector<std::string>& args,
                            const std::string& tag = "run") {
  Process p(dir, args, tag);
  return p.wait();
}

// ---- the database, looked at directly ---------------------------------------------------

class Sqlite {
 public:
  explicit Sqlite(const fs::path& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
      throw std::runtime_error("cannot open " + path.string() + ": " + sqlite3_errmsg(db_));
    sqlite3_busy_timeout(db_, 10000);
  }
  ~Sqlite() { sqlite3_close_v2(db_); }
  Sqlite(const Sqlite&) = delete;
  Sqlite& operator=(const Sqlite&) = delete;

  // Every row of a query, each as "v1|v2|..." with values typed ("i:3", "r:0.5", "t:abc",
  // "null"), so that 1 and '1' differ.
  std::vector<std::string> rows(const std::string& sql) const {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
      throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
    std::vector<std::string> out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      std::string row;
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        if (c) row += '|';
        switch (sqlite3_column_type(s, c)) {
          case SQLITE_NULL:
            row += "null";
            break;
          case SQLITE_INTEGER:
            row += "i:" + std::to_string(sqlite3_column_int64(s, c));
            break;
          case SQLITE_FLOAT: {
            char buf[40];
            std::snprintf(buf, sizeof buf, "r:%.17g", sqlite3_column_double(s, c));
            row += buf;
            break;
          }
          default: {
            const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
            row += "t:" + std::string(t, static_cast<std::size_t>(sqlite3_column_bytes(s, c)));
          }
        }
      }
      out.push_back(std::move(row));
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
    return out;
  }

  // PRAGMA integrity_check's verdict: "ok" or what is wrong.
  std::string integrity() const {
    std::string verdict;
    for (const auto& r : rows("PRAGMA integrity_check")) verdict += r.substr(2) + "\n";
    for (const auto& r : rows("PRAGMA foreign_key_check")) verdict += "foreign key: " + r + "\n";
    return verdict == "ok\n" ? "ok" : verdict;
  }

  // The whole content, canonical: schema version, then every table's rows sorted, so that
  // two databases holding the same data give the same text whatever order it was written in.
  std::string dump() const {
    std::string out;
    for (const auto& v : rows("PRAGMA user_version")) out += "user_version " + v + "\n";
    for (const auto& table :
         rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
              "'sqlite_%' ORDER BY name")) {
      const std::string name = table.substr(2);
      out += "table " + name + "\n";
      auto content = rows("SELECT * FROM \"" + name + "\"");
      std::sort(content.begin(), content.end());
      for (const auto& r : content) out += r + "\n";
    }
    return out;
  }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace kamgraph::reliability
