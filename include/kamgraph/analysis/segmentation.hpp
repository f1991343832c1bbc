// Portfolio segmentation (shared/domain.md, "Not all key accounts are alike"): which
// accounts deserve which investment. Four lenses from the seeds, each a function of the
// account rows alone (no graph):
//  - ABC (Pareto) analysis by cumulative revenue (seed 002);
//  - attractiveness x supplier strength, giving the Strategic / Status / Star / Opportunity
//    profiles (seeds 000 and 001), used where an account has no segment;
//  - current x potential contribution: Key, Potential Key, Important, Regular (seed 001);
//  - revenue class x margin class, the "quality of revenue" (seed 001).
// The README, "Portfolio audit" documents every cut-off and why it is where it is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/model/model.hpp"

namespace kamgraph {

// ---- ABC ----------------------------------------------------------------------------------

enum class AbcClass { a, b, c };
std::string_view to_string(AbcClass c);  // "A", "B", "C"

// Cumulative revenue shares at which class A and class B end (seed 002: A ~80%, B ~15% more).
struct AbcCuts {
  double a = 0.80;
  double b = 0.95;
};
inline constexpr AbcCuts kDefaultAbcCuts{};

struct AbcEntry {
  std::string account;
  double revenue = 0;
  double share = 0;       // revenue / total
  double cumulative = 0;  // share of this account and every account ranked before it
  AbcClass abc = AbcClass::c;
};

struct AbcAnalysis {
  AbcCuts cuts;
  double total = 0;              // summed revenue of the accounts that have one
  std::vector<AbcEntry> ranked;  // by revenue desc, then id; accounts without revenue left out
};

// Accounts are ranked by revenue (desc, ties by id) and their cumulative share computed.
// The boundary of class A is drawn at the account where the cumulative share comes
// NEAREST to cuts.a: the account that crosses the cut joins A when that leaves the running
// total closer to the cut than stopping before it (a tie joins A). Class B likewise ends
// nearest to cuts.b; the rest are C. The top account is always A. Nearest, because the
// seed's percentages are approximations of a Pareto curve, not hard limits: neither "stop
// before" nor "include the crossing account" is more right, and nearest errs least.
// When the total is 0 every account with a revenue is C. Time complexity: O(n log n).
// Throws Error(usage) unless 0 < cuts.a < cuts.b <= 1.
AbcAnalysis abc_analysis(const std::vector<Account>& accounts, AbcCuts cuts = kDefaultAbcCuts);

// ---- attractiveness x supplier strength -----------------------------------------------------

// Scores at or above these are "high". Both scores are in [0,1]; 0.6, not the middle of the
// scale, so that "high" means clearly above an average account.
struct MatrixCuts {
  double attractiveness = 0.6;
  double supplier_strength = 0.6;
};
inline constexpr MatrixCuts kDefaultMatrixCuts{};

// The profile the scores give, placed from the seeds' own descriptions (seed 000 and 001;
// the picture of the matrix is lost):
//   high attractiveness, high strength -> strategic   (partnership; strategic investment)
//   high attractiveness, low strength  -> status      (very valuable; we must earn preferred-
//                                                     supplier status: selective investment)
//   low attractiveness,  high strength -> star        (price still dominant; we hold the
//                                                     business: manage for cash)
//   low attractiveness,  low strength  -> opportunity (standard product, price-driven)
// nullopt when either score is missing.
std::optional<Segment> matrix_segment(const Account& account, MatrixCuts cuts = kDefaultMatrixCuts);

// ---- current x potential contribution ------------------------------------------------------

enum class Contribution { key, potential_key, important, regular };
std::string_view to_string(Contribution c);  // "key", "potential key", "important", "regular"

// Revenue and potential at or above these are "high".
struct ContributionSplit {
  double revenue = 0;
  double potential = 0;
};

// The medians of revenue and of potential over the accounts that have them (the mean of
// the two middle values for an even count; 0 when no account has the value).
ContributionSplit median_split(const std::vector<Account>& accounts);

// high revenue, high potential -> key; low, high -> potential key; high, low -> important;
// low, low -> regular (seed 001's matrix). nullopt when revenue or potential is missing.
std::optional<Contribution> contribution_class(const Account& account, ContributionSplit split);

// ---- revenue class x margin class ---------------------------------------------------------

// Margin class 1 (best) to 4: margin >= class1 is 1, >= class2 is 2, >= class3 is 3, else 4.
struct MarginCuts {
  double class1 = 0;
  double class2 = 0;
  double class3 = 0;
};

// The portfolio's upper quartile, median and lower quartile of margin (linear interpolation
// between order statistics: the value at position p*(n-1) of the ascending margins), so that
// each class holds about a quarter of the accounts. Zeros when no account has a margin.
MarginCuts margin_quartiles(const std::vector<Account>& accounts);

// 1 to 4; nullopt when the margin is missing.
std::optional<int> margin_class(const Account& account, MarginCuts cuts);

// The seed's advice for a cell of the quality-of-revenue table (seed 001, "Analisi della
// qualita' del fatturato"), in English; empty where the seed gives none.
std::string_view revenue_quality_advice(AbcClass abc, int margin_class);

// ---- the whole portfolio --------------------------------------------------------------------

struct SegmentationOptions {
  AbcCuts abc;
  MatrixCuts matrix;
  std::optional<ContributionSplit> contribution;  // none: median_split
  std::optional<MarginCuts> margin;               // none: margin_quartiles
};

struct AccountSegment {
  std::string account;
  std::optional<AbcClass> abc;  // none without a revenue
  double revenue_share = 0;
  double cumulative_share = 0;
  std::optional<Segment> segment;  // the segment given, else the matrix's
  bool segment_derived = false;    // segment came from the matrix
  std::optional<Segment> matrix;   // what the scores say, given segment or not
  std::optional<Contribution> contribution;
  std::optional<int> margin_class;
};

struct Segmentation {
  SegmentationOptions options;  // with contribution and margin filled in
  double total_revenue = 0;
  AbcAnalysis abc;                       // the Pareto ranking behind the ABC classes
  std::vector<AccountSegment> accounts;  // in the order of the input
};

// Throws Error(usage) for invalid ABC cuts (see abc_analysis). Time complexity O(n log n).
Segmentation segment_portfolio(const std::vector<Account>& accounts,
                               const SegmentationOptions& options = {});

}  // namespace kamgraph
