#include "kamgraph/analysis/coverage.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "analysis/strongest_paths.hpp"

namespace kamgraph {
namespace {

// Unit vertex capacities by splitting every person v into v_in = 2v and v_out = 2v+1
// joined by an arc of capacity 1; a relationship u-w becomes u_out -> w_in and
// w_out -> u_in. Max flow from a source feeding every internal v_in to t_in is then the
// number of internally vertex-disjoint paths from our team to t (Menger).
//
// Only up to kRedundancyCap of them matter, so count() stops after that many augmenting
// paths (each the shortest, found by breadth-first search, as in Edmonds-Karp) instead of
// computing the whole flow: Boost's edmonds_karp_max_flow did, and on an account of
// 10,000 people that took minutes, since each person's flow is a search of the whole
// graph per path and our team of twenty feeds up to twenty of them.
class DisjointPaths {
 public:
  explicit DisjointPaths(const AccountGraph& g)
      : n_(g.size()), source_(std::size_t(2 * n_)), out_(source_ + 1), seen_(source_ + 1, 0) {
    auto adj = introduction_adjacency(g);
    for (int v = 0; v < n_; ++v) {
      if (g.person(v).placeholder()) continue;
      add(in(v), out(v));
      for (const auto& nb : adj[std::size_t(v)]) add(out(v), in(nb.vertex));
    }
    for (int v : g.internal_people())
      if (!g.person(v).placeholder()) add(source_, in(v));
    residual_ = capacity_;
    via_.resize(source_ + 1);
  }

  // min(the number of internally vertex-disjoint paths from our team to `target`, cap).
  int count(int target, int cap) {
    int flow = 0;
    while (flow < cap && augment(in(target))) ++flow;
    for (std::size_t k : used_) residual_[k] = capacity_[k];  // ready for the next target
    used_.clear();
    return flow;
  }

 private:
  std::size_t in(int v) const { return static_cast<std::size_t>(2 * v); }
  std::size_t out(int v) const { return static_cast<std::size_t>(2 * v + 1); }

  // An arc a -> b of capacity 1 and its reverse of capacity 0: arcs k and k ^ 1.
  void add(std::size_t a, std::size_t b) {
    out_[a].push_back(to_.size());
    to_.push_back(b);
    capacity_.push_back(1);
    out_[b].push_back(to_.size());
    to_.push_back(a);
    capacity_.push_back(0);
  }

  // One shortest augmenting path from the source to `sink` in the residual graph, pushed
  // through; false when there is none.
  bool augment(std::size_t sink) {
    ++stamp_;
    std::vector<std::size_t>& queue = queue_;
    queue.assign(1, source_);
    seen_[source_] = stamp_;
    for (std::size_t head = 0; head < queue.size() && seen_[sink] != stamp_; ++head) {
      const std::size_t a = queue[head];
      for (std::size_t k : out_[a]) {
        const std::size_t b = to_[k];
        if (residual_[k] == 0 || seen_[b] == stamp_) continue;
        seen_[b] = stamp_;
        via_[b] = k;
        queue.push_back(b);
      }
    }
    if (seen_[sink] != stamp_) return false;
    for (std::size_t b = sink; b != source_; b = to_[via_[b] ^ 1]) {
      const std::size_t k = via_[b];
      --residual_[k];
      ++residual_[k ^ 1];
      used_.push_back(k);
      used_.push_back(k ^ 1);
    }
    return true;
  }

  int n_;
  std::size_t source_;
  std::vector<std::vector<std::size_t>> out_;  // arcs leaving each node
  std::vector<std::size_t> to_;                // arc k: -> to_[k]
  std::vector<int> capacity_, residual_;
  std::vector<std::size_t> used_;  // arcs whose residual count() changed
  std::vector<unsigned> seen_;     // == stamp_: reached by the current search
  std::vector<std::size_t> via_;   // the arc a search reached each node by
  std::vector<std::size_t> queue_;
  unsigned stamp_ = 0;
};

}  // namespace

std::vector<PersonCoverage> coverage(const AccountGraph& g) {
  const auto adj = introduction_adjacency(g);
  const auto tree = detail::strongest_paths_from(adj, g.internal_people());
  DisjointPaths disjoint(g);

  std::vector<PersonCoverage> out;
  for (int v : g.customer_people()) {
    PersonCoverage c;
    c.person = v;
    if (!g.person(v).placeholder()) {
      for (const auto& nb : adj[std::size_t(v)]) {
        if (g.side(nb.vertex) != Side::internal) continue;
        // Neighbours are in ascending vertex (= id) order, so ">" keeps the smallest id
        // among equally strong ties.
        if (nb.strength > c.direct) {
          c.direct = nb.strength;
          c.direct_by = g.person(nb.vertex).id;
        }
      }
      if (tree.reached(v)) {
        c.access = detail::strength_of(tree.length[std::size_t(v)]);
        for (int u : detail::path_to(tree, v)) c.access_path.push_back(g.person(u).id);
      }
      c.redundancy = disjoint.count(v, kRedundancyCap);
    }
    out.push_back(std::move(c));
  }
  return out;
}

double coverage_score(const AccountGraph& g, const std::vector<PersonCoverage>& cov) {
  double weighted = 0, total = 0;
  for (const auto& c : cov) {
    double power = g.person(c.person).power;
    weighted += power * c.access;
    total += power;
  }
  return total > 0 ? weighted / total : 0.0;
}

namespace {

// The direct ties between our team and the customer (conflicts and placeholders aside).
std::vector<const Tie*> direct_ties(const AccountGraph& g) {
  std::vector<const Tie*> out;
  for (const auto& t : g.ties()) {
    if (t.type == RelationType::conflicts) continue;
    Side a = g.side(t.source), b = g.side(t.target);
    bool crosses = (a == Side::internal && b == Side::customer) ||
                   (a == Side::customer && b == Side::internal);
    if (!crosses || g.person(t.source).placeholder() || g.person(t.target).placeholder()) continue;
    out.push_back(&t);
  }
  return out;
}

}  // namespace

std::vector<std::string> threads(const AccountGraph& g) {
  std::set<std::string> ours;
  for (const Tie* t : direct_ties(g))
    ours.insert(g.person(g.side(t->source) == Side::internal ? t->source : t->target).id);
  return {ours.begin(), ours.end()};
}

std::string_view to_string(Stage s) {
  switch (s) {
    case Stage::none:
      return "none";
    case Stage::bow_tie:
      return "bow-tie";
    case Stage::developing:
      return "developing";
    case Stage::diamond:
      return "diamond";
  }
  return "?";
}

Stage relationship_stage(const AccountGraph& g) {
  const auto ties = direct_ties(g);
  if (ties.empty()) return Stage::none;
  // How much of the direct relationship (by effective strength) each person carries.
  std::map<int, double> ours, theirs;
  double total = 0;
  for (const Tie* t : ties) {
    int us = g.side(t->source) == Side::internal ? t->source : t->target;
    int them = us == t->source ? t->target : t->source;
    ours[us] += t->effective;
    theirs[them] += t->effective;
    total += t->effective;
  }
  double max_share = 0;
  for (const auto* side : {&ours, &theirs})
    for (const auto& [v, s] : *side) max_share = std::max(max_share, total > 0 ? s / total : 1.0);
  auto departments = [&](const std::map<int, double>& people) {
    std::set<std::string> d;
    for (const auto& [v, s] : people) d.insert(g.person(v).department);
    return d.size();
  };
  // Bow-tie: one knot on either side carries three quarters or more of the relationship.
  if (ours.size() == 1 || theirs.size() == 1 || max_share >= 0.75) return Stage::bow_tie;
  if (ours.size() >= 3 && theirs.size() >= 3 && departments(ours) >= 2 &&
      departments(theirs) >= 2 && max_share <= 0.5)
    return Stage::diamond;
  return Stage::developing;
}

}  // namespace kamgraph
