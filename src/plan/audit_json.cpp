// The audit's machine-readable forms: JSON (the documented contract) and CSV.
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "kamgraph/plan/audit.hpp"

namespace kamgraph {
namespace {

using Json = nlohmann::ordered_json;

// Rounded to 6 decimals (and -0 to 0) so that golden files compare across builds.
double round6(double v) {
  double r = std::round(v * 1e6) / 1e6;
  return r == 0 ? 0.0 : r;
}

Json number(std::optional<double> v) { return v ? Json(round6(*v)) : Json(nullptr); }

Json ids(const std::vector<std::string>& v) {
  Json out = Json::array();
  for (const auto& s : v) out.push_back(s);
  return out;
}

template <typename T>
Json word(const std::optional<T>& v) {
  return v ? Json(std::string(to_string(*v))) : Json(nullptr);
}

Json row_json(const AuditRow& r) {
  const AccountSegment& s = r.segment;
  const bool a = r.analysed;
  auto when = [a](Json v) { return a ? v : Json(nullptr); };
  return Json{{"account", r.account.id},
              {"name", r.account.name},
              {"segment", word(s.segment)},
              {"segment_derived", s.segment_derived},
              {"matrix_segment", word(s.matrix)},
              {"abc", word(s.abc)},
              {"revenue", number(r.account.revenue)},
              {"revenue_share", round6(s.revenue_share)},
              {"cumulative_share", round6(s.cumulative_share)},
              {"potential", number(r.account.potential)},
              {"contribution", word(s.contribution)},
              {"margin", number(r.account.margin)},
              {"margin_class", s.margin_class ? Json(*s.margin_class) : Json(nullptr)},
              {"analysed", a},
              {"status", when(std::string(to_string(r.status)))},
              {"status_reasons", ids(r.reasons)},
              {"coverage_score", when(round6(r.coverage_score))},
              {"stage", when(std::string(to_string(r.stage)))},
              {"key_seats", when(r.key_seats)},
              {"key_seats_known", when(r.key_seats_known)},
              {"key_roles_filled",
               when(r.key_seats > 0 ? Json(round6(double(r.key_seats_known) / r.key_seats))
                                    : Json(nullptr))},
              {"uncovered_deciders", when(r.uncovered_deciders.size())},
              {"uncovered_decider_ids", ids(r.uncovered_deciders)},
              {"spofs", when(r.spofs.size())},
              {"spof_ids", ids(r.spofs)},
              {"threads", when(r.threads.size())},
              {"thread_holders", ids(r.threads)},
              {"stale_key_relationships", when(r.stale_key_relationships)},
              {"actions_open", r.actions_open},
              {"actions_overdue", r.actions_overdue},
              {"policy_met", when(r.policy_met)},
              {"policy", when(r.policy)},
              {"deciders", ids(r.deciders)},
              {"decider_ties", ids(r.decider_ties)}};
}

Json segmentation_json(const PortfolioAudit& audit) {
  const SegmentationOptions& o = audit.options.segmentation;
  Json abc = Json::array();
  for (AbcClass c : {AbcClass::a, AbcClass::b, AbcClass::c}) {
    int n = 0;
    double revenue = 0;
    for (const auto& e : audit.segmentation.abc.ranked)
      if (e.abc == c) {
        ++n;
        revenue += e.revenue;
      }
    abc.push_back(
        Json{{"class", std::string(to_string(c))},
             {"accounts", n},
             {"revenue", round6(revenue)},
             {"share", audit.revenue_total > 0 ? round6(revenue / audit.revenue_total) : 0.0}});
  }
  return Json{{"abc_cuts", Json::array({round6(o.abc.a), round6(o.abc.b)})},
              {"matrix_cuts", Json{{"attractiveness", round6(o.matrix.attractiveness)},
                                   {"supplier_strength", round6(o.matrix.supplier_strength)}}},
              {"contribution_split", Json{{"revenue", round6(o.contribution->revenue)},
                                          {"potential", round6(o.contribution->potential)}}},
              {"margin_cuts", Json::array({round6(o.margin->class1), round6(o.margin->class2),
                                           round6(o.margin->class3)})},
              {"abc", abc}};
}

std::string number_text(double v) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, round6(v));
  return ec == std::errc{} ? std::string(buf, end) : std::string("nan");
}

std::string csv_field(const std::string& s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + '"';
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ";") + s;
  return out;
}

}  // namespace

std::string audit_json(const PortfolioAudit& audit) {
  Json segments = Json::array();
  for (const auto& s : audit.options.segments) segments.push_back(word(s));
  Json rows = Json::array();
  for (const auto& r : audit.rows) rows.push_back(row_json(r));
  Json risk = Json::array();
  for (const auto& k : audit.key_person_risk)
    risk.push_back(Json{{"person", k.person},
                        {"name", k.name},
                        {"accounts", ids(k.accounts)},
                        {"revenue_at_risk", round6(k.revenue_at_risk)},
                        {"share_of_revenue", round6(k.share_of_revenue)},
                        {"only_route_accounts", ids(k.only_route_accounts)},
                        {"only_route_revenue", round6(k.only_route_revenue)}});
  double shown = 0;
  for (const auto& r : audit.rows) shown += r.revenue();
  Json out{{"as_of", audit.options.time.as_of.str()},
           {"filters", Json{{"segments", segments}, {"owners", ids(audit.options.owners)}}},
           {"sort", std::string(to_string(audit.options.sort))},
           {"portfolio", Json{{"accounts", audit.accounts_total},
                              {"revenue", round6(audit.revenue_total)},
                              {"accounts_shown", audit.rows.size()},
                              {"revenue_shown", round6(shown)}}},
           {"segmentation", segmentation_json(audit)},
           {"accounts", rows},
           {"key_person_risk", risk}};
  return out.dump(2) + "\n";
}

std::string audit_csv(const PortfolioAudit& audit) {
  std::string out =
      "account,name,segment,segment_derived,abc,revenue,revenue_share,potential,contribution,"
      "margin,margin_class,status,coverage_score,stage,key_seats,key_seats_known,"
      "uncovered_deciders,spofs,threads,stale_key_relationships,actions_open,actions_overdue,"
      "policy_met,uncovered_decider_ids,spof_ids,thread_holders\n";
  auto opt = [](std::optional<double> v) { return v ? number_text(*v) : std::string(); };
  for (const auto& r : audit.rows) {
    const AccountSegment& s = r.segment;
    const bool a = r.analysed;
    auto when = [a](const std::string& v) { return a ? v : std::string(); };
    std::vector<std::string> cells = {r.account.id,
                                      r.account.name,
                                      s.segment ? std::string(to_string(*s.segment)) : "",
                                      s.segment_derived ? "true" : "false",
                                      s.abc ? std::string(to_string(*s.abc)) : "",
                                      opt(r.account.revenue),
                                      number_text(s.revenue_share),
                                      opt(r.account.potential),
                                      s.contribution ? std::string(to_string(*s.contribution)) : "",
                                      opt(r.account.margin),
                                      s.margin_class ? std::to_string(*s.margin_class) : "",
                                      when(std::string(to_string(r.status))),
                                      when(number_text(r.coverage_score)),
                                      when(std::string(to_string(r.stage))),
                                      when(std::to_string(r.key_seats)),
                                      when(std::to_string(r.key_seats_known)),
                                      when(std::to_string(r.uncovered_deciders.size())),
                                      when(std::to_string(r.spofs.size())),
                                      when(std::to_string(r.threads.size())),
                                      when(std::to_string(r.stale_key_relationships)),
                                      std::to_string(r.actions_open),
                                      std::to_string(r.actions_overdue),
                                      when(r.policy_met ? "true" : "false"),
                                      joined(r.uncovered_deciders),
                                      joined(r.spofs),
                                      joined(r.threads)};
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    out += '\n';
  }
  return out;
}

}  // namespace kamgraph
