#include "cli/context.hpp"

#include <filesystem>
#include <iostream>

#include "kamgraph/model/error.hpp"

namespace kamgraph::cli {

std::unique_ptr<Store> Context::open_store() const { return open_sqlite_store({.path = db}); }

std::unique_ptr<Store> Context::open_existing_store() const {
  if (!store_exists())
    throw NotFoundError("no database at '" + db +
                        "': run `kamgraph import DIR` first, or point --db (or KAMGRAPH_DB) "
                        "at an existing one");
  return open_sqlite_store({.path = db});
}

bool Context::store_exists() const { return std::filesystem::is_regular_file(db); }

void note(const Context& ctx, const std::string& message) {
  if (!ctx.quiet) std::cerr << message << '\n';
}

}  // namespace kamgraph::cli
