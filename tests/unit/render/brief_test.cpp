// The account brief: every section is there, every user string is text and never markup,
// nothing is fetched, and the actions section follows the plan.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/render/brief.hpp"
#include "kamgraph/render/html.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kEvil = "<script>alert(1)</script> \"\\N\" {x}";
const std::string kEscaped = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;\\N&quot; {x}";

// kam knows the buyer well; nobody knows the decider, whose name is an attack.
Dataset sample() {
  const Date today(2026, 11, 23);
  Dataset d;
  d.accounts.push_back(Account{.id = "acme",
                               .name = "Acme <b>Tools</b> & Sons",
                               .segment = Segment::strategic,
                               .revenue = 4200000,
                               .potential = 9500000.5,
                               .margin = 0.22});
  d.people = {
      Person{.id = "kam",
             .name = "Marco Kam",
             .org = "internal",
             .kind = PersonKind::internal,
             .power = 0,
             .title = "Key Account Manager",
             .department = "Sales"},
      Person{.id = "boss",
             .name = kEvil,
             .org = "acme",
             .roles = {Role::decider},
             .power = 0.9,
             .title = "CEO \"the boss\"",
             .department = "Management"},
      Person{.id = "buyer",
             .name = "Bea Buyer",
             .org = "acme",
             .roles = {Role::buyer},
             .power = 0.5,
             .attitude = Attitude::champion,
             .title = "Buyer",
             .department = "Purchasing"},
  };
  d.relationships = {
      canonical({.source = "kam", .target = "buyer", .strength = 0.9, .last_contact = today}),
      canonical({.source = "buyer",
                 .target = "boss",
                 .type = RelationType::influences,
                 .strength = 0.6,
                 .last_contact = Date(2025, 1, 10)}),
  };
  sort_dataset(d);
  return d;
}

struct Fixture {
  AccountAnalysis analysis;
  CoverageMatrix matrix;
};

Fixture analysed() {
  AnalysisOptions o;
  o.time.as_of = Date(2026, 11, 23);
  const Dataset d = sample();
  return {analyze_account(d, "acme", o), coverage_matrix(AccountGraph(d, "acme", o.time))};
}

Action action(const std::string& id, double priority, Date due, ActionStatus status) {
  Action a;
  a.id = id;
  a.account = "acme";
  a.target = "boss";
  a.gap = "uncovered_decider";
  a.what = "Meet " + kEvil + " with the buyer's help";
  a.owner = "kam";
  a.via = "buyer";
  a.mode = Mode::trust;
  a.due = due;
  a.measure = "direct strength >= 0.6";
  a.priority = priority;
  a.status = status;
  return a;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + 1))
    ++n;
  return n;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

TEST(Brief, HasEverySectionOnceInOrder) {
  const Fixture f = analysed();
  const std::string html = brief_html(f.analysis, f.matrix, {});
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  std::size_t last = 0;
  for (const char* id : {"status", "map", "matrix", "decides", "gaps", "single-points", "stale",
                         "actions", "legend"}) {
    const std::string attr = "id=\"" + std::string(id) + "\"";
    EXPECT_EQ(count(html, attr), 1u) << id;
    const std::size_t at = html.find(attr);
    EXPECT_GT(at, last) << id << " out of order";
    last = at;
  }
  EXPECT_THAT(html, HasSubstr("<table class=\"matrix\">"));
  EXPECT_TRUE(html.ends_with("</html>\n"));
}

TEST(Brief, AccountHeader) {
  const Fixture f = analysed();
  const std::string html = brief_html(f.analysis, f.matrix, {});
  EXPECT_THAT(html, HasSubstr("<h1>Acme &lt;b&gt;Tools&lt;/b&gt; &amp; Sons</h1>"));
  EXPECT_THAT(html, HasSubstr("<title>Account brief: Acme &lt;b&gt;Tools&lt;/b&gt; &amp; Sons "
                              "(as of 2026-11-23)</title>"));
  EXPECT_THAT(html, HasSubstr("<dt>Segment</dt><dd>Strategic</dd>"));
  EXPECT_THAT(html, HasSubstr("<dt>Revenue with us</dt><dd>4,200,000</dd>"));
  EXPECT_THAT(html, HasSubstr("<dt>Potential</dt><dd>9,500,000.50</dd>"));
  EXPECT_THAT(html, HasSubstr("<dt>Margin</dt><dd>22%</dd>"));
  // The decider nobody knows makes the account red, and the reason says who.
  EXPECT_EQ(f.analysis.verdict.status, Status::red);
  EXPECT_THAT(html, HasSubstr("class=\"status status-red\" id=\"status\""));
  EXPECT_THAT(html, HasSubstr("<span class=\"dot\"></span>RED</p>"));
  for (const auto& reason : f.analysis.verdict.reasons)
    EXPECT_THAT(html, HasSubstr("<li>" + html_escape(reason) + "</li>"));
  EXPECT_THAT(html, HasSubstr("Coverage score</p><p class=\"kpi-value\">" +
                              fixed(f.analysis.summary.coverage_score * 100, 0) + "%"));
  EXPECT_THAT(html, HasSubstr("Relationship stage</p><p class=\"kpi-value\">bow-tie</p>"));
}

TEST(Brief, UserStringsAreTextNeverMarkup) {
  const Fixture f = analysed();
  const std::vector<Action> actions = {action("a1", 0.9, Date(2026, 12, 15), ActionStatus::open)};
  const std::string html = brief_html(f.analysis, f.matrix, actions);
  EXPECT_THAT(lower(html), Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("alert(1)</script>")));
  EXPECT_THAT(html, Not(HasSubstr("<b>Tools")));
  // As text: in the matrix, who decides, the gaps and the actions.
  EXPECT_GE(count(html, "<span class=\"who\">" + kEscaped + "</span>"), 3u);
  EXPECT_THAT(html, HasSubstr("Meet " + kEscaped + " with the buyer&#39;s help"));
  // As an attribute value: the matrix cell's tooltip has no cell for the unknown decider, so
  // check the title attribute of the CEO's title instead.
  EXPECT_THAT(html, HasSubstr("CEO &quot;the boss&quot;"));
  // No attribute anywhere holds an unescaped quote or angle bracket from user text: every
  // tag parses as name="value" pairs.
  const std::regex tag("<[a-zA-Z][^<>]*>");
  const std::regex well_formed(R"(<[a-zA-Z][a-zA-Z0-9]*(\s+[a-zA-Z:-]+="[^"<>]*")*\s*/?>)");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator();
       ++it)
    EXPECT_TRUE(std::regex_match(it->str(), well_formed)) << it->str();
}

TEST(Brief, FetchesNothingAndRunsNothing) {
  const Fixture f = analysed();
  const std::string html = lower(brief_html(f.analysis, f.matrix, {}));
  for (const char* bad : {"<script", "<link", "<img", "<iframe", "<object", "<embed",
                          "src=", "@import", "url(", "http:", "https:", "javascript:"})
    EXPECT_THAT(html, Not(HasSubstr(bad))) << bad;
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(\son[a-z]+\s*=)")));  // no event handlers
  EXPECT_THAT(html, HasSubstr("content-security-policy\" content=\"default-src 'none'; "
                              "style-src 'unsafe-inline'\""));
}

TEST(Brief, PrintsOnA4Landscape) {
  const Fixture f = analysed();
  const std::string html = brief_html(f.analysis, f.matrix, {});
  EXPECT_THAT(html, HasSubstr("@page { size: A4 landscape;"));
  EXPECT_THAT(html, HasSubstr("@media print {"));
  EXPECT_THAT(html, HasSubstr("tr { break-inside: avoid-page; }"));
  EXPECT_THAT(html, HasSubstr("print-color-adjust: exact;"));
}

TEST(Brief, MapIsInlinedSafely) {
  const Fixture f = analysed();
  BriefOptions o;
  o.map_svg =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
      "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<!-- Title: x -->\n"
      "<svg width=\"100pt\" height=\"50pt\" viewBox=\"0 0 100 50\" onload=\"alert(2)\">"
      "<g><title>boss</title><text>&lt;script&gt;alert(1)&lt;/script&gt;</text></g>"
      "<script>alert(3)</script></svg>\n";
  const std::string html = brief_html(f.analysis, f.matrix, {}, o);
  EXPECT_THAT(html, HasSubstr("<figure class=\"map\">\n<svg viewBox=\"0 0 100 50\"><g><title>"
                              "boss</title><text>&lt;script&gt;alert(1)&lt;/script&gt;</text>"
                              "</g></svg>\n</figure>"));
  EXPECT_THAT(html, Not(HasSubstr("alert(2)")));
  EXPECT_THAT(html, Not(HasSubstr("alert(3)")));
  EXPECT_THAT(html, Not(HasSubstr("<?xml")));
  EXPECT_THAT(html, Not(HasSubstr("DOCTYPE svg")));
}

TEST(Brief, WithoutAMapTheSectionSaysSo) {
  const Fixture f = analysed();
  EXPECT_THAT(brief_html(f.analysis, f.matrix, {}),
              HasSubstr("<p class=\"empty\">This brief was made without the map.</p>"));
}

TEST(Brief, NoActionsYet) {
  const Fixture f = analysed();
  EXPECT_THAT(brief_html(f.analysis, f.matrix, {}),
              HasSubstr("No actions planned yet: run <code>kamgraph plan acme</code>."));
}

TEST(Brief, OpenActionsByPriorityWithOwnerViaAndDue) {
  const Fixture f = analysed();
  std::vector<Action> actions = {
      action("low", 0.3, Date(2026, 12, 1), ActionStatus::open),
      action("done", 1.0, Date(2026, 10, 1), ActionStatus::done),
      action("high", 0.8, Date(2026, 11, 1), ActionStatus::open),  // overdue on 2026-11-23
      action("dropped", 0.9, Date(2026, 12, 1), ActionStatus::dropped),
  };
  actions[0].owner = "";
  actions[0].via = "";
  actions[0].mode.reset();
  actions[0].target = "";
  const std::string html = brief_html(f.analysis, f.matrix, actions);
  const std::size_t section = html.find("id=\"actions\"");
  const std::size_t high = html.find("<tr><td class=\"num\">0.80</td>", section);
  const std::size_t low = html.find("<tr><td class=\"num\">0.30</td>", section);
  ASSERT_NE(high, std::string::npos);
  ASSERT_NE(low, std::string::npos);
  EXPECT_LT(high, low);
  EXPECT_EQ(html.find("<tr><td class=\"num\">1.00</td>", section), std::string::npos);  // done
  EXPECT_EQ(html.find("<tr><td class=\"num\">0.90</td>", section), std::string::npos);  // dropped
  EXPECT_THAT(html, HasSubstr("</td><td>Marco Kam</td><td>Bea Buyer</td><td>trust</td>"
                              "<td class=\"date overdue\">2026-11-01 <span class=\"tag late\">"
                              "overdue</span></td><td>direct strength &gt;= 0.6</td>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"no\">nobody free</span></td><td></td><td></td>"
                              "<td class=\"date\">2026-12-01</td>"));
  EXPECT_THAT(html, HasSubstr("<td><span class=\"who\">The account</span></td>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"gap-type\">uncovered decider</span>"));
  EXPECT_THAT(html, HasSubstr("Also 1 done and 1 dropped."));
}

TEST(Brief, AnOwnerFromOutsideTheAccountsGraphIsNamed) {
  const Fixture f = analysed();
  std::vector<Action> actions = {action("a", 0.5, Date(2026, 12, 1), ActionStatus::open)};
  actions[0].owner = "tech";
  BriefOptions o;
  o.people = {Person{.id = "tech",
                     .name = "Tina <Tech>",
                     .org = "internal",
                     .kind = PersonKind::internal,
                     .power = 0},
              Person{.id = "kam", .name = "Not the analysis's Marco", .org = "internal"}};
  const std::string html = brief_html(f.analysis, f.matrix, actions, o);
  EXPECT_THAT(html, HasSubstr("</td><td>Tina &lt;Tech&gt;</td><td>Bea Buyer</td>"));
  EXPECT_THAT(html, Not(HasSubstr("Not the analysis")));  // the analysis's people come first
}

TEST(Brief, OnlyClosedActions) {
  const Fixture f = analysed();
  const std::vector<Action> actions = {action("a", 0.5, Date(2026, 1, 1), ActionStatus::done)};
  EXPECT_THAT(brief_html(f.analysis, f.matrix, actions),
              HasSubstr("No open actions (1 done, 0 dropped): run <code>kamgraph plan acme"
                        "</code> to plan the next ones."));
}

TEST(Brief, WhoDecidesGapsStaleAndSinglePoints) {
  const Fixture f = analysed();
  const std::string html = brief_html(f.analysis, f.matrix, {});
  // The decider is ranked first and nobody knows them; the path goes through the buyer.
  ASSERT_FALSE(f.analysis.decision_makers.empty());
  EXPECT_EQ(f.analysis.people[std::size_t(f.analysis.decision_makers[0].person)].id, "boss");
  EXPECT_THAT(html, HasSubstr("<td class=\"num rank\">1</td><td><span class=\"who\">" + kEscaped +
                              "</span><span class=\"sub\">CEO &quot;the boss&quot;</span></td>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"no\">no direct tie</span><span class=\"sub\">path "));
  EXPECT_THAT(html, HasSubstr("via Bea Buyer</span>"));
  EXPECT_THAT(html, HasSubstr("<span class=\"gap-type\">uncovered decider</span>"));
  // buyer -> boss was last touched on 2025-01-10: 682 days before 2026-11-23.
  EXPECT_THAT(html, HasSubstr("<td>Bea Buyer &ndash; " + kEscaped +
                              "</td><td>influences</td><td>2025-01-10</td><td class=\"num\">682"));
  // Our only colleague is a single point of failure.
  EXPECT_THAT(html, HasSubstr("<span class=\"tag ours\">our team</span>"));
}

TEST(Brief, IsDeterministic) {
  const Fixture f = analysed();
  const std::vector<Action> actions = {action("a1", 0.9, Date(2026, 12, 15), ActionStatus::open)};
  EXPECT_EQ(brief_html(f.analysis, f.matrix, actions), brief_html(f.analysis, f.matrix, actions));
}

}  // namespace
}  // namespace kamgraph
