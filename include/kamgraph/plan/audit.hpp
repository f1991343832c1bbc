// The portfolio audit: the sales manager's view across accounts (shared/domain.md: "which
// accounts hang on one person, which deciders nobody knows, which relationships have gone
// cold"). One row per account with its segmentation and the headline of its analysis, and
// the key-person risk: colleagues who are the only link to the deciders of accounts, with
// the revenue at risk if they leave. The README, "Portfolio audit" documents every column.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/analysis/segmentation.hpp"
#include "kamgraph/model/action.hpp"
#include "kamgraph/store/store.hpp"

namespace kamgraph {

// Row order: revenue desc; status red, amber, green, then accounts with no people; coverage
// score ascending (weakest first); account id; segment strategic, status, star,
// opportunity, none. Ties (and accounts without a revenue, which come last) by revenue
// desc, then id.
enum class AuditSort { revenue, status, coverage, account, segment };
std::string_view to_string(AuditSort s);
std::optional<AuditSort> parse_audit_sort(std::string_view word);
std::vector<std::string> audit_sort_words();

struct AuditOptions {
  TimeOptions time;
  SegmentationOptions segmentation;
  // Only accounts whose segment (given, else from the matrix) is one of these; nullopt in
  // the list stands for "no segment". Empty: every account.
  std::vector<std::optional<Segment>> segments;
  // Only accounts where at least one of these colleagues (internal person ids) holds a
  // thread, a direct tie to someone at the customer. Empty: every account.
  std::vector<std::string> owners;
  AuditSort sort = AuditSort::revenue;
};

struct AuditRow {
  Account account;         // as stored; its segment as given
  AccountSegment segment;  // ABC class, segment given or derived, contribution, margin class
  // False when the account has no customer people yet: nothing below is known.
  bool analysed = false;
  Status status = Status::red;
  std::vector<std::string> reasons;  // the verdict's, most serious first
  double coverage_score = 0;
  Stage stage = Stage::none;
  // Key seats: customer people who decide, approve or have power >= kKeyPower, placeholders
  // included (a seat nobody we know fills). Known: a named person our team covers.
  int key_seats = 0;
  int key_seats_known = 0;
  std::vector<std::string> uncovered_deciders;  // decider role, not covered (placeholders too)
  std::vector<std::string> spofs;               // single points of failure, ours or theirs
  std::vector<std::string> threads;             // our people with a direct tie
  int stale_key_relationships = 0;  // stale ties between one of ours and a key customer person
  int actions_open = 0;
  int actions_overdue = 0;  // open and due before the as-of date
  bool policy_met = false;  // the coverage policy of the segment (given or derived)
  std::string policy;
  // For the key-person risk. Deciders: named customer people with the decider role.
  std::vector<std::string> deciders;
  std::vector<std::string> decider_ties;  // our people with a direct tie to any decider
  // When nobody has a direct tie to a decider: our people every route to the deciders we
  // reach runs through (internal single points of failure cutting all of them off).
  std::vector<std::string> decider_routes;

  double revenue() const { return account.revenue.value_or(0); }
};

// A colleague the deciders of accounts hang on.
//  - accounts: the accounts where they hold the ONLY direct tie (any strength, any age, not
//    a conflict) between our team and the account's deciders: they know at least one
//    decider and nobody else on our team knows any. If they leave, no decider of the account
//    has a direct tie to us;
//  - only_route_accounts: accounts where nobody on our team has a direct tie to a decider
//    and every route of introductions to the deciders we reach runs through them.
struct KeyPersonRisk {
  std::string person;
  std::string name;
  std::vector<std::string> accounts;  // by revenue desc, then id
  double revenue_at_risk = 0;         // their summed revenue
  double share_of_revenue = 0;        // of the whole portfolio's revenue
  std::vector<std::string> only_route_accounts;
  double only_route_revenue = 0;
};

struct PortfolioAudit {
  AuditOptions options;       // with the segmentation's splits filled in
  Segmentation segmentation;  // the whole portfolio, whatever the filters
  std::size_t accounts_total = 0;
  double revenue_total = 0;    // the whole portfolio's
  std::vector<AuditRow> rows;  // the accounts that pass the filters, in options.sort order
  // From the rows shown: by revenue_at_risk desc, then only_route_revenue desc, then id.
  std::vector<KeyPersonRisk> key_person_risk;
};

// The account's graph, as Store::account_data returns it.
using AccountLoader = std::function<Dataset(const std::string& account_id)>;

// The audit of `accounts` (the whole portfolio): each account analysed (analyze_account)
// with its segment given or, failing that, from the attractiveness x supplier-strength
// matrix, so that the policy checked is the segment's. `actions` may hold any accounts'.
// Time complexity: one analysis per account.
PortfolioAudit audit_accounts(const std::vector<Account>& accounts, const AccountLoader& load,
                              const std::vector<Action>& actions, const AuditOptions& options);

// The same over a store. Throws NotFoundError for an owner who is not one of our people.
PortfolioAudit audit_portfolio(const Store& store, const AuditOptions& options);

// The documented JSON contract (the README, "Portfolio audit"); numbers rounded to 6 decimals.
std::string audit_json(const PortfolioAudit& audit);
// One line per row, RFC 4180, the same columns as the JSON rows (lists joined with ';').
std::string audit_csv(const PortfolioAudit& audit);

}  // namespace kamgraph
