// A new database built in a file of its own next to where it belongs, and moved into
// place whole (import_sqlite() in sqlite_store.cpp). What it needs of the file system.
#pragma once

#include <string>

namespace kamgraph::store {

// A name in the same directory as `path` (so that it can be linked there) that no other
// process picks: "<path>.kamgraph-new-<pid>-<n>".
std::string aside_path(const std::string& path);

// Makes the finished file at `aside` the file at `path`, unless `path` exists by then:
// syncs `aside` to disk, links it as `path` (link(2) fails rather than replace what is
// there, so two processes creating the same database cannot overwrite each other),
// removes the `aside` name and syncs the directory. Returns false, with `aside` left in
// place, when `path` exists or this file system cannot link; throws StoreError when the
// file cannot be synced.
bool publish_aside(const std::string& aside, const std::string& path);

// Removes the file at `path` and the journal, WAL and shared-memory files SQLite may have
// left beside it, unless released: a build aside that fails leaves nothing behind.
class AsideFiles {
 public:
  explicit AsideFiles(std::string path) : path_(std::move(path)) {}
  AsideFiles(const AsideFiles&) = delete;
  AsideFiles& operator=(const AsideFiles&) = delete;
  ~AsideFiles();

  void release() { path_.clear(); }

 private:
  std::string path_;
};

}  // namespace kamgraph::store
