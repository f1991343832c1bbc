// The portfolio audit for people: the HTML page has every section, every user string is
// text and never markup, nothing is fetched; the text and Markdown forms say the same.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "kamgraph/render/audit_html.hpp"
#include "render/audit_html_common.hpp"

namespace kamgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kEvil = "<script>alert(1)</script> \"x\" & 'y'";
const std::string kEscaped =
    "&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; &#39;y&#39;";

// acme (strategic, 3,000,000) and the evil account (no segment; attractiveness 0.2, strength
// 0.9: star; 1,000,000). kam is the only one of us who knows either decider: 4,000,000 =
// 100% of revenue. Each account has one more person, known by nobody.
Dataset portfolio() {
  Dataset d;
  d.accounts = {Account{.id = "acme",
                        .name = "Acme Tools",
                        .segment = Segment::strategic,
                        .revenue = 3000000,
                        .potential = 4000000,
                        .margin = 0.2},
                Account{.id = "evil",
                        .name = kEvil,
                        .revenue = 1000000,
                        .potential = 500000,
                        .margin = 0.1,
                        .attractiveness = 0.2,
                        .supplier_strength = 0.9}};
  d.people = {
      Person{.id = "kam",
             .name = "Kam <i>Rossi</i>",
             .org = "internal",
             .kind = PersonKind::internal,
             .power = 0},
      Person{.id = "a_ceo", .name = "Anna", .org = "acme", .roles = {Role::decider}, .power = 0.9},
      Person{
          .id = "a_cfo", .name = "Carlo", .org = "acme", .roles = {Role::approver}, .power = 0.8},
      Person{.id = "e_ceo", .name = kEvil, .org = "evil", .roles = {Role::decider}, .power = 0.9},
      Person{.id = "e_user", .name = "Ugo", .org = "evil", .roles = {Role::user}, .power = 0.3}};
  d.relationships = {canonical({.source = "kam", .target = "a_ceo", .strength = 0.9}),
                     canonical({.source = "kam", .target = "e_ceo", .strength = 0.8})};
  sort_dataset(d);
  return d;
}

Dataset slice(const Dataset& d, const std::string& id) {
  Dataset out = d;
  out.accounts.clear();
  for (const auto& a : d.accounts)
    if (a.id == id) out.accounts.push_back(a);
  std::erase_if(out.people, [&](const Person& p) { return !p.internal() && p.org != id; });
  return out;
}

PortfolioAudit audit() {
  const Dataset d = portfolio();
  AuditOptions o;
  o.time.as_of = Date(2026, 11, 23);
  return audit_accounts(
      d.accounts, [&d](const std::string& id) { return slice(d, id); }, {}, o);
}

TEST(AuditHtml, HasEverySection) {
  const std::string html = audit_html(audit());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  for (const char* id : {"id=\"key-person-risk\"", "id=\"risk-table\"", "id=\"audit-table\"",
                         "id=\"why\"", "id=\"abc-table\"", "id=\"segment-matrix\"",
                         "id=\"contribution-matrix\"", "id=\"quality-matrix\"", "id=\"glossary\""})
    EXPECT_THAT(html, HasSubstr(id));
  EXPECT_THAT(html, HasSubstr("Portfolio audit (as of 2026-11-23)"));
  // The headline: kam, the only direct tie to the deciders of both accounts.
  EXPECT_THAT(html, HasSubstr("<strong>Kam &lt;i&gt;Rossi&lt;/i&gt;</strong> is the only one of "
                              "us with a direct tie to the deciders of 2 accounts"));
  EXPECT_THAT(html, HasSubstr("<strong>4,000,000 = 100.0% of revenue</strong>"));
  // Three SVG pictures, each with a title.
  std::size_t svgs = 0;
  for (auto p = html.find("<svg"); p != std::string::npos; p = html.find("<svg", p + 1)) ++svgs;
  EXPECT_EQ(svgs, 3u);
}

TEST(AuditHtml, UserStringsAreTextNotMarkup) {
  const std::string html = audit_html(audit());
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  EXPECT_THAT(html, Not(HasSubstr("<i>Rossi")));
  EXPECT_THAT(html, HasSubstr(kEscaped));
  // Attributes too: the SVG tooltips carry the name.
  EXPECT_THAT(html, HasSubstr("<title>" + kEscaped + " (evil): amber, revenue 1,000,000"));
}

TEST(AuditHtml, SelfContained) {
  const std::string html = audit_html(audit());
  EXPECT_THAT(html, HasSubstr("Content-Security-Policy\" content=\"default-src 'none'"));
  // Nothing to fetch: no src, no external link, no url(); the only URI is the SVG namespace.
  EXPECT_THAT(html, Not(HasSubstr(" src=")));
  EXPECT_THAT(html, Not(HasSubstr("url(")));
  EXPECT_THAT(html, Not(HasSubstr("@import")));
  std::string rest =
      std::regex_replace(html, std::regex("xmlns=\"http://www.w3.org/2000/svg\""), "");
  EXPECT_THAT(rest, Not(HasSubstr("http:")));
  EXPECT_THAT(rest, Not(HasSubstr("https:")));
  EXPECT_THAT(rest, Not(HasSubstr("//")));
  // Deterministic.
  EXPECT_EQ(html, audit_html(audit()));
}

TEST(AuditHtml, MatricesPlaceTheAccounts) {
  const PortfolioAudit a = audit();
  const std::string seg = segment_matrix_svg(a);
  // acme strategic; evil a star from its scores, marked *.
  EXPECT_THAT(seg, HasSubstr(">Strategic <tspan class=\"count\">(1)</tspan>"));
  EXPECT_THAT(seg, HasSubstr(">Star <tspan class=\"count\">(1)</tspan>"));
  EXPECT_THAT(seg, HasSubstr(">Status <tspan class=\"count\">(0)</tspan>"));
  EXPECT_THAT(seg, HasSubstr(">Acme Tools <tspan class=\"rev\">3M</tspan>"));
  EXPECT_THAT(seg, HasSubstr("*"));
  // Medians of two: revenue 2,000,000, potential 2,250,000. acme 3M/4M key; evil 1M/0.5M
  // regular.
  const std::string con = contribution_matrix_svg(a);
  EXPECT_THAT(con, HasSubstr(">Key account <tspan class=\"count\">(1)</tspan>"));
  EXPECT_THAT(con, HasSubstr(">Regular account <tspan class=\"count\">(1)</tspan>"));
  // acme (3M of 4M) is the top account: A. evil takes the total from 0.75 to 1.0: 0.2 past
  // 80% vs 0.05 short, so not A; 0.05 past 95% vs 0.2 short, so B. Margins 0.1 and 0.2:
  // quartile cuts 0.175, 0.15, 0.125: acme class 1, evil class 4.
  const std::string q = revenue_quality_svg(a);
  EXPECT_THAT(q, HasSubstr(">certainty</text>"));
  EXPECT_EQ(a.rows[0].segment.abc, AbcClass::a);
  EXPECT_EQ(a.rows[1].segment.abc, AbcClass::b);
  EXPECT_EQ(a.rows[0].segment.margin_class, 1);
  EXPECT_EQ(a.rows[1].segment.margin_class, 4);
}

TEST(AuditText, PlainAndMarkdown) {
  const PortfolioAudit a = audit();
  const std::string plain = audit_text(a, TextStyle::plain);
  EXPECT_EQ(plain.rfind("Portfolio audit, as of 2026-11-23\n", 0), 0u);
  EXPECT_THAT(plain, HasSubstr("2 of 2 accounts, revenue 4,000,000 of 4,000,000.\n"));
  EXPECT_THAT(plain, HasSubstr("Biggest key-person risk: Kam <i>Rossi</i> (kam) is the only "
                               "direct link to the deciders of 2 accounts, 4,000,000 = 100.0% "
                               "of revenue.\n"));
  EXPECT_THAT(plain, HasSubstr("- star: manage for cash, raise the efficiency of contacts (1): "
                               "evil (1M)\n"));
  const std::string md = audit_text(a, TextStyle::markdown);
  EXPECT_EQ(md.rfind("# Portfolio audit, as of 2026-11-23\n", 0), 0u);
  // Markdown: names cannot become markup.
  EXPECT_THAT(md, HasSubstr("**Kam \\<i\\>Rossi\\</i\\>** (`kam`)"));
  EXPECT_THAT(md, Not(HasSubstr("<script>")));
  EXPECT_THAT(md,
              HasSubstr("| `evil` | \\<script\\>alert(1)\\</script\\> \"x\" & 'y' | star\\* |"));
}

TEST(AuditFormat, Numbers) {
  using namespace audit_detail;
  EXPECT_EQ(amount(58675000), "58,675,000");
  EXPECT_EQ(amount(999.6), "1,000");
  EXPECT_EQ(amount(0), "0");
  EXPECT_EQ(short_amount(12400000), "12.4M");
  EXPECT_EQ(short_amount(1650000), "1.65M");
  EXPECT_EQ(short_amount(5000000), "5M");
  EXPECT_EQ(short_amount(880000), "880k");
  EXPECT_EQ(short_amount(45000), "45k");
  EXPECT_EQ(short_amount(2500), "2.5k");
  EXPECT_EQ(short_amount(950), "950");
  EXPECT_EQ(percent(0.48657), "48.7%");
  EXPECT_EQ(truncated("Bałtyk Energia", 6), "Bałty\u2026");
  EXPECT_EQ(truncated("Bałtyk", 6), "Bałtyk");
  EXPECT_EQ(truncated("Bałtyk!", 6), "Bałty\u2026");
}

}  // namespace
}  // namespace kamgraph
