// PageRank by iteration over a compact "who points at me" table (see pagerank() in
// centrality.hpp for the definition).
//
// Why it is laid out this way: the whole-portfolio graph has ~1.4 million arcs, so each
// sweep must be one sequential pass over flat arrays, and the fewer sweeps the better.
// Each vertex *pulls* rank from its in-arcs, so every vertex is written by exactly one
// thread. The vertices are cut into fixed blocks of kBlock; within its block a sweep uses
// the values already updated in this sweep (Gauss-Seidel: an account's people are
// numbered together, so most arcs stay within a block, and this takes a third fewer
// sweeps than plain power iteration: 84 against 131 on the benchmark's 10,000-account
// portfolio), across blocks the previous sweep's (Jacobi). Which value each arc reads
// therefore depends on the blocks only, never on the threads, and the sums that cross
// blocks (rank of dangling vertices, the total, the change) are summed per block and the
// blocks added in order: the result is identical bit for bit on one thread or many.
// The fixed point is PageRank's: at it, every sweep returns its input.
//
// What a sweep reads: a vertex keeps x(v)/W(v) rather than x(v), so an arc needs its
// weight, not a probability, and the weights fit one-byte codes (5 bytes per arc instead
// of 12); rows are padded to whole four-arc steps, which the processor predicts. On the
// benchmark's 10,000-account portfolio that took 7% off on one thread, a fifth on two.
// (Tried and dropped: two Gauss-Seidel passes per block while it is in the cache took a
// quarter fewer sweeps but twice the time per sweep; the work per arc, not only the
// memory it reads, bounds a sweep on this machine.)
#include <algorithm>
#include <barrier>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "analysis/links_impl.hpp"
#include "kamgraph/analysis/centrality.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

constexpr double kTolerance = 1e-12;  // L1 change of one step
constexpr int kMaxIterations = 1000;
// Below this many vertices plus arcs, starting threads costs more than it saves (an
// account's graph, analysed ten thousand times by `audit`, runs on the calling thread).
constexpr std::size_t kMinParallelWork = std::size_t{1} << 16;
// The reductions are summed per block of this many vertices, whatever the thread count.
constexpr std::size_t kBlock = 4096;
constexpr std::uint32_t kLanes = 4;  // a row's arcs are taken this many at a time

// Assigns each distinct arc weight a one-byte code, while there are at most 256 of them.
// Strengths are a handful of values (0.1, 0.2, ..., 1 and their sums over parallel arcs),
// so a sweep then reads one byte per arc instead of an eight-byte weight: less than half
// the memory traffic, which is what a sweep over a million arcs waits for. The table of
// values is exact, so the result does not depend on whether codes were used.
class WeightCodes {
 public:
  // The code of `w`, or nullopt once more than 256 distinct weights have been seen.
  std::optional<std::uint8_t> code(double w) {
    std::uint64_t bits;
    std::memcpy(&bits, &w, sizeof bits);
    for (std::size_t slot = (bits * 0x9E3779B97F4A7C15ULL) >> 55;; slot = (slot + 1) % kSlots) {
      if (slot_code_[slot] < 0) {
        if (values_.size() == 256) return std::nullopt;
        slot_bits_[slot] = bits;
        slot_code_[slot] = static_cast<std::int16_t>(values_.size());
        values_.push_back(w);
      }
      if (slot_bits_[slot] == bits) return static_cast<std::uint8_t>(slot_code_[slot]);
    }
  }
  std::vector<double> values() && { return std::move(values_); }

 private:
  static constexpr std::size_t kSlots = 512;  // twice the most codes: probes stay short
  std::vector<std::uint64_t> slot_bits_ = std::vector<std::uint64_t>(kSlots);
  std::vector<std::int16_t> slot_code_ = std::vector<std::int16_t>(kSlots, -1);
  std::vector<double> values_;
};

// In-arcs of every vertex in one flat array (compressed sparse rows by target): the arcs
// into v are from[first[v] .. first[v+1]), each with the weight w(u,v). Parallel arcs are
// merged (their weights added) first, so that nothing depends on the order the arcs came
// in. A sweep pulls x(u)/W(u) along each arc, so it keeps that quotient per vertex (see
// Sweeps) and the table needs no per-arc probability.
struct InArcs {
  std::vector<std::uint32_t> first;
  // The in-arcs that a sweep has already updated when it reaches v (from v's own block,
  // from a vertex before v) come first: [first[v], fresh_end[v]).
  std::vector<std::uint32_t> fresh_end;
  std::vector<std::uint32_t> from;
  // Arc k weighs weight_of_code[code[k]] if there are at most 256 distinct weights (then
  // `weight` is empty), weight[k] otherwise (then `code` is empty).
  std::vector<std::uint8_t> code;
  std::vector<double> weight_of_code;
  std::vector<double> weight;
  std::vector<double> scale;            // W(u), or 1 where W(u) = 0
  std::vector<std::uint32_t> dangling;  // the vertices with W(u) = 0, ascending
};

InArcs in_arcs(std::size_t n, const std::vector<Arc>& arcs) {
  // Bucket the arcs by source (a counting sort: linear, unlike sorting all the arcs),
  // then sort each source's few arcs by target and merge the parallel ones.
  std::vector<std::uint32_t> out_first(n + 1, 0);
  for (const Arc& a : arcs) ++out_first[std::size_t(a.from) + 1];
  for (std::size_t u = 0; u < n; ++u) out_first[u + 1] += out_first[u];
  std::vector<std::pair<std::uint32_t, double>> out(arcs.size());
  {
    std::vector<std::uint32_t> next(out_first.begin(), out_first.end() - 1);
    for (const Arc& a : arcs) out[next[std::size_t(a.from)]++] = {std::uint32_t(a.to), a.weight};
  }
  InArcs g;
  g.scale.assign(n, 0.0);
  std::vector<std::uint32_t> in_count(n + 1, 0);
  std::size_t merged = 0;
  for (std::size_t u = 0; u < n; ++u) {
    const auto begin = out.begin() + out_first[u], end = out.begin() + out_first[u + 1];
    std::sort(begin, end);
    const std::size_t row = merged;
    for (auto it = begin; it != end; ++it) {
      if (merged > row && out[merged - 1].first == it->first) {
        out[merged - 1].second += it->second;
      } else {
        out[merged++] = *it;
      }
    }
    out_first[u] = std::uint32_t(row);
    for (std::size_t k = row; k < merged; ++k) {
      g.scale[u] += out[k].second;
      ++in_count[out[k].first + 1];
    }
    if (merged == row) {
      g.scale[u] = 1.0;
      g.dangling.push_back(std::uint32_t(u));
    }
  }
  out_first[n] = std::uint32_t(merged);

  // Rows by target, each padded to a whole number of kLanes arcs (from v itself, weight
  // 0): a sweep then takes a row in a few fixed four-arc steps instead of a loop whose
  // end the processor mispredicts at nearly every vertex. Within a row, the arcs that a
  // sweep has already updated (same block, earlier vertex) come first, then the rest,
  // each part in increasing order of source: counted first, then placed in one pass.
  // Has a sweep already updated u when it reaches v?
  const auto swept_before = [](std::size_t u, std::size_t v) {
    return u < v && u / kBlock == v / kBlock;
  };
  g.first = std::move(in_count);
  for (std::size_t v = 0; v < n; ++v)
    g.first[v + 1] = g.first[v] + (g.first[v + 1] + kLanes - 1) / kLanes * kLanes;
  g.fresh_end.assign(g.first.begin(), g.first.end() - 1);
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t k = out_first[u]; k < out_first[u + 1]; ++k) {
      const std::size_t v = out[k].first;
      if (swept_before(u, v)) ++g.fresh_end[v];
    }
  }
  std::vector<std::uint32_t> next_fresh(g.first.begin(), g.first.end() - 1);
  std::vector<std::uint32_t> next_stale(g.fresh_end);
  const std::size_t slots = g.first[n];
  g.from.resize(slots);
  for (std::size_t v = 0; v < n; ++v)
    std::fill(g.from.begin() + g.first[v], g.from.begin() + g.first[v + 1], std::uint32_t(v));
  std::vector<double> weight(slots, 0.0);
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t k = out_first[u]; k < out_first[u + 1]; ++k) {
      const std::size_t v = out[k].first;
      const std::uint32_t slot = swept_before(u, v) ? next_fresh[v]++ : next_stale[v]++;
      g.from[slot] = std::uint32_t(u);
      weight[slot] = out[k].second;
    }
  }
  out = {};

  WeightCodes codes;
  g.code.resize(slots);
  for (std::size_t k = 0; k < slots; ++k) {
    const std::optional<std::uint8_t> c = codes.code(weight[k]);
    if (!c) {
      g.code = {};
      g.weight = std::move(weight);
      return g;
    }
    g.code[k] = *c;
  }
  g.weight_of_code = std::move(codes).values();
  return g;
}

// Where the sweeps start: (1-d)/n + d W(v)/sum W. On an undirected graph this is the
// limit of PageRank as d goes to 1 blended with the jump, much nearer the answer than the
// uniform vector (7% fewer sweeps on the benchmark's portfolio); any start that sums to 1
// reaches the same fixed point.
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

// The iteration's state, shared by the threads; each thread works on whole blocks.
// Each vertex's state is its share y(v) = x(v)/W(v) (x(v) itself where W(v) = 0), the
// amount it sends along each unit of out-weight: an arc then costs one multiplication and
// no per-arc probability. `previous` holds the last sweep's shares, `current` the sweep's
// under way.
class Sweeps {
 public:
  Sweeps(const InArcs& g, std::size_t n, double damping)
      : g_(g),
        n_(n),
        damping_(damping),
        previous_(start(g, n, damping)),
        current_(n),
        blocks_((n + kBlock - 1) / kBlock),
        dangling_first_(blocks_ + 1),
        total_(blocks_),
        change_(blocks_),
        dangling_(blocks_) {
    for (std::size_t v = 0; v < n; ++v) previous_[v] /= g.scale[v];
    for (std::size_t b = 0; b <= blocks_; ++b)
      dangling_first_[b] = std::size_t(
          std::lower_bound(g.dangling.begin(), g.dangling.end(), std::min(n, b * kBlock)) -
          g.dangling.begin());
    for (std::size_t b = 0; b < blocks_; ++b) dangling_[b] = dangling_sum(b, previous_);
    sum_dangling();
  }

  std::size_t blocks() const { return blocks_; }
  bool done() const { return done_; }

  void sweep(std::size_t b) {
    if (g_.code.empty()) {
      sweep(b, [&](std::uint32_t k) { return g_.weight[k]; });
    } else {
      sweep(b, [&](std::uint32_t k) { return g_.weight_of_code[g_.code[k]]; });
    }
  }

  // After every block's sweep, on one thread: the sums over blocks, in block order.
  void finish_sweep() {
    previous_.swap(current_);
    double change = 0.0;
    for (double c : change_) change += c;
    sum_dangling();
    done_ = change < kTolerance || ++sweeps_ >= kMaxIterations;
  }

  // The last sweep's values, scaled to sum to 1. (A sweep keeps the total at 1 in exact
  // arithmetic, and pulls a total that rounding moved back towards 1, so scaling once at
  // the end is enough.)
  std::vector<double> take() {
    double total = 0.0;
    for (double t : total_) total += t;
    for (std::size_t v = 0; v < n_; ++v) previous_[v] = previous_[v] * g_.scale[v] / total;
    return std::move(previous_);
  }

 private:
  // One sweep over block b. Its arcs from vertices already swept read this sweep's
  // shares, the others the last sweep's.
  template <typename Weight>
  void sweep(std::size_t b, Weight weight) {
    const std::size_t lo = b * kBlock, hi = std::min(n_, lo + kBlock);
    const double base = (1.0 - damping_) / double(n_) + damping_ * dangling_sum_ / double(n_);
    const std::uint32_t* from = g_.from.data();
    double total = 0.0, change = 0.0;
    for (std::size_t v = lo; v < hi; ++v) {
      double sum = 0.0;
      const std::uint32_t fresh_end = g_.fresh_end[v];
      for (std::uint32_t step = g_.first[v]; step < g_.first[v + 1]; step += kLanes) {
        for (std::uint32_t k = step; k < step + kLanes; ++k)
          sum += weight(k) * (k < fresh_end ? current_.data() : previous_.data())[from[k]];
      }
      const double value = base + damping_ * sum;
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
    double sum = 0.0;
    for (std::size_t i = dangling_first_[b]; i < dangling_first_[b + 1]; ++i)
      sum += shares[g_.dangling[i]];
    return sum;
  }

  void sum_dangling() {
    dangling_sum_ = 0.0;
    for (double d : dangling_) dangling_sum_ += d;
  }

  const InArcs& g_;
  std::size_t n_;
  double damping_;
  std::vector<double> previous_, current_;
  std::size_t blocks_;
  std::vector<std::size_t> dangling_first_;  // block b's dangling vertices, in g_.dangling
  std::vector<double> total_, change_, dangling_;
  double dangling_sum_ = 0.0;
  int sweeps_ = 0;
  bool done_ = false;
};

// Runs the sweeps on `threads` threads (the calling one among them): thread t takes
// blocks t, t + threads, ...; the sums over blocks run in the barrier's completion.
void run(Sweeps& sweeps, unsigned threads) {
  if (threads <= 1) {
    while (!sweeps.done()) {
      for (std::size_t b = 0; b < sweeps.blocks(); ++b) sweeps.sweep(b);
      sweeps.finish_sweep();
    }
    return;
  }
  std::barrier after_sweep(threads, [&]() noexcept { sweeps.finish_sweep(); });
  auto work = [&](unsigned t) {
    while (!sweeps.done()) {
      for (std::size_t b = t; b < sweeps.blocks(); b += threads) sweeps.sweep(b);
      after_sweep.arrive_and_wait();
    }
  };
  std::vector<std::jthread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
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

  const InArcs g = in_arcs(count, arcs);
  Sweeps sweeps(g, count, damping);
  auto use = static_cast<unsigned>(threads);
  if (use == 0) {
    use = std::max(1U, std::thread::hardware_concurrency());
    if (count + arcs.size() < kMinParallelWork) use = 1;
  }
  // More threads than blocks would leave some idle at every barrier.
  use = static_cast<unsigned>(std::min<std::size_t>(use, sweeps.blocks()));
  run(sweeps, use);
  return sweeps.take();
}

}  // namespace kamgraph
