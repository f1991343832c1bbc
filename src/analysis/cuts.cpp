#include "kamgraph/analysis/cuts.hpp"

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

#include "analysis/links_impl.hpp"

namespace kamgraph {
namespace {

// Both cuts come from one depth-first search that records, for each vertex, its discovery
// time and its low point, the earliest discovery time reachable from its subtree through
// one back edge (Hopcroft & Tarjan 1973). For a tree edge parent -> child:
//   low[child] >  disc[parent]: the edge is a bridge;
//   low[child] >= disc[parent]: the parent is an articulation point (a root only when it
//                               has two or more children).
// Written out rather than through Boost's biconnected_components, on a compressed
// adjacency array: at a whole portfolio's 10^5-10^6 links, building Boost's
// adjacency_list cost more than the search, and the search is iterative, so a long
// reporting chain cannot overflow the call stack.
struct Cuts {
  std::vector<int> points;                   // sorted
  std::vector<std::pair<int, int>> bridges;  // u < v, sorted
};

Cuts find_cuts(int n, const std::vector<Link>& links) {
  // The simple graph: a pair joined by parallel links is one connection (cuts.hpp), so
  // skipping the edge back to the parent skips the only edge between them.
  const std::vector<Link> simple = detail::strongest_links(links);
  const auto count = static_cast<std::size_t>(n);
  std::vector<std::size_t> first(count + 1, 0);
  for (const Link& l : simple) {
    ++first[static_cast<std::size_t>(l.u) + 1];
    ++first[static_cast<std::size_t>(l.v) + 1];
  }
  std::partial_sum(first.begin(), first.end(), first.begin());
  std::vector<int> neighbours(first[count]);
  {
    std::vector<std::size_t> fill(first.begin(), first.end() - 1);
    for (const Link& l : simple) {
      neighbours[fill[static_cast<std::size_t>(l.u)]++] = l.v;
      neighbours[fill[static_cast<std::size_t>(l.v)]++] = l.u;
    }
  }

  constexpr int kUnseen = -1;
  std::vector<int> disc(count, kUnseen), low(count, 0), parent(count, kUnseen);
  std::vector<std::size_t> next(first.begin(), first.end() - 1);  // next neighbour to look at
  std::vector<char> is_point(count, 0);
  std::vector<int> stack;
  Cuts cuts;
  int time = 0;
  for (int root = 0; root < n; ++root) {
    if (disc[static_cast<std::size_t>(root)] != kUnseen) continue;
    int root_children = 0;
    disc[static_cast<std::size_t>(root)] = low[static_cast<std::size_t>(root)] = time++;
    stack.push_back(root);
    while (!stack.empty()) {
      const int v = stack.back();
      const auto vi = static_cast<std::size_t>(v);
      if (next[vi] < first[vi + 1]) {
        const int w = neighbours[next[vi]++];
        const auto wi = static_cast<std::size_t>(w);
        if (w == parent[vi]) continue;
        if (disc[wi] == kUnseen) {
          parent[wi] = v;
          disc[wi] = low[wi] = time++;
          stack.push_back(w);
        } else {
          low[vi] = std::min(low[vi], disc[wi]);
        }
        continue;
      }
      // v is finished: hand its low point to its parent and test the tree edge.
      stack.pop_back();
      const int p = parent[vi];
      if (p == kUnseen) continue;
      const auto pi = static_cast<std::size_t>(p);
      low[pi] = std::min(low[pi], low[vi]);
      if (low[vi] > disc[pi]) cuts.bridges.emplace_back(std::min(p, v), std::max(p, v));
      if (p == root) {
        ++root_children;
      } else if (low[vi] >= disc[pi]) {
        is_point[pi] = 1;
      }
    }
    if (root_children >= 2) is_point[static_cast<std::size_t>(root)] = 1;
  }
  for (int v = 0; v < n; ++v) {
    if (is_point[static_cast<std::size_t>(v)]) cuts.points.push_back(v);
  }
  std::sort(cuts.bridges.begin(), cuts.bridges.end());
  return cuts;
}

}  // namespace

std::vector<int> articulation_points(int n, const std::vector<Link>& links) {
  detail::check_links("articulation_points", n, links, /*check_strength=*/false);
  return find_cuts(n, links).points;
}

std::vector<std::pair<int, int>> bridges(int n, const std::vector<Link>& links) {
  detail::check_links("bridges", n, links, /*check_strength=*/false);
  return std::move(find_cuts(n, links).bridges);
}

std::vector<int> connected_components(int n, const std::vector<Link>& links) {
  detail::check_links("connected_components", n, links, /*check_strength=*/false);
  // Union-find over the links (Tarjan 1975), with path halving and union by smaller
  // root: no graph to build, which at a whole portfolio's size is most of the cost of a
  // graph search.
  const auto count = static_cast<std::size_t>(n);
  std::vector<int> parent(count);
  std::iota(parent.begin(), parent.end(), 0);
  auto root = [&parent](int v) {
    while (parent[static_cast<std::size_t>(v)] != v) {
      int& p = parent[static_cast<std::size_t>(v)];
      p = parent[static_cast<std::size_t>(p)];
      v = p;
    }
    return v;
  };
  for (const Link& l : links) {
    const int a = root(l.u);
    const int b = root(l.v);
    // The smaller root wins, so every root is its component's smallest vertex.
    if (a < b) parent[static_cast<std::size_t>(b)] = a;
    if (b < a) parent[static_cast<std::size_t>(a)] = b;
  }
  // Number the components in the order of their smallest vertex, which is the root, and
  // a root comes before every other vertex of its component.
  std::vector<int> component(count);
  int next = 0;
  for (std::size_t v = 0; v < count; ++v) {
    const int r = root(static_cast<int>(v));
    component[v] = r == static_cast<int>(v) ? next++ : component[static_cast<std::size_t>(r)];
  }
  return component;
}

}  // namespace kamgraph
