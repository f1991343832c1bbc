// A small account whose map is worked out by hand in the map tests.
//
//   Board        ceo    decider   0.9 neutral
//   Finance      cfo    approver  0.8 skeptic   reports to ceo
//   Engineering  eng    technical 0.4 supporter reports to ceo
//   Purchasing   buyer  buyer     0.5 champion  reports to cfo
//   Engineering  seat   technical 0.6 (placeholder: "IT Security Head")
//   Engineering  rival  user      0.3 blocker
//   outside      adv    influencer 0.5 (Adviser Ltd)
//   our team     kam (Sales), se (Engineering)
//
//   kam -knows 0.9 (2026-10-01)- buyer -works_with 0.6- cfo <-influences 0.5- adv
//   kam -knows 0.3 (2025-01-01, stale)- ceo <-influences 0.8- eng -works_with 0.7- se
//   eng -conflicts 0.5- rival, and eng -knows 0.2- rival;  kam -works_with 0.8- se
//
// As of 2026-11-01: buyer is covered (0.9 * 0.5^(31/365) = 0.849), eng too (0.7, undated);
// ceo is not (0.3 * 0.5^(669/365) = 0.084) nor is cfo (no direct tie): both are key, so
// both are GAPs. Single points of failure: kam (cuts off buyer and cfo), buyer (cfo), eng
// (rival). Single relationships: kam-buyer, buyer-cfo, eng-rival.
#pragma once

#include <string>
#include <vector>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/model.hpp"

namespace kamgraph::testing {

inline Person stakeholder(const std::string& id, Role role, double power, Attitude attitude,
                          const std::string& department, const std::string& reports_to = "") {
  return Person{.id = id,
                .name = "Name of " + id,
                .org = "acme",
                .kind = PersonKind::dmu,
                .roles = {role},
                .power = power,
                .attitude = attitude,
                .title = "Title of " + id,
                .department = department,
                .reports_to = reports_to};
}

inline Person teammate(const std::string& id, const std::string& department) {
  return Person{.id = id,
                .name = "Colleague " + id,
                .org = "internal",
                .kind = PersonKind::internal,
                .power = 0,
                .department = department};
}

inline Relationship relation(const std::string& a, const std::string& b, RelationType type,
                             double strength, const std::string& last_contact = "") {
  Relationship r{.source = a, .target = b, .type = type, .strength = strength};
  if (!last_contact.empty()) r.last_contact = Date::parse(last_contact);
  return canonical(r);
}

inline Dataset map_account() {
  using R = RelationType;
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme Valves", .segment = Segment::strategic});
  d.people = {
      stakeholder("ceo", Role::decider, 0.9, Attitude::neutral, "Board"),
      stakeholder("cfo", Role::approver, 0.8, Attitude::skeptic, "Finance", "ceo"),
      stakeholder("eng", Role::technical, 0.4, Attitude::supporter, "Engineering", "ceo"),
      stakeholder("buyer", Role::buyer, 0.5, Attitude::champion, "Purchasing", "cfo"),
      stakeholder("rival", Role::user, 0.3, Attitude::blocker, "Engineering"),
      Person{.id = "seat",
             .org = "acme",
             .roles = {Role::technical},
             .power = 0.6,
             .title = "IT Security Head",
             .department = "Engineering"},
      Person{.id = "adv",
             .name = "Name of adv",
             .org = "Adviser Ltd",
             .kind = PersonKind::influencer,
             .roles = {Role::influencer},
             .power = 0.5},
      teammate("kam", "Sales"),
      teammate("se", "Engineering"),
  };
  d.relationships = {
      relation("kam", "buyer", R::knows, 0.9, "2026-10-01"),
      relation("buyer", "cfo", R::works_with, 0.6),
      relation("adv", "cfo", R::influences, 0.5),
      relation("kam", "ceo", R::knows, 0.3, "2025-01-01"),
      relation("eng", "ceo", R::influences, 0.8),
      relation("se", "eng", R::works_with, 0.7),
      relation("eng", "rival", R::conflicts, 0.5),
      relation("eng", "rival", R::knows, 0.2),
      relation("kam", "se", R::works_with, 0.8),
  };
  sort_dataset(d);
  return d;
}

inline AccountAnalysis analyse(const Dataset& d, const std::string& as_of = "2026-11-01",
                               std::vector<std::string> without = {}) {
  AnalysisOptions o;
  o.time.as_of = *Date::parse(as_of);
  o.without = std::move(without);
  return analyze_account(d, d.accounts.front().id, o);
}

}  // namespace kamgraph::testing
