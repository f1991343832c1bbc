#include "store/aside_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "kamgraph/model/error.hpp"

namespace kamgraph::store {
namespace {

// fsync(2) of a file or directory; false when it cannot be opened or synced.
bool sync_path(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

std::string aside_path(const std::string& path) {
  static std::atomic<unsigned> next{0};
  return path + ".kamgraph-new-" + std::to_string(::getpid()) + "-" + std::to_string(next++);
}

bool publish_aside(const std::string& aside, const std::string& path) {
  // The file was written without syncs (nobody could see it): one sync now makes the
  // whole of it durable before any name points at it.
  if (!sync_path(aside, O_RDONLY))
    throw StoreError("cannot write " + path + ": syncing the new database to disk failed (" +
                     std::strerror(errno) + "); nothing was written");
  if (::link(aside.c_str(), path.c_str()) != 0) return false;
  ::unlink(aside.c_str());
  // The new name is durable once its directory is. A failure here leaves a complete
  // database that a power cut might take back: nothing to undo, so not an error.
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  sync_path(dir.empty() ? "." : dir.string(), O_RDONLY | O_DIRECTORY);
  return true;
}

AsideFiles::~AsideFiles() {
  if (path_.empty()) return;
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) ::unlink((path_ + suffix).c_str());
}

}  // namespace kamgraph::store
