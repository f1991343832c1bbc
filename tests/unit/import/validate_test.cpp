// validate(): the checks that need the whole input.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "kamgraph/import/fields.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using D = std::tuple<std::string, int, std::string, std::string>;  // file, line, field, message

Person person(std::string id, std::string reports_to = "", std::string name = "N") {
  Person p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.org = "acme";
  p.reports_to = std::move(reports_to);
  return p;
}

Relationship rel(std::string source, std::string target, RelationType type = RelationType::knows,
                 double strength = 0.5) {
  return {
      .source = std::move(source), .target = std::move(target), .type = type, .strength = strength};
}

struct Input {
  ParsedInput in;
  Input& add(Person p, Origin at) {
    in.data.people.push_back(std::move(p));
    in.person_at.push_back(std::move(at));
    return *this;
  }
  Input& add(Relationship r, Origin at) {
    in.data.relationships.push_back(std::move(r));
    in.relationship_at.push_back(std::move(at));
    return *this;
  }
  Input& add(Account a, Origin at) {
    in.data.accounts.push_back(std::move(a));
    in.account_at.push_back(std::move(at));
    return *this;
  }
  // People p1.. at people.csv lines 2.., none reporting to anyone.
  Input& people(std::initializer_list<const char*> ids) {
    for (const char* id : ids)
      add(person(id), {"people.csv", static_cast<int>(in.data.people.size()) + 2});
    return *this;
  }
  std::vector<D> validate(const KnownPerson& known = {}) {
    DiagnosticSink sink;
    kamgraph::validate(in, known, sink);
    std::vector<D> out;
    for (const auto& d : sink.items()) out.emplace_back(d.file, d.line, d.field, d.message);
    return out;
  }
};

std::vector<std::string> ids(const std::vector<Person>& people) {
  std::vector<std::string> out;
  for (const auto& p : people) out.push_back(p.id);
  return out;
}

std::vector<int> lines(const std::vector<Origin>& at) {
  std::vector<int> out;
  for (const auto& o : at) out.push_back(o.line);
  return out;
}

TEST(Validate, CanonicalisesSymmetricRelationshipsAndSortsWithOriginsAlongside) {
  Input i;
  i.add(person("c"), {"people.csv", 2})
      .add(person("a"), {"people.csv", 3})
      .add(person("b"), {"people.csv", 4})
      .add(rel("b", "a"), {"relationships.csv", 2})
      .add(rel("b", "a", RelationType::influences), {"relationships.csv", 3})
      .add(rel("c", "a", RelationType::conflicts), {"relationships.csv", 4});
  EXPECT_THAT(i.validate(), IsEmpty());
  EXPECT_THAT(ids(i.in.data.people), ElementsAre("a", "b", "c"));
  EXPECT_THAT(lines(i.in.person_at), ElementsAre(3, 4, 2));
  // knows and conflicts are symmetric: stored with source < target; influences is not.
  EXPECT_THAT(i.in.data.relationships,
              ElementsAre(rel("a", "b"), rel("a", "c", RelationType::conflicts),
                          rel("b", "a", RelationType::influences)));
  EXPECT_THAT(lines(i.in.relationship_at), ElementsAre(2, 4, 3));
}

// Ids sort as text ("p10" before "p2"), then the type in its declared order (knows before
// influences), then input order; the same whether every end is a person of the input
// (sorted by their places among the sorted people) or one is stored already (by the ids).
TEST(Validate, RelationshipsSortByIdsThenTypeThenInputOrder) {
  const auto input = [] {
    Input i;
    i.people({"p9", "p10", "p1", "p2"})
        .add(rel("p9", "p10", RelationType::influences), {"relationships.csv", 2})
        .add(rel("p2", "p10"), {"relationships.csv", 3})
        .add(rel("p1", "p9", RelationType::influences), {"relationships.csv", 4})
        .add(rel("p1", "p9"), {"relationships.csv", 5})
        .add(rel("p10", "p1", RelationType::influences), {"relationships.csv", 6})
        .add(rel("p9", "p10", RelationType::influences, 0.9), {"relationships.csv", 7});
    return i;
  };
  const D duplicate{"relationships.csv", 7, "",
                    "duplicate relationship p9 influences p10 (first defined at "
                    "relationships.csv:2)"};
  Input all_in_input = input();
  EXPECT_THAT(all_in_input.validate(), ElementsAre(duplicate));
  EXPECT_THAT(lines(all_in_input.in.relationship_at), ElementsAre(5, 4, 6, 3, 2, 7));
  EXPECT_EQ(all_in_input.in.data.relationships[3], rel("p10", "p2"));

  Input one_stored = input();
  one_stored.add(rel("kam", "p2", RelationType::influences), {"relationships.csv", 8});
  EXPECT_THAT(one_stored.validate([](const std::string& id) { return id == "kam"; }),
              ElementsAre(duplicate));
  EXPECT_THAT(lines(one_stored.in.relationship_at), ElementsAre(8, 5, 4, 6, 3, 2, 7));
}

TEST(Validate, DuplicatePersonAndAccountIds) {
  Input i;
  i.people({"p1", "p2", "p7"}).add(person("p7", "", "Someone Else"), {"people.csv", 9});
  i.add(Account{.id = "acme", .name = "Acme"}, {"accounts.csv", 2})
      .add(Account{.id = "acme", .name = "ACME Corp"}, {"accounts.csv", 3});
  EXPECT_THAT(i.validate(),
              ElementsAre(D{"accounts.csv", 3, "id",
                            "duplicate account id 'acme' (first defined at accounts.csv:2)"},
                          D{"people.csv", 9, "id",
                            "duplicate person id 'p7' (first defined at people.csv:4)"}));
}

TEST(Validate, DuplicateRelationshipsAreFoundWhicheverWayRoundASymmetricOneIsWritten) {
  Input i;
  i.people({"a", "b"})
      .add(rel("a", "b"), {"relationships.csv", 2})
      .add(rel("a", "b", RelationType::influences), {"relationships.csv", 3})
      .add(rel("b", "a", RelationType::influences), {"relationships.csv", 4})
      .add(rel("b", "a", RelationType::knows, 0.9), {"relationships.csv", 5});
  EXPECT_THAT(i.validate(), ElementsAre(D{"relationships.csv", 5, "",
                                          "duplicate relationship a knows b (first defined at "
                                          "relationships.csv:2)"}));
}

TEST(Validate, TheSameRecordInTwoFilesIsOneRecord) {
  // README: shared people (our team, outside influencers) appear in each account's files.
  Person kam = person("kam");
  kam.org = "internal";
  kam.kind = PersonKind::internal;
  Input i;
  i.add(kam, {"a/people.csv", 2})
      .add(kam, {"b/people.csv", 5})
      .add(rel("kam", "kam2"), {"a/relationships.csv", 2})
      .add(rel("kam2", "kam"), {"b/relationships.csv", 2})
      .add(person("kam2"), {"a/people.csv", 3});
  EXPECT_THAT(i.validate(), IsEmpty());
  EXPECT_THAT(ids(i.in.data.people), ElementsAre("kam", "kam2"));
  EXPECT_EQ(i.in.person_at[0].file.str(), "a/people.csv");
  EXPECT_THAT(i.in.data.relationships, ElementsAre(rel("kam", "kam2")));

  // In one file, or with different contents, it is a duplicate.
  Input j;
  j.add(kam, {"a/people.csv", 2}).add(kam, {"a/people.csv", 3});
  Person other = kam;
  other.title = "KAM";
  j.add(other, {"b/people.csv", 2});
  EXPECT_THAT(j.validate(),
              ElementsAre(D{"a/people.csv", 3, "id",
                            "duplicate person id 'kam' (first defined at a/people.csv:2)"},
                          D{"b/people.csv", 2, "id",
                            "duplicate person id 'kam' (first defined at a/people.csv:2)"}));
}

TEST(Validate, UnknownPeopleWithASuggestionWhenOneIdIsClearlyMeant) {
  Input i;
  i.people({"jsmith", "p1", "p2", "p3"})
      .add(person("ann", "jsmiht"), {"people.csv", 6})
      .add(rel("jsmth", "p1"), {"relationships.csv", 2})
      .add(rel("p1", "p9"), {"relationships.csv", 3});
  EXPECT_THAT(
      i.validate(),
      ElementsAre(
          D{"people.csv", 6, "reports_to", "unknown person 'jsmiht' (did you mean 'jsmith'?)"},
          D{"relationships.csv", 2, "source", "unknown person 'jsmth' (did you mean 'jsmith'?)"},
          // p1, p2, p3 are all one edit from p9: no guess.
          D{"relationships.csv", 3, "target",
            "unknown person 'p9' (not in this import, nor already in the database)"}));
}

TEST(Validate, UnknownPeopleAreReportedInTheColumnTheyWereWrittenIn) {
  // "zed knows anna" is stored as anna-zed, but the user wrote zed as the source.
  Input i;
  i.people({"anna"})
      .add(rel("zed", "anna"), {"relationships.csv", 2})
      .add(rel("zed", "anna", RelationType::influences), {"relationships.csv", 3});
  EXPECT_THAT(i.validate(),
              ElementsAre(D{"relationships.csv", 2, "source",
                            "unknown person 'zed' (not in this import, nor already in the "
                            "database)"},
                          D{"relationships.csv", 3, "source",
                            "unknown person 'zed' (not in this import, nor already in the "
                            "database)"}));
  EXPECT_THAT(i.in.data.relationships,
              ElementsAre(rel("anna", "zed"), rel("zed", "anna", RelationType::influences)));
}

TEST(Validate, KnownPeopleFromTheDatabaseAreAccepted) {
  Input i;
  i.people({"anna"})
      .add(person("bob", "kam"), {"people.csv", 3})
      .add(rel("kam", "anna"), {"relationships.csv", 2})
      .add(rel("anna", "analyst", RelationType::influences), {"relationships.csv", 3});
  const std::set<std::string> stored{"kam", "analyst"};
  EXPECT_THAT(i.validate([&](const std::string& id) { return stored.count(id) > 0; }), IsEmpty());
  // Without the callback, kam is an unknown person in both places.
  Input j;
  j.people({"anna"})
      .add(person("bob", "kam"), {"people.csv", 3})
      .add(rel("kam", "anna"), {"relationships.csv", 2});
  EXPECT_EQ(j.validate().size(), 2u);
}

TEST(Validate, PlaceholdersMayBeRelationshipEndpoints) {
  Person cfo = person("cfo", "", "");
  cfo.title = "CFO";
  Input i;
  i.people({"kam"}).add(cfo, {"people.csv", 3}).add(rel("kam", "cfo"), {"relationships.csv", 2});
  EXPECT_THAT(i.validate(), IsEmpty());
}

TEST(Validate, SelfRelationshipsAndSelfReportsTo) {
  Input i;
  i.add(person("anna", "anna"), {"people.csv", 2})
      .add(rel("anna", "anna"), {"relationships.csv", 2})
      .add(rel("anna", "anna", RelationType::reports_to), {"relationships.csv", 3});
  EXPECT_THAT(i.validate(),
              ElementsAre(D{"people.csv", 2, "reports_to", "'anna' cannot report to themselves"},
                          D{"relationships.csv", 2, "target",
                            "source and target are both 'anna'; a relationship joins two "
                            "different people"},
                          D{"relationships.csv", 3, "target",
                            "source and target are both 'anna'; a relationship joins two "
                            "different people"}));
}

TEST(Validate, ReportsToCycleIsReportedOnceFromItsSmallestId) {
  // Written b, c, a: the search starts at b, the message starts at a.
  Input i;
  i.add(person("b", "c"), {"people.csv", 2})
      .add(person("c", "a"), {"people.csv", 3})
      .add(person("a", "b"), {"people.csv", 4})
      .add(person("x", "a"), {"people.csv", 5});  // reaches the cycle, is not in it
  EXPECT_THAT(i.validate(),
              ElementsAre(D{"people.csv", 4, "reports_to", "reports_to cycle: a -> b -> c -> a"}));
}

TEST(Validate, ReportsToCycleThroughARelationship) {
  // a reports to b in relationships.csv, b to a in the people column.
  Input i;
  i.add(person("a"), {"people.csv", 2})
      .add(person("b", "a"), {"people.csv", 3})
      .add(rel("a", "b", RelationType::reports_to), {"relationships.csv", 2});
  EXPECT_THAT(i.validate(),
              ElementsAre(D{"relationships.csv", 2, "", "reports_to cycle: a -> b -> a"}));
}

// 100,000 relationships and more are looked up in two halves on two threads: unknown
// people and reports_to edges are found in both halves, and the order is kept.
TEST(Validate, ABigInputIsCheckedInBothHalves) {
  const auto id = [](int n) { return fmt::format("p{:04}", n); };
  const auto input = [&] {
    Input i;
    for (int n = 0; n < 1100; ++n) i.add(person(id(n)), {"people.csv", n + 2});
    // Row k joins p1000 + k / 1000 to p0000 + k % 1000: all distinct, in key order.
    for (int k = 0; k < 100'000; ++k) {
      i.add(rel(id(1000 + k / 1000), id(k % 1000), RelationType::influences),
            {"relationships.csv", k + 2});
    }
    return i;
  };
  Input cycle = input();
  cycle.in.data.people[998].reports_to = "p1099";
  cycle.in.data.relationships[99'998].type = RelationType::reports_to;  // p1099 -> p0998
  EXPECT_THAT(cycle.validate(), ElementsAre(D{"people.csv", 1000, "reports_to",
                                              "reports_to cycle: p0998 -> p1099 -> p0998"}));
  EXPECT_EQ(cycle.in.data.relationships.front(), rel("p1000", "p0000", RelationType::influences));
  EXPECT_EQ(cycle.in.data.relationships.back(), rel("p1099", "p0999", RelationType::influences));
  EXPECT_EQ(cycle.in.relationship_at.back().line, 100'001);

  Input unknown = input();
  unknown.in.data.relationships[5].target = "ghost";
  unknown.in.data.relationships[99'990].source = "phantom";
  const std::string nowhere = " (not in this import, nor already in the database)";
  EXPECT_THAT(
      unknown.validate(),
      ElementsAre(D{"relationships.csv", 7, "target", "unknown person 'ghost'" + nowhere},
                  D{"relationships.csv", 99'992, "source", "unknown person 'phantom'" + nowhere}));
}

TEST(Validate, EveryDisjointCycleIsReported) {
  Input i;
  i.add(person("a", "b"), {"people.csv", 2})
      .add(person("b", "a"), {"people.csv", 3})
      .add(person("c", "d"), {"people.csv", 4})
      .add(person("d", "e"), {"people.csv", 5})
      .add(person("e", "c"), {"people.csv", 6});
  EXPECT_THAT(i.validate(),
              ElementsAre(D{"people.csv", 2, "reports_to", "reports_to cycle: a -> b -> a"},
                          D{"people.csv", 4, "reports_to", "reports_to cycle: c -> d -> e -> c"}));
}

TEST(Validate, ChainsAndDiamondsAreNotCycles) {
  // d reports to b and c (a matrix organisation); both report to a.
  Input i;
  i.add(person("a"), {"people.csv", 2})
      .add(person("b", "a"), {"people.csv", 3})
      .add(person("c", "a"), {"people.csv", 4})
      .add(person("d", "b"), {"people.csv", 5})
      .add(rel("d", "c", RelationType::reports_to), {"relationships.csv", 2})
      // The same edge twice (column and relationship) is not a cycle either.
      .add(rel("b", "a", RelationType::reports_to), {"relationships.csv", 3});
  EXPECT_THAT(i.validate(), IsEmpty());
}

TEST(Validate, AShortOriginListDoesNotCrash) {
  // A reader that forgets origins gets its records located at line 0, not a crash.
  Input i;
  i.in.data.people = {person("a"), person("a")};
  const auto found = i.validate();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(std::get<2>(found[0]), "id");
  EXPECT_EQ(i.in.person_at.size(), 2u);
}

}  // namespace
}  // namespace kamgraph
