#include "kamgraph/analysis/decision.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

namespace kamgraph {
namespace {

double factor_of(Role r) {
  switch (r) {
    case Role::decider:
      return 1.0;
    case Role::approver:
      return 0.9;
    case Role::influencer:
      return 0.7;
    case Role::technical:
      return 0.7;
    case Role::gatekeeper:
      return 0.6;
    case Role::buyer:
      return 0.6;
    case Role::coach:
      return 0.5;
    case Role::initiator:
      return 0.5;
    case Role::user:
      return 0.4;
  }
  return 0.3;
}

constexpr double kNoRoleFactor = 0.3;

std::string two_decimals(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string how_strongly(double w) {
  if (w >= 0.7) return "strongly";
  if (w >= 0.4) return "moderately";
  return "slightly";
}

// p shapes q with `weight`, through an influence relationship or as q's manager.
struct Shaping {
  double weight = 0;
  bool manages = false;
};

// Who shapes whom: arcs[p] maps q -> how p shapes q. The stronger reason wins.
std::vector<std::map<int, Shaping>> influence_arcs(const AccountGraph& g) {
  std::vector<std::map<int, Shaping>> arcs(std::size_t(g.size()));
  auto offer = [&](int from, int to, double w, bool manages) {
    if (from == to) return;
    Shaping& slot = arcs[std::size_t(from)][to];
    if (w > slot.weight) slot = Shaping{w, manages};
  };
  for (const auto& t : g.ties()) {
    if (t.type == RelationType::influences) offer(t.source, t.target, t.effective, false);
    // source reports to target: the manager shapes the report.
    if (t.type == RelationType::reports_to) offer(t.target, t.source, kReportingInfluence, true);
  }
  for (int v = 0; v < g.size(); ++v) {
    const auto& boss = g.person(v).reports_to;
    if (boss.empty()) continue;
    if (int m = g.index_of(boss); m >= 0) offer(m, v, kReportingInfluence, true);
  }
  return arcs;
}

}  // namespace

double role_factor(const Person& p) {
  double f = p.roles.empty() ? kNoRoleFactor : 0.0;
  for (Role r : p.roles) f = std::max(f, factor_of(r));
  return f;
}

std::vector<DecisionWeight> decision_weights(const AccountGraph& g) {
  const std::size_t n = std::size_t(g.size());
  const auto arcs = influence_arcs(g);
  std::vector<double> formal(n);
  for (std::size_t v = 0; v < n; ++v)
    formal[v] = g.person(int(v)).power * role_factor(g.person(int(v)));

  // Truncated Katz: informal = sum_k beta^k A^k formal, k = 1..depth.
  std::vector<double> walk = formal, informal(n, 0.0);
  double beta_k = 1.0;
  for (int k = 1; k <= kInfluenceDepth; ++k) {
    beta_k *= kInfluenceDecay;
    std::vector<double> next(n, 0.0);
    for (std::size_t p = 0; p < n; ++p)
      for (const auto& [q, arc] : arcs[p]) next[p] += arc.weight * walk[std::size_t(q)];
    for (std::size_t p = 0; p < n; ++p) informal[p] += beta_k * next[p];
    walk = std::move(next);
  }

  std::vector<DecisionWeight> out(n);
  for (std::size_t v = 0; v < n; ++v) {
    const Person& p = g.person(int(v));
    DecisionWeight& d = out[v];
    d.person = int(v);
    d.formal = formal[v];
    d.informal = informal[v];
    d.weight = formal[v] + informal[v];
    std::string roles;
    for (Role r : p.roles) roles += (roles.empty() ? "" : "/") + std::string(to_string(r));
    d.explanation = (roles.empty() ? "no DMU role" : roles) + ", power " + two_decimals(p.power);
    // Name whom they shape, most weighty first (weight of the arc times their formal weight).
    std::vector<std::pair<double, int>> shaped;
    for (const auto& [q, arc] : arcs[v])
      shaped.push_back({-(arc.weight * formal[std::size_t(q)]), q});
    std::sort(shaped.begin(), shaped.end());
    int listed = 0;
    for (const auto& [neg, q] : shaped) {
      if (formal[std::size_t(q)] <= 0 || listed == 3) break;
      const Person& target = g.person(q);
      const Shaping& arc = arcs[v].at(q);
      std::string target_roles;
      for (Role r : target.roles)
        target_roles += (target_roles.empty() ? "" : "/") + std::string(to_string(r));
      d.explanation +=
          (listed == 0 ? "; " : ", ") + std::string(arc.manages ? "manages " : "shapes ") +
          target.display_name() + (target_roles.empty() ? "" : " (" + target_roles + ")") +
          (arc.manages ? ""
                       : " " + how_strongly(arc.weight) + " (" + two_decimals(arc.weight) + ")");
      ++listed;
    }
    if (shaped.size() > 3 && listed == 3)
      d.explanation += " and " + std::to_string(shaped.size() - 3) + " more";
    if (listed == 0) d.explanation += "; shapes nobody in the buying centre we know of";
  }
  return out;
}

std::vector<DecisionWeight> rank_decision_makers(const AccountGraph& g,
                                                 const std::vector<DecisionWeight>& weights) {
  std::vector<DecisionWeight> out;
  for (const auto& d : weights)
    if (g.side(d.person) != Side::internal && d.weight > 0) out.push_back(d);
  std::sort(out.begin(), out.end(), [&](const DecisionWeight& a, const DecisionWeight& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    return g.person(a.person).id < g.person(b.person).id;
  });
  return out;
}

}  // namespace kamgraph
