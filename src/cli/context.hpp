// What every command shares: where the database is and how chatty to be.
#pragma once

#include <memory>
#include <string>

#include "kamgraph/store/store.hpp"

namespace kamgraph::cli {

struct Context {
  std::string db = "kam.db";  // --db, else $KAMGRAPH_DB, else ./kam.db
  bool quiet = false;         // --quiet: no progress or summaries on stderr

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
