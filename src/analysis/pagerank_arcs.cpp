// The table pagerank.cpp sweeps; see pagerank_arcs.hpp.
#include "analysis/pagerank_arcs.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

namespace kamgraph::detail {
namespace {

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

using OutArc = std::pair<std::uint32_t, double>;  // (target, weight)

// Does every vertex's in-row hold exactly its out-row, weight for weight? Both are sorted
// by the other end within the in-row's two parts (already swept, not yet), so one pass
// over each out-row checks it: linear, where looking each reverse arc up would not be.
// `same_weight(slot, k)`: does in-row slot `slot` weigh what out-arc k weighs?
template <typename SameWeight>
bool mirrors(const InArcs& g, const std::vector<std::uint32_t>& out_first,
             const std::vector<OutArc>& out, const std::vector<std::uint32_t>& stale_end,
             SameWeight same_weight) {
  const std::size_t n = out_first.size() - 1;
  for (std::size_t v = 0; v < n; ++v) {
    std::uint32_t fresh = g.first[v], stale = g.fresh_end[v];
    for (std::size_t k = out_first[v]; k < out_first[v + 1]; ++k) {
      const std::uint32_t t = out[k].first;
      const bool before = swept_before(t, v);
      const std::uint32_t slot = before ? fresh++ : stale++;
      if (slot >= (before ? g.fresh_end[v] : stale_end[v])) return false;
      if (g.from[slot] != t || !same_weight(slot, k)) return false;
    }
    if (fresh != g.fresh_end[v] || stale != stale_end[v]) return false;
  }
  return true;
}

}  // namespace

InArcs in_arcs(std::size_t n, const std::vector<Arc>& arcs) {
  // Bucket the arcs by source (a counting sort: linear, unlike sorting all the arcs),
  // then sort each source's few arcs by target and merge the parallel ones.
  std::vector<std::uint32_t> out_first(n + 1, 0);
  for (const Arc& a : arcs) ++out_first[std::size_t(a.from) + 1];
  for (std::size_t u = 0; u < n; ++u) out_first[u + 1] += out_first[u];
  std::vector<OutArc> out(arcs.size());
  {
    std::vector<std::uint32_t> next(out_first.begin(), out_first.end() - 1);
    for (const Arc& a : arcs) out[next[std::size_t(a.from)]++] = {std::uint32_t(a.to), a.weight};
  }
  // While merging, count each target's in-arcs and those a Gauss-Seidel sweep has already
  // updated when it reaches the target, and code the weights (0, the padding's, first).
  InArcs g;
  g.scale.assign(n, 0.0);
  std::vector<std::uint32_t> in_count(n + 1, 0), fresh_count(n, 0);
  WeightCodes codes;
  codes.code(0.0);
  std::vector<std::uint8_t> out_code(arcs.size());
  bool coded = true;
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
      const auto [v, w] = out[k];
      g.scale[u] += w;
      ++in_count[v + 1];
      if (swept_before(u, v)) ++fresh_count[v];
      if (const auto c = coded ? codes.code(w) : std::nullopt) {
        out_code[k] = *c;
      } else {
        coded = false;
      }
    }
    if (merged == row) {
      g.scale[u] = 1.0;
      g.dangling.push_back(std::uint32_t(u));
    }
  }
  out_first[n] = std::uint32_t(merged);

  // Rows by target, each padded to a whole number of kPageRankLanes arcs (from v itself,
  // weight 0): a sweep then takes a row in a few fixed four-arc steps instead of a loop
  // whose end the processor mispredicts at nearly every vertex. Within a row, the arcs
  // that a Gauss-Seidel sweep has already updated come first, then the rest, each part in
  // increasing order of source, placed in one pass.
  constexpr std::uint32_t lanes = kPageRankLanes;
  g.first = std::move(in_count);
  for (std::size_t v = 0; v < n; ++v)
    g.first[v + 1] = g.first[v] + (g.first[v + 1] + lanes - 1) / lanes * lanes;
  g.fresh_end.resize(n);
  for (std::size_t v = 0; v < n; ++v) g.fresh_end[v] = g.first[v] + fresh_count[v];
  std::vector<std::uint32_t> next_fresh(g.first.begin(), g.first.end() - 1);
  std::vector<std::uint32_t> next_stale(g.fresh_end);
  const std::size_t slots = g.first[n];
  g.from.resize(slots);
  if (coded) {
    g.code.resize(slots);  // code 0: weight 0
  } else {
    g.weight.resize(slots);
  }
  for (std::size_t u = 0; u < n; ++u) {
    for (std::size_t k = out_first[u]; k < out_first[u + 1]; ++k) {
      const std::size_t v = out[k].first;
      const std::uint32_t slot = swept_before(u, v) ? next_fresh[v]++ : next_stale[v]++;
      g.from[slot] = std::uint32_t(u);
      if (coded) {
        g.code[slot] = out_code[k];
      } else {
        g.weight[slot] = out[k].second;
      }
    }
  }
  for (std::size_t v = 0; v < n; ++v)
    std::fill(g.from.begin() + next_stale[v], g.from.begin() + g.first[v + 1], std::uint32_t(v));

  if (coded) {
    g.symmetric = mirrors(g, out_first, out, next_stale, [&](std::uint32_t slot, std::size_t k) {
      return g.code[slot] == out_code[k];
    });
    g.weight_of_code = std::move(codes).values();
  } else {
    g.symmetric = mirrors(g, out_first, out, next_stale, [&](std::uint32_t slot, std::size_t k) {
      return g.weight[slot] == out[k].second;
    });
  }
  return g;
}

}  // namespace kamgraph::detail
