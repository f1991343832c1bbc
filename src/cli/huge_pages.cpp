#include "cli/huge_pages.hpp"

#include <cstdlib>
#include <fstream>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace kamgraph::cli {

std::optional<std::string> tunables_for_huge_pages(const char* current, std::string_view thp) {
  // The setting reads "always [madvise] never", the brackets round the one in force;
  // malloc's tunable madvises its heap, which both "always" and "madvise" honour.
  if (thp.find("[always]") == std::string_view::npos &&
      thp.find("[madvise]") == std::string_view::npos)
    return std::nullopt;
  std::string tunables = current != nullptr ? current : "";
  if (tunables.find("glibc.malloc.hugetlb") != std::string::npos) return std::nullopt;
  if (!tunables.empty()) tunables += ':';
  return tunables + "glibc.malloc.hugetlb=1";
}

void restart_with_huge_pages(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  std::string thp;
  std::getline(std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled"), thp);
  const char* current = std::getenv("GLIBC_TUNABLES");
  const std::optional<std::string> tunables = tunables_for_huge_pages(current, thp);
  if (!tunables) return;
  const std::optional<std::string> before =
      current != nullptr ? std::optional<std::string>(current) : std::nullopt;
  if (setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0) return;
  // A glibc older than 2.35 ignores the tunable: one restart for nothing, and no second,
  // since the tunable is set from then on.
  execv("/proc/self/exe", argv);
  if (before)
    setenv("GLIBC_TUNABLES", before->c_str(), 1);
  else
    unsetenv("GLIBC_TUNABLES");
#else
  (void)argv;
#endif
}

}  // namespace kamgraph::cli
