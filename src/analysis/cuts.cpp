#include "kamgraph/analysis/cuts.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/range/iterator_range.hpp>

#include "analysis/links_impl.hpp"

namespace kamgraph {
namespace {

struct EdgeId {
  std::size_t index = 0;
};
using SimpleGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeId>;

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
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Graph g(static_cast<std::size_t>(n));
  for (const Link& l : links) {
    boost::add_edge(static_cast<std::size_t>(l.u), static_cast<std::size_t>(l.v), g);
  }
  std::vector<int> boost_id(static_cast<std::size_t>(n));
  boost::connected_components(g, boost_id.data());

  // Renumber by smallest vertex rather than rely on Boost's depth-first visiting order.
  std::vector<int> renumbered(boost_id.size(), -1);
  std::vector<int> component(boost_id.size());
  int next = 0;
  for (std::size_t v = 0; v < boost_id.size(); ++v) {
    int& id = renumbered[static_cast<std::size_t>(boost_id[v])];
    if (id < 0) id = next++;
    component[v] = id;
  }
  return component;
}

}  // namespace kamgraph
