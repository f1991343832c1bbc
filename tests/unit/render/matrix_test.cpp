// The coverage matrix on a small account worked out by hand (as of 2026-11-23, half-life
// 365 days, stale after 180 days).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "kamgraph/render/matrix.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

Person ours(const std::string& id, const std::string& name, const std::string& title,
            const std::string& department) {
  return Person{.id = id,
                .name = name,
                .org = "internal",
                .kind = PersonKind::internal,
                .power = 0,
                .title = title,
                .department = department};
}

Person theirs(const std::string& id, const std::string& name, std::vector<Role> roles, double power,
              Attitude attitude, const std::string& title) {
  return Person{.id = id,
                .name = name,
                .org = "acme",
                .kind = PersonKind::dmu,
                .roles = std::move(roles),
                .power = power,
                .attitude = attitude,
                .title = title};
}

Relationship tie(const std::string& a, const std::string& b, double strength,
                 std::optional<Date> last, RelationType type = RelationType::knows) {
  return canonical(Relationship{
      .source = a, .target = b, .type = type, .strength = strength, .last_contact = last});
}

// Our team: fin, kam, se. Their people:
//   ceo   decider+approver 0.9  kam 0.6 a year ago (-> 0.30, stale), kam 0.2 undated
//   cfo   approver 0.8          se 0.5 today (exactly known well); fin in conflict
//   buyer buyer 0.5             kam 0.9 today
//   eng   user+technical 0.6    se 0.8 undated
//   seat  placeholder CIO       (a tie to a seat nobody fills does not count)
//   anon  no role 0.2           nobody
//   adv   outside consultant    fin 0.4 today
// Ties among their people and among ours are not cells.
Dataset sample() {
  const Date today(2026, 11, 23), year_ago(2025, 11, 23);
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme S.p.A."});
  d.people = {
      ours("fin", "Elena Fin", "Finance Partner", "Finance"),
      ours("kam", "Marco Kam", "Key Account Manager", "Sales"),
      ours("se", "Sara Se", "Sales Engineer", "Engineering"),
      theirs("ceo", "Carla Ceo", {Role::decider, Role::approver}, 0.9, Attitude::neutral, "CEO"),
      theirs("cfo", "Franco Cfo", {Role::approver}, 0.8, Attitude::skeptic, "CFO"),
      theirs("buyer", "Bea Buyer", {Role::buyer}, 0.5, Attitude::supporter, "Buyer"),
      theirs("eng", "Enzo Eng", {Role::user, Role::technical}, 0.6, Attitude::champion, "Engineer"),
      theirs("seat", "", {Role::technical}, 0.4, Attitude::neutral, "CIO"),
      theirs("anon", "Ada Anon", {}, 0.2, Attitude::neutral, ""),
      Person{.id = "adv",
             .name = "Aldo Adv",
             .org = "Advisors Srl",
             .kind = PersonKind::influencer,
             .roles = {Role::influencer},
             .power = 0.5,
             .attitude = Attitude::skeptic}};
  d.relationships = {tie("kam", "ceo", 0.6, year_ago),
                     tie("kam", "ceo", 0.2, std::nullopt, RelationType::works_with),
                     tie("se", "cfo", 0.5, today),
                     tie("fin", "cfo", 0.5, today, RelationType::conflicts),
                     tie("kam", "buyer", 0.9, today),
                     tie("se", "eng", 0.8, std::nullopt),
                     tie("kam", "seat", 0.7, today),
                     tie("fin", "adv", 0.4, today),
                     tie("buyer", "ceo", 0.7, today, RelationType::works_with),
                     tie("kam", "se", 0.8, today, RelationType::works_with)};
  sort_dataset(d);
  return d;
}

TimeOptions as_of() {
  TimeOptions t;
  t.as_of = Date(2026, 11, 23);
  return t;
}

CoverageMatrix sample_matrix() { return coverage_matrix(AccountGraph(sample(), "acme", as_of())); }

std::vector<std::string> ids(const MatrixGroup& g) {
  std::vector<std::string> out;
  for (const auto& r : g.rows) out.push_back(r.person.id);
  return out;
}

TEST(CoverageMatrix, TeamIsOurPeopleByIdAndGroupsFollowTheFirstRole) {
  const CoverageMatrix m = sample_matrix();
  ASSERT_EQ(m.team.size(), 3u);
  EXPECT_EQ(m.team[0].id, "fin");
  EXPECT_EQ(m.team[1].id, "kam");
  EXPECT_EQ(m.team[2].id, "se");
  std::vector<std::string> labels;
  for (const auto& g : m.groups) labels.push_back(g.label());
  // ceo (decider, approver) only under decider; eng (user, technical) only under user.
  EXPECT_THAT(labels, ElementsAre("decider", "approver", "buyer", "user", "technical", "no role",
                                  "outside influencer"));
  EXPECT_THAT(ids(m.groups[0]), ElementsAre("ceo"));
  EXPECT_THAT(ids(m.groups[3]), ElementsAre("eng"));
  EXPECT_THAT(ids(m.groups[4]), ElementsAre("seat"));
  EXPECT_THAT(ids(m.groups[6]), ElementsAre("adv"));
  EXPECT_EQ(m.customer_people, 6);
  EXPECT_EQ(m.covered_people, 3);  // cfo (0.5 is enough), buyer, eng
  EXPECT_THAT(m.known_well, ElementsAre(0, 1, 2));
}

TEST(CoverageMatrix, CellIsTheStrongestEffectiveTieWithItsDateAndFlags) {
  const CoverageMatrix m = sample_matrix();
  const MatrixRow& ceo = m.groups[0].rows[0];
  EXPECT_TRUE(ceo.cells[0].empty());
  // 0.6 halved by one half-life = 0.30 beats the undated 0.2.
  EXPECT_NEAR(ceo.cells[1].strength, 0.30, 1e-12);
  EXPECT_DOUBLE_EQ(ceo.cells[1].recorded, 0.6);
  EXPECT_EQ(ceo.cells[1].last_contact, Date(2025, 11, 23));
  EXPECT_TRUE(ceo.cells[1].stale);
  EXPECT_FALSE(ceo.cells[1].undated());
  EXPECT_NEAR(ceo.best, 0.30, 1e-12);
  EXPECT_FALSE(ceo.covered());

  const MatrixRow& cfo = m.groups[1].rows[0];
  EXPECT_TRUE(cfo.cells[0].conflict);  // fin: conflict only, no strength
  EXPECT_FALSE(cfo.cells[0].tie());
  EXPECT_FALSE(cfo.cells[0].empty());
  EXPECT_DOUBLE_EQ(cfo.cells[2].strength, 0.5);
  EXPECT_TRUE(cfo.covered());

  const MatrixRow& eng = m.groups[3].rows[0];
  EXPECT_DOUBLE_EQ(eng.cells[2].strength, 0.8);
  EXPECT_TRUE(eng.cells[2].undated());

  const MatrixRow& seat = m.groups[4].rows[0];  // the 0.7 tie to a placeholder is ignored
  for (const auto& c : seat.cells) EXPECT_TRUE(c.empty());
  EXPECT_EQ(seat.best, 0);
}

TEST(CoverageMatrix, RowsWithinAGroupByPowerThenId) {
  Dataset d = sample();
  for (auto& p : d.people)
    if (p.id == "cfo" || p.id == "buyer") p.roles = {Role::approver};
  d.people.push_back(theirs("aaa", "Aaa", {Role::approver}, 0.5, Attitude::neutral, ""));
  sort_dataset(d);
  const CoverageMatrix m = coverage_matrix(AccountGraph(d, "acme", as_of()));
  EXPECT_THAT(ids(m.groups[1]), ElementsAre("cfo", "aaa", "buyer"));
}

TEST(CoverageMatrix, HeatClasses) {
  EXPECT_EQ(heat_class(0), 0);
  EXPECT_EQ(heat_class(0.1), 1);
  EXPECT_EQ(heat_class(0.25), 2);
  EXPECT_EQ(heat_class(0.49), 2);
  EXPECT_EQ(heat_class(0.5), 3);
  EXPECT_EQ(heat_class(0.75), 4);
  EXPECT_EQ(heat_class(1.0), 4);
}

TEST(CoverageMatrix, Table) {
  EXPECT_EQ(matrix_text(sample_matrix(), TextStyle::plain),
            "Coverage matrix: Acme S.p.A. (acme)\n"
            "===================================\n"
            "\n"
            "As of 2026-11-23: 3 of 6 customer people known well by someone on our team.\n"
            "\n"
            "#  our team   title                department   knows well\n"
            "-  ---------  -------------------  -----------  ----------\n"
            "1  Elena Fin  Finance Partner      Finance               0\n"
            "2  Marco Kam  Key Account Manager  Sales                 1\n"
            "3  Sara Se    Sales Engineer       Engineering           2\n"
            "\n"
            "group               person      roles              power  best     1      2      3\n"
            "------------------  ----------  -----------------  -----  ----  ----  -----  -----\n"
            "decider             Carla Ceo   decider, approver   0.90  0.30     -  0.30*      -\n"
            "approver            Franco Cfo  approver            0.80  0.50     x      -   0.50\n"
            "buyer               Bea Buyer   buyer               0.50  0.90     -   0.90      -\n"
            "user                Enzo Eng    user, technical     0.60  0.80     -      -  0.80?\n"
            "technical           [CIO]       technical           0.40     -     -      -      -\n"
            "no role             Ada Anon                        0.20     -     -      -      -\n"
            "outside influencer  Aldo Adv    influencer          0.50  0.40  0.40      -      -\n"
            "                    known well                               3     0      1      2\n"
            "\n"
            "Cells: the effective strength of the strongest direct relationship (halved every "
            "365 days without contact); known well from 0.50. * stale (no contact for more "
            "than 180 days), ? undated, x conflict, - none. A person with several roles is "
            "listed under the first.\n");
}

TEST(CoverageMatrix, Markdown) {
  const std::string md = matrix_text(sample_matrix(), TextStyle::markdown);
  EXPECT_THAT(md, HasSubstr("# Coverage matrix: Acme S.p.A. (acme)\n\n"));
  EXPECT_THAT(md, HasSubstr("| no role | Ada Anon |  | 0.20 | - | - | - | - |\n"));
  EXPECT_THAT(md, Not(HasSubstr("our team   title")));  // no numbered key: names head columns
  EXPECT_THAT(md, HasSubstr("| group | person | roles | power | best | Elena Fin | Marco Kam | "
                            "Sara Se |\n|---|---|---|---:|---:|---:|---:|---:|\n"));
  EXPECT_THAT(md, HasSubstr("| decider | Carla Ceo | decider, approver | 0.90 | 0.30 | - | "
                            "0.30\\* | - |\n"));
  EXPECT_THAT(md, HasSubstr("|  | known well |  |  | 3 | 0 | 1 | 2 |\n"));
  EXPECT_THAT(md, HasSubstr("\\* stale"));
}

TEST(CoverageMatrix, Csv) {
  EXPECT_EQ(matrix_csv(sample_matrix()),
            "group,id,name,title,roles,power,attitude,best,fin,kam,se\n"
            "decider,ceo,Carla Ceo,CEO,decider;approver,0.90,neutral,0.30,,0.30,\n"
            "approver,cfo,Franco Cfo,CFO,approver,0.80,skeptic,0.50,,,0.50\n"
            "buyer,buyer,Bea Buyer,Buyer,buyer,0.50,supporter,0.90,,0.90,\n"
            "user,eng,Enzo Eng,Engineer,user;technical,0.60,champion,0.80,,,0.80\n"
            "technical,seat,,CIO,technical,0.40,neutral,0.00,,,\n"
            "no role,anon,Ada Anon,,,0.20,neutral,0.00,,,\n"
            "outside influencer,adv,Aldo Adv,,influencer,0.50,skeptic,0.40,0.40,,\n");
}

TEST(CoverageMatrix, CsvQuotesFields) {
  Dataset d = sample();
  for (auto& p : d.people)
    if (p.id == "buyer") p.name = "Bea \"The Buyer\", Jr.";
  const std::string csv = matrix_csv(coverage_matrix(AccountGraph(d, "acme", as_of())));
  EXPECT_THAT(csv, HasSubstr("buyer,buyer,\"Bea \"\"The Buyer\"\", Jr.\",Buyer,"));
}

TEST(CoverageMatrix, Json) {
  const auto j = nlohmann::json::parse(matrix_json(sample_matrix()));
  EXPECT_EQ(j["account"]["id"], "acme");
  EXPECT_EQ(j["as_of"], "2026-11-23");
  EXPECT_EQ(j["customer_people"], 3 + 3);
  EXPECT_EQ(j["covered_people"], 3);
  ASSERT_EQ(j["team"].size(), 3u);
  EXPECT_EQ(j["team"][2]["id"], "se");
  EXPECT_EQ(j["team"][2]["known_well"], 2);
  const auto& ceo = j["groups"][0]["people"][0];
  EXPECT_EQ(ceo["id"], "ceo");
  EXPECT_EQ(ceo["roles"], nlohmann::json::array({"decider", "approver"}));
  EXPECT_EQ(ceo["covered"], false);
  ASSERT_EQ(ceo["cells"].size(), 1u);  // only the cells with a tie or a conflict
  EXPECT_DOUBLE_EQ(ceo["cells"]["kam"]["strength"].get<double>(), 0.3);
  EXPECT_DOUBLE_EQ(ceo["cells"]["kam"]["recorded"].get<double>(), 0.6);
  EXPECT_EQ(ceo["cells"]["kam"]["last_contact"], "2025-11-23");
  EXPECT_EQ(ceo["cells"]["kam"]["stale"], true);
  const auto& cfo = j["groups"][1]["people"][0];
  EXPECT_EQ(cfo["cells"]["fin"]["conflict"], true);
  EXPECT_EQ(cfo["cells"]["fin"]["strength"], 0);
  EXPECT_TRUE(j["groups"][3]["people"][0]["cells"]["se"]["last_contact"].is_null());
  EXPECT_EQ(j["groups"][4]["people"][0]["placeholder"], true);
  EXPECT_EQ(j["groups"][6]["group"], "outside influencer");
}

TEST(CoverageMatrix, HeatMapCells) {
  const std::string html = matrix_html(sample_matrix());
  EXPECT_THAT(html, HasSubstr("<table class=\"matrix\">"));
  // Column heads: our people by name with their department.
  EXPECT_THAT(html, HasSubstr("<span class=\"who\">Marco Kam</span><span class=\"sub\">Sales"));
  EXPECT_THAT(html, HasSubstr("<tr class=\"group\"><th colspan=\"5\">Decider</th></tr>"));
  // buyer: kam 0.90 is the darkest class, with the date in the tooltip.
  EXPECT_THAT(html, HasSubstr("<td class=\"h4\" title=\"Marco Kam – Bea Buyer: 0.90 (recorded "
                              "0.90, last contact 2026-11-23)\">0.90</td>"));
  // ceo: stale 0.30 is h2 and marked.
  EXPECT_THAT(html, HasSubstr("<td class=\"h2 stale\" title=\"Marco Kam – Carla Ceo: 0.30 "
                              "(recorded 0.60, last contact 2025-11-23, stale)\">0.30<span "
                              "class=\"mk\">*</span></td>"));
  // cfo: fin in conflict, no strength.
  EXPECT_THAT(html, HasSubstr("<td class=\"h0 conflict\" title=\"Elena Fin – Franco Cfo: in "
                              "conflict\"><span class=\"mk x\">✕</span></td>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"tag vacant\">unfilled seat</span>"));
  EXPECT_THAT(html, HasSubstr("<th scope=\"row\">Customer people known well</th><td "
                              "class=\"best\">3/6</td><td class=\"zero\">0</td><td>1</td>"
                              "<td>2</td>"));
}

TEST(CoverageMatrix, HeatMapEscapesEveryUserString) {
  const std::string evil = "<script>alert(1)</script> \"\\N\" {x}";
  Dataset d = sample();
  for (auto& p : d.people) {
    if (p.id == "buyer") p.name = evil;
    if (p.id == "kam") p.department = evil;
    if (p.id == "eng") p.title = evil;
  }
  const std::string html = matrix_html(coverage_matrix(AccountGraph(d, "acme", as_of())));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  const std::string escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;\\N&quot; {x}";
  EXPECT_THAT(html, HasSubstr("<span class=\"who\">" + escaped + "</span>"));  // text
  EXPECT_THAT(html, HasSubstr("title=\"Marco Kam – " + escaped + ": 0.90"));   // attribute
  EXPECT_THAT(html, HasSubstr("<span class=\"sub\">" + escaped + "</span>"));  // department
  EXPECT_THAT(html, HasSubstr(escaped + " · user, technical · power 0.60"));   // title
}

}  // namespace
}  // namespace kamgraph
