// Hand-built datasets for the exporter tests: a small one whose output is checked byte for
// byte, and a nasty one for round trips.
#pragma once

#include <ostream>

#include "kamgraph/export/export.hpp"
#include "kamgraph/model/model.hpp"

namespace kamgraph {

// gtest prints a Dataset that differs from the expected one as its JSON, not as bytes.
inline void PrintTo(const Dataset& d, std::ostream* os) { *os << json_text(d); }

}  // namespace kamgraph

namespace kamgraph::test {

inline Date date(const char* iso) { return *Date::parse(iso); }

// One account, a decider, a placeholder CFO and our KAM. The KAM's relationship is written
// KAM-first (not canonical) on purpose: export must write it a-first.
inline Dataset small_dataset() {
  Dataset d;
  d.accounts.push_back({.id = "acme",
                        .name = "Acme S.p.A.",
                        .segment = Segment::strategic,
                        .revenue = 1200000,
                        .margin = 0.18});
  d.people.push_back({.id = "kam",
                      .name = "Giulia Ferrari",
                      .org = "internal",
                      .kind = PersonKind::internal,
                      .power = 0.0,
                      .title = "Key Account Manager",
                      .department = "Sales"});
  d.people.push_back({.id = "a_cfo",
                      .org = "acme",
                      .roles = {Role::approver},
                      .title = "CFO",
                      .reports_to = "a_ceo"});
  d.people.push_back({.id = "a_ceo",
                      .name = "Anna Rossi",
                      .org = "acme",
                      .roles = {Role::decider, Role::approver},
                      .power = 0.9,
                      .attitude = Attitude::supporter,
                      .title = "CEO",
                      .department = "Board"});
  d.relationships.push_back({.source = "kam",
                             .target = "a_ceo",
                             .type = RelationType::knows,
                             .strength = 0.8,
                             .last_contact = date("2025-03-01"),
                             .mode = Mode::trust});
  d.relationships.push_back(
      {.source = "a_cfo", .target = "a_ceo", .type = RelationType::reports_to});
  return d;
}

inline const std::string kNastyName = "<script>alert(1)</script> \"\\N\" {x}";

// One account whose text fields hold everything that needs quoting or escaping in CSV,
// DOT or JSON; placeholders; every relationship type, symmetric ones written both ways;
// numbers that are not short in binary. Only people of `acme` and shared people, so that
// the DOT export of acme holds all of it.
inline Dataset nasty_dataset() {
  Dataset d;
  d.accounts.push_back({.id = "acme",
                        .name = "Acme \"Quoted\" \\N {x}, Inc.\\",
                        .segment = Segment::status,
                        .revenue = 12345678901.5,
                        .potential = 1e21,
                        .margin = -0.05,
                        .attractiveness = 0.1 + 0.2,
                        .supplier_strength = 1e-7});
  d.people.push_back({.id = "p1",
                      .name = kNastyName,
                      .org = "acme",
                      .roles = {Role::decider},
                      .power = 1.0,
                      .attitude = Attitude::blocker,
                      .title = "Rossi, Anna; CEO",
                      .department = "line one\nline two"});
  d.people.push_back({.id = "p\\2",
                      .name = "back\\slash\\",
                      .org = "acme",
                      .kind = PersonKind::sponsor,
                      .roles = {Role::user, Role::technical, Role::coach},
                      .power = 0.123456789,
                      .attitude = Attitude::champion,
                      .title = "say \\\"hi\\\" -- or \"bye\"",
                      .reports_to = "p1"});
  d.people.push_back({.id = "o'brien \"q\"",
                      .name = "Zoë Łukasiewicz 北京 & <b>bold</b>",
                      .org = "acme",
                      .kind = PersonKind::influencer,
                      .roles = {Role::influencer, Role::gatekeeper, Role::initiator},
                      .power = 0.0,
                      .attitude = Attitude::skeptic,
                      .title = "graph { node -- edge }; // not a comment"});
  // Placeholders: a seat known only by its title, one known only by its role.
  d.people.push_back({.id = "seat_cfo", .org = "acme", .title = "CFO"});
  d.people.push_back({.id = "seat_buyer", .org = "acme", .roles = {Role::buyer}});
  d.people.push_back({.id = "kam",
                      .name = "Giulia \"G\" Ferrari",
                      .org = "internal",
                      .kind = PersonKind::internal,
                      .power = 0.0,
                      .title = "KAM",
                      .reports_to = "director"});
  d.people.push_back({.id = "director",
                      .name = "Marco Bianchi",
                      .org = "internal",
                      .kind = PersonKind::internal,
                      .power = 0.0});
  d.people.push_back({.id = "consultant",
                      .name = "Carla Neri",
                      .org = "McKinsey & Co, \"Milan\"",
                      .kind = PersonKind::influencer,
                      .roles = {Role::influencer},
                      .power = 0.4});

  using enum RelationType;
  d.relationships.push_back({.source = "kam", .target = "p1", .type = knows, .strength = 1.0});
  d.relationships.push_back({.source = "p\\2",
                             .target = "kam",
                             .type = works_with,
                             .strength = 0.3,
                             .last_contact = date("2024-02-29"),
                             .mode = Mode::technical});
  d.relationships.push_back({.source = "o'brien \"q\"",
                             .target = "p1",
                             .type = influences,
                             .strength = 0.7,
                             .mode = Mode::risk});
  d.relationships.push_back({.source = "p1", .target = "o'brien \"q\"", .type = influences});
  d.relationships.push_back({.source = "seat_cfo", .target = "p1", .type = reports_to});
  d.relationships.push_back(
      {.source = "seat_buyer", .target = "p\\2", .type = conflicts, .strength = 0.9});
  d.relationships.push_back({.source = "consultant",
                             .target = "p1",
                             .type = influences,
                             .strength = 0.6,
                             .last_contact = date("1999-12-31"),
                             .mode = Mode::service});
  d.relationships.push_back({.source = "kam",
                             .target = "consultant",
                             .type = knows,
                             .strength = 0.2,
                             .mode = Mode::resource});
  d.relationships.push_back({.source = "director", .target = "p1", .type = knows});
  return d;
}

// What an import of `d` gives back: symmetric relationships canonical, everything sorted.
inline Dataset canonical_dataset(Dataset d) {
  for (auto& r : d.relationships) r = canonical(std::move(r));
  sort_dataset(d);
  return d;
}

}  // namespace kamgraph::test
