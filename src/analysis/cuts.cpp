#include "kamgraph/analysis/cuts.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <numeric>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/range/iterator_range.hpp>

#include "analysis/links_impl.hpp"

namespace kamgraph {
namespace {

struct EdgeId {
  std::size_t index = 0;
};
// vecS for the edge list too: the default (listS) allocates a list node per edge, which
// at a whole portfolio's 10^5-10^6 links costs more than the search itself.
using SimpleGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeId,
                          boost::no_property, boost::vecS>;

// The simple graph under `links` (no self-loops, one edge per pair), edges numbered in
// (u, v) order. Boost's biconnected_components would treat parallel edges as a cycle, so
// collapsing them is what makes a pair joined twice still a bridge (see cuts.hpp).
SimpleGraph simple_graph(int n, const std::vector<Link>& links) {
  SimpleGraph g(static_cast<std::size_t>(n));
  std::size_t index = 0;
  for (const Link& l : detail::strongest_links(links)) {
    boost::add_edge(static_cast<std::size_t>(l.u), static_cast<std::size_t>(l.v), EdgeId{index++},
                    g);
  }
  return g;
}

}  // namespace

std::vector<int> articulation_points(int n, const std::vector<Link>& links) {
  detail::check_links("articulation_points", n, links, /*check_strength=*/false);
  const SimpleGraph g = simple_graph(n, links);
  std::vector<std::size_t> found;
  boost::articulation_points(g, std::back_inserter(found));
  std::vector<int> points(found.begin(), found.end());
  std::sort(points.begin(), points.end());
  return points;
}

std::vector<std::pair<int, int>> bridges(int n, const std::vector<Link>& links) {
  detail::check_links("bridges", n, links, /*check_strength=*/false);
  const SimpleGraph g = simple_graph(n, links);
  std::vector<std::size_t> component(boost::num_edges(g));
  const std::size_t components = boost::biconnected_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(&EdgeId::index, g)));

  // In a simple graph a biconnected component with exactly one edge is a bridge: an edge on
  // a cycle shares its component with the rest of the cycle.
  std::vector<std::size_t> size(components, 0);
  for (std::size_t c : component) ++size[c];
  std::vector<std::pair<int, int>> found;
  for (const auto& e : boost::make_iterator_range(boost::edges(g))) {
    if (size[component[g[e].index]] != 1) continue;
    const auto u = static_cast<int>(boost::source(e, g));
    const auto v = static_cast<int>(boost::target(e, g));
    found.emplace_back(std::min(u, v), std::max(u, v));
  }
  std::sort(found.begin(), found.end());
  return found;
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
