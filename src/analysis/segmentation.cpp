#include "kamgraph/analysis/segmentation.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

// The accounts' values of one optional field, ascending.
template <typename Get>
std::vector<double> sorted_values(const std::vector<Account>& accounts, Get get) {
  std::vector<double> v;
  for (const auto& a : accounts)
    if (auto x = get(a)) v.push_back(*x);
  std::sort(v.begin(), v.end());
  return v;
}

// The value at position p*(n-1) of ascending `v`, interpolating between neighbours.
double quantile(const std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  const double h = p * double(v.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(h));
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (h - double(lo)) * (v[hi] - v[lo]);
}

// Whether the account that takes the running share from `before` to `after` belongs on the
// upper side of `cut`: it does when it does not cross the cut, or when crossing leaves the
// running share at least as close to the cut as stopping before it.
bool within(double before, double after, double cut) {
  if (before >= cut) return false;
  return after <= cut || after - cut <= cut - before;
}

}  // namespace

std::string_view to_string(AbcClass c) {
  switch (c) {
    case AbcClass::a:
      return "A";
    case AbcClass::b:
      return "B";
    case AbcClass::c:
      return "C";
  }
  return "?";
}

std::string_view to_string(Contribution c) {
  switch (c) {
    case Contribution::key:
      return "key";
    case Contribution::potential_key:
      return "potential key";
    case Contribution::important:
      return "important";
    case Contribution::regular:
      return "regular";
  }
  return "?";
}

AbcAnalysis abc_analysis(const std::vector<Account>& accounts, AbcCuts cuts) {
  if (!(cuts.a > 0 && cuts.a < cuts.b && cuts.b <= 1))
    throw Error(ExitCode::usage, "ABC cut-offs must satisfy 0 < A < B <= 100% (for example 80,95)");
  AbcAnalysis out;
  out.cuts = cuts;
  for (const auto& a : accounts)
    if (a.revenue) {
      out.ranked.push_back({a.id, *a.revenue, 0, 0, AbcClass::c});
      out.total += *a.revenue;
    }
  std::sort(out.ranked.begin(), out.ranked.end(), [](const AbcEntry& x, const AbcEntry& y) {
    if (x.revenue != y.revenue) return x.revenue > y.revenue;
    return x.account < y.account;
  });
  if (out.total <= 0) return out;
  double running = 0;
  bool a_open = true, b_open = true;  // once a class has ended, it stays ended
  for (auto& e : out.ranked) {
    const double before = running / out.total;
    running += e.revenue;
    e.share = e.revenue / out.total;
    e.cumulative = running / out.total;
    if (a_open && (before == 0 || within(before, e.cumulative, cuts.a))) {
      e.abc = AbcClass::a;
      continue;
    }
    a_open = false;
    if (b_open && within(before, e.cumulative, cuts.b)) {
      e.abc = AbcClass::b;
      continue;
    }
    b_open = false;
    e.abc = AbcClass::c;
  }
  return out;
}

std::optional<Segment> matrix_segment(const Account& account, MatrixCuts cuts) {
  if (!account.attractiveness || !account.supplier_strength) return std::nullopt;
  const bool attractive = *account.attractiveness >= cuts.attractiveness;
  const bool strong = *account.supplier_strength >= cuts.supplier_strength;
  if (attractive) return strong ? Segment::strategic : Segment::status;
  return strong ? Segment::star : Segment::opportunity;
}

ContributionSplit median_split(const std::vector<Account>& accounts) {
  return {quantile(sorted_values(accounts, [](const Account& a) { return a.revenue; }), 0.5),
          quantile(sorted_values(accounts, [](const Account& a) { return a.potential; }), 0.5)};
}

std::optional<Contribution> contribution_class(const Account& account, ContributionSplit split) {
  if (!account.revenue || !account.potential) return std::nullopt;
  const bool current = *account.revenue >= split.revenue;
  const bool potential = *account.potential >= split.potential;
  if (potential) return current ? Contribution::key : Contribution::potential_key;
  return current ? Contribution::important : Contribution::regular;
}

MarginCuts margin_quartiles(const std::vector<Account>& accounts) {
  auto v = sorted_values(accounts, [](const Account& a) { return a.margin; });
  return {quantile(v, 0.75), quantile(v, 0.5), quantile(v, 0.25)};
}

std::optional<int> margin_class(const Account& account, MarginCuts cuts) {
  if (!account.margin) return std::nullopt;
  const double m = *account.margin;
  return m >= cuts.class1 ? 1 : m >= cuts.class2 ? 2 : m >= cuts.class3 ? 3 : 4;
}

std::string_view revenue_quality_advice(AbcClass abc, int margin_class) {
  // Seed 001's table fills these cells; the others are blank in the seed.
  if (abc == AbcClass::a) {
    if (margin_class == 1) return "certainty";
    if (margin_class == 3) return "select, or cut the cost to serve";
    if (margin_class == 4) return "targeted policies";
  }
  if (abc == AbcClass::c) {
    if (margin_class == 1) return "select, or grow our share";
    if (margin_class == 3) return "raise the margin, or drop";
  }
  return "";
}

Segmentation segment_portfolio(const std::vector<Account>& accounts,
                               const SegmentationOptions& options) {
  Segmentation s;
  s.options = options;
  if (!s.options.contribution) s.options.contribution = median_split(accounts);
  if (!s.options.margin) s.options.margin = margin_quartiles(accounts);
  s.abc = abc_analysis(accounts, options.abc);
  s.total_revenue = s.abc.total;
  std::map<std::string, const AbcEntry*> by_id;
  for (const auto& e : s.abc.ranked) by_id[e.account] = &e;
  for (const auto& a : accounts) {
    AccountSegment as;
    as.account = a.id;
    if (auto it = by_id.find(a.id); it != by_id.end()) {
      as.abc = it->second->abc;
      as.revenue_share = it->second->share;
      as.cumulative_share = it->second->cumulative;
    }
    as.matrix = matrix_segment(a, options.matrix);
    as.segment = a.segment ? a.segment : as.matrix;
    as.segment_derived = !a.segment && as.matrix;
    as.contribution = contribution_class(a, *s.options.contribution);
    as.margin_class = margin_class(a, *s.options.margin);
    s.accounts.push_back(std::move(as));
  }
  return s;
}

}  // namespace kamgraph
