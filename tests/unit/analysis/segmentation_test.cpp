// Portfolio segmentation on hand-worked portfolios: every expected class is derived in the
// comments from the numbers in the test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kamgraph/analysis/segmentation.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;

Account acc(const std::string& id, std::optional<double> revenue,
            std::optional<double> potential = std::nullopt,
            std::optional<double> margin = std::nullopt) {
  return Account{
      .id = id, .name = id, .revenue = revenue, .potential = potential, .margin = margin};
}

Account scored(const std::string& id, std::optional<double> attractiveness,
               std::optional<double> strength, std::optional<Segment> segment = std::nullopt) {
  return Account{.id = id,
                 .name = id,
                 .segment = segment,
                 .attractiveness = attractiveness,
                 .supplier_strength = strength};
}

std::vector<std::string> classes(const AbcAnalysis& abc) {
  std::vector<std::string> out;
  for (const auto& e : abc.ranked) out.push_back(e.account + ":" + std::string(to_string(e.abc)));
  return out;
}

TEST(Abc, ClassesEndAtTheCutOffs) {
  // Total 1000; cumulative 0.50 0.80 0.90 0.95 0.98 1.00. p2 reaches 80% exactly: A.
  // p3 and p4 take it to 95% exactly: B. The rest: C.
  auto abc = abc_analysis({acc("p6", 20), acc("p4", 50), acc("p1", 500), acc("p2", 300),
                           acc("p5", 30), acc("p3", 100)});
  EXPECT_DOUBLE_EQ(abc.total, 1000);
  EXPECT_THAT(classes(abc), ElementsAre("p1:A", "p2:A", "p3:B", "p4:B", "p5:C", "p6:C"));
  EXPECT_DOUBLE_EQ(abc.ranked[0].share, 0.5);
  EXPECT_DOUBLE_EQ(abc.ranked[2].cumulative, 0.9);
}

TEST(Abc, TheCrossingAccountGoesToTheNearerSide) {
  // Total 100; cumulative 0.40 0.75 0.90 0.96 1.00.
  // c: 0.75 -> 0.90 crosses 80%; 0.90 is 0.10 past, 0.75 is 0.05 short: c stays out of A.
  // d: 0.90 -> 0.96 crosses 95%; 0.96 is 0.01 past, 0.90 is 0.05 short: d joins B.
  auto abc = abc_analysis({acc("a", 40), acc("b", 35), acc("c", 15), acc("d", 6), acc("e", 4)});
  EXPECT_THAT(classes(abc), ElementsAre("a:A", "b:A", "c:B", "d:B", "e:C"));
  // Cumulative 0.70 0.82 0.92 1.00. x: 0.82 is 0.02 past 80%, 0.70 is 0.10 short: A.
  // z: 0.92 -> 1.00 is 0.05 past 95%, 0.92 is 0.03 short: C.
  abc = abc_analysis({acc("w", 70), acc("x", 12), acc("y", 10), acc("z", 8)});
  EXPECT_THAT(classes(abc), ElementsAre("w:A", "x:A", "y:B", "z:C"));
}

TEST(Abc, TopAccountIsAlwaysA) {
  // One account makes 99%: even 0.99 is nearer to 80% than 0 is.
  auto abc = abc_analysis({acc("big", 990), acc("small", 10)});
  EXPECT_THAT(classes(abc), ElementsAre("big:A", "small:C"));
}

TEST(Abc, CustomCutOffs) {
  // Cuts 50/90 on cumulative 0.50 0.80 0.90 0.95 0.98 1.00.
  auto abc = abc_analysis(
      {acc("p1", 500), acc("p2", 300), acc("p3", 100), acc("p4", 50), acc("p5", 30), acc("p6", 20)},
      {0.5, 0.9});
  EXPECT_THAT(classes(abc), ElementsAre("p1:A", "p2:B", "p3:B", "p4:C", "p5:C", "p6:C"));
}

TEST(Abc, TiesByIdAccountsWithoutRevenueLeftOut) {
  auto abc = abc_analysis({acc("b", 50), acc("a", 50), acc("none", std::nullopt)});
  EXPECT_THAT(classes(abc), ElementsAre("a:A", "b:A"));  // 0.5 -> 1.0: 0.2 past, 0.3 short
  EXPECT_DOUBLE_EQ(abc.total, 100);
}

TEST(Abc, ZeroRevenue) {
  auto abc = abc_analysis({acc("a", 0), acc("b", 0)});
  EXPECT_THAT(classes(abc), ElementsAre("a:C", "b:C"));
  abc = abc_analysis({acc("a", 100), acc("zero", 0)});
  EXPECT_THAT(classes(abc), ElementsAre("a:A", "zero:C"));
}

TEST(Abc, InvalidCutOffsAreAUsageError) {
  for (AbcCuts bad : {AbcCuts{0.0, 0.9}, AbcCuts{0.9, 0.8}, AbcCuts{0.8, 0.8}, AbcCuts{0.8, 1.1}}) {
    try {
      abc_analysis({acc("a", 1)}, bad);
      ADD_FAILURE() << bad.a << "," << bad.b;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::usage);
      EXPECT_STREQ(e.what(), "ABC cut-offs must satisfy 0 < A < B <= 100% (for example 80,95)");
    }
  }
}

TEST(Abc, SamplePortfolioIsTheUsualEightyTwenty) {
  // samples/portfolio/accounts.csv, revenue in EUR k (README: A = top 6 with 79.6%, B = next
  // 9 with 15.8%, C = last 15). Cumulative after the 6th: 46,700 / 58,675 = 0.7959; after
  // ticino 0.8240: 0.0240 past 80% vs 0.0041 short, so ticino is B. After lanificio 0.9433,
  // after rheinland 0.9539: 0.0039 past 95% vs 0.0067 short, so rheinland is B.
  const std::vector<std::pair<std::string, double>> revenue = {{"acciaierie_dolomiti", 12400},
                                                               {"farmaceutici_lombarda", 9700},
                                                               {"adriatica_food", 8200},
                                                               {"sanitas_nord", 6300},
                                                               {"vistula_logistics", 5400},
                                                               {"eurocasa_retail", 4700},
                                                               {"ticino_automotive", 1650},
                                                               {"chimica_padana", 1400},
                                                               {"baltyk_energia", 1200},
                                                               {"karpaty_foods", 1050},
                                                               {"ospedale_san_marco", 950},
                                                               {"alpina_packaging", 880},
                                                               {"mediterranea_terminal", 820},
                                                               {"lanificio_biellese", 700},
                                                               {"rheinland_moebel", 620},
                                                               {"cantine_langhe", 330},
                                                               {"plastiche_venete", 300},
                                                               {"villa_serena", 280},
                                                               {"calzaturificio_marchigiano", 250},
                                                               {"drukarnia_krakowska", 230},
                                                               {"vetreria_toscana", 210},
                                                               {"ceramiche_emiliane", 195},
                                                               {"latteria_sarda", 180},
                                                               {"valvole_bresciane", 160},
                                                               {"pomorze_sklepy", 140},
                                                               {"mobilificio_friulano", 120},
                                                               {"frantoio_umbro", 105},
                                                               {"cantiere_ligure", 90},
                                                               {"pastificio_abruzzese", 70},
                                                               {"bionova_therapeutics", 45}};
  std::vector<Account> accounts;
  for (const auto& [id, r] : revenue) accounts.push_back(acc(id, r));
  auto abc = abc_analysis(accounts);
  EXPECT_DOUBLE_EQ(abc.total, 58675);
  int counts[3] = {0, 0, 0};
  double sums[3] = {0, 0, 0};
  for (const auto& e : abc.ranked) {
    counts[int(e.abc)]++;
    sums[int(e.abc)] += e.revenue;
  }
  EXPECT_EQ(counts[0], 6);
  EXPECT_EQ(counts[1], 9);
  EXPECT_EQ(counts[2], 15);
  EXPECT_DOUBLE_EQ(sums[0], 46700);
  EXPECT_DOUBLE_EQ(sums[1], 9270);
  EXPECT_DOUBLE_EQ(sums[2], 2705);
  EXPECT_EQ(abc.ranked[5].account, "eurocasa_retail");
  EXPECT_EQ(abc.ranked[14].account, "rheinland_moebel");
  EXPECT_EQ(abc.ranked[14].abc, AbcClass::b);
}

TEST(Matrix, SegmentsFromTheSeedsDescriptions) {
  // At the cut (0.6) counts as high.
  EXPECT_EQ(matrix_segment(scored("x", 0.6, 0.6)), Segment::strategic);
  EXPECT_EQ(matrix_segment(scored("x", 0.9, 0.59)), Segment::status);  // attractive, weak
  EXPECT_EQ(matrix_segment(scored("x", 0.59, 0.9)), Segment::star);    // strong, less attractive
  EXPECT_EQ(matrix_segment(scored("x", 0.1, 0.1)), Segment::opportunity);
  EXPECT_EQ(matrix_segment(scored("x", std::nullopt, 0.9)), std::nullopt);
  EXPECT_EQ(matrix_segment(scored("x", 0.9, std::nullopt)), std::nullopt);
  // Other cuts.
  EXPECT_EQ(matrix_segment(scored("x", 0.55, 0.45), {0.5, 0.5}), Segment::status);
}

TEST(Matrix, SamplePortfolioAccountsWithoutSegment) {
  // README: the rule would make alpina, bionova, calzaturificio and pomorze opportunity,
  // status, opportunity and opportunity.
  EXPECT_EQ(matrix_segment(scored("alpina_packaging", 0.5, 0.55)), Segment::opportunity);
  EXPECT_EQ(matrix_segment(scored("bionova_therapeutics", 0.68, 0.5)), Segment::status);
  EXPECT_EQ(matrix_segment(scored("calzaturificio_marchigiano", 0.38, 0.52)), Segment::opportunity);
  EXPECT_EQ(matrix_segment(scored("pomorze_sklepy", 0.48, 0.57)), Segment::opportunity);
}

TEST(Contribution, MedianSplit) {
  // Revenue 10 20 30 40: median (20+30)/2 = 25. Potential 40 50 100 400: (50+100)/2 = 75.
  std::vector<Account> p = {acc("a", 40, 400), acc("b", 10, 100), acc("c", 30, 50),
                            acc("d", 20, 40), acc("no_potential", 5)};
  // The account without potential still counts for the revenue median: 5 10 20 30 40 -> 20.
  auto split = median_split(p);
  EXPECT_DOUBLE_EQ(split.revenue, 20);
  EXPECT_DOUBLE_EQ(split.potential, 75);
  p.pop_back();
  split = median_split(p);
  EXPECT_DOUBLE_EQ(split.revenue, 25);
  EXPECT_EQ(contribution_class(p[0], split), Contribution::key);            // 40 / 400
  EXPECT_EQ(contribution_class(p[1], split), Contribution::potential_key);  // 10 / 100
  EXPECT_EQ(contribution_class(p[2], split), Contribution::important);      // 30 / 50
  EXPECT_EQ(contribution_class(p[3], split), Contribution::regular);        // 20 / 40
  EXPECT_EQ(contribution_class(acc("x", 5), split), std::nullopt);
  // At the split counts as high.
  EXPECT_EQ(contribution_class(acc("x", 25, 75), split), Contribution::key);
  EXPECT_EQ(to_string(Contribution::potential_key), "potential key");
}

TEST(Contribution, OddCountAndEmpty) {
  auto split = median_split({acc("a", 1, 9), acc("b", 3, 7), acc("c", 2, 8)});
  EXPECT_DOUBLE_EQ(split.revenue, 2);
  EXPECT_DOUBLE_EQ(split.potential, 8);
  split = median_split({acc("a", std::nullopt)});
  EXPECT_DOUBLE_EQ(split.revenue, 0);
  EXPECT_DOUBLE_EQ(split.potential, 0);
}

TEST(Margin, QuartilesAndClasses) {
  // Five margins 0.10..0.50: positions 0.75*4 = 3, 0.5*4 = 2, 0.25*4 = 1 -> 0.40 0.30 0.20.
  std::vector<Account> p = {acc("e", 1, 1, 0.5), acc("a", 1, 1, 0.1), acc("c", 1, 1, 0.3),
                            acc("b", 1, 1, 0.2), acc("d", 1, 1, 0.4)};
  auto cuts = margin_quartiles(p);
  EXPECT_DOUBLE_EQ(cuts.class1, 0.4);
  EXPECT_DOUBLE_EQ(cuts.class2, 0.3);
  EXPECT_DOUBLE_EQ(cuts.class3, 0.2);
  EXPECT_EQ(margin_class(p[0], cuts), 1);
  EXPECT_EQ(margin_class(p[4], cuts), 1);  // 0.40 is at the cut
  EXPECT_EQ(margin_class(p[2], cuts), 2);
  EXPECT_EQ(margin_class(p[3], cuts), 3);
  EXPECT_EQ(margin_class(p[1], cuts), 4);
  EXPECT_EQ(margin_class(acc("x", 1), cuts), std::nullopt);
  // Four margins 0.1..0.4: positions 2.25, 1.5, 0.75 -> 0.325, 0.25, 0.175.
  cuts = margin_quartiles(
      {acc("a", 1, 1, 0.1), acc("b", 1, 1, 0.2), acc("c", 1, 1, 0.3), acc("d", 1, 1, 0.4)});
  EXPECT_NEAR(cuts.class1, 0.325, 1e-12);
  EXPECT_NEAR(cuts.class2, 0.25, 1e-12);
  EXPECT_NEAR(cuts.class3, 0.175, 1e-12);
}

TEST(Margin, SeedAdvice) {
  EXPECT_EQ(revenue_quality_advice(AbcClass::a, 1), "certainty");
  EXPECT_EQ(revenue_quality_advice(AbcClass::a, 4), "targeted policies");
  EXPECT_EQ(revenue_quality_advice(AbcClass::c, 3), "raise the margin, or drop");
  EXPECT_EQ(revenue_quality_advice(AbcClass::b, 1), "");
}

TEST(Portfolio, SegmentGivenOrDerived) {
  // Revenue 300 200 100 (+ one without). x: the top account, A. y: 0.5 -> 0.833 is 0.033
  // past 80% vs 0.3 short: A. z: starts past 80%; 0.833 -> 1.0 is 0.05 past 95% vs 0.117
  // short: B.
  Account x = scored("x", 0.9, 0.9, Segment::opportunity);  // given wins over the scores
  x.revenue = 300;
  Account y = scored("y", 0.9, 0.2);  // no segment: status from the matrix
  y.revenue = 200;
  Account z = scored("z", std::nullopt, 0.9);  // neither
  z.revenue = 100;
  Account w = scored("w", 0.1, 0.9);  // no revenue
  auto s = segment_portfolio({x, y, z, w});
  ASSERT_EQ(s.accounts.size(), 4u);
  EXPECT_DOUBLE_EQ(s.total_revenue, 600);
  EXPECT_EQ(s.accounts[0].segment, Segment::opportunity);
  EXPECT_FALSE(s.accounts[0].segment_derived);
  EXPECT_EQ(s.accounts[0].matrix, Segment::strategic);
  EXPECT_EQ(s.accounts[0].abc, AbcClass::a);
  EXPECT_DOUBLE_EQ(s.accounts[0].revenue_share, 0.5);
  EXPECT_EQ(s.accounts[1].segment, Segment::status);
  EXPECT_TRUE(s.accounts[1].segment_derived);
  EXPECT_EQ(s.accounts[1].abc, AbcClass::a);
  EXPECT_EQ(s.accounts[2].segment, std::nullopt);
  EXPECT_FALSE(s.accounts[2].segment_derived);
  EXPECT_EQ(s.accounts[2].abc, AbcClass::b);
  EXPECT_EQ(s.accounts[3].segment, Segment::star);
  EXPECT_EQ(s.accounts[3].abc, std::nullopt);
  // No potential and no margin anywhere: the splits are 0 and no account has a class.
  EXPECT_EQ(s.accounts[0].contribution, std::nullopt);
  EXPECT_EQ(s.accounts[0].margin_class, std::nullopt);
  ASSERT_TRUE(s.options.contribution.has_value());
  EXPECT_DOUBLE_EQ(s.options.contribution->revenue, 200);  // median of 100 200 300
}

TEST(Portfolio, GivenSplitsAreKept) {
  SegmentationOptions o;
  o.contribution = ContributionSplit{1000, 5000};
  o.margin = MarginCuts{0.3, 0.2, 0.1};
  auto s = segment_portfolio({acc("a", 1000, 4000, 0.15)}, o);
  EXPECT_EQ(s.accounts[0].contribution, Contribution::important);
  EXPECT_EQ(s.accounts[0].margin_class, 3);
}

}  // namespace
}  // namespace kamgraph
