// DOT export: the exact text for a small account, which people it includes, and quoting.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kamgraph/export/export.hpp"
#include "unit/export/sample_data.hpp"

namespace kamgraph {
namespace {

using test::small_dataset;

TEST(DotQuote, EscapesQuotesAndBackslashesOnly) {
  EXPECT_EQ(dot_quote(""), "\"\"");
  EXPECT_EQ(dot_quote("Anna Rossi"), "\"Anna Rossi\"");
  EXPECT_EQ(dot_quote("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(dot_quote("\\N"), "\"\\\\N\"");
  EXPECT_EQ(dot_quote("trailing\\"), "\"trailing\\\\\"");
  EXPECT_EQ(dot_quote("<b>{x}</b>; a -- b\nline"), "\"<b>{x}</b>; a -- b\nline\"");
}

TEST(DotExport, SmallAccountExactly) {
  EXPECT_EQ(dot_text(small_dataset(), "acme"),
            "graph \"acme\" {\n"
            "  label=\"Acme S.p.A.\";\n"
            "  segment=\"strategic\";\n"
            "  revenue=\"1200000\";\n"
            "  margin=\"0.18\";\n"
            "  \"a_ceo\" [name=\"Anna Rossi\", org=\"acme\", kind=\"dmu\", "
            "role=\"decider;approver\", power=\"0.9\", attitude=\"supporter\", title=\"CEO\", "
            "department=\"Board\"];\n"
            "  \"a_cfo\" [org=\"acme\", kind=\"dmu\", role=\"approver\", power=\"0.5\", "
            "attitude=\"neutral\", title=\"CFO\", reports_to=\"a_ceo\"];\n"
            "  \"kam\" [name=\"Giulia Ferrari\", org=\"internal\", kind=\"internal\", "
            "power=\"0\", attitude=\"neutral\", title=\"Key Account Manager\", "
            "department=\"Sales\"];\n"
            "  \"a_ceo\" -- \"kam\" [type=\"knows\", strength=\"0.8\", "
            "last_contact=\"2025-03-01\", mode=\"trust\"];\n"
            "  \"a_cfo\" -- \"a_ceo\" [type=\"reports_to\", strength=\"0.5\"];\n"
            "}\n");
}

TEST(DotExport, OutputDoesNotDependOnInputOrder) {
  Dataset d = small_dataset();
  Dataset reversed = d;
  std::reverse(reversed.people.begin(), reversed.people.end());
  std::reverse(reversed.relationships.begin(), reversed.relationships.end());
  EXPECT_EQ(dot_text(reversed, "acme"), dot_text(d, "acme"));
}

// From a whole portfolio, one account's graph holds its own people, the shared people
// they know, and those people's managers; not other accounts' people, nor colleagues who
// have nothing to do with this account.
TEST(DotExport, HoldsTheAccountAndTheSharedPeopleItTouches) {
  Dataset d = small_dataset();
  d.accounts.push_back({.id = "beta", .name = "Beta"});
  d.people.push_back({.id = "b_ceo", .name = "Bruno", .org = "beta", .roles = {Role::decider}});
  d.people.push_back({.id = "boss",
                      .name = "Director",
                      .org = "internal",
                      .kind = PersonKind::internal,
                      .power = 0.0});
  d.people.push_back({.id = "idle",
                      .name = "Idle Colleague",
                      .org = "internal",
                      .kind = PersonKind::internal,
                      .power = 0.0});
  d.people.push_back({.id = "consultant",
                      .name = "Carla",
                      .org = "McKinsey",
                      .kind = PersonKind::influencer,
                      .roles = {Role::influencer}});
  d.people[0].reports_to = "boss";  // kam
  d.relationships.push_back({.source = "kam", .target = "b_ceo"});
  d.relationships.push_back({.source = "a_ceo", .target = "b_ceo"});
  d.relationships.push_back({.source = "idle", .target = "b_ceo"});
  d.relationships.push_back(
      {.source = "consultant", .target = "a_cfo", .type = RelationType::influences});

  const std::string dot = dot_text(d, "acme");
  for (const char* in : {"\"a_ceo\" [", "\"a_cfo\" [", "\"kam\" [", "\"boss\" [",
                         "\"consultant\" [", "\"consultant\" -- \"a_cfo\""})
    EXPECT_NE(dot.find(in), std::string::npos) << in << " missing from\n" << dot;
  for (const char* out : {"b_ceo", "idle", "Beta"})
    EXPECT_EQ(dot.find(out), std::string::npos) << out << " should not be in\n" << dot;
}

TEST(DotExport, AnAccountWithoutRecordIsStillAGraph) {
  Dataset d;
  d.people.push_back({.id = "p", .name = "P", .org = "solo"});
  EXPECT_EQ(dot_text(d, "solo"),
            "graph \"solo\" {\n"
            "  \"p\" [name=\"P\", org=\"solo\", kind=\"dmu\", power=\"0.5\", "
            "attitude=\"neutral\"];\n"
            "}\n");
}

}  // namespace
}  // namespace kamgraph
