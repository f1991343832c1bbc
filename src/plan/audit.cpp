#include "kamgraph/plan/audit.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

struct SortWord {
  AuditSort sort;
  std::string_view word;
};
constexpr SortWord kSortWords[] = {{AuditSort::revenue, "revenue"},
                                   {AuditSort::status, "status"},
                                   {AuditSort::coverage, "coverage"},
                                   {AuditSort::account, "account"},
                                   {AuditSort::segment, "segment"}};

bool has_customer_people(const Dataset& data, const std::string& account_id) {
  return std::any_of(data.people.begin(), data.people.end(),
                     [&](const Person& p) { return p.org == account_id && !p.internal(); });
}

// The account's analysis folded into its row.
void fill_from_analysis(const AccountAnalysis& a, AuditRow& row) {
  row.analysed = true;
  row.status = a.verdict.status;
  row.reasons = a.verdict.reasons;
  row.policy_met = a.verdict.policy_met;
  row.policy = a.verdict.policy;
  row.coverage_score = a.summary.coverage_score;
  row.stage = a.summary.stage;
  row.threads = a.summary.threads;
  for (const auto& sp : a.single_points.people) row.spofs.push_back(sp.person);
  std::sort(row.spofs.begin(), row.spofs.end());

  std::set<std::string> ours;
  for (const auto& p : a.people)
    if (p.internal()) ours.insert(p.id);
  for (std::size_t i = 0; i < a.people.size(); ++i) {
    const auto& cov = a.metrics[i].coverage;
    if (!cov) continue;  // not a customer person
    const Person& p = a.people[i];
    if (is_key_person(p)) {
      ++row.key_seats;
      if (!p.placeholder() && cov->covered()) ++row.key_seats_known;
    }
    if (p.has_role(Role::decider)) {
      if (!cov->covered()) row.uncovered_deciders.push_back(p.id);
      if (!p.placeholder()) row.deciders.push_back(p.id);
    }
  }
  for (const auto& s : a.stale)
    if (s.key && (ours.count(s.source) || ours.count(s.target))) ++row.stale_key_relationships;
}

// Who on our team the account's deciders hang on (see KeyPersonRisk).
void fill_decider_links(const Dataset& data, const AccountAnalysis& a, AuditRow& row) {
  std::map<std::string, const Person*> people;
  for (const auto& p : data.people) people[p.id] = &p;
  const std::set<std::string> deciders(row.deciders.begin(), row.deciders.end());
  std::set<std::string> ties;
  for (const auto& r : data.relationships) {
    if (r.type == RelationType::conflicts) continue;
    auto s = people.find(r.source), t = people.find(r.target);
    if (s == people.end() || t == people.end()) continue;
    if (s->second->internal() && deciders.count(r.target)) ties.insert(r.source);
    if (t->second->internal() && deciders.count(r.source)) ties.insert(r.target);
  }
  row.decider_ties.assign(ties.begin(), ties.end());
  if (!ties.empty()) return;

  std::vector<std::string> reached;  // ascending, as the deciders are
  for (std::size_t i = 0; i < a.people.size(); ++i) {
    const auto& cov = a.metrics[i].coverage;
    if (cov && deciders.count(a.people[i].id) && cov->access > 0) reached.push_back(a.people[i].id);
  }
  if (reached.empty()) return;
  for (const auto& sp : a.single_points.people) {
    auto p = people.find(sp.person);
    if (p == people.end() || !p->second->internal()) continue;
    if (std::includes(sp.cuts_off.begin(), sp.cuts_off.end(), reached.begin(), reached.end()))
      row.decider_routes.push_back(sp.person);
  }
  std::sort(row.decider_routes.begin(), row.decider_routes.end());
}

bool segment_passes(const AuditRow& row, const AuditOptions& o) {
  return o.segments.empty() ||
         std::find(o.segments.begin(), o.segments.end(), row.segment.segment) != o.segments.end();
}

// threads() is ascending.
bool owner_passes(const AuditRow& row, const AuditOptions& o) {
  return o.owners.empty() || std::any_of(o.owners.begin(), o.owners.end(), [&](const auto& id) {
           return std::binary_search(row.threads.begin(), row.threads.end(), id);
         });
}

int status_rank(const AuditRow& r) {
  if (!r.analysed) return 3;
  switch (r.status) {
    case Status::red:
      return 0;
    case Status::amber:
      return 1;
    case Status::green:
      return 2;
  }
  return 3;
}

int segment_rank(const AuditRow& r) {
  return r.segment.segment ? static_cast<int>(*r.segment.segment) : 4;
}

// Revenue desc (accounts without revenue last), then id.
bool by_revenue(const AuditRow& x, const AuditRow& y) {
  if (x.account.revenue.has_value() != y.account.revenue.has_value())
    return x.account.revenue.has_value();
  if (x.revenue() != y.revenue()) return x.revenue() > y.revenue();
  return x.account.id < y.account.id;
}

void sort_rows(std::vector<AuditRow>& rows, AuditSort sort) {
  std::sort(rows.begin(), rows.end(), [sort](const AuditRow& x, const AuditRow& y) {
    switch (sort) {
      case AuditSort::revenue:
        break;
      case AuditSort::status:
        if (status_rank(x) != status_rank(y)) return status_rank(x) < status_rank(y);
        break;
      case AuditSort::coverage:
        if (x.analysed != y.analysed) return x.analysed;
        if (x.coverage_score != y.coverage_score) return x.coverage_score < y.coverage_score;
        break;
      case AuditSort::account:
        return x.account.id < y.account.id;
      case AuditSort::segment:
        if (segment_rank(x) != segment_rank(y)) return segment_rank(x) < segment_rank(y);
        break;
    }
    return by_revenue(x, y);
  });
}

std::vector<KeyPersonRisk> key_person_risk(const std::vector<AuditRow>& rows,
                                           const std::map<std::string, std::string>& names,
                                           double revenue_total) {
  std::map<std::string, KeyPersonRisk> by_person;
  auto entry = [&](const std::string& id) -> KeyPersonRisk& {
    KeyPersonRisk& k = by_person[id];
    k.person = id;
    auto it = names.find(id);
    k.name = it == names.end() ? id : it->second;
    return k;
  };
  std::vector<const AuditRow*> ranked;
  for (const auto& r : rows) ranked.push_back(&r);
  std::sort(ranked.begin(), ranked.end(),
            [](const AuditRow* x, const AuditRow* y) { return by_revenue(*x, *y); });
  for (const AuditRow* r : ranked) {
    if (r->decider_ties.size() == 1) {
      KeyPersonRisk& k = entry(r->decider_ties.front());
      k.accounts.push_back(r->account.id);
      k.revenue_at_risk += r->revenue();
    }
    for (const auto& id : r->decider_routes) {
      KeyPersonRisk& k = entry(id);
      k.only_route_accounts.push_back(r->account.id);
      k.only_route_revenue += r->revenue();
    }
  }
  std::vector<KeyPersonRisk> out;
  for (auto& [id, k] : by_person) {
    k.share_of_revenue = revenue_total > 0 ? k.revenue_at_risk / revenue_total : 0;
    out.push_back(std::move(k));
  }
  std::sort(out.begin(), out.end(), [](const KeyPersonRisk& x, const KeyPersonRisk& y) {
    if (x.revenue_at_risk != y.revenue_at_risk) return x.revenue_at_risk > y.revenue_at_risk;
    if (x.only_route_revenue != y.only_route_revenue)
      return x.only_route_revenue > y.only_route_revenue;
    return x.person < y.person;
  });
  return out;
}

}  // namespace

std::string_view to_string(AuditSort s) {
  for (const auto& w : kSortWords)
    if (w.sort == s) return w.word;
  return "?";
}

std::optional<AuditSort> parse_audit_sort(std::string_view word) {
  const std::string w = normalise_word(word);
  for (const auto& sw : kSortWords)
    if (sw.word == w) return sw.sort;
  return std::nullopt;
}

std::vector<std::string> audit_sort_words() {
  std::vector<std::string> out;
  for (const auto& w : kSortWords) out.emplace_back(w.word);
  return out;
}

PortfolioAudit audit_accounts(const std::vector<Account>& accounts, const AccountLoader& load,
                              const std::vector<Action>& actions, const AuditOptions& options) {
  PortfolioAudit out;
  out.segmentation = segment_portfolio(accounts, options.segmentation);
  out.options = options;
  out.options.segmentation = out.segmentation.options;
  out.accounts_total = accounts.size();
  out.revenue_total = out.segmentation.total_revenue;

  std::map<std::string, std::pair<int, int>> open_overdue;
  for (const auto& act : actions) {
    if (act.status != ActionStatus::open) continue;
    auto& [open, overdue] = open_overdue[act.account];
    ++open;
    if (act.due < options.time.as_of) ++overdue;
  }

  std::map<std::string, std::string> names;  // our people's display names
  for (std::size_t i = 0; i < accounts.size(); ++i) {
    AuditRow row;
    row.account = accounts[i];
    row.segment = out.segmentation.accounts[i];
    if (!segment_passes(row, options)) continue;  // before loading: no need to analyse it

    Dataset data = load(row.account.id);
    if (has_customer_people(data, row.account.id)) {
      // The policy to check is the segment's, given or derived.
      for (auto& acc : data.accounts)
        if (acc.id == row.account.id) acc.segment = row.segment.segment;
      AnalysisOptions ao;
      ao.time = options.time;
      const AccountAnalysis a = analyze_account(data, row.account.id, ao);
      fill_from_analysis(a, row);
      fill_decider_links(data, a, row);
      for (const auto& p : data.people)
        if (p.internal()) names[p.id] = p.display_name();
    }
    if (!owner_passes(row, options)) continue;
    if (auto it = open_overdue.find(row.account.id); it != open_overdue.end())
      std::tie(row.actions_open, row.actions_overdue) = it->second;
    out.rows.push_back(std::move(row));
  }
  sort_rows(out.rows, options.sort);
  out.key_person_risk = key_person_risk(out.rows, names, out.revenue_total);
  return out;
}

PortfolioAudit audit_portfolio(const Store& store, const AuditOptions& options) {
  for (const auto& id : options.owners) {
    auto p = store.person(id);
    if (!p || !p->internal())
      throw NotFoundError("owner '" + id + "': nobody on our team has that id" +
                          (p ? " ('" + id + "' is at " + p->org + ")" : std::string()));
  }
  return audit_accounts(
      store.accounts(), [&store](const std::string& id) { return store.account_data(id); },
      store.actions(), options);
}

}  // namespace kamgraph
