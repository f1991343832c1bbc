#include "kamgraph/analysis/centrality.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <exception>
#include <functional>
#include <limits>
#include <mutex>
#include <thread>
#include <tuple>
#include <utility>

#include <fmt/format.h>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/range/iterator_range.hpp>

#include "analysis/links_impl.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

// ---- Betweenness ---------------------------------------------------------------------

struct LinkLength {
  double length = 1.0;
};

// Each undirected link is stored as two arcs; CSR keeps the out-arcs of a vertex
// contiguous, which is what Dijkstra's inner loop reads.
using LengthGraph =
    boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, LinkLength>;
using Vertex = boost::graph_traits<LengthGraph>::vertex_descriptor;
using Edge = boost::graph_traits<LengthGraph>::edge_descriptor;

LengthGraph length_graph(int n, const std::vector<Link>& simple) {
  std::vector<std::pair<Vertex, Vertex>> arcs;
  std::vector<LinkLength> lengths;
  arcs.reserve(2 * simple.size());
  lengths.reserve(2 * simple.size());
  for (const Link& l : simple) {
    const LinkLength length{1.0 / l.strength};
    arcs.emplace_back(l.u, l.v);
    lengths.push_back(length);
    arcs.emplace_back(l.v, l.u);
    lengths.push_back(length);
  }
  return LengthGraph(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(),
                     lengths.begin(), static_cast<std::size_t>(n));
}

// What one single-source pass of Brandes' algorithm records: the distance, the number of
// shortest paths sigma, the predecessors on shortest paths, and the vertices in the order
// Dijkstra finished them (non-decreasing distance).
struct SingleSource {
  explicit SingleSource(std::size_t n) : distance(n), sigma(n, 0.0), delta(n, 0.0), preds(n) {}

  std::vector<double> distance;
  std::vector<double> sigma;
  std::vector<double> delta;
  std::vector<std::vector<Vertex>> preds;
  std::vector<Vertex> finished;
};

// Brandes (2001), Algorithm 1, written as a Dijkstra visitor. Boost calls edge_relaxed when
// an arc u->v makes v strictly shorter (per the tolerant compare) and edge_not_relaxed
// otherwise; a not-relaxed arc whose length through u is not longer either is a tie, and
// u is one more predecessor of v. Boost never calls either for a finished (black) target,
// and every predecessor of v is finished before v because edges are longer than the
// tolerance, so sigma[u] is final whenever it is read.
class BrandesVisitor : public boost::default_dijkstra_visitor {
 public:
  BrandesVisitor(SingleSource& state, const LengthGraph& graph, detail::TolerantLess less)
      : state_(&state), graph_(&graph), less_(less) {}

  void examine_vertex(Vertex u, const LengthGraph&) { state_->finished.push_back(u); }

  void edge_relaxed(Edge e, const LengthGraph& g) {
    const Vertex u = boost::source(e, g);
    const Vertex v = boost::target(e, g);
    state_->preds[v].assign(1, u);
    state_->sigma[v] = state_->sigma[u];
  }

  void edge_not_relaxed(Edge e, const LengthGraph& g) {
    const Vertex u = boost::source(e, g);
    const Vertex v = boost::target(e, g);
    const double through_u = state_->distance[u] + (*graph_)[e].length;
    if (!less_(state_->distance[v], through_u)) {
      state_->preds[v].push_back(u);
      state_->sigma[v] += state_->sigma[u];
    }
  }

 private:
  SingleSource* state_;
  const LengthGraph* graph_;
  detail::TolerantLess less_;
};

// Adds the dependencies of source s on every other vertex to `sum` (Brandes 2001,
// Algorithm 1: the stack S is `finished` read backwards).
void accumulate_from(const LengthGraph& g, Vertex s, detail::TolerantLess less, SingleSource& state,
                     std::vector<double>& sum) {
  state.finished.clear();
  state.sigma[s] = 1.0;
  boost::dijkstra_shortest_paths(
      g, s,
      boost::distance_map(boost::make_iterator_property_map(state.distance.begin(),
                                                            boost::get(boost::vertex_index, g)))
          .weight_map(boost::get(&LinkLength::length, g))
          .distance_compare(less)
          .distance_combine(std::plus<double>())
          .distance_inf(std::numeric_limits<double>::infinity())
          .distance_zero(0.0)
          .visitor(BrandesVisitor(state, g, less)));

  for (auto it = state.finished.rbegin(); it != state.finished.rend(); ++it) {
    const Vertex w = *it;
    const double share = (1.0 + state.delta[w]) / state.sigma[w];
    for (Vertex v : state.preds[w]) state.delta[v] += state.sigma[v] * share;
    if (w != s) sum[w] += state.delta[w];
  }
  // Only reached vertices were touched; reset just those for the next source.
  for (Vertex w : state.finished) {
    state.sigma[w] = 0.0;
    state.delta[w] = 0.0;
    state.preds[w].clear();
  }
}

// The sources are cut into blocks that depend only on n, never on the number of threads,
// so that the floating-point sums, and therefore the result, are the same bit for bit on
// any machine: within a block sources are added in order, and blocks in block order.
// Enough blocks to keep many cores busy, few enough that their vectors stay small.
constexpr std::size_t kMaxBlocks = 64;
constexpr std::size_t kMaxBlockValues = std::size_t{1} << 23;  // 64 MiB of doubles
// Below about this many vertex-times-arc steps (a millisecond or so of work) starting
// threads costs more than it saves: an account's graph of a hundred people, analysed ten
// thousand times by `audit`, runs on the calling thread alone.
constexpr std::size_t kMinParallelWork = std::size_t{1} << 20;

std::size_t block_count(std::size_t n) {
  return std::clamp<std::size_t>(kMaxBlockValues / n, 1, std::min(n, kMaxBlocks));
}

// Runs Brandes' single-source passes for every source on `threads` threads. Each thread
// takes the next unclaimed block and keeps its own scratch state.
std::vector<double> parallel_sum(const LengthGraph& g, std::size_t n, detail::TolerantLess less,
                                 unsigned threads) {
  const std::size_t blocks = block_count(n);
  std::vector<std::vector<double>> partial(blocks);
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    try {
      SingleSource state(n);
      for (std::size_t b = next++; b < blocks; b = next++) {
        partial[b].assign(n, 0.0);
        const std::size_t first = n * b / blocks;
        const std::size_t last = n * (b + 1) / blocks;
        for (std::size_t s = first; s < last; ++s) accumulate_from(g, s, less, state, partial[b]);
      }
    } catch (...) {
      // Only std::bad_alloc can get here; stop the others and rethrow it on the caller's
      // thread.
      next = blocks;
      const std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, blocks));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();  // the calling thread is one of the workers
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  std::vector<double> sum = std::move(partial[0]);
  for (std::size_t b = 1; b < blocks; ++b) {
    for (std::size_t v = 0; v < n; ++v) sum[v] += partial[b][v];
    partial[b] = {};
  }
  return sum;
}

}  // namespace

std::vector<double> betweenness(int n, const std::vector<Link>& links,
                                const BetweennessOptions& options) {
  detail::check_links("betweenness", n, links, /*check_strength=*/true);
  const double tol = options.relative_tolerance;
  if (!(std::isfinite(tol) && tol >= 0.0 && tol <= 1e-3)) {
    throw Error(ExitCode::internal,
                fmt::format("betweenness: relative tolerance {} is outside [0, 1e-3]", tol));
  }
  if (options.threads < 0) {
    throw Error(
        ExitCode::internal,
        fmt::format("betweenness: {} threads; give 0 (all cores) or more", options.threads));
  }
  const auto count = static_cast<std::size_t>(n);
  if (n == 0) return {};

  const LengthGraph g = length_graph(n, detail::strongest_links(links));
  const detail::TolerantLess less{tol};
  unsigned threads = static_cast<unsigned>(options.threads);
  if (threads == 0) {
    threads = std::max(1U, std::thread::hardware_concurrency());
    if (count * (count + boost::num_edges(g)) < kMinParallelWork) threads = 1;
  }
  std::vector<double> sum = parallel_sum(g, count, less, threads);

  // `sum` counts every unordered pair twice, once from each end. NetworkX divides the
  // ordered sum by (n-1)(n-2), i.e. multiplies the unordered count by 2/((n-1)(n-2)).
  double scale = 0.5;
  if (options.normalised && n > 2) scale = 1.0 / (static_cast<double>(n - 1) * (n - 2));
  for (double& b : sum) b *= scale;
  return sum;
}

}  // namespace kamgraph
