#include <cmath>
#include <nlohmann/json.hpp>

#include "kamgraph/report/analysis_report.hpp"

namespace kamgraph {
namespace {

using Json = nlohmann::ordered_json;

Json ids(const std::vector<std::string>& v) {
  Json out = Json::array();
  for (const auto& s : v) out.push_back(s);
  return out;
}

Json person_json(const AccountAnalysis& a, std::size_t i) {
  const Person& p = a.people[i];
  const PersonMetrics& m = a.metrics[i];
  Json roles = Json::array();
  for (Role r : p.roles) roles.push_back(std::string(to_string(r)));
  Json j{{"id", p.id},
         {"name", p.name},
         {"org", p.org},
         {"kind", std::string(to_string(p.kind))},
         {"roles", roles},
         {"power", rounded(p.power)},
         {"attitude", std::string(to_string(p.attitude))},
         {"placeholder", p.placeholder()},
         {"degree", m.degree},
         {"strength", rounded(m.strength)},
         {"betweenness", rounded(m.betweenness)},
         {"pagerank", rounded(m.pagerank)},
         {"decision_weight", rounded(m.decision.weight)}};
  if (m.coverage) {
    const PersonCoverage& c = *m.coverage;
    j["coverage"] = Json{{"direct", rounded(c.direct)},
                         {"direct_by", c.direct_by.empty() ? Json(nullptr) : Json(c.direct_by)},
                         {"access", rounded(c.access)},
                         {"access_path", ids(c.access_path)},
                         {"redundancy", c.redundancy},
                         {"covered", c.covered()}};
  } else {
    j["coverage"] = nullptr;
  }
  return j;
}

Json single_points_json(const SinglePoints& s) {
  Json out = Json::array();
  for (const auto& sp : s.people)
    out.push_back(Json{{"person", sp.person},
                       {"cuts_off", ids(sp.cuts_off)},
                       {"power_cut_off", rounded(sp.power_cut_off)}});
  return out;
}

Json gaps_json(const std::vector<Gap>& gaps) {
  Json out = Json::array();
  for (const auto& g : gaps)
    out.push_back(Json{{"person", g.person.empty() ? Json(nullptr) : Json(g.person)},
                       {"type", g.type},
                       {"severity", rounded(g.severity)},
                       {"reason", g.reason}});
  return out;
}

Json analysis_object(const AccountAnalysis& a) {
  Json people = Json::array();
  for (std::size_t i = 0; i < a.people.size(); ++i) people.push_back(person_json(a, i));
  Json bridges = Json::array();
  for (const auto& [x, y] : a.bridges) bridges.push_back(Json::array({x, y}));
  Json single_rel = Json::array();
  for (const auto& sr : a.single_points.relationships)
    single_rel.push_back(Json{{"between", Json::array({sr.a, sr.b})},
                              {"cuts_off", ids(sr.cuts_off)},
                              {"power_cut_off", rounded(sr.power_cut_off)}});
  Json deciders = Json::array();
  for (const auto& d : a.decision_makers)
    deciders.push_back(Json{{"person", a.people[std::size_t(d.person)].id},
                            {"decision_weight", rounded(d.weight)},
                            {"formal", rounded(d.formal)},
                            {"informal", rounded(d.informal)},
                            {"explanation", d.explanation}});
  Json stale = Json::array();
  for (const auto& s : a.stale)
    stale.push_back(Json{{"source", s.source},
                         {"target", s.target},
                         {"type", std::string(to_string(s.type))},
                         {"last_contact", s.last_contact.str()},
                         {"age_days", s.age_days},
                         {"key", s.key}});
  const AccountSummary& s = a.summary;
  Json summary{{"coverage_score", rounded(s.coverage_score)},
               {"threads", s.threads.size()},
               {"thread_holders", ids(s.threads)},
               {"stage", std::string(to_string(s.stage))},
               {"status", std::string(to_string(a.verdict.status))},
               {"status_reasons", ids(a.verdict.reasons)},
               {"policy", a.verdict.policy},
               {"policy_met", a.verdict.policy_met},
               {"customer_people", s.customer_people},
               {"covered_people", s.covered_people},
               {"placeholders", s.placeholders},
               {"roles_covered", ids(s.roles_covered)},
               {"roles_uncovered", ids(s.roles_uncovered)},
               {"departments_covered", ids(s.departments_covered)},
               {"departments_uncovered", ids(s.departments_uncovered)},
               {"stale_relationships", s.stale_relationships},
               {"undated_relationships", s.undated_relationships}};
  return Json{{"account", a.account.id},
              {"name", a.account.name},
              {"segment", a.account.segment ? Json(std::string(to_string(*a.account.segment)))
                                            : Json(nullptr)},
              {"as_of", a.time.as_of.str()},
              {"half_life_days", rounded(a.time.half_life_days)},
              {"stale_after_days", a.time.stale_after_days},
              {"without", ids(a.without)},
              {"summary", summary},
              {"decision_makers", deciders},
              {"gaps", gaps_json(a.gaps)},
              {"single_points_of_failure", single_points_json(a.single_points)},
              {"single_relationships", single_rel},
              {"stale", stale},
              {"articulation_points", ids(a.articulation_points)},
              {"bridges", bridges},
              {"people", people}};
}

}  // namespace

double rounded(double v) {
  double r = std::round(v * 1e6) / 1e6;
  return r == 0 ? 0.0 : r;
}

std::string analysis_json(const AccountAnalysis& a) { return analysis_object(a).dump(2) + "\n"; }

std::string what_if_json(const WhatIf& w) {
  Json out{{"account", w.before.account.id},
           {"as_of", w.before.time.as_of.str()},
           {"without", ids(w.after.without)},
           {"coverage_score_before", rounded(w.before.summary.coverage_score)},
           {"coverage_score_after", rounded(w.after.summary.coverage_score)},
           {"coverage_lost", rounded(w.coverage_lost)},
           {"status_before", std::string(to_string(w.before.verdict.status))},
           {"status_after", std::string(to_string(w.after.verdict.status))},
           {"lost_access", ids(w.lost_access)},
           {"new_gaps", gaps_json(w.new_gaps)},
           {"new_single_points_of_failure", single_points_json({w.new_single_points, {}})},
           {"after", analysis_object(w.after)}};
  return out.dump(2) + "\n";
}

}  // namespace kamgraph
