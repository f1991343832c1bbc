// Small hand-built accounts whose analysis is worked out by hand in the tests.
#pragma once

#include <string>
#include <vector>

#include "kamgraph/model/model.hpp"

namespace kamgraph::testing {

inline Person customer(const std::string& id, std::vector<Role> roles, double power,
                       const std::string& department = "", Attitude attitude = Attitude::neutral) {
  return Person{.id = id,
                .name = "Name of " + id,
                .org = "acme",
                .kind = PersonKind::dmu,
                .roles = std::move(roles),
                .power = power,
                .attitude = attitude,
                .department = department};
}

inline Person colleague(const std::string& id, const std::string& department) {
  return Person{.id = id,
                .name = "Colleague " + id,
                .org = "internal",
                .kind = PersonKind::internal,
                .power = 0,
                .department = department};
}

inline Relationship tie(const std::string& a, const std::string& b, double strength,
                        RelationType type = RelationType::knows) {
  return canonical(Relationship{.source = a, .target = b, .type = type, .strength = strength});
}

inline Dataset account(std::vector<Person> people, std::vector<Relationship> ties,
                       std::optional<Segment> segment = Segment::strategic) {
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme", .segment = segment});
  d.people = std::move(people);
  d.relationships = std::move(ties);
  sort_dataset(d);
  return d;
}

// Bow-tie: our KAM and their purchasing manager are the two knots.
//   kam -0.9- buyer -0.6- ceo ; buyer -0.5- cfo ; buyer -0.5- eng ; kam -0.3- ceo
//   kam -0.8- se (our engineer, who knows nobody at the customer)
inline Dataset bow_tie() {
  return account({colleague("kam", "Sales"), colleague("se", "Engineering"),
                  customer("buyer", {Role::buyer}, 0.5, "Purchasing"),
                  customer("ceo", {Role::decider}, 0.9, "Management"),
                  customer("cfo", {Role::approver}, 0.8, "Finance"),
                  customer("eng", {Role::technical}, 0.6, "Engineering")},
                 {tie("kam", "buyer", 0.9), tie("buyer", "ceo", 0.6, RelationType::works_with),
                  tie("buyer", "cfo", 0.5, RelationType::works_with),
                  tie("buyer", "eng", 0.5, RelationType::works_with), tie("kam", "ceo", 0.3),
                  tie("kam", "se", 0.8, RelationType::works_with)});
}

// Diamond: three of ours from three functions, each customer person known by two of them.
inline Dataset diamond() {
  return account(
      {colleague("kam", "Sales"), colleague("eng1", "Engineering"), colleague("fin1", "Finance"),
       customer("ceo", {Role::decider}, 0.9, "Management", Attitude::champion),
       customer("cto", {Role::technical}, 0.7, "Engineering", Attitude::skeptic),
       customer("cfo", {Role::approver}, 0.8, "Finance", Attitude::supporter)},
      {tie("kam", "ceo", 0.8), tie("fin1", "ceo", 0.6), tie("eng1", "cto", 0.8),
       tie("kam", "cto", 0.6), tie("fin1", "cfo", 0.8), tie("eng1", "cfo", 0.6)});
}

// Every path to the CEO runs through the champion.
//   kam -0.9- champ -0.7- ceo ; champ -0.6- cfo ; kam -0.6- cfo
inline Dataset champion_gate() {
  return account({colleague("kam", "Sales"),
                  customer("champ", {Role::coach}, 0.4, "Operations", Attitude::champion),
                  customer("ceo", {Role::decider}, 0.9, "Management"),
                  customer("cfo", {Role::approver}, 0.7, "Finance", Attitude::skeptic)},
                 {tie("kam", "champ", 0.9), tie("champ", "ceo", 0.7), tie("champ", "cfo", 0.6),
                  tie("kam", "cfo", 0.6)});
}

}  // namespace kamgraph::testing
