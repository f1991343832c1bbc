// What every command shares: where the database is and how chatty to be.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "kamgraph/store/store.hpp"

namespace kamgraph::cli {

struct Context {
  std::string db = "kam.db";  // --db, else $KAMGRAPH_DB, else ./kam.db
  bool quiet = false;         // --quiet: no progress or summaries on stderr
  // Called by a command about to build a heap of hundreds of MB (import), before it reads
  // or writes anything: main() sets it to restart the process with huge pages
  // (huge_pages.hpp); empty where the commands run in another program.
  std::function<void()> big_heap_ahead;

  // Opens the store, creating it if needed.
  std::unique_ptr<Store> open_store() const;
  // Opens an existing store for reading; NotFoundError naming the file when there is none,
  // so that `kamgraph people` in the wrong folder says so instead of creating kam.db.
  std::unique_ptr<Store> open_existing_store() const;
  bool store_exists() const;
};

// Progress and summaries go to stderr, so stdout stays clean for tables and JSON.
void note(const Context& ctx, const std::string& message);

}  // namespace kamgraph::cli
