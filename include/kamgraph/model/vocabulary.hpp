// The closed vocabularies of the domain (see shared/domain.md): kinds of person, DMU roles,
// attitudes, relationship types and the five relationship-building modes, with the CRM
// synonyms users bring from Salesforce, HubSpot and Miller Heiman.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kamgraph {

enum class PersonKind { dmu, influencer, sponsor, internal };

// Webster & Wind's buying-centre roles plus coach/sponsor. Order is the display order.
enum class Role {
  decider,
  approver,
  buyer,
  user,
  technical,
  influencer,
  gatekeeper,
  initiator,
  coach
};

// Ordered from most favourable to least; the order is used when ranking.
enum class Attitude { champion, supporter, neutral, skeptic, blocker };

// knows, works_with and conflicts are symmetric; influences and reports_to are directed.
enum class RelationType { knows, works_with, influences, reports_to, conflicts };

// The five ways to build a relationship (seed 001, "Costruire la relazione").
enum class Mode { trust, technical, resource, service, risk };

// Seed 001's attractiveness x bargaining-power profiles.
enum class Segment { strategic, status, star, opportunity };

std::string_view to_string(PersonKind v);
std::string_view to_string(Role v);
std::string_view to_string(Attitude v);
std::string_view to_string(RelationType v);
std::string_view to_string(Mode v);
std::string_view to_string(Segment v);

// All canonical words of a vocabulary, in enum order.
const std::vector<PersonKind>& all_person_kinds();
const std::vector<Role>& all_roles();
const std::vector<Attitude>& all_attitudes();
const std::vector<RelationType>& all_relation_types();
const std::vector<Mode>& all_modes();
const std::vector<Segment>& all_segments();

bool is_symmetric(RelationType t);
bool is_key_role(Role r);  // decider or approver: the people a deal cannot close without

// What one word of a `role` column means. CRM role words sometimes carry an attitude
// instead of (or as well as) a role: HubSpot's CHAMPION is a coach who is a champion,
// its BLOCKER is only an attitude, Salesforce's "Other" is neither.
struct RoleWord {
  std::optional<Role> role;
  std::optional<Attitude> attitude;
};

// Parsers are case-insensitive and treat '_', '-' and runs of spaces alike, so
// "Economic Buyer", "ECONOMIC_BUYER" and "economic-buyer" are one word. They return
// nullopt for an unknown word; nearest_word() then gives a suggestion.
std::optional<PersonKind> parse_person_kind(std::string_view word);
std::optional<RoleWord> parse_role_word(std::string_view word);
std::optional<Attitude> parse_attitude(std::string_view word);
std::optional<RelationType> parse_relation_type(std::string_view word);
std::optional<Mode> parse_mode(std::string_view word);
std::optional<Segment> parse_segment(std::string_view word);

// Lower-case, '_'/'-' to space, spaces collapsed and trimmed.
std::string normalise_word(std::string_view word);
// normalise_word(word) == norm, without building the string.
bool normalises_to(std::string_view word, std::string_view norm);

// The candidate closest to `word` by edit distance (ties: first in `candidates`), or
// empty when nothing is close enough to be a plausible typo.
std::string nearest_word(std::string_view word, const std::vector<std::string>& candidates);

// Every accepted spelling (canonical words and synonyms) of a vocabulary, for suggestions.
std::vector<std::string> person_kind_words();
std::vector<std::string> role_words();
std::vector<std::string> attitude_words();
std::vector<std::string> relation_type_words();
std::vector<std::string> mode_words();
std::vector<std::string> segment_words();

// The synonym tables themselves (normalised synonym -> canonical meaning), so the README
// and `kamgraph vocabulary` can print exactly what the parser accepts.
struct Synonym {
  std::string word;     // as accepted, normalised
  std::string meaning;  // e.g. "role decider" or "role coach + attitude champion"
  std::string source;   // "Salesforce", "HubSpot", "Miller Heiman", "common"
};
const std::vector<Synonym>& role_synonyms();
const std::vector<Synonym>& attitude_synonyms();

}  // namespace kamgraph
