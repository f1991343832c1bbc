#include "kamgraph/analysis/analyze.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "kamgraph/analysis/centrality.hpp"
#include "kamgraph/analysis/cuts.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

Dataset without_people(const Dataset& data, const std::vector<std::string>& gone) {
  std::set<std::string> out(gone.begin(), gone.end());
  Dataset d;
  d.accounts = data.accounts;
  for (const auto& p : data.people)
    if (!out.count(p.id)) d.people.push_back(p);
  for (const auto& r : data.relationships)
    if (!out.count(r.source) && !out.count(r.target)) d.relationships.push_back(r);
  return d;
}

// The standard metrics over the relationship graph without `conflicts` ties.
void standard_metrics(const AccountGraph& g, AccountAnalysis& a) {
  const int n = g.size();
  std::vector<Link> links;
  std::vector<Arc> arcs;
  for (const auto& t : g.ties()) {
    if (t.type == RelationType::conflicts) continue;
    auto& ms = a.metrics;
    ms[std::size_t(t.source)].degree++;
    ms[std::size_t(t.target)].degree++;
    ms[std::size_t(t.source)].strength += t.effective;
    ms[std::size_t(t.target)].strength += t.effective;
    if (t.effective <= 0) continue;
    links.push_back({t.source, t.target, t.effective});
    arcs.push_back({t.source, t.target, t.effective});
    // Influence flows one way; every other relationship both ways.
    if (t.type != RelationType::influences) arcs.push_back({t.target, t.source, t.effective});
  }
  const auto bc = betweenness(n, links);
  const auto pr = pagerank(n, arcs);
  for (int v = 0; v < n; ++v) {
    a.metrics[std::size_t(v)].betweenness = bc[std::size_t(v)];
    a.metrics[std::size_t(v)].pagerank = pr[std::size_t(v)];
  }
  for (int v : articulation_points(n, links)) a.articulation_points.push_back(g.person(v).id);
  for (auto [u, v] : bridges(n, links)) {
    std::string x = g.person(u).id, y = g.person(v).id;
    if (y < x) std::swap(x, y);
    a.bridges.emplace_back(x, y);
  }
  std::sort(a.articulation_points.begin(), a.articulation_points.end());
  std::sort(a.bridges.begin(), a.bridges.end());
}

AccountSummary summarise(const AccountGraph& g, const std::vector<PersonCoverage>& cov,
                         const std::vector<StaleRelationship>& stale) {
  AccountSummary s;
  s.coverage_score = coverage_score(g, cov);
  s.threads = threads(g);
  s.stage = relationship_stage(g);
  std::set<std::string> roles_present, roles_covered, depts_present, depts_covered;
  for (const auto& c : cov) {
    const Person& p = g.person(c.person);
    ++s.customer_people;
    if (p.placeholder()) ++s.placeholders;
    if (c.covered()) ++s.covered_people;
    for (Role r : p.roles) {
      roles_present.insert(std::string(to_string(r)));
      if (c.covered()) roles_covered.insert(std::string(to_string(r)));
    }
    if (!p.department.empty()) {
      depts_present.insert(p.department);
      if (c.covered()) depts_covered.insert(p.department);
    }
  }
  // Roles in the domain's order, departments alphabetically.
  for (Role r : all_roles()) {
    std::string w(to_string(r));
    if (!roles_present.count(w)) continue;
    (roles_covered.count(w) ? s.roles_covered : s.roles_uncovered).push_back(w);
  }
  for (const auto& d : depts_present)
    (depts_covered.count(d) ? s.departments_covered : s.departments_uncovered).push_back(d);
  s.stale_relationships = static_cast<int>(stale.size());
  for (const auto& t : g.ties()) s.undated_relationships += t.undated() ? 1 : 0;
  return s;
}

std::vector<StaleRelationship> stale_relationships(const AccountGraph& g) {
  std::vector<StaleRelationship> out;
  for (const auto& t : g.ties()) {
    if (!t.stale || t.type == RelationType::conflicts) continue;
    bool key = (g.side(t.source) == Side::customer && is_key_person(g.person(t.source))) ||
               (g.side(t.target) == Side::customer && is_key_person(g.person(t.target)));
    out.push_back(
        {g.person(t.source).id, g.person(t.target).id, t.type, *t.last_contact, t.age_days, key});
  }
  // Oldest first, key ones before others of the same age.
  std::sort(out.begin(), out.end(), [](const StaleRelationship& a, const StaleRelationship& b) {
    if (a.age_days != b.age_days) return a.age_days > b.age_days;
    if (a.key != b.key) return a.key;
    return std::tie(a.source, a.target) < std::tie(b.source, b.target);
  });
  return out;
}

}  // namespace

AccountAnalysis analyze_account(const Dataset& data, const std::string& account_id,
                                const AnalysisOptions& options) {
  for (const auto& id : options.without) {
    bool present = std::any_of(data.people.begin(), data.people.end(),
                               [&](const Person& p) { return p.id == id; });
    if (!present)
      throw NotFoundError("--without '" + id + "': nobody with that id is in account '" +
                          account_id + "' or linked to it");
  }
  const Dataset d = options.without.empty() ? data : without_people(data, options.without);
  AccountGraph g(d, account_id, options.time);
  if (g.customer_people().empty() && options.without.empty())
    throw Error(ExitCode::no_result,
                "account '" + account_id + "' has no people yet: import its buying centre first");

  AccountAnalysis a;
  a.account = g.account();
  a.time = options.time;
  a.without = options.without;
  a.people = g.people();
  a.metrics.resize(a.people.size());
  standard_metrics(g, a);

  const auto weights = decision_weights(g);
  for (std::size_t v = 0; v < weights.size(); ++v) a.metrics[v].decision = weights[v];
  a.decision_makers = rank_decision_makers(g, weights);

  const auto cov = coverage(g);
  for (const auto& c : cov) a.metrics[std::size_t(c.person)].coverage = c;

  a.single_points = single_points_of_failure(g);
  a.stale = stale_relationships(g);
  a.gaps = coverage_gaps(g, cov);
  a.summary = summarise(g, cov, a.stale);
  a.verdict = account_verdict(g, a.gaps, a.single_points);
  return a;
}

WhatIf what_if(const Dataset& data, const std::string& account_id, const AnalysisOptions& options) {
  WhatIf w;
  AnalysisOptions base = options;
  base.without.clear();
  w.before = analyze_account(data, account_id, base);
  w.after = analyze_account(data, account_id, options);
  w.coverage_lost = w.before.summary.coverage_score - w.after.summary.coverage_score;

  auto reached = [](const AccountAnalysis& a) {
    std::set<std::string> out;
    for (std::size_t i = 0; i < a.people.size(); ++i)
      if (a.metrics[i].coverage && a.metrics[i].coverage->access > 0) out.insert(a.people[i].id);
    return out;
  };
  auto before = reached(w.before), after = reached(w.after);
  for (const auto& id : before)
    if (!after.count(id)) w.lost_access.push_back(id);

  std::set<std::pair<std::string, std::string>> old_gaps;
  for (const auto& gap : w.before.gaps) old_gaps.insert({gap.person, gap.type});
  for (const auto& gap : w.after.gaps)
    if (!old_gaps.count({gap.person, gap.type})) w.new_gaps.push_back(gap);

  std::set<std::string> old_points;
  for (const auto& sp : w.before.single_points.people) old_points.insert(sp.person);
  for (const auto& sp : w.after.single_points.people)
    if (!old_points.count(sp.person)) w.new_single_points.push_back(sp);
  return w;
}

}  // namespace kamgraph
