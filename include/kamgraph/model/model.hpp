// The records kamgraph keeps: accounts, people (customer stakeholders, outside
// influencers and our own internal team) and the relationships between people.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kamgraph/model/date.hpp"
#include "kamgraph/model/vocabulary.hpp"

namespace kamgraph {

// The org of our own team members.
inline constexpr std::string_view kInternalOrg = "internal";

// Defaults for empty fields; the README's format reference quotes these.
inline constexpr double kDefaultPower = 0.5;
inline constexpr double kDefaultInternalPower = 0.0;
inline constexpr double kDefaultStrength = 0.5;
inline constexpr Attitude kDefaultAttitude = Attitude::neutral;
inline constexpr RelationType kDefaultRelationType = RelationType::knows;

struct Account {
  std::string id;
  std::string name;
  std::optional<Segment> segment;
  std::optional<double> revenue;            // annual revenue with us, in the user's currency
  std::optional<double> potential;          // potential contribution, same unit or a 0-1 score
  std::optional<double> margin;             // margin as a fraction (0.18 = 18%)
  std::optional<double> attractiveness;     // 0-1 score (seed 001's weighted criteria)
  std::optional<double> supplier_strength;  // 0-1: our bargaining power / adaptability

  friend bool operator==(const Account&, const Account&) = default;
};

struct Person {
  std::string id;
  std::string name;  // empty for a placeholder
  std::string org;   // an account id, "internal", or an outside organisation's name
  PersonKind kind = PersonKind::dmu;
  std::vector<Role> roles;  // sorted by enum order, no duplicates
  double power = kDefaultPower;
  Attitude attitude = kDefaultAttitude;
  std::string title;
  std::string department;
  std::string reports_to;  // a person id, or empty

  // A role we know exists but nobody we know fills ("the CFO"): uncovered by definition.
  bool placeholder() const { return name.empty(); }
  bool internal() const { return kind == PersonKind::internal; }
  bool has_role(Role r) const;
  // "Name" or, for a placeholder, "[title]" / "[role]" / "[id]".
  std::string display_name() const;

  friend bool operator==(const Person&, const Person&) = default;
};

struct Relationship {
  std::string source;
  std::string target;
  RelationType type = kDefaultRelationType;
  double strength = kDefaultStrength;  // (0,1]
  std::optional<Date> last_contact;
  std::optional<Mode> mode;

  friend bool operator==(const Relationship&, const Relationship&) = default;
};

// For symmetric types the pair is stored with source < target, so that "a knows b" and
// "b knows a" are one relationship. Directed types are left as they are.
Relationship canonical(Relationship r);
// True when canonical(r) would turn r round: code that cannot afford a copy per
// relationship (an import of a million) tests this instead.
bool needs_turning(const Relationship& r);

// A set of records: what an import reads, what the store returns for an account, what an
// export writes. Kept sorted by sort_dataset() wherever order is observable.
struct Dataset {
  std::vector<Account> accounts;
  std::vector<Person> people;
  std::vector<Relationship> relationships;

  friend bool operator==(const Dataset&, const Dataset&) = default;
};

// Accounts by id, people by id, relationships by (source, target, type).
void sort_dataset(Dataset& d);

// Which orgs are accounts: every declared account, and every org held by a `dmu` or
// `sponsor` person (an org with no accounts row becomes an account whose id and name are
// the org). An `influencer` whose org is none of these is an outside influencer (a
// consultant, say) and, like internal people, is shared across accounts.
std::vector<std::string> account_ids_of(const Dataset& d);

}  // namespace kamgraph
