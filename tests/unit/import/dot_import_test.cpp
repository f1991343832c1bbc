// Reading one account from a Graphviz graph (README, "DOT"): the graph, nodes and edges
// mean the accounts, people and relationships CSV columns, and cgraph's syntax errors come
// back with file and line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <thread>

#include "kamgraph/import/import.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// gtest prints records that differ as these, not as bytes.
std::string text(const std::optional<Date>& d) { return d ? d->str() : "-"; }

}  // namespace

void PrintTo(const Relationship& r, std::ostream* os) {
  *os << r.source << " " << to_string(r.type) << " " << r.target << " (" << r.strength << ", "
      << text(r.last_contact) << ", " << (r.mode ? to_string(*r.mode) : "-") << ")";
}

void PrintTo(const Person& p, std::ostream* os) {
  *os << p.id << " '" << p.name << "' org=" << p.org << " kind=" << to_string(p.kind)
      << " roles=" << p.roles.size() << " power=" << p.power
      << " attitude=" << to_string(p.attitude) << " title='" << p.title << "' dept='"
      << p.department << "' reports_to=" << p.reports_to;
}

namespace {

const std::string kData = std::string(KAMGRAPH_SOURCE_DIR) + "/tests/data/dot/";

Dataset read(const std::string& text, const KnownPerson& known = {}) {
  return read_dot_text(text, "x.dot", known);
}

// Every diagnostic of the InputError that reading `text` throws, as the user sees it.
std::vector<std::string> problems(const std::string& text, const KnownPerson& known = {}) {
  try {
    read(text, known);
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (const auto& d : e.diagnostics()) out.push_back(d.str());
    return out;
  }
  ADD_FAILURE() << "no InputError for:\n" << text;
  return {};
}

KnownPerson known_ids(std::set<std::string> ids) {
  return [ids = std::move(ids)](const std::string& id) { return ids.contains(id); };
}

const Person* find_person(const Dataset& d, const std::string& id) {
  for (const auto& p : d.people)
    if (p.id == id) return &p;
  return nullptr;
}

TEST(DotImport, GraphAndDigraphMeanTheSame) {
  const Dataset undirected = read(R"(graph acme {
    a [name="A", role=decider]; b [name="B"];
    a -- b [type=influences, strength=0.7];
    b -- a [type=works_with];
  })");
  const Dataset directed = read(R"(digraph acme {
    a [name="A", role=decider]; b [name="B"];
    a -> b [type=influences, strength=0.7];
    b -> a [type=works_with];
  })");
  EXPECT_EQ(undirected, directed);
  ASSERT_EQ(directed.relationships.size(), 2u);
  // Sorted by (source, target, type). Written b -> a, but works_with is symmetric: one
  // relationship, stored a-first.
  EXPECT_THAT(
      directed.relationships,
      ElementsAre(
          Relationship{.source = "a", .target = "b", .type = RelationType::works_with},
          Relationship{
              .source = "a", .target = "b", .type = RelationType::influences, .strength = 0.7}));
}

TEST(DotImport, SymmetricTypesStaySymmetricDirectedOnesKeepTheirDirection) {
  const Dataset d = read(R"(digraph acme {
    a [name="A"]; b [name="B"]; c [name="C"];
    b -> a [type=knows]; c -> a [type=conflicts]; b -> a [type=influences];
    c -> b [type=reports_to];
  })");
  EXPECT_THAT(
      d.relationships,
      ElementsAre(Relationship{.source = "a", .target = "b", .type = RelationType::knows},
                  Relationship{.source = "a", .target = "c", .type = RelationType::conflicts},
                  Relationship{.source = "b", .target = "a", .type = RelationType::influences},
                  Relationship{.source = "c", .target = "b", .type = RelationType::reports_to}));
  // The same symmetric relationship drawn both ways is one relationship written twice.
  EXPECT_THAT(problems("digraph acme { a [name=A]; b [name=B]; a -> b; b -> a }"),
              ElementsAre(HasSubstr("duplicate relationship a knows b")));
}

TEST(DotImport, AttributesAndDefaults) {
  const Dataset d = read(R"(graph acme {
    // Drawing attributes mean nothing to kamgraph.
    node [shape=box, color=red]
    p1 [name="Anna Rossi", role="decider; Economic Buyer", power=0.9, attitude=Champion,
        title="CEO", department="Board", style=filled];
    p2 [label="Bruno Verdi", reports_to=p1];
    p3 [name="", label="Carla\nNeri\l", kind=sponsor];
    p4 [label=<<b>Dario</b><br/>Gialli &amp; Co>];
    kam [name="Giulia", org=internal];
    seat [title="CFO"];
    p1 -- kam [strength=0.8, last_contact="2025-01-31", mode=Trust, penwidth=3];
    p2 -- kam;
  })");
  ASSERT_EQ(d.people.size(), 6u);
  EXPECT_EQ(*find_person(d, "p1"), (Person{.id = "p1",
                                           .name = "Anna Rossi",
                                           .org = "acme",
                                           .kind = PersonKind::dmu,
                                           .roles = {Role::decider, Role::approver},
                                           .power = 0.9,
                                           .attitude = Attitude::champion,
                                           .title = "CEO",
                                           .department = "Board"}));
  // No org: the graph's account. No kind, power, attitude: the CSV defaults.
  EXPECT_EQ(*find_person(d, "p2"),
            (Person{.id = "p2", .name = "Bruno Verdi", .org = "acme", .reports_to = "p1"}));
  // A label stands in for the name, drawn on one line; an empty name counts as none.
  EXPECT_EQ(find_person(d, "p3")->name, "Carla Neri");
  EXPECT_EQ(find_person(d, "p3")->kind, PersonKind::sponsor);
  EXPECT_EQ(find_person(d, "p4")->name, "Dario Gialli & Co");
  // Internal people: kind internal and power 0 by default, as in people.csv.
  EXPECT_EQ(*find_person(d, "kam"), (Person{.id = "kam",
                                            .name = "Giulia",
                                            .org = "internal",
                                            .kind = PersonKind::internal,
                                            .power = 0.0}));
  EXPECT_TRUE(find_person(d, "seat")->placeholder());
  EXPECT_THAT(d.relationships, ElementsAre(Relationship{.source = "kam",
                                                        .target = "p1",
                                                        .strength = 0.8,
                                                        .last_contact = Date(2025, 1, 31),
                                                        .mode = Mode::trust},
                                           Relationship{.source = "kam", .target = "p2"}));
}

TEST(DotImport, AccountAttributes) {
  Dataset d = read(R"(graph "acme" {
    label="Acme S.p.A."; segment=STAR; revenue=1200000; potential="3e6"; margin=0.18;
    attractiveness=0.7; supplier_strength=0.4; rankdir=LR;
    p [name=P];
  })");
  EXPECT_THAT(d.accounts, ElementsAre(Account{.id = "acme",
                                              .name = "Acme S.p.A.",
                                              .segment = Segment::star,
                                              .revenue = 1200000,
                                              .potential = 3e6,
                                              .margin = 0.18,
                                              .attractiveness = 0.7,
                                              .supplier_strength = 0.4}));

  // `account` names the account when the graph's name is for people; `name` is the
  // name when there is no label; an anonymous graph needs `account`.
  d = read(R"(digraph "Acme, the big one" { account=acme; name="Acme"; p [name=P] })");
  EXPECT_THAT(d.accounts, ElementsAre(Account{.id = "acme", .name = "Acme"}));
  EXPECT_EQ(d.people[0].org, "acme");
  d = read("graph { account=acme; p [name=P] }");
  EXPECT_THAT(d.accounts, ElementsAre(Account{.id = "acme", .name = "acme"}));

  EXPECT_THAT(problems("graph { p [name=P] }"),
              ElementsAre("x.dot: the graph names no account: give it a name (graph acme { ... "
                          "}) or an 'account' attribute"));
  // Unquoted, 3e6 is not one DOT token: cgraph would read potential=3 and a node e6.
  EXPECT_THAT(problems("graph acme {\n  potential=3e6\n}"),
              ElementsAre("x.dot:2: syntax ambiguity - badly delimited number '3e' splits into "
                          "two tokens (quote the value: \"3e6\", \"1a\")"));
  EXPECT_THAT(problems("graph acme { segment=strategc; revenue=-1 }"),
              ElementsAre("x.dot: graph 'acme': field 'segment': unknown segment 'strategc' "
                          "(did you mean 'strategic'?)",
                          "x.dot: graph 'acme': field 'revenue': -1 is negative (expected a "
                          "number >= 0)"));
}

TEST(DotImport, BackslashesAsTheReadmeSays) {
  const Dataset d = read(R"(graph acme {
    "p\\1" [name="\\N \"q\" C:\\dir\\", title="\N stays"];
    "p\\1" -- q;
    q [name=Q];
  })");
  ASSERT_EQ(d.people.size(), 2u);
  EXPECT_EQ(d.people[0].id, "p\\1");
  EXPECT_EQ(d.people[0].name, "\\N \"q\" C:\\dir\\");
  EXPECT_EQ(d.people[0].title, "\\N stays");
  EXPECT_EQ(d.relationships[0].source, "p\\1");
  // In a label, \N is what Graphviz draws: the node's name.
  EXPECT_EQ(read(R"(graph acme { "Anna Rossi" [label="\N"] })").people[0].name, "Anna Rossi");
}

TEST(DotImport, SyntaxErrorHasFileAndLine) {
  EXPECT_THAT(problems("graph acme {\n  a [name=A];\n  a -- ;\n}\n"),
              ElementsAre("x.dot:3: syntax error near ';'"));
  EXPECT_THAT(problems("graph acme {\n a [name=\"A]\n}\n"),
              ElementsAre(HasSubstr("x.dot:2: syntax error scanning a quoted string")));
  EXPECT_THAT(problems("graph acme {\n a [name=A]\n"),
              ElementsAre("x.dot:3: syntax error at the end of the input (a missing '}'?)"));
  EXPECT_THAT(problems("acme { a }"), ElementsAre("x.dot:1: syntax error near 'acme'"));
  try {
    read_dot_file(kData + "syntax_error.dot");
    FAIL() << "no error";
  } catch (const InputError& e) {
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].file, kData + "syntax_error.dot");
    EXPECT_EQ(e.diagnostics()[0].line, 4);
    EXPECT_EQ(e.diagnostics()[0].message, "syntax error near ';'");
  }
}

// cgraph's lexer is global and keeps what it has read ahead; nothing of one input may leak
// into the next.
TEST(DotImport, NothingLeaksIntoTheNextRead) {
  EXPECT_THAT(problems("graph acme { a [name=A] }\ngraph beta { b [name=B] }\n"),
              ElementsAre("x.dot: holds more than one graph; a DOT file describes one account"));
  EXPECT_THAT(read("graph gamma { c [name=C] }").accounts[0].id, "gamma");
  EXPECT_THAT(problems("graph acme { a -- }"), ElementsAre(HasSubstr("syntax error")));
  EXPECT_THAT(read("graph delta { d [name=D] }").accounts[0].id, "delta");
  // A trailing newline left unread would make the next error's line number one too high.
  read("graph acme { a [name=A] }\n\n\n");
  EXPECT_THAT(problems("graph acme {\n a -- ;\n}"), ElementsAre("x.dot:2: syntax error near ';'"));
}

TEST(DotImport, UnknownRoleSuggestsTheNearest) {
  EXPECT_THAT(problems("graph acme { p7 [name=P, role=\"decidr;buyer\", power=1.5] }"),
              ElementsAre("x.dot: node 'p7': field 'role': unknown role 'decidr' (did you mean "
                          "'decider'?)",
                          "x.dot: node 'p7': field 'power': 1.5 is outside [0,1]"));
  EXPECT_THAT(problems("digraph acme { a [name=A]; b [name=B]; a -> b [type=knws] }"),
              ElementsAre("x.dot: edge 'a' -> 'b': field 'type': unknown type 'knws' (did you "
                          "mean 'knows'?)"));
}

TEST(DotImport, EmptyInput) {
  const std::string none = "x.dot: holds no graph (expected: graph ACCOUNT { ... } or digraph ...)";
  EXPECT_THAT(problems(""), ElementsAre(none));
  EXPECT_THAT(problems("  \n// only a comment\n"), ElementsAre(none));
  EXPECT_THAT(problems(std::string("graph acme {}\0", 14)),
              ElementsAre("x.dot: contains a NUL byte: not a DOT text file"));
  EXPECT_THROW(read_dot_file(kData + "empty.dot"), InputError);
  EXPECT_THROW(read_dot_file(kData + "no_such_file.dot"), NotFoundError);
  // A graph without people is one account and nothing else.
  const Dataset d = read("graph acme {}");
  EXPECT_THAT(d.accounts, ElementsAre(Account{.id = "acme", .name = "acme"}));
  EXPECT_TRUE(d.people.empty());
}

TEST(DotImport, BareNodeOfAKnownPersonIsAReferenceToThem) {
  const std::string text = "graph acme { kam -- p1 [strength=0.9]; p1 [name=P] }";
  const Dataset d = read(text, known_ids({"kam"}));
  ASSERT_EQ(d.people.size(), 1u);
  EXPECT_EQ(d.people[0].id, "p1");
  EXPECT_THAT(d.relationships,
              ElementsAre(Relationship{.source = "kam", .target = "p1", .strength = 0.9}));
  // Unknown, the same node is an error that says what to do.
  EXPECT_THAT(problems(text), ElementsAre(HasSubstr("x.dot: node 'kam' has no attributes and is "
                                                    "nobody already imported")));
  // With attributes it is a record of its own, even when the id is known.
  const Dataset again =
      read("graph acme { kam [name=K, org=internal]; kam -- p1; p1 [name=P] }", known_ids({"kam"}));
  EXPECT_EQ(again.people.size(), 2u);
}

// cgraph replaces a name written with a leading '%' by one of its own anonymous names.
TEST(DotImport, NamesStartingWithPercentAreRefused) {
  EXPECT_THAT(problems("graph acme { \"%x\" [name=X]; \"%x\" -- y; y [name=Y] }"),
              ElementsAre(::testing::MatchesRegex(
                  "x.dot: a node name starting with '%' \\(read as '%[0-9]+'\\) is reserved by "
                  "Graphviz, which renames it: choose another id")));
  EXPECT_THAT(problems("graph \"%acme\" { y [name=Y] }"),
              ElementsAre(HasSubstr("the graph names no account")));
  EXPECT_EQ(read("graph \"%acme\" { account=\"%acme\"; y [name=Y] }").people[0].org, "%acme");
}

TEST(DotImport, ReadsAHandDrawnFile) {
  const Dataset d = read_dot_file(kData + "acme.dot", known_ids({"kam_giulia"}));
  EXPECT_THAT(d.accounts, ElementsAre(Account{.id = "acme",
                                              .name = "Acme Manufacturing",
                                              .segment = Segment::strategic,
                                              .revenue = 1200000,
                                              .attractiveness = 0.8}));
  EXPECT_THAT(d.people, ElementsAre(Person{.id = "analyst",
                                           .name = "Carla Neri",
                                           .org = "Gartner",
                                           .kind = PersonKind::influencer,
                                           .roles = {Role::influencer}},
                                    Person{.id = "buyer",
                                           .name = "Bruno Verdi",
                                           .org = "acme",
                                           .roles = {Role::buyer},
                                           .title = "Head of Procurement",
                                           .reports_to = "cfo"},
                                    Person{.id = "ceo",
                                           .name = "Anna Rossi CEO",
                                           .org = "acme",
                                           .roles = {Role::decider},
                                           .power = 0.9,
                                           .attitude = Attitude::supporter,
                                           .department = "Board"},
                                    Person{.id = "cfo",
                                           .org = "acme",
                                           .roles = {Role::approver},
                                           .power = 0.8,
                                           .title = "CFO",
                                           .department = "Board"}));
  using enum RelationType;
  EXPECT_THAT(
      d.relationships,
      ElementsAre(
          Relationship{.source = "analyst", .target = "ceo", .type = influences},
          Relationship{.source = "buyer", .target = "cfo", .type = reports_to},
          Relationship{.source = "buyer", .target = "kam_giulia", .type = works_with},
          Relationship{.source = "ceo", .target = "buyer", .type = influences, .strength = 0.6},
          Relationship{.source = "ceo",
                       .target = "kam_giulia",
                       .strength = 0.8,
                       .last_contact = Date(2025, 1, 15),
                       .mode = Mode::trust}));
}

// cgraph's parser is global state; concurrent reads (a server, parallel tests) must each
// get their own graph and their own line numbers.
TEST(DotImport, ConcurrentReadsDoNotMix) {
  constexpr int kThreads = 4, kReads = 25;
  std::vector<int> wrong(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([t, &wrong] {
      const std::string id = "account" + std::to_string(t);
      for (int i = 0; i < kReads; ++i) {
        try {
          const Dataset d =
              read_dot_text("graph " + id + " { p" + std::to_string(i) + " [name=P] }\n\n", "t");
          if (d.accounts.at(0).id != id || d.people.at(0).id != "p" + std::to_string(i)) ++wrong[t];
        } catch (const InputError&) {
          ++wrong[t];
        }
        try {
          read_dot_text("\n\n" + id + " {", "t");
          ++wrong[t];
        } catch (const InputError& e) {
          if (e.diagnostics().at(0).line != 3) ++wrong[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_THAT(wrong, ::testing::Each(0));
}

// The sample account maps that ship with kamgraph import cleanly on their own.
TEST(DotImport, SampleGraphsImport) {
  namespace fs = std::filesystem;
  int seen = 0;
  for (const auto& entry : fs::directory_iterator(std::string(KAMGRAPH_SOURCE_DIR) + "/graphs")) {
    if (entry.path().extension() != ".dot") continue;
    ++seen;
    try {
      const Dataset d = read_dot_file(entry.path().string());
      EXPECT_EQ(d.accounts.size(), 1u) << entry.path();
      EXPECT_FALSE(d.people.empty()) << entry.path();
    } catch (const InputError& e) {
      ADD_FAILURE() << entry.path() << ":\n" << e.what();
    }
  }
  EXPECT_GT(seen, 0);
}

}  // namespace
}  // namespace kamgraph
