// Named text fields to records: the rules shared by the CSV and DOT readers.
#include "kamgraph/import/fields.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <tuple>

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using D = std::tuple<std::string, int, std::string, std::string>;  // file, line, field, message

const Origin kAt{"people.csv", 7};

FieldGetter fields(std::map<std::string, std::string> values) {
  return [values = std::move(values)](std::string_view name) -> std::optional<std::string_view> {
    auto it = values.find(std::string(name));
    if (it == values.end()) return std::nullopt;
    return it->second;
  };
}

std::vector<D> diags(const DiagnosticSink& sink) {
  std::vector<D> out;
  for (const auto& d : sink.items()) out.emplace_back(d.file, d.line, d.field, d.message);
  return out;
}

// One person from fields, expecting it to be accepted.
Person person(std::map<std::string, std::string> values) {
  DiagnosticSink sink;
  auto p = person_from_fields(fields(std::move(values)), kAt, sink);
  EXPECT_THAT(diags(sink), IsEmpty());
  return p.value_or(Person{});
}

// The diagnostics for a person expected to be rejected.
std::vector<D> person_errors(std::map<std::string, std::string> values) {
  DiagnosticSink sink;
  EXPECT_FALSE(person_from_fields(fields(std::move(values)), kAt, sink).has_value());
  return diags(sink);
}

std::vector<D> relationship_errors(std::map<std::string, std::string> values) {
  DiagnosticSink sink;
  EXPECT_FALSE(relationship_from_fields(fields(std::move(values)), {"relationships.csv", 3}, sink));
  return diags(sink);
}

std::vector<D> account_errors(std::map<std::string, std::string> values) {
  DiagnosticSink sink;
  EXPECT_FALSE(account_from_fields(fields(std::move(values)), {"accounts.csv", 2}, sink));
  return diags(sink);
}

D at7(std::string field, std::string message) {
  return {"people.csv", 7, std::move(field), std::move(message)};
}
D rel3(std::string field, std::string message) {
  return {"relationships.csv", 3, std::move(field), std::move(message)};
}
D acc2(std::string field, std::string message) {
  return {"accounts.csv", 2, std::move(field), std::move(message)};
}

TEST(Fields, ColumnListsAreTheContractOrder) {
  EXPECT_THAT(person_columns(), ElementsAre("id", "name", "org", "kind", "role", "power",
                                            "attitude", "title", "department", "reports_to"));
  EXPECT_THAT(relationship_columns(),
              ElementsAre("source", "target", "type", "strength", "last_contact", "mode"));
  EXPECT_THAT(account_columns(), ElementsAre("id", "name", "segment", "revenue", "potential",
                                             "margin", "attractiveness", "supplier_strength"));
}

TEST(Fields, PersonDefaults) {
  // Absent columns and empty fields behave alike.
  const Person p = person({{"id", "p1"}, {"name", "Ada Lopez"}, {"org", "acme"}, {"power", ""}});
  EXPECT_EQ(p.id, "p1");
  EXPECT_EQ(p.name, "Ada Lopez");
  EXPECT_EQ(p.org, "acme");
  EXPECT_EQ(p.kind, PersonKind::dmu);
  EXPECT_THAT(p.roles, IsEmpty());
  EXPECT_EQ(p.power, 0.5);
  EXPECT_EQ(p.attitude, Attitude::neutral);
  EXPECT_EQ(p.title, "");
  EXPECT_EQ(p.reports_to, "");
}

TEST(Fields, InternalPeopleDefaultToKindInternalAndPowerZero) {
  const Person p = person({{"id", "kam"}, {"name", "Kasia Nowak"}, {"org", "internal"}});
  EXPECT_EQ(p.kind, PersonKind::internal);
  EXPECT_EQ(p.power, 0.0);
  // The org word is matched in any case and stored canonically.
  EXPECT_EQ(person({{"id", "k2"}, {"name", "K"}, {"org", "Internal"}}).org, "internal");
  // An explicit power still counts.
  EXPECT_EQ(person({{"id", "k3"}, {"name", "K"}, {"org", "internal"}, {"power", "0.3"}}).power,
            0.3);
}

TEST(Fields, ValuesAreTrimmed) {
  const Person p =
      person({{"id", " p1\t"}, {"name", " Ada "}, {"org", "acme "}, {"power", " 0.7 "}});
  EXPECT_EQ(p.id, "p1");
  EXPECT_EQ(p.name, "Ada");
  EXPECT_EQ(p.org, "acme");
  EXPECT_EQ(p.power, 0.7);
}

TEST(Fields, KindWordsAndConsistencyWithOrg) {
  EXPECT_EQ(person({{"id", "s"}, {"name", "S"}, {"org", "acme"}, {"kind", "Sponsor"}}).kind,
            PersonKind::sponsor);
  EXPECT_EQ(person({{"id", "c"}, {"name", "C"}, {"org", "Gartner"}, {"kind", "INFLUENCER"}}).kind,
            PersonKind::influencer);
  EXPECT_EQ(person({{"id", "k"}, {"name", "K"}, {"org", "internal"}, {"kind", "internal"}}).kind,
            PersonKind::internal);
  EXPECT_THAT(person_errors({{"id", "a"}, {"name", "A"}, {"org", "internal"}, {"kind", "dmu"}}),
              ElementsAre(at7("kind",
                              "org 'internal' is our own team, so kind must be 'internal', "
                              "not 'dmu'")));
  EXPECT_THAT(
      person_errors({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"kind", "internal"}}),
      ElementsAre(at7("kind",
                      "kind 'internal' is for our own team, whose org is 'internal' (org is "
                      "'acme')")));
}

TEST(Fields, UnknownWordsGetASuggestionOrTheList) {
  EXPECT_THAT(person_errors({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"kind", "dmuu"}}),
              ElementsAre(at7("kind", "unknown kind 'dmuu' (did you mean 'dmu'?)")));
  EXPECT_THAT(person_errors({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"kind", "xyz"}}),
              ElementsAre(at7("kind",
                              "unknown kind 'xyz' (expected one of: dmu, influencer, sponsor, "
                              "internal)")));
  EXPECT_THAT(person_errors({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"role", "decidr"}}),
              ElementsAre(at7("role", "unknown role 'decidr' (did you mean 'decider'?)")));
  EXPECT_THAT(
      person_errors({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"attitude", "championn"}}),
      ElementsAre(at7("attitude", "unknown attitude 'championn' (did you mean 'champion'?)")));
}

TEST(Fields, SeveralUnknownRolesAreOneDiagnostic) {
  EXPECT_THAT(
      person_errors({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"role", "decidr;buyer;buyr"}}),
      ElementsAre(at7("role",
                      "unknown role 'decidr' (did you mean 'decider'?); unknown role 'buyr' "
                      "(did you mean 'buyer'?)")));
}

TEST(Fields, RolesAreSplitSortedAndDeduplicatedWithCrmSynonyms) {
  // Economic Buyer = approver, Decision Maker = decider; empty parts are ignored.
  const Person p = person({{"id", "a"},
                           {"name", "A"},
                           {"org", "acme"},
                           {"role", "Economic Buyer; decision maker;;APPROVER; ;User"}});
  EXPECT_THAT(p.roles, ElementsAre(Role::decider, Role::approver, Role::user));
  // Salesforce's "Other" is accepted and means no role.
  EXPECT_THAT(person({{"id", "b"}, {"name", "B"}, {"org", "acme"}, {"role", "Other"}}).roles,
              IsEmpty());
}

TEST(Fields, RoleWordsCarryAnAttitudeOnlyWhenTheAttitudeFieldIsEmpty) {
  const Person champion =
      person({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"role", "CHAMPION"}});
  EXPECT_THAT(champion.roles, ElementsAre(Role::coach));
  EXPECT_EQ(champion.attitude, Attitude::champion);

  const Person blocker =
      person({{"id", "b"}, {"name", "B"}, {"org", "acme"}, {"role", "buyer;Blocker"}});
  EXPECT_THAT(blocker.roles, ElementsAre(Role::buyer));
  EXPECT_EQ(blocker.attitude, Attitude::blocker);

  // The attitude column wins over a role word that contradicts it.
  const Person overridden = person(
      {{"id", "c"}, {"name", "C"}, {"org", "acme"}, {"role", "champion"}, {"attitude", "skeptic"}});
  EXPECT_THAT(overridden.roles, ElementsAre(Role::coach));
  EXPECT_EQ(overridden.attitude, Attitude::skeptic);

  // Two role words with different attitudes and no attitude column: ask the user.
  EXPECT_THAT(
      person_errors({{"id", "d"}, {"name", "D"}, {"org", "acme"}, {"role", "champion;blocker"}}),
      ElementsAre(at7("role",
                      "role words 'champion' and 'blocker' give different attitudes; set the "
                      "attitude column")));
  // ...which settles it.
  EXPECT_EQ(person({{"id", "e"},
                    {"name", "E"},
                    {"org", "acme"},
                    {"role", "champion;blocker"},
                    {"attitude", "neutral"}})
                .attitude,
            Attitude::neutral);
}

TEST(Fields, AttitudeSynonyms) {
  EXPECT_EQ(
      person({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"attitude", "Sceptical"}}).attitude,
      Attitude::skeptic);
  EXPECT_EQ(
      person({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"attitude", "ADVOCATE"}}).attitude,
      Attitude::champion);
}

TEST(Fields, PlaceholderRules) {
  // An empty name is a placeholder; a title or a role says which seat it is.
  const Person cfo = person({{"id", "cfo"}, {"name", ""}, {"org", "acme"}, {"title", "CFO"}});
  EXPECT_TRUE(cfo.placeholder());
  EXPECT_EQ(cfo.display_name(), "[CFO]");
  EXPECT_TRUE(person({{"id", "d"}, {"org", "acme"}, {"role", "decider"}}).placeholder());

  EXPECT_THAT(person_errors({{"id", "seat"}, {"name", ""}, {"org", "acme"}}),
              ElementsAre(at7("name", "name is empty; a placeholder needs a title or a role")));
  // "Other" is no role, so it does not say which seat either.
  EXPECT_THAT(person_errors({{"id", "seat"}, {"org", "acme"}, {"role", "other"}}),
              ElementsAre(at7("name", "name is empty; a placeholder needs a title or a role")));
  // Our own team is always known by name, even with a title.
  EXPECT_THAT(person_errors({{"id", "k"}, {"name", ""}, {"org", "internal"}, {"title", "KAM"}}),
              ElementsAre(at7("name", "name is empty; internal people cannot be placeholders")));
}

TEST(Fields, RequiredIdAndOrgAndPlainTextIds) {
  EXPECT_THAT(person_errors({{"name", "A"}, {"org", "acme"}}),
              ElementsAre(at7("id", "id is empty; every person needs an id")));
  EXPECT_THAT(person_errors({{"id", "a"}, {"name", "A"}, {"org", ""}}),
              ElementsAre(at7("org",
                              "org is empty; give an account id, 'internal' for our own team, "
                              "or an outside influencer's organisation")));
  EXPECT_THAT(person_errors({{"id", "p\x01q"}, {"name", "A"}, {"org", "acme"}}),
              ElementsAre(at7("id",
                              "'p\\x01q' contains a control character (U+0001); ids must be "
                              "plain text")));
  // A line break inside a quoted id, and a C1 control (U+0085, NEL), in reports_to.
  EXPECT_THAT(person_errors({{"id", "a\nb"}, {"name", "A"}, {"org", "acme"}}),
              ElementsAre(at7("id",
                              "'a\\x0Ab' contains a control character (U+000A); ids must be "
                              "plain text")));
  EXPECT_THAT(
      person_errors({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"reports_to", "b\xC2\x85"}}),
      ElementsAre(at7("reports_to",
                      "'b\\u0085' contains a control character (U+0085); ids must be plain "
                      "text")));
  // Non-ASCII letters are fine.
  EXPECT_EQ(person({{"id", "zófia"}, {"name", "Zofia"}, {"org", "acme"}}).id, "zófia");
}

TEST(Fields, PowerMustBeAFiniteNumberInTheUnitInterval) {
  auto power_error = [](std::string text) {
    return person_errors({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"power", text}});
  };
  EXPECT_THAT(power_error("1.5"), ElementsAre(at7("power", "1.5 is outside [0,1]")));
  EXPECT_THAT(power_error("-0.1"), ElementsAre(at7("power", "-0.1 is outside [0,1]")));
  EXPECT_THAT(power_error("NaN"), ElementsAre(at7("power", "'NaN' is not a number")));
  EXPECT_THAT(power_error("inf"), ElementsAre(at7("power", "'inf' is not a number")));
  EXPECT_THAT(power_error("1e999"), ElementsAre(at7("power", "'1e999' is out of range")));
  EXPECT_THAT(power_error("0.5x"), ElementsAre(at7("power", "'0.5x' is not a number")));
  EXPECT_THAT(power_error("high"), ElementsAre(at7("power", "'high' is not a number")));
  EXPECT_THAT(power_error("+0.5"), ElementsAre(at7("power", "'+0.5' is not a number")));
  EXPECT_THAT(
      power_error("0,5"),
      ElementsAre(at7("power", "'0,5' is not a number (the decimal separator is '.': 0.5)")));
  EXPECT_THAT(
      power_error("50%"),
      ElementsAre(at7("power", "'50%' is not a number (write a percentage as a fraction: 0.5)")));

  auto power_of = [](std::string text) {
    return person({{"id", "a"}, {"name", "A"}, {"org", "acme"}, {"power", text}}).power;
  };
  EXPECT_EQ(power_of("0"), 0.0);
  EXPECT_EQ(power_of("1"), 1.0);
  EXPECT_EQ(power_of(".25"), 0.25);
  EXPECT_EQ(power_of("1e-1"), 0.1);
  EXPECT_FALSE(std::signbit(power_of("-0")));
}

TEST(Fields, EveryBadFieldOfARecordIsReported) {
  EXPECT_THAT(person_errors({{"id", "a"},
                             {"name", "A"},
                             {"org", "acme"},
                             {"kind", "dmx"},
                             {"power", "2"},
                             {"attitude", "grumpy"}}),
              ElementsAre(at7("kind", "unknown kind 'dmx' (did you mean 'dmu'?)"),
                          at7("power", "2 is outside [0,1]"),
                          at7("attitude",
                              "unknown attitude 'grumpy' (expected one of: champion, supporter, "
                              "neutral, skeptic, blocker)")));
}

TEST(Fields, RelationshipDefaultsAndWords) {
  DiagnosticSink sink;
  auto r = relationship_from_fields(fields({{"source", "a"}, {"target", "b"}}), kAt, sink);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->type, RelationType::knows);
  EXPECT_EQ(r->strength, 0.5);
  EXPECT_FALSE(r->last_contact);
  EXPECT_FALSE(r->mode);

  r = relationship_from_fields(fields({{"source", "a"},
                                       {"target", "b"},
                                       {"type", "Works-With"},
                                       {"strength", "1"},
                                       {"last_contact", "2024-02-29"},
                                       {"mode", "TRUST"}}),
                               kAt, sink);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->type, RelationType::works_with);
  EXPECT_EQ(r->strength, 1.0);
  EXPECT_EQ(r->last_contact, Date(2024, 2, 29));
  EXPECT_EQ(r->mode, Mode::trust);
  EXPECT_TRUE(sink.empty());
}

TEST(Fields, RelationshipErrors) {
  const std::map<std::string, std::string> ok{{"source", "a"}, {"target", "b"}};
  auto with = [&](std::string field, std::string value) {
    auto m = ok;
    m[field] = value;
    return relationship_errors(m);
  };
  EXPECT_THAT(with("strength", "0"), ElementsAre(rel3("strength", "0 is outside (0,1]")));
  EXPECT_THAT(with("strength", "1.5"), ElementsAre(rel3("strength", "1.5 is outside (0,1]")));
  EXPECT_THAT(with("strength", "NaN"), ElementsAre(rel3("strength", "'NaN' is not a number")));
  EXPECT_THAT(with("strength", "1e999"), ElementsAre(rel3("strength", "'1e999' is out of range")));
  EXPECT_THAT(with("last_contact", "2026-02-30"),
              ElementsAre(rel3("last_contact", "'2026-02-30' is not a real date (YYYY-MM-DD)")));
  EXPECT_THAT(
      with("last_contact", "30/01/2026"),
      ElementsAre(rel3("last_contact", "'30/01/2026' is not a date in the form YYYY-MM-DD")));
  EXPECT_THAT(with("last_contact", "2026-1-5"),
              ElementsAre(rel3("last_contact", "'2026-1-5' is not a date in the form YYYY-MM-DD")));
  EXPECT_THAT(with("last_contact", "1899-12-31"),
              ElementsAre(rel3("last_contact",
                               "'1899-12-31' is before 1900 (years 1900-9999 are accepted)")));
  EXPECT_THAT(with("type", "know"),
              ElementsAre(rel3("type", "unknown type 'know' (did you mean 'knows'?)")));
  EXPECT_THAT(with("mode", "trus"),
              ElementsAre(rel3("mode", "unknown mode 'trus' (did you mean 'trust'?)")));
  EXPECT_THAT(with("mode", "xyz"),
              ElementsAre(rel3("mode",
                               "unknown mode 'xyz' (expected one of: trust, technical, resource, "
                               "service, risk)")));
  EXPECT_THAT(relationship_errors({{"source", ""}, {"target", ""}}),
              ElementsAre(rel3("source", "source is empty; a relationship joins two person ids"),
                          rel3("target", "target is empty; a relationship joins two person ids")));
}

TEST(Fields, Account) {
  DiagnosticSink sink;
  auto a = account_from_fields(fields({{"id", "acme"},
                                       {"name", "Acme, Inc."},
                                       {"segment", "Strategic"},
                                       {"revenue", "1200000"},
                                       {"potential", "0"},
                                       {"margin", "-0.05"},
                                       {"attractiveness", "0.8"},
                                       {"supplier_strength", ""}}),
                               {"accounts.csv", 2}, sink);
  ASSERT_TRUE(a);
  EXPECT_TRUE(sink.empty());
  EXPECT_EQ(*a, (Account{.id = "acme",
                         .name = "Acme, Inc.",
                         .segment = Segment::strategic,
                         .revenue = 1200000.0,
                         .potential = 0.0,
                         .margin = -0.05,
                         .attractiveness = 0.8,
                         .supplier_strength = std::nullopt}));
}

TEST(Fields, AccountErrors) {
  EXPECT_THAT(account_errors({{"id", "acme"},
                              {"name", ""},
                              {"segment", "strategc"},
                              {"revenue", "-5"},
                              {"potential", "-1e3"},
                              {"margin", "-1.5"},
                              {"attractiveness", "1.01"},
                              {"supplier_strength", "x"}}),
              ElementsAre(acc2("name", "name is empty; every account needs a name"),
                          acc2("segment", "unknown segment 'strategc' (did you mean 'strategic'?)"),
                          acc2("revenue", "-5 is negative (expected a number >= 0)"),
                          acc2("potential", "-1e3 is negative (expected a number >= 0)"),
                          acc2("margin", "-1.5 is outside [-1,1]"),
                          acc2("attractiveness", "1.01 is outside [0,1]"),
                          acc2("supplier_strength", "'x' is not a number")));
  EXPECT_THAT(account_errors({{"id", "Internal"}, {"name", "Us"}}),
              ElementsAre(acc2("id",
                               "'Internal' is reserved for our own team and cannot be an account "
                               "id")));
  EXPECT_THAT(account_errors({{"name", "Acme"}}),
              ElementsAre(acc2("id", "id is empty; every account needs an id")));
}

}  // namespace
}  // namespace kamgraph
