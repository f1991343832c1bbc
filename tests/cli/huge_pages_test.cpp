// When an import restarts itself with malloc on huge pages (cli/huge_pages.hpp).
#include "cli/huge_pages.hpp"

#include <gtest/gtest.h>

namespace kamgraph::cli {
namespace {

// Debian's default setting, as /sys/kernel/mm/transparent_hugepage/enabled reads.
constexpr std::string_view kMadvise = "always [madvise] never";

TEST(HugePages, AsksForThemWhenTheKernelGivesThemOnRequestOrAlways) {
  EXPECT_EQ(tunables_for_huge_pages(nullptr, kMadvise), "glibc.malloc.hugetlb=1");
  EXPECT_EQ(tunables_for_huge_pages(nullptr, "[always] madvise never"), "glibc.malloc.hugetlb=1");
  EXPECT_EQ(tunables_for_huge_pages("", kMadvise), "glibc.malloc.hugetlb=1");
}

TEST(HugePages, KeepsTheUsersOtherTunables) {
  EXPECT_EQ(tunables_for_huge_pages("glibc.malloc.check=3", kMadvise),
            "glibc.malloc.check=3:glibc.malloc.hugetlb=1");
  EXPECT_EQ(tunables_for_huge_pages("glibc.malloc.check=3:glibc.malloc.perturb=9", kMadvise),
            "glibc.malloc.check=3:glibc.malloc.perturb=9:glibc.malloc.hugetlb=1");
}

TEST(HugePages, NoRestartWhenTheTunableIsSetAlreadyEitherWay) {
  // By the user (0 turns them off, and stays off), or by the restart itself: no loop.
  EXPECT_EQ(tunables_for_huge_pages("glibc.malloc.hugetlb=0", kMadvise), std::nullopt);
  EXPECT_EQ(tunables_for_huge_pages("glibc.malloc.hugetlb=1", kMadvise), std::nullopt);
  EXPECT_EQ(tunables_for_huge_pages("glibc.malloc.check=3:glibc.malloc.hugetlb=1", kMadvise),
            std::nullopt);
}

TEST(HugePages, NoRestartWhenTheKernelNeverGivesThem) {
  EXPECT_EQ(tunables_for_huge_pages(nullptr, "always madvise [never]"), std::nullopt);
  EXPECT_EQ(tunables_for_huge_pages(nullptr, ""), std::nullopt);  // no such file
}

}  // namespace
}  // namespace kamgraph::cli
