#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>

#include <fmt/format.h>

#include "analysis/links_impl.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph::detail {
namespace {

[[noreturn]] void fail(std::string_view function, const std::string& message) {
  throw Error(ExitCode::internal, fmt::format("{}: {}", function, message));
}

void check_vertex_count(std::string_view function, int n) {
  if (n < 0) fail(function, fmt::format("the vertex count {} is negative", n));
}

bool valid_endpoint(int n, int v) { return v >= 0 && v < n; }

}  // namespace

void check_links(std::string_view function, int n, const std::vector<Link>& links,
                 bool check_strength) {
  check_vertex_count(function, n);
  for (std::size_t i = 0; i < links.size(); ++i) {
    const Link& l = links[i];
    if (!valid_endpoint(n, l.u) || !valid_endpoint(n, l.v)) {
      fail(function,
           fmt::format("link {} joins {} and {}, but the vertices are 0..{}", i, l.u, l.v, n - 1));
    }
    if (check_strength && !(std::isfinite(l.strength) && l.strength > 0)) {
      fail(function, fmt::format("link {} ({}-{}) has strength {}; strengths must be positive "
                                 "and finite",
                                 i, l.u, l.v, l.strength));
    }
  }
}

void check_arcs(std::string_view function, int n, const std::vector<Arc>& arcs) {
  check_vertex_count(function, n);
  for (std::size_t i = 0; i < arcs.size(); ++i) {
    const Arc& a = arcs[i];
    if (!valid_endpoint(n, a.from) || !valid_endpoint(n, a.to)) {
      fail(function, fmt::format("arc {} runs from {} to {}, but the vertices are 0..{}", i, a.from,
                                 a.to, n - 1));
    }
    if (!(std::isfinite(a.weight) && a.weight > 0)) {
      fail(function, fmt::format("arc {} ({}->{}) has weight {}; weights must be positive and "
                                 "finite",
                                 i, a.from, a.to, a.weight));
    }
  }
}

std::vector<Link> strongest_links(const std::vector<Link>& links) {
  // Already simple and sorted (callers that built the graph themselves, the benchmark):
  // one linear pass instead of a sort.
  const bool simple_already =
      std::all_of(links.begin(), links.end(), [](const Link& l) { return l.u < l.v; }) &&
      std::adjacent_find(links.begin(), links.end(), [](const Link& a, const Link& b) {
        return std::tie(a.u, a.v) >= std::tie(b.u, b.v);
      }) == links.end();
  if (simple_already) return links;
  std::vector<Link> simple;
  simple.reserve(links.size());
  for (const Link& l : links) {
    if (l.u != l.v) simple.push_back({std::min(l.u, l.v), std::max(l.u, l.v), l.strength});
  }
  // Strongest first within a pair, so that unique() keeps it.
  std::sort(simple.begin(), simple.end(), [](const Link& a, const Link& b) {
    return std::tie(a.u, a.v, b.strength) < std::tie(b.u, b.v, a.strength);
  });
  auto same_pair = [](const Link& a, const Link& b) { return a.u == b.u && a.v == b.v; };
  simple.erase(std::unique(simple.begin(), simple.end(), same_pair), simple.end());
  return simple;
}

}  // namespace kamgraph::detail
