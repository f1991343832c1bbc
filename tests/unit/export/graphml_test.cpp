// GraphML: the exact text for a small dataset, round trips through read_graphml_text() for
// nasty ones, and the reader on what other tools write and on broken files. (Validation
// against the GraphML schema is the CLI case graphml_schema: it needs xmllint.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <tuple>

#include "kamgraph/export/export.hpp"
#include "kamgraph/import/fields.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/model/error.hpp"
#include "unit/export/sample_data.hpp"

namespace kamgraph {
namespace {

using test::canonical_dataset;
using test::nasty_dataset;
using test::small_dataset;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using D = std::tuple<int, std::string, std::string>;  // line, field, message

TEST(GraphMLExport, SmallDatasetExactly) {
  // Accounts first, then people by id (a_ceo, a_cfo, kam); relationships canonical and
  // sorted: a_ceo knows kam, then a_cfo reports_to a_ceo (directed).
  EXPECT_EQ(graphml_text(small_dataset()),
            R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <desc>kamgraph: accounts, people and relationships. Nodes are people (record=person) and accounts (record=account); edges are relationships.</desc>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="record" for="node" attr.name="record" attr.type="string"/>
  <key id="kamgraph_id" for="node" attr.name="kamgraph_id" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="org" for="node" attr.name="org" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="role" for="node" attr.name="role" attr.type="string"/>
  <key id="power" for="node" attr.name="power" attr.type="double"/>
  <key id="attitude" for="node" attr.name="attitude" attr.type="string"/>
  <key id="title" for="node" attr.name="title" attr.type="string"/>
  <key id="department" for="node" attr.name="department" attr.type="string"/>
  <key id="reports_to" for="node" attr.name="reports_to" attr.type="string"/>
  <key id="segment" for="node" attr.name="segment" attr.type="string"/>
  <key id="revenue" for="node" attr.name="revenue" attr.type="double"/>
  <key id="potential" for="node" attr.name="potential" attr.type="double"/>
  <key id="margin" for="node" attr.name="margin" attr.type="double"/>
  <key id="attractiveness" for="node" attr.name="attractiveness" attr.type="double"/>
  <key id="supplier_strength" for="node" attr.name="supplier_strength" attr.type="double"/>
  <key id="type" for="edge" attr.name="type" attr.type="string"/>
  <key id="strength" for="edge" attr.name="strength" attr.type="double"/>
  <key id="last_contact" for="edge" attr.name="last_contact" attr.type="string"/>
  <key id="mode" for="edge" attr.name="mode" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="kamgraph" edgedefault="undirected">
    <node id="a0">
      <data key="label">Acme S.p.A.</data>
      <data key="record">account</data>
      <data key="kamgraph_id">acme</data>
      <data key="name">Acme S.p.A.</data>
      <data key="segment">strategic</data>
      <data key="revenue">1200000</data>
      <data key="margin">0.18</data>
    </node>
    <node id="n0">
      <data key="label">Anna Rossi</data>
      <data key="record">person</data>
      <data key="kamgraph_id">a_ceo</data>
      <data key="name">Anna Rossi</data>
      <data key="org">acme</data>
      <data key="kind">dmu</data>
      <data key="role">decider;approver</data>
      <data key="power">0.9</data>
      <data key="attitude">supporter</data>
      <data key="title">CEO</data>
      <data key="department">Board</data>
    </node>
    <node id="n1">
      <data key="label">[CFO]</data>
      <data key="record">person</data>
      <data key="kamgraph_id">a_cfo</data>
      <data key="org">acme</data>
      <data key="kind">dmu</data>
      <data key="role">approver</data>
      <data key="power">0.5</data>
      <data key="attitude">neutral</data>
      <data key="title">CFO</data>
      <data key="reports_to">a_ceo</data>
    </node>
    <node id="n2">
      <data key="label">Giulia Ferrari</data>
      <data key="record">person</data>
      <data key="kamgraph_id">kam</data>
      <data key="name">Giulia Ferrari</data>
      <data key="org">internal</data>
      <data key="kind">internal</data>
      <data key="power">0</data>
      <data key="attitude">neutral</data>
      <data key="title">Key Account Manager</data>
      <data key="department">Sales</data>
    </node>
    <edge id="e0" source="n0" target="n2">
      <data key="type">knows</data>
      <data key="strength">0.8</data>
      <data key="last_contact">2025-03-01</data>
      <data key="mode">trust</data>
      <data key="weight">0.8</data>
    </edge>
    <edge id="e1" source="n1" target="n0" directed="true">
      <data key="type">reports_to</data>
      <data key="strength">0.5</data>
      <data key="weight">0.5</data>
    </edge>
  </graph>
</graphml>
)");
}

TEST(GraphMLExport, EveryFieldHasATypedKey) {
  const std::string text = graphml_text(small_dataset());
  for (const auto& c : person_columns()) {
    if (c == "id") continue;
    EXPECT_THAT(text, HasSubstr("for=\"node\" attr.name=\"" + c + "\" attr.type=\"" +
                                (c == "power" ? "double" : "string") + "\""));
  }
  for (const auto& c : relationship_columns()) {
    if (c == "source" || c == "target") continue;
    EXPECT_THAT(text, HasSubstr("for=\"edge\" attr.name=\"" + c + "\" attr.type=\"" +
                                (c == "strength" ? "double" : "string") + "\""));
  }
}

TEST(GraphMLExport, RefusesTextXmlCannotCarry) {
  Dataset d = small_dataset();
  d.people[0].title = std::string("bell\x07");
  try {
    graphml_text(d);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "cannot write person 'kam' as GraphML: it holds a control character XML cannot "
              "carry");
  }
}

Dataset graphml_round_trip(const Dataset& d) {
  const std::string text = graphml_text(d);
  try {
    return read_graphml_text(text, "export.graphml");
  } catch (const InputError& e) {
    ADD_FAILURE() << e.what() << "\nin\n" << text;
  }
  return {};
}

TEST(GraphMLRoundTrip, SmallDataset) {
  EXPECT_EQ(graphml_round_trip(small_dataset()), canonical_dataset(small_dataset()));
}

// Markup characters, quotes, backslashes, line breaks, UTF-8, placeholders, every
// relationship type, numbers that are not short in binary.
TEST(GraphMLRoundTrip, NastyDataset) {
  EXPECT_EQ(graphml_round_trip(nasty_dataset()), canonical_dataset(nasty_dataset()));
}

TEST(GraphMLRoundTrip, IdsThatAreNotXmlNames) {
  Dataset d;
  d.accounts.push_back({.id = "a b&c", .name = "<Acme>"});
  d.accounts.push_back({.id = "empty account", .name = "No people yet"});
  for (const char* id : {"1 one", "<p>", "n0", "a0", "kamgraph_id", "x\"y'z"})
    d.people.push_back({.id = id, .name = std::string("Name of ") + id, .org = "a b&c"});
  d.relationships.push_back({.source = "<p>", .target = "n0", .type = RelationType::influences});
  d.relationships.push_back({.source = "a0", .target = "1 one"});
  EXPECT_EQ(graphml_round_trip(d), canonical_dataset(d));
}

std::vector<D> errors_of(const std::string& text) {
  try {
    read_graphml_text(text, "x.graphml");
  } catch (const InputError& e) {
    std::vector<D> out;
    for (const auto& d : e.diagnostics()) {
      EXPECT_EQ(d.file, "x.graphml");
      out.emplace_back(d.line, d.field, d.message);
    }
    return out;
  }
  ADD_FAILURE() << "expected an InputError";
  return {};
}

// What yEd saves: its own keys (graphics, with no attr.name) and nested y: elements, data
// keyed d0, d1, ..., nodes without kamgraph's record or id attributes.
TEST(GraphMLImport, ReadsWhatYEdSaves) {
  const Dataset d = read_graphml_text(R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <!--Created by yEd 3.23-->
  <key for="node" id="d0" attr.name="org" attr.type="string"/>
  <key for="node" id="d1" attr.name="role" attr.type="string"><default>user</default></key>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d9" attr.name="strength" attr.type="double"/>
  <graph edgedefault="directed" id="G">
    <node id="ceo">
      <data key="d0">acme</data>
      <data key="d1">decider</data>
      <data key="d6"><y:ShapeNode><y:NodeLabel>Anna &amp; Co</y:NodeLabel></y:ShapeNode></data>
    </node>
    <node id="eng"><data key="d0">acme</data></node>
    <edge id="e0" source="ceo" target="eng"><data key="d9">0.7</data></edge>
  </graph>
</graphml>)",
                                      "yed.graphml");
  ASSERT_EQ(d.people.size(), 2u);
  // No name: placeholders, known by their role (the key's default fills the second).
  EXPECT_EQ(d.people[0].id, "ceo");
  EXPECT_EQ(d.people[0].org, "acme");
  EXPECT_THAT(d.people[0].roles, ElementsAre(Role::decider));
  EXPECT_THAT(d.people[1].roles, ElementsAre(Role::user));
  ASSERT_EQ(d.relationships.size(), 1u);
  EXPECT_EQ(d.relationships[0].type, RelationType::knows);  // the type decides, not "directed"
  EXPECT_DOUBLE_EQ(d.relationships[0].strength, 0.7);
  EXPECT_EQ(d.accounts.size(), 0u);  // acme is an account only by its people's org
}

TEST(GraphMLImport, LabelStandsInForAMissingName) {
  const Dataset d = read_graphml_text(
      "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><key id=\"o\" for=\"node\" "
      "attr.name=\"org\"/><graph edgedefault=\"undirected\"><node id=\"x\"><data "
      "key=\"l\">Ann Lee</data><data key=\"o\">acme</data></node></graph></graphml>",
      "gephi.graphml");
  ASSERT_EQ(d.people.size(), 1u);
  EXPECT_EQ(d.people[0].name, "Ann Lee");
}

TEST(GraphMLImport, NotWellFormed) {
  EXPECT_THAT(errors_of("<graphml>\n<graph edgedefault=\"undirected\">\n</graphml>\n"),
              ElementsAre(D{3, "",
                            "not well-formed XML: end tag </graphml> where </graph> was "
                            "expected"}));
  EXPECT_THAT(errors_of("<graphml><graph edgedefault=\"undirected\"><node id=\"a\">&nbsp;"),
              ElementsAre(D{1, "", "not well-formed XML: unknown entity '&nbsp;'"}));
  EXPECT_THAT(errors_of("<!DOCTYPE graphml [<!ENTITY x \"y\">]><graphml/>"),
              ElementsAre(D{1, "",
                            "not well-formed XML: a DOCTYPE with an internal subset (entity "
                            "declarations) is not supported"}));
  EXPECT_THAT(errors_of("<graphml>\n<graph edgedefault=\"undirected\">"),
              ElementsAre(D{2, "", "not well-formed XML: the document ends inside <graph>"}));
  EXPECT_THAT(errors_of("<graphml>\n<key id=\"a\" attr.n"),  // a file cut short
              ElementsAre(D{2, "", "not well-formed XML: the document ends inside the tag <key>"}));
  EXPECT_THAT(errors_of(""),
              ElementsAre(D{1, "",
                            "not well-formed XML: no root element: this is not an XML "
                            "document"}));
}

TEST(GraphMLImport, NotKamgraphsGraph) {
  EXPECT_THAT(errors_of("<gexf/>"),
              ElementsAre(D{1, "", "not GraphML: the root element is <gexf>, not <graphml>"}));
  EXPECT_THAT(errors_of("<graphml>\n<graph edgedefault=\"undirected\"/>\n"
                        "<graph edgedefault=\"undirected\"/>\n</graphml>"),
              ElementsAre(D{3, "", "a second <graph>: kamgraph reads one graph per GraphML file"}));
  const std::string keys =
      "<graphml>\n<key id=\"r\" for=\"node\" attr.name=\"record\"/>\n"
      "<key id=\"o\" for=\"node\" attr.name=\"org\"/>\n"
      "<key id=\"n\" for=\"node\" attr.name=\"name\"/>\n"
      "<graph edgedefault=\"undirected\">\n"
      "<node id=\"acc\"><data key=\"r\">account</data><data key=\"n\">Acme</data></node>\n"
      "<node id=\"p\"><data key=\"o\">acc</data><data key=\"n\">P</data></node>\n";
  EXPECT_THAT(
      errors_of(keys + "<edge source=\"p\" target=\"acc\"/>\n"
                       "<edge source=\"p\" target=\"q\"/>\n"
                       "<node id=\"z\"><data key=\"o\">acc</data><data key=\"n\">Z</data>"
                       "<data key=\"zz\">1</data></node>\n"
                       "<node id=\"p\"><data key=\"n\">Again</data></node>\n"
                       "<node id=\"w\"><data key=\"r\">company</data></node>\n"
                       "<node id=\"v\"><data key=\"o\">acc</data><data key=\"n\">V</data>"
                       "<graph edgedefault=\"undirected\"/></node>\n"
                       "</graph></graphml>"),
      ElementsAre(D{8, "target", "node 'acc' is an account; relationships join people"},
                  D{9, "target", "no node 'q' before this edge"},
                  D{10, "", "<data> refers to key 'zz', which no <key> declares"},
                  D{11, "", "node id 'p' is used twice"},
                  D{12, "record", "unknown record 'company' (expected person or account)"},
                  D{13, "", "nested graphs are not supported: kamgraph reads a flat graph"}));
}

TEST(GraphMLImport, FieldProblemsAreTheCsvOnes) {
  EXPECT_THAT(errors_of("<graphml>\n<key id=\"o\" for=\"node\" attr.name=\"org\"/>\n"
                        "<key id=\"w\" for=\"node\" attr.name=\"power\"/>\n"
                        "<key id=\"n\" for=\"node\" attr.name=\"name\"/>\n"
                        "<graph edgedefault=\"undirected\">\n"
                        "<node id=\"p\"><data key=\"o\">acme</data><data key=\"n\">P</data>"
                        "<data key=\"w\">1.5</data></node>\n</graph></graphml>"),
              ElementsAre(D{6, "power", "1.5 is outside [0,1]"}));
}

}  // namespace
}  // namespace kamgraph
