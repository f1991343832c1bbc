#include "kamgraph/model/vocabulary.hpp"

#include <gtest/gtest.h>

#include "kamgraph/model/model.hpp"

namespace kamgraph {
namespace {

TEST(Vocabulary, CanonicalWordsRoundTrip) {
  for (Role r : all_roles()) EXPECT_EQ(parse_role_word(to_string(r))->role, r);
  for (Attitude a : all_attitudes()) EXPECT_EQ(parse_attitude(to_string(a)), a);
  for (RelationType t : all_relation_types()) EXPECT_EQ(parse_relation_type(to_string(t)), t);
  for (Mode m : all_modes()) EXPECT_EQ(parse_mode(to_string(m)), m);
  for (Segment s : all_segments()) EXPECT_EQ(parse_segment(to_string(s)), s);
  for (PersonKind k : all_person_kinds()) EXPECT_EQ(parse_person_kind(to_string(k)), k);
}

TEST(Vocabulary, WordsAreCaseAndSeparatorInsensitive) {
  EXPECT_EQ(parse_role_word("DECIDER")->role, Role::decider);
  EXPECT_EQ(parse_relation_type("Works-With"), RelationType::works_with);
  EXPECT_EQ(parse_relation_type("works with"), RelationType::works_with);
  EXPECT_EQ(normalise_word("  Economic__Buyer "), "economic buyer");
}

// normalises_to(w, n) must say exactly what normalise_word(w) == n says; each pair below
// was worked out by hand from normalise_word's rules (lower-case; '_', '-' and blanks
// between words become one space; none kept at either end).
TEST(Vocabulary, NormalisesToAgreesWithNormaliseWord) {
  struct Case {
    const char* word;
    const char* norm;
    bool same;
  };
  const Case cases[] = {
      {"works_with", "works with", true},
      {"Works-With", "works with", true},
      {"works__ - with", "works with", true},
      {" _works with- ", "works with", true},
      {"workswith", "works with", false},
      {"works with", "workswith", false},
      {"works", "works with", false},
      {"works with", "works", false},
      {"works withe", "works with", false},
      {"", "", true},
      {" _- ", "", true},
      {"a", "", false},
      {"", "a", false},
      {"DECIDER", "decider", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(normalise_word(c.word) == c.norm, c.same) << '"' << c.word << '"';
    EXPECT_EQ(normalises_to(c.word, c.norm), c.same) << '"' << c.word << "\" against \"" << c.norm;
  }
}

TEST(Vocabulary, CrmRoleSynonymsMapOntoBuyingCentreRoles) {
  EXPECT_EQ(parse_role_word("Decision Maker")->role, Role::decider);
  EXPECT_EQ(parse_role_word("Economic Decision Maker")->role, Role::decider);
  EXPECT_EQ(parse_role_word("Economic Buyer")->role, Role::approver);
  EXPECT_EQ(parse_role_word("BUDGET_HOLDER")->role, Role::approver);
  EXPECT_EQ(parse_role_word("Technical Buyer")->role, Role::technical);
  EXPECT_EQ(parse_role_word("Evaluator")->role, Role::technical);
  EXPECT_EQ(parse_role_word("Business User")->role, Role::user);
  EXPECT_EQ(parse_role_word("END_USER")->role, Role::user);
  EXPECT_EQ(parse_role_word("User Buyer")->role, Role::user);
  EXPECT_EQ(parse_role_word("Executive Sponsor")->role, Role::coach);
  EXPECT_EQ(parse_role_word("Coach")->role, Role::coach);
  // HubSpot's CHAMPION is a coach who is for us; its BLOCKER is an attitude only.
  auto champion = parse_role_word("CHAMPION");
  EXPECT_EQ(champion->role, Role::coach);
  EXPECT_EQ(champion->attitude, Attitude::champion);
  auto blocker = parse_role_word("BLOCKER");
  EXPECT_FALSE(blocker->role.has_value());
  EXPECT_EQ(blocker->attitude, Attitude::blocker);
  auto other = parse_role_word("Other");
  ASSERT_TRUE(other.has_value());
  EXPECT_FALSE(other->role.has_value());
  EXPECT_FALSE(parse_role_word("janitor").has_value());
}

TEST(Vocabulary, AttitudeSynonyms) {
  EXPECT_EQ(parse_attitude("Sceptic"), Attitude::skeptic);
  EXPECT_EQ(parse_attitude("opponent"), Attitude::blocker);
  EXPECT_FALSE(parse_attitude("grumpy").has_value());
}

TEST(Vocabulary, NearestWordSuggestsTyposOnly) {
  EXPECT_EQ(nearest_word("decidr", role_words()), "decider");
  EXPECT_EQ(nearest_word("aprover", role_words()), "approver");
  EXPECT_EQ(nearest_word("supportr", attitude_words()), "supporter");
  EXPECT_EQ(nearest_word("xyzzyplugh", role_words()), "");
}

TEST(Vocabulary, SymmetryOfRelationTypes) {
  EXPECT_TRUE(is_symmetric(RelationType::knows));
  EXPECT_TRUE(is_symmetric(RelationType::works_with));
  EXPECT_TRUE(is_symmetric(RelationType::conflicts));
  EXPECT_FALSE(is_symmetric(RelationType::influences));
  EXPECT_FALSE(is_symmetric(RelationType::reports_to));
}

TEST(Model, CanonicalOrdersSymmetricPairsOnly) {
  Relationship k{"b", "a", RelationType::knows};
  EXPECT_EQ(canonical(k).source, "a");
  Relationship i{"b", "a", RelationType::influences};
  EXPECT_EQ(canonical(i).source, "b");
}

TEST(Model, AccountIdsOfTreatsOutsideInfluencersAsShared) {
  Dataset d;
  d.accounts.push_back({"acme", "Acme"});
  d.people.push_back({.id = "p1", .name = "P", .org = "globex", .kind = PersonKind::dmu});
  d.people.push_back({.id = "c1", .name = "C", .org = "Bain", .kind = PersonKind::influencer});
  d.people.push_back({.id = "i1", .name = "I", .org = "internal", .kind = PersonKind::internal});
  EXPECT_EQ(account_ids_of(d), (std::vector<std::string>{"acme", "globex"}));
}

TEST(Model, PlaceholderDisplayName) {
  Person p{.id = "cfo", .org = "acme", .title = "CFO"};
  EXPECT_TRUE(p.placeholder());
  EXPECT_EQ(p.display_name(), "[CFO]");
}

}  // namespace
}  // namespace kamgraph
