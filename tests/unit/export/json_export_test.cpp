// JSON export: the shape (CSV field names, roles as a list, absent optionals left out),
// the key order and the layout.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "kamgraph/export/export.hpp"
#include "unit/export/sample_data.hpp"

namespace kamgraph {
namespace {

using test::small_dataset;

TEST(JsonExport, Shape) {
  const auto j = nlohmann::json::parse(json_text(small_dataset()));
  ASSERT_EQ(j.size(), 3u);
  ASSERT_EQ(j["accounts"].size(), 1u);
  EXPECT_EQ(j["accounts"][0],
            nlohmann::json::parse(R"({"id": "acme", "name": "Acme S.p.A.", "segment": "strategic",
                                     "revenue": 1200000.0, "margin": 0.18})"));
  ASSERT_EQ(j["people"].size(), 3u);
  EXPECT_EQ(j["people"][0]["id"], "a_ceo");
  EXPECT_EQ(j["people"][0]["roles"], nlohmann::json::parse(R"(["decider", "approver"])"));
  EXPECT_EQ(j["people"][0]["power"], 0.9);
  EXPECT_FALSE(j["people"][0].contains("role"));
  EXPECT_EQ(j["people"][1],
            nlohmann::json::parse(R"({"id": "a_cfo", "name": "", "org": "acme", "kind": "dmu",
                                      "roles": ["approver"], "power": 0.5,
                                      "attitude": "neutral", "title": "CFO",
                                      "department": "", "reports_to": "a_ceo"})"));
  EXPECT_EQ(j["people"][2]["roles"], nlohmann::json::array());
  ASSERT_EQ(j["relationships"].size(), 2u);
  EXPECT_EQ(j["relationships"][0],
            nlohmann::json::parse(R"({"source": "a_ceo", "target": "kam", "type": "knows",
                                      "strength": 0.8, "last_contact": "2025-03-01",
                                      "mode": "trust"})"));
  EXPECT_EQ(j["relationships"][1], nlohmann::json::parse(R"({"source": "a_cfo", "target": "a_ceo",
                                      "type": "reports_to", "strength": 0.5})"));
}

TEST(JsonExport, KeysInColumnOrderTwoSpaceIndent) {
  Dataset d;
  d.relationships.push_back({.source = "a", .target = "b", .type = RelationType::influences});
  EXPECT_EQ(json_text(d),
            "{\n"
            "  \"accounts\": [],\n"
            "  \"people\": [],\n"
            "  \"relationships\": [\n"
            "    {\n"
            "      \"source\": \"a\",\n"
            "      \"target\": \"b\",\n"
            "      \"type\": \"influences\",\n"
            "      \"strength\": 0.5\n"
            "    }\n"
            "  ]\n"
            "}\n");
}

TEST(JsonExport, EscapesStrings) {
  Dataset d;
  d.people.push_back({.id = "p", .name = test::kNastyName + "\nnew line", .org = "acme"});
  const std::string text = json_text(d);
  EXPECT_NE(text.find(R"("name": "<script>alert(1)</script> \"\\N\" {x}\nnew line")"),
            std::string::npos)
      << text;
  EXPECT_EQ(nlohmann::json::parse(text)["people"][0]["name"], d.people[0].name);
}

}  // namespace
}  // namespace kamgraph
