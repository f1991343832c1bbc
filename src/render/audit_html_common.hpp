// Wording and number formats shared by the audit's text, HTML and SVG forms, so that the
// three say the same thing the same way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/plan/audit.hpp"

namespace kamgraph::audit_detail {

// 12400000 -> "12,400,000" (rounded to a whole number).
std::string amount(double v);
// 12400000 -> "12.4M", 880000 -> "880k", 45000 -> "45k", 950 -> "950".
std::string short_amount(double v);
// 0.48657 -> "48.7%".
std::string percent(double share, int digits = 1);
// The segment word, with "*" when it comes from the matrix; "-" when there is none.
std::string segment_label(const AccountSegment& s);
// "red", "amber", "green"; "no people" when the account was not analysed.
std::string status_word(const AuditRow& r);
// "1/3": key seats held by a covered, named person, of all key seats; "-" when none.
std::string key_roles(const AuditRow& r);
// "met", "NOT met", "-".
std::string policy_word(const AuditRow& r);
// At most `max` code points of UTF-8 `s`, the last one "…" when cut.
std::string truncated(std::string_view s, std::size_t max);
// The first of the verdict's reasons that says more than the policy column does (the
// policy reason only when it is the only one); empty when there is none.
std::string main_reason(const AuditRow& r);
// How many more reasons the verdict gives after main_reason, its "... and N more" counted in.
std::size_t more_reasons(const AuditRow& r);
// The name, or the id when the name is empty.
std::string display_name(const Account& a);

// How many rows are red, amber, green and not analysed, and miss their segment's policy.
struct Tally {
  int red = 0, amber = 0, green = 0, not_analysed = 0, policy_not_met = 0;
  double revenue = 0;      // of the rows shown
  double red_revenue = 0;  // of the red ones
};
Tally tally(const PortfolioAudit& audit);

// Seed 001's investment approach and "relationship and contact level" for a segment.
std::string_view investment(Segment s);
std::string_view contact_policy(Segment s);

// The rows that fall in each cell of the views, in row order.
std::vector<const AuditRow*> rows_with_segment(const PortfolioAudit& audit,
                                               std::optional<Segment> s);
std::vector<const AuditRow*> rows_with_contribution(const PortfolioAudit& audit,
                                                    std::optional<Contribution> c);
std::vector<const AuditRow*> rows_with_abc(const PortfolioAudit& audit,
                                           std::optional<AbcClass> abc);
std::vector<const AuditRow*> rows_in_quality_cell(const PortfolioAudit& audit, AbcClass abc,
                                                  int margin_class);

}  // namespace kamgraph::audit_detail
