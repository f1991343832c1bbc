// The plan against the store: what the rest of the portfolio carries, and `kamgraph plan`
// as one call.
#include <set>

#include "kamgraph/plan/plan.hpp"

namespace kamgraph {

PortfolioLoad portfolio_load(const Store& store, const std::string& account) {
  PortfolioLoad load;
  const Dataset all = store.everything();
  std::set<std::string> team;
  for (const Person& p : all.people) {
    if (!p.internal()) continue;
    load.team.push_back(p);
    team.insert(p.id);
  }
  for (const Relationship& r : all.relationships)
    if (team.contains(r.source) && team.contains(r.target)) load.team_ties.push_back(r);
  for (const Action& a : store.actions())
    if (a.account != account && a.status == ActionStatus::open && !a.owner.empty())
      ++load.open_actions[a.owner];
  return load;
}

PlanRun replan(Store& store, const std::string& account, const AnalysisOptions& analysis_options,
               const PlanOptions& options, bool dry_run) {
  const Dataset data = store.account_data(account);
  PlanRun run{.analysis = analyze_account(data, account, analysis_options), .result = {}};
  const PortfolioLoad load = portfolio_load(store, account);
  const std::vector<Action> stored = store.actions(account);
  const std::vector<Action> proposed = plan_account(run.analysis, data, options, load, stored);
  run.result = merge_with_stored(proposed, stored, run.analysis, options);
  if (!dry_run) store.save_actions(account, run.result.actions);
  return run;
}

}  // namespace kamgraph
