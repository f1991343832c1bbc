#include "render/audit_html_common.hpp"

#include <cmath>

#include "kamgraph/report/table.hpp"

namespace kamgraph::audit_detail {
namespace {

template <typename Pred>
std::vector<const AuditRow*> rows_where(const PortfolioAudit& audit, Pred pred) {
  std::vector<const AuditRow*> out;
  for (const auto& r : audit.rows)
    if (pred(r)) out.push_back(&r);
  return out;
}

}  // namespace

std::string amount(double v) {
  const std::string digits = fixed(std::round(std::fabs(v)), 0);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 && out != "0" ? "-" : "") + out;
}

std::string short_amount(double v) {
  const double a = std::fabs(v);
  // Three significant digits at most, trailing zeros dropped: 12.4M, 1.65M, 880k, 45k.
  auto trim = [](std::string s) {
    if (s.find('.') == std::string::npos) return s;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
  };
  std::string out;
  if (std::round(a / 1e4) >= 100)  // from 995,000 up
    out = trim(fixed(a / 1e6, a >= 9.995e7 ? 0 : a >= 9.995e6 ? 1 : 2)) + "M";
  else if (std::round(a) >= 1000)
    out = trim(fixed(a / 1e3, a >= 99950 ? 0 : a >= 9995 ? 1 : 2)) + "k";
  else
    out = fixed(a, 0);
  return (v < 0 ? "-" : "") + out;
}

std::string percent(double share, int digits) { return fixed(share * 100.0, digits) + "%"; }

std::string segment_label(const AccountSegment& s) {
  if (!s.segment) return "-";
  return std::string(to_string(*s.segment)) + (s.segment_derived ? "*" : "");
}

std::string status_word(const AuditRow& r) {
  return r.analysed ? std::string(to_string(r.status)) : "no people";
}

std::string key_roles(const AuditRow& r) {
  if (!r.analysed || r.key_seats == 0) return "-";
  return std::to_string(r.key_seats_known) + "/" + std::to_string(r.key_seats);
}

std::string policy_word(const AuditRow& r) {
  if (!r.analysed) return "-";
  return r.policy_met ? "met" : "NOT met";
}

std::string truncated(std::string_view s, std::size_t max) {
  std::size_t points = 0, cut = s.size();
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (points == max - 1 && cut == s.size()) cut = i;
    if (++points > max) return std::string(s.substr(0, cut)) + "\u2026";
  }
  return std::string(s);
}

namespace {

bool policy_reason(const std::string& reason) {
  return reason.rfind("The segment's coverage policy is not met", 0) == 0;
}

// "... and 7 more in the gaps below." -> 7; 0 for any other reason.
std::size_t counted_more(const std::string& reason) {
  if (reason.rfind("... and ", 0) != 0) return 0;
  std::size_t n = 0;
  for (std::size_t i = 8; i < reason.size() && reason[i] >= '0' && reason[i] <= '9'; ++i)
    n = n * 10 + std::size_t(reason[i] - '0');
  return n;
}

}  // namespace

std::string main_reason(const AuditRow& r) {
  for (const auto& reason : r.reasons)
    if (!policy_reason(reason) && counted_more(reason) == 0) return reason;
  return r.reasons.empty() ? std::string() : r.reasons.front();
}

std::size_t more_reasons(const AuditRow& r) {
  std::size_t n = 0;
  for (const auto& reason : r.reasons) n += counted_more(reason) > 0 ? counted_more(reason) : 1;
  return n > 0 ? n - 1 : 0;
}

std::string display_name(const Account& a) { return a.name.empty() ? a.id : a.name; }

Tally tally(const PortfolioAudit& audit) {
  Tally t;
  for (const auto& r : audit.rows) {
    t.revenue += r.revenue();
    if (!r.analysed) {
      ++t.not_analysed;
      continue;
    }
    if (!r.policy_met) ++t.policy_not_met;
    switch (r.status) {
      case Status::red:
        ++t.red;
        t.red_revenue += r.revenue();
        break;
      case Status::amber:
        ++t.amber;
        break;
      case Status::green:
        ++t.green;
        break;
    }
  }
  return t;
}

std::string_view investment(Segment s) {
  switch (s) {
    case Segment::strategic:
      return "strategic investment";
    case Segment::status:
      return "selective investment";
    case Segment::star:
      return "manage for cash";
    case Segment::opportunity:
      return "proactive maintenance";
  }
  return "";
}

std::string_view contact_policy(Segment s) {
  switch (s) {
    case Segment::strategic:
      return "full involvement";
    case Segment::status:
      return "focus on key influencers and sponsors";
    case Segment::star:
      return "raise the efficiency of contacts";
    case Segment::opportunity:
      return "preferred customer, sales contact only";
  }
  return "";
}

std::vector<const AuditRow*> rows_with_segment(const PortfolioAudit& audit,
                                               std::optional<Segment> s) {
  return rows_where(audit, [&](const AuditRow& r) { return r.segment.segment == s; });
}

std::vector<const AuditRow*> rows_with_contribution(const PortfolioAudit& audit,
                                                    std::optional<Contribution> c) {
  return rows_where(audit, [&](const AuditRow& r) { return r.segment.contribution == c; });
}

std::vector<const AuditRow*> rows_with_abc(const PortfolioAudit& audit,
                                           std::optional<AbcClass> abc) {
  return rows_where(audit, [&](const AuditRow& r) { return r.segment.abc == abc; });
}

std::vector<const AuditRow*> rows_in_quality_cell(const PortfolioAudit& audit, AbcClass abc,
                                                  int margin_class) {
  return rows_where(audit, [&](const AuditRow& r) {
    return r.segment.abc == abc && r.segment.margin_class == margin_class;
  });
}

}  // namespace kamgraph::audit_detail
