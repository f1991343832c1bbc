// PageRank by iteration over a compact "who points at me" table (pagerank_arcs.hpp; see
// pagerank() in centrality.hpp for the definition), in one of two ways:
//
// Undirected graphs (every arc has its reverse, of the same weight; the whole-portfolio
// graph and most accounts): the Chebyshev semi-iteration. PageRank is y / sum(y) where
//
//   y = 1 + G y,   G = d A W^-1   (A: the arc weights, W: the out-weights)
//
// (Del Corso, Gulli & Romani 2005: the rank the dangling vertices spread evenly only
// scales the solution, so it drops out; a vertex without arcs has y = 1.) G is similar to
// d W^-1/2 A W^-1/2, which is symmetric when A is, with its eigenvalues in [-d, d]; for
// such an iteration the Chebyshev semi-iteration (Golub & Varga 1961) shrinks the error
// by d / (1 + sqrt(1 - d^2)) ~ 0.56 per sweep where the power iteration shrinks it by d =
// 0.85: 43 sweeps on the benchmark's 10,000-account portfolio against 84 for the
// Gauss-Seidel sweeps below (131 for plain power iteration), at the same cost per sweep.
// Each sweep reads only the last two sweeps' values, so no thread sees another's work.
//
// Other graphs (influence flows one way): power iteration, with Gauss-Seidel updates
// within fixed blocks of kPageRankBlock vertices (an account's people are numbered
// together, so most arcs stay within a block; a third fewer sweeps than plain power
// iteration) and the previous sweep's values across blocks. The Chebyshev weights would
// not be safe here: G's eigenvalues may be complex.
//
// Either way, which value each arc reads depends on the blocks only, never on the threads,
// and the sums that cross blocks (the total, the change, the rank of dangling vertices)
// are summed per block and the blocks added in order: the result is identical bit for bit
// on one thread or many.
//
// (Tried and dropped: two Gauss-Seidel passes per block while it is in the cache took a
// quarter fewer sweeps but twice the time per sweep; SOR diverged. Not built: conjugate
// gradients on the symmetric form, which took as many iterations as Chebyshev in a SciPy
// trial on the benchmark's portfolios but needs three passes over the vertices for each.)
#include <algorithm>
#include <barrier>
#include <cmath>
#include <cstdint>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "analysis/links_impl.hpp"
#include "analysis/pagerank_arcs.hpp"
#include "kamgraph/analysis/centrality.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

using detail::InArcs;
using detail::kPageRankBlock;
using detail::kPageRankLanes;

constexpr double kTolerance = 1e-12;  // L1 change of one step
constexpr int kMaxIterations = 1000;
// Below this many vertices plus arcs, starting threads costs more than it saves (an
// account's graph, analysed ten thousand times by `audit`, runs on the calling thread).
constexpr std::size_t kMinParallelWork = std::size_t{1} << 16;

// sum over v's in-arcs of w(u,v) * share[u], a row at a time in whole four-arc steps;
// `use_fresh(k)` says whether arc k reads `fresh` (this sweep's) instead of `share`.
template <typename Weight, typename UseFresh>
double pull(const InArcs& g, std::size_t v, Weight weight, const double* share, const double* fresh,
            UseFresh use_fresh) {
  const std::uint32_t* from = g.from.data();
  double sum = 0.0;
  for (std::uint32_t step = g.first[v]; step < g.first[v + 1]; step += kPageRankLanes) {
    for (std::uint32_t k = step; k < step + kPageRankLanes; ++k)
      sum += weight(k) * (use_fresh(k) ? fresh : share)[from[k]];
  }
  return sum;
}

// Where the sweeps start: (1-d)/n + d W(v)/sum W. On an undirected graph this is the
// limit of PageRank as d goes to 1 blended with the jump, much nearer the answer than the
// uniform vector (7% fewer Gauss-Seidel sweeps on the benchmark's portfolio); any start
// that sums to 1 reaches the same fixed point.
std::vector<double> start(const InArcs& g, std::size_t n, double damping) {
  // W(v), 0 for the dangling vertices (whose scale is 1).
  std::vector<double> weight(g.scale);
  for (std::uint32_t v : g.dangling) weight[v] = 0.0;
  double all = 0.0;
  for (double w : weight) all += w;
  if (all == 0.0) return std::vector<double>(n, 1.0 / double(n));
  std::vector<double> x(n);
  for (std::size_t v = 0; v < n; ++v)
    x[v] = (1.0 - damping) / double(n) + damping * weight[v] / all;
  return x;
}

// What both iterations keep per block: the sums that decide when to stop.
class Blocks {
 public:
  explicit Blocks(std::size_t n)
      : n_(n),
        blocks_((n + kPageRankBlock - 1) / kPageRankBlock),
        total_(blocks_),
        change_(blocks_) {}

  std::size_t blocks() const { return blocks_; }
  bool done() const { return done_; }

 protected:
  std::size_t lo(std::size_t b) const { return b * kPageRankBlock; }
  std::size_t hi(std::size_t b) const { return std::min(n_, lo(b) + kPageRankBlock); }
  static double sum(const std::vector<double>& per_block) {
    double s = 0.0;
    for (double x : per_block) s += x;  // in block order, whatever the threads
    return s;
  }
  // The values whose shares the last sweep measured, scaled by the total it measured.
  std::vector<double> ranks(std::vector<double>&& shares, const std::vector<double>& scale) const {
    const double total = sum(total_);
    for (std::size_t v = 0; v < n_; ++v) shares[v] = shares[v] * scale[v] / total;
    return std::move(shares);
  }
  // After a sweep: stop once its change is below `tolerance` or after the last sweep.
  void judge(double tolerance) { done_ = sum(change_) < tolerance || ++sweeps_ >= kMaxIterations; }

  std::size_t n_;
  std::size_t blocks_;
  std::vector<double> total_, change_;  // per block, of the last sweep
  int sweeps_ = 0;

 private:
  bool done_ = false;
};

// The Chebyshev semi-iteration on y = 1 + G y (undirected graphs; see the top of the
// file). Each vertex keeps its share y(v)/W(v) (y(v) where W(v) = 0), the amount it sends
// along each unit of out-weight, so that an arc costs one multiplication.
class Chebyshev : public Blocks {
 public:
  Chebyshev(const InArcs& g, std::size_t n, double damping)
      : Blocks(n), g_(g), damping_(damping), current_(start(g, n, damping)), previous_(n, 0.0) {
    // y = x n / (1-d) sums to n / (1-d), as the answer does when no vertex is dangling.
    for (std::size_t v = 0; v < n; ++v)
      current_[v] = current_[v] * double(n) / (1.0 - damping) / g.scale[v];
  }

  void sweep(std::size_t b) {
    g_.for_each_weight([&](auto weight) { sweep(b, weight); });
  }

  // After every block's sweep, on one thread.
  void finish_sweep() {
    previous_.swap(current_);
    // The weights of the next step (Golub & Varga's omega): 1, then 1/(1 - d^2/2), then
    // 1/(1 - d^2 omega/4), which tends to 2/(1 + sqrt(1 - d^2)).
    const double d2 = damping_ * damping_;
    omega_ = sweeps_ == 0 ? 1.0 / (1.0 - d2 / 2.0) : 1.0 / (1.0 - d2 * omega_ / 4.0);
    // The change a sweep would make, relative to the total: an L1 change below 1e-12 of
    // the result, as for the power iteration.
    judge(kTolerance * sum(total_));
  }

  // The values the last sweep measured (one step behind the newest), summing to 1.
  std::vector<double> take() { return ranks(std::move(previous_), g_.scale); }

 private:
  // One sweep over block b: y'(v) = omega ((1 + G y)(v) - y_before(v)) + y_before(v),
  // written over y_before(v), which only v reads.
  template <typename Weight>
  void sweep(std::size_t b, Weight weight) {
    const double omega = omega_;
    double total = 0.0, change = 0.0;
    const auto never = [](std::uint32_t) { return false; };
    for (std::size_t v = lo(b); v < hi(b); ++v) {
      const double value = 1.0 + damping_ * pull(g_, v, weight, current_.data(), nullptr, never);
      const double y = current_[v] * g_.scale[v];
      total += y;
      change += std::abs(value - y);
      const double before = previous_[v] * g_.scale[v];
      previous_[v] = (omega * (value - before) + before) / g_.scale[v];
    }
    total_[b] = total;
    change_[b] = change;
  }

  const InArcs& g_;
  double damping_;
  std::vector<double> current_;   // shares of the newest y
  std::vector<double> previous_;  // shares of the y before it (0 at first: omega is 1)
  double omega_ = 1.0;
};

// Power iteration with Gauss-Seidel updates within blocks (directed graphs; see the top
// of the file). Each vertex's state is its share x(v)/W(v) (x(v) where W(v) = 0).
// `previous` holds the last sweep's shares, `current` the sweep's under way.
class GaussSeidel : public Blocks {
 public:
  GaussSeidel(const InArcs& g, std::size_t n, double damping)
      : Blocks(n),
        g_(g),
        damping_(damping),
        previous_(start(g, n, damping)),
        current_(n),
        dangling_first_(blocks_ + 1),
        dangling_(blocks_) {
    for (std::size_t v = 0; v < n; ++v) previous_[v] /= g.scale[v];
    for (std::size_t b = 0; b <= blocks_; ++b)
      dangling_first_[b] =
          std::size_t(std::lower_bound(g.dangling.begin(), g.dangling.end(), std::min(n, lo(b))) -
                      g.dangling.begin());
    for (std::size_t b = 0; b < blocks_; ++b) dangling_[b] = dangling_sum(b, previous_);
    dangling_sum_ = sum(dangling_);
  }

  void sweep(std::size_t b) {
    g_.for_each_weight([&](auto weight) { sweep(b, weight); });
  }

  // After every block's sweep, on one thread: the sums over blocks, in block order.
  void finish_sweep() {
    previous_.swap(current_);
    dangling_sum_ = sum(dangling_);
    judge(kTolerance);
  }

  // The last sweep's values, scaled to sum to 1. (A sweep keeps the total at 1 in exact
  // arithmetic, and pulls a total that rounding moved back towards 1, so scaling once at
  // the end is enough.)
  std::vector<double> take() { return ranks(std::move(previous_), g_.scale); }

 private:
  // One sweep over block b. Its arcs from vertices already swept read this sweep's
  // shares, the others the last sweep's.
  template <typename Weight>
  void sweep(std::size_t b, Weight weight) {
    const double base = (1.0 - damping_) / double(n_) + damping_ * dangling_sum_ / double(n_);
    double total = 0.0, change = 0.0;
    for (std::size_t v = lo(b); v < hi(b); ++v) {
      const std::uint32_t fresh_end = g_.fresh_end[v];
      const auto fresh = [fresh_end](std::uint32_t k) { return k < fresh_end; };
      const double value =
          base + damping_ * pull(g_, v, weight, previous_.data(), current_.data(), fresh);
      current_[v] = value / g_.scale[v];
      total += value;
      change += std::abs(value - previous_[v] * g_.scale[v]);
    }
    total_[b] = total;
    change_[b] = change;
    dangling_[b] = dangling_sum(b, current_);
  }

  // The rank of block b's dangling vertices (their share is their rank).
  double dangling_sum(std::size_t b, const std::vector<double>& shares) const {
    double s = 0.0;
    for (std::size_t i = dangling_first_[b]; i < dangling_first_[b + 1]; ++i)
      s += shares[g_.dangling[i]];
    return s;
  }

  const InArcs& g_;
  double damping_;
  std::vector<double> previous_, current_;
  std::vector<std::size_t> dangling_first_;  // block b's dangling vertices, in g_.dangling
  std::vector<double> dangling_;             // per block
  double dangling_sum_ = 0.0;
};

// Runs the sweeps on `threads` threads (the calling one among them): thread t takes
// blocks t, t + threads, ...; the sums over blocks run in the barrier's completion.
template <typename Iteration>
std::vector<double> run(Iteration sweeps, unsigned threads) {
  // More threads than blocks would leave some idle at every barrier.
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, sweeps.blocks()));
  if (threads <= 1) {
    while (!sweeps.done()) {
      for (std::size_t b = 0; b < sweeps.blocks(); ++b) sweeps.sweep(b);
      sweeps.finish_sweep();
    }
    return sweeps.take();
  }
  std::barrier after_sweep(threads, [&]() noexcept { sweeps.finish_sweep(); });
  auto work = [&](unsigned t) {
    while (!sweeps.done()) {
      for (std::size_t b = t; b < sweeps.blocks(); b += threads) sweeps.sweep(b);
      after_sweep.arrive_and_wait();
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
  }
  return sweeps.take();
}

}  // namespace

std::vector<double> pagerank(int n, const std::vector<Arc>& arcs, double damping, int threads) {
  detail::check_arcs("pagerank", n, arcs);
  if (!(damping >= 0.0 && damping < 1.0)) {
    throw Error(ExitCode::internal, fmt::format("pagerank: damping {} is outside [0, 1)", damping));
  }
  if (threads < 0) {
    throw Error(ExitCode::internal,
                fmt::format("pagerank: {} threads; give 0 (all cores) or more", threads));
  }
  const auto count = static_cast<std::size_t>(n);
  if (n == 0) return {};

  const InArcs g = detail::in_arcs(count, arcs);
  auto use = static_cast<unsigned>(threads);
  if (use == 0) {
    use = std::max(1U, std::thread::hardware_concurrency());
    if (count + arcs.size() < kMinParallelWork) use = 1;
  }
  if (g.symmetric) return run(Chebyshev(g, count, damping), use);
  return run(GaussSeidel(g, count, damping), use);
}

}  // namespace kamgraph
