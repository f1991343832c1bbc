// Transparent huge pages for a command that builds a big heap, which glibc's malloc uses
// only when the environment asks for them at start-up (GLIBC_TUNABLES).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kamgraph::cli {

// The GLIBC_TUNABLES value that asks malloc for huge pages, given the current value (null
// when unset) and the kernel's transparent-huge-page setting (the text of
// /sys/kernel/mm/transparent_hugepage/enabled, empty when there is none). No value when a
// restart would gain nothing: the kernel never gives huge pages, or the tunable is set
// already (by the user, to either value, or by the restart itself).
std::optional<std::string> tunables_for_huge_pages(const char* current, std::string_view thp);

// Starts this process again (same pid, arguments, streams) with malloc using huge pages,
// when tunables_for_huge_pages() gives a value; returns only when it does not, or when the
// restart fails (the command then runs on ordinary pages). Nothing may have been read or
// written yet. Linux with glibc only; elsewhere it returns at once.
void restart_with_huge_pages(char** argv);

}  // namespace kamgraph::cli
