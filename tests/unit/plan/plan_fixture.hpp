// Small hand-built accounts whose plans are worked out by hand in the plan tests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/model.hpp"
#include "kamgraph/plan/plan.hpp"

namespace kamgraph::testing {

inline const Date kToday{2026, 11, 23};

inline Person ours(const std::string& id, const std::string& title, const std::string& dept) {
  return Person{.id = id,
                .name = "Our " + id,
                .org = "internal",
                .kind = PersonKind::internal,
                .power = 0,
                .title = title,
                .department = dept};
}

inline Person theirs(const std::string& id, std::vector<Role> roles, double power,
                     const std::string& title, Attitude attitude = Attitude::neutral,
                     const std::string& account = "acme") {
  return Person{.id = id,
                .name = "Their " + id,
                .org = account,
                .kind = PersonKind::dmu,
                .roles = std::move(roles),
                .power = power,
                .attitude = attitude,
                .title = title};
}

inline Relationship link(const std::string& a, const std::string& b, double strength,
                         RelationType type = RelationType::knows,
                         std::optional<Date> last_contact = std::nullopt) {
  return canonical(Relationship{
      .source = a, .target = b, .type = type, .strength = strength, .last_contact = last_contact});
}

// Our team at acme: a KAM, an executive, a finance partner, an engineer and a service
// manager. Their functions: commercial, executive, finance, engineering, service.
inline std::vector<Person> team() {
  return {ours("kam", "Key Account Manager", "Sales"),
          ours("exec", "Chief Operating Officer", "Executive Board"),
          ours("fin", "Finance Business Partner", "Finance"),
          ours("eng", "Application Engineer", "Engineering"),
          ours("svc", "Service Manager", "Customer Service")};
}

inline std::vector<Relationship> team_links() {
  using RT = RelationType;
  return {link("kam", "exec", 0.5, RT::works_with), link("kam", "fin", 0.5, RT::works_with),
          link("kam", "eng", 0.5, RT::works_with), link("kam", "svc", 0.5, RT::works_with)};
}

// Acme (no segment, so no segment policy), every tie undated (no decay):
//   kam -0.8- buyer -0.6- ceo ; buyer -0.5- cfo ; fin -0.3- cfo
//   cto and the blocker have no tie at all; the seat "Head of IT" reports to the cto.
inline Dataset acme(double fin_cfo = 0.3, bool with_blocker = true) {
  using RT = RelationType;
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme"});
  d.people = team();
  d.people.push_back(theirs("ceo", {Role::decider}, 0.9, "CEO"));
  d.people.push_back(theirs("cfo", {Role::approver}, 0.8, "CFO", Attitude::skeptic));
  d.people.push_back(
      theirs("buyer", {Role::buyer}, 0.5, "Head of Procurement", Attitude::supporter));
  d.people.push_back(theirs("cto", {Role::technical}, 0.6, "CTO"));
  if (with_blocker)
    d.people.push_back(theirs("block", {Role::user}, 0.4, "Plant Manager", Attitude::blocker));
  Person seat = theirs("seat", {Role::technical}, 0.3, "Head of IT");
  seat.name = "";
  seat.reports_to = "cto";
  d.people.push_back(seat);
  d.relationships = team_links();
  d.relationships.push_back(link("kam", "buyer", 0.8));
  d.relationships.push_back(link("buyer", "ceo", 0.6, RT::works_with));
  d.relationships.push_back(link("buyer", "cfo", 0.5, RT::works_with));
  d.relationships.push_back(link("fin", "cfo", fin_cfo));
  sort_dataset(d);
  return d;
}

inline AnalysisOptions at(Date day) {
  AnalysisOptions o;
  o.time.as_of = day;
  return o;
}

// The portfolio view of a dataset: its internal people and the ties among them.
inline PortfolioLoad load_of(const Dataset& d, std::map<std::string, int> open = {}) {
  PortfolioLoad load;
  for (const Person& p : d.people)
    if (p.internal()) load.team.push_back(p);
  for (const Relationship& r : d.relationships) {
    bool a = false, b = false;
    for (const Person& p : load.team) {
      a = a || p.id == r.source;
      b = b || p.id == r.target;
    }
    if (a && b) load.team_ties.push_back(r);
  }
  load.open_actions = std::move(open);
  return load;
}

inline std::vector<Action> plan_of(const Dataset& d, const PlanOptions& options,
                                   const PortfolioLoad& load,
                                   const std::vector<Action>& stored = {}) {
  const AccountAnalysis a = analyze_account(d, "acme", at(options.as_of));
  return plan_account(a, d, options, load, stored);
}

}  // namespace kamgraph::testing
