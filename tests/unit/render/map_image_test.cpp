// Maps through Graphviz in-process: what reaches the SVG is the text as written, the same
// input gives the same bytes, Graphviz's errors become kamgraph errors, and every view of
// the sample graphs and of seeded random accounts lays out without a warning.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

#include "kamgraph/import/import.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/render/map.hpp"
#include "render/map_impl.hpp"
#include "unit/render/map_fixture.hpp"

namespace kamgraph {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;
using namespace kamgraph::testing;

const std::string kScript = "<script>alert(1)</script> \"\\N\" {x}";

// The escaping account: every string holds characters DOT, HTML-like labels or SVG treat
// specially.
Dataset nasty_account() {
  Dataset d;
  d.accounts.push_back(Account{.id = "acme", .name = "Acme <b>&</b> \"Sons\" \\G {co}"});
  Person ceo = stakeholder("ceo", Role::decider, 0.9, Attitude::neutral, "R&D <lab>");
  ceo.name = kScript;
  ceo.title = "Head of \"Ops\" \\n {x} | <y>";
  Person cfo = stakeholder("cfo\"<1>\\N", Role::approver, 0.8, Attitude::skeptic, "R&D <lab>");
  cfo.name = "Ann &amp; Bo \\\\ back\\slash";
  d.people = {ceo, cfo, teammate("kam", "Sales & <Marketing>")};
  d.relationships = {relation("kam", "ceo", RelationType::knows, 0.8),
                     relation("cfo\"<1>\\N", "ceo", RelationType::influences, 0.5)};
  sort_dataset(d);
  return d;
}

// XML character references decoded in one pass (so "&amp;lt;" stays "&lt;").
std::string xml_unescape(const std::string& s) {
  const std::pair<std::string, std::string> entities[] = {
      {"&lt;", "<"},   {"&gt;", ">"},   {"&quot;", "\""},         {"&#39;", "'"},
      {"&#45;", "-"}, {"&amp;", "&"}, {"&#160;", "\xC2\xA0"}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool done = false;
    for (const auto& [from, to] : entities)
      if (s.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
        done = true;
        break;
      }
    if (!done) out += s[i++];
  }
  return out;
}

// U+2060 WORD JOINER, which the map puts after an '&' that would read as an entity.
const std::string kJoiner = "\xE2\x81\xA0";

// The text of every <text> element, unescaped.
std::vector<std::string> svg_texts(const std::string& svg) {
  std::vector<std::string> out;
  for (auto at = svg.find("<text"); at != std::string::npos; at = svg.find("<text", at + 1)) {
    const auto open_end = svg.find('>', at);
    const auto close = svg.find("</text>", open_end);
    out.push_back(xml_unescape(svg.substr(open_end + 1, close - open_end - 1)));
  }
  return out;
}

// The value of every attribute `name` ("xlink:title"), unescaped.
std::vector<std::string> svg_attributes(const std::string& svg, const std::string& name) {
  std::vector<std::string> out;
  const std::string key = " " + name + "=\"";
  for (auto at = svg.find(key); at != std::string::npos; at = svg.find(key, at + 1)) {
    const auto start = at + key.size();
    out.push_back(xml_unescape(svg.substr(start, svg.find('"', start) - start)));
  }
  return out;
}

std::string nasty_svg() {
  const Dataset d = nasty_account();
  return render_image(map_dot(d, analyse(d), {}), ImageFormat::svg);
}

TEST(MapSvg, LabelsShowTheTextAsWritten) {
  const std::string svg = nasty_svg();
  // Never an element: the only '<' before "script" is escaped.
  EXPECT_THAT(svg, Not(HasSubstr("<script")));
  EXPECT_THAT(svg, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  const auto texts = svg_texts(svg);
  // The name is wrapped after 28 characters: two lines, each exactly as written.
  EXPECT_THAT(texts, Contains("<script>alert(1)</script>"));
  EXPECT_THAT(texts, Contains("\"\\N\" {x}"));
  EXPECT_THAT(texts, Contains("Head of \"Ops\" \\n {x} | <y>"));
  // 26 characters: one line. The word joiner after '&' is invisible.
  EXPECT_THAT(texts, Contains("Ann &" + kJoiner + "amp; Bo \\\\ back\\slash"));
  EXPECT_THAT(texts, Contains("R&D <lab>"));  // the department's cluster
  EXPECT_THAT(texts, Contains("Acme <b>&</b> \"Sons\" \\G {co}"));
}

TEST(MapSvg, TooltipsShowTheTextAsWritten) {
  const auto titles = svg_attributes(nasty_svg(), "xlink:title");
  bool ceo = false, cfo = false, line = false;
  for (const auto& t : titles) {
    ceo = ceo || t.rfind(kScript + " (ceo), Head of \"Ops\" \\n {x} | <y>, R&D <lab>.", 0) == 0;
    cfo = cfo || t.rfind("Ann &" + kJoiner + "amp; Bo \\\\ back\\slash (cfo\"<1>\\N), Title of",
                         0) == 0;
    line = line || t.rfind("Ann &" + kJoiner + "amp; Bo \\\\ back\\slash influences " + kScript +
                                ": strength 0.50; undated",
                            0) == 0;
  }
  EXPECT_TRUE(ceo && cfo && line) << ::testing::PrintToString(titles);
}

TEST(MapSvg, SameInputSameBytes) {
  const Dataset d = map_account();
  const std::string dot = map_dot(d, analyse(d), {});
  EXPECT_EQ(render_image(dot, ImageFormat::svg), render_image(dot, ImageFormat::svg));
  const std::string png = render_image(dot, ImageFormat::png);
  EXPECT_THAT(png, StartsWith("\x89PNG"));
  EXPECT_EQ(png, render_image(dot, ImageFormat::png));
  const std::string pdf = render_image(dot, ImageFormat::pdf);
  EXPECT_THAT(pdf, StartsWith("%PDF-"));
  EXPECT_THAT(pdf, HasSubstr("/CreationDate (D:19700101000000"));
  EXPECT_EQ(pdf, render_image(dot, ImageFormat::pdf));
}

TEST(MapSvg, NoWarningsForAnyViewOfTheFixture) {
  const Dataset d = map_account();
  const AccountAnalysis a = analyse(d);
  for (MapView v : all_map_views()) {
    MapOptions o;
    o.view = v;
    if (v == MapView::ego) o.around = "ceo";
    const auto r = map_detail::render_graphviz(map_dot(d, a, o), ImageFormat::svg, "");
    EXPECT_THAT(r.warnings, IsEmpty()) << to_string(v);
    EXPECT_THAT(r.bytes, HasSubstr("</svg>")) << to_string(v);
  }
}

TEST(MapSvg, EveryViewOfTheSampleGraphs) {
  for (const char* file : {"hospital", "manufacturer", "retailer"}) {
    const Dataset d =
        read_dot_file(std::string(KAMGRAPH_SOURCE_DIR) + "/graphs/" + file + ".dot");
    const std::string account = d.accounts.front().id;
    AnalysisOptions ao;
    ao.time.as_of = Date(2026, 11, 23);
    const AccountAnalysis a = analyze_account(d, account, ao);
    for (MapView v : all_map_views()) {
      MapOptions o;
      o.view = v;
      if (v == MapView::ego) {
        o.around = a.decision_makers.front().person >= 0
                       ? a.people[std::size_t(a.decision_makers.front().person)].id
                       : "";
        o.depth = 2;
      }
      const auto r = map_detail::render_graphviz(map_dot(d, a, o), ImageFormat::svg, "");
      EXPECT_THAT(r.warnings, IsEmpty()) << file << " " << to_string(v);
    }
  }
}

// dot 2.43 aborts (merge_chain assertion) on some graphs with clusters and parallel
// non-ranking lines; a map must never take kamgraph down with it. Seeded random accounts
// with many parallel relationships, every view, every default engine.
TEST(MapSvg, RandomAccountsLayOutInEveryView) {
  const RelationType types[] = {RelationType::knows, RelationType::works_with,
                                RelationType::influences, RelationType::reports_to,
                                RelationType::conflicts};
  for (unsigned seed = 1; seed <= 25; ++seed) {
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    Dataset d;
    d.accounts.push_back(Account{.id = "acme", .name = "Random"});
    const int customers = 3 + pick(25), ours = 1 + pick(5);
    std::vector<std::string> ids;
    for (int i = 0; i < customers; ++i) {
      Person p = stakeholder("c" + std::to_string(i), all_roles()[std::size_t(pick(9))],
                             pick(11) / 10.0, all_attitudes()[std::size_t(pick(5))],
                             "Dept " + std::to_string(pick(4)));
      if (i > 0 && pick(2) == 0) p.reports_to = "c" + std::to_string(pick(i));
      if (pick(8) == 0) p.name.clear();  // a placeholder
      if (pick(10) == 0) {
        p.org = "Outside Co";
        p.kind = PersonKind::influencer;
      }
      ids.push_back(p.id);
      d.people.push_back(p);
    }
    for (int i = 0; i < ours; ++i) {
      d.people.push_back(teammate("o" + std::to_string(i), "Team " + std::to_string(pick(2))));
      ids.push_back(d.people.back().id);
    }
    const int relations = pick(3 * (customers + ours));
    std::set<std::tuple<std::string, std::string, RelationType>> seen;
    for (int k = 0; k < relations; ++k) {
      const std::string a = ids[std::size_t(pick(int(ids.size())))];
      const std::string b = ids[std::size_t(pick(int(ids.size())))];
      const RelationType t = types[pick(5)];
      if (a == b) continue;
      Relationship r = relation(a, b, t, (1 + pick(10)) / 10.0,
                                pick(2) ? "2026-0" + std::to_string(1 + pick(9)) + "-15" : "");
      if (!seen.insert({r.source, r.target, r.type}).second) continue;
      d.relationships.push_back(r);
    }
    sort_dataset(d);
    if (std::none_of(d.people.begin(), d.people.end(),
                     [](const Person& p) { return p.org == "acme"; }))
      continue;
    const AccountAnalysis a = analyse(d);
    for (MapView v : all_map_views()) {
      MapOptions o;
      o.view = v;
      if (v == MapView::ego) o.around = "c0";
      SCOPED_TRACE("seed " + std::to_string(seed) + " view " + std::string(to_string(v)));
      const auto r = map_detail::render_graphviz(map_dot(d, a, o), ImageFormat::dot, "");
      EXPECT_THAT(r.bytes, HasSubstr("bb=")) << "not laid out";
    }
  }
}

TEST(MapSvg, GraphvizErrorsBecomeKamgraphErrors) {
  try {
    render_image("digraph {\n  a -> ;\n  b\n}\n", ImageFormat::svg);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_input);
    // The line count starts afresh for every map (cgraph's counter is global).
    EXPECT_STREQ(e.what(), "Graphviz cannot read the map: syntax error in line 2 near ';'");
  }
  // The parser recovers: the next render works.
  EXPECT_THAT(render_image("digraph { a -> b }", ImageFormat::svg), HasSubstr("</svg>"));
  try {
    render_image("digraph { a -> b }", ImageFormat::svg, "graphviz");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::usage);
    EXPECT_STREQ(e.what(),
                 "unknown layout engine 'graphviz': use one of dot, neato, fdp, sfdp, twopi, circo");
  }
}

TEST(MapSvg, TheGraphsLayoutAttributeChoosesTheEngine) {
  const std::string laid_out =
      render_image("digraph { layout=\"neato\" a -> b }", ImageFormat::dot);
  EXPECT_THAT(laid_out, HasSubstr("layout=neato"));
}

TEST(PdfDate, CreationDateIsFixedAtTheSameLength) {
  std::string utc = "x /CreationDate (D:20261123145258Z) y";
  map_detail::fix_pdf_creation_date(utc);
  EXPECT_EQ(utc, "x /CreationDate (D:19700101000000Z) y");
  std::string local = "/CreationDate (D:20261123145258+01'00')";
  map_detail::fix_pdf_creation_date(local);
  EXPECT_EQ(local, "/CreationDate (D:19700101000000+00'00')");
  std::string none = "%PDF-1.5 no date";
  map_detail::fix_pdf_creation_date(none);
  EXPECT_EQ(none, "%PDF-1.5 no date");
}

}  // namespace
}  // namespace kamgraph
