// The portfolio audit on a hand-worked portfolio of four accounts, and on the sample
// portfolio, whose designed findings (samples/portfolio/README.md) it must find.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "kamgraph/import/import.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/plan/audit.hpp"
#include "unit/store/temp_database.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Person ours(const std::string& id, const std::string& department) {
  return Person{.id = id,
                .name = "Colleague " + id,
                .org = "internal",
                .kind = PersonKind::internal,
                .power = 0,
                .department = department};
}

Person theirs(const std::string& id, const std::string& org, std::vector<Role> roles,
              double power) {
  return Person{
      .id = id, .name = "Name of " + id, .org = org, .roles = std::move(roles), .power = power};
}

Relationship tie(const std::string& a, const std::string& b, double strength,
                 RelationType type = RelationType::knows, std::optional<Date> last = {}) {
  return canonical(Relationship{
      .source = a, .target = b, .type = type, .strength = strength, .last_contact = last});
}

// Our team: greco (Sales), kam (Key Account Management), eng (Engineering); no ties among
// them, so every route to a customer starts at one of them.
//
// alpha (strategic, revenue 600, potential 700): a_ceo decider 0.9, a_buyer 0.5, a_eng 0.6.
//   greco - a_ceo 0.8, last contact 2026-01-01 (304 days before 2026-11-01: stale, and
//   0.8 * 0.5^(304/365) = 0.449 < 0.5: not covered); kam - a_buyer 0.8; eng - a_eng 0.8;
//   a_buyer - a_ceo works_with 0.6.
// beta (status, 250, potential 1000): b_ceo decider 0.9, b_cfo approver 0.8, b_buyer 0.5.
//   greco - b_ceo 0.7; kam - b_ceo 0.6; kam - b_buyer 0.9. b_cfo knows nobody.
// gamma (no segment; attractiveness and strength 0.2: opportunity; 100, potential 900):
//   g_ceo decider 0.9, g_buyer 0.5. kam - g_buyer 0.9; g_buyer - g_ceo works_with 0.5.
// delta (star, 50, potential 10): no people imported.
Dataset portfolio() {
  Dataset d;
  d.accounts = {Account{.id = "alpha",
                        .name = "Alpha S.p.A.",
                        .segment = Segment::strategic,
                        .revenue = 600,
                        .potential = 700,
                        .margin = 0.3},
                Account{.id = "beta",
                        .name = "Beta, \"Co\"",
                        .segment = Segment::status,
                        .revenue = 250,
                        .potential = 1000,
                        .margin = 0.2},
                Account{.id = "delta",
                        .name = "Delta",
                        .segment = Segment::star,
                        .revenue = 50,
                        .potential = 10,
                        .margin = 0.1},
                Account{.id = "gamma",
                        .name = "Gamma",
                        .revenue = 100,
                        .potential = 900,
                        .margin = 0.4,
                        .attractiveness = 0.2,
                        .supplier_strength = 0.2}};
  d.people = {ours("greco", "Sales"),
              ours("kam", "Key Account Management"),
              ours("eng", "Engineering"),
              theirs("a_ceo", "alpha", {Role::decider}, 0.9),
              theirs("a_buyer", "alpha", {Role::buyer}, 0.5),
              theirs("a_eng", "alpha", {Role::technical}, 0.6),
              theirs("b_ceo", "beta", {Role::decider}, 0.9),
              theirs("b_cfo", "beta", {Role::approver}, 0.8),
              theirs("b_buyer", "beta", {Role::buyer}, 0.5),
              theirs("g_ceo", "gamma", {Role::decider}, 0.9),
              theirs("g_buyer", "gamma", {Role::buyer}, 0.5)};
  d.relationships = {tie("greco", "a_ceo", 0.8, RelationType::knows, Date(2026, 1, 1)),
                     tie("kam", "a_buyer", 0.8),
                     tie("eng", "a_eng", 0.8),
                     tie("a_buyer", "a_ceo", 0.6, RelationType::works_with),
                     tie("greco", "b_ceo", 0.7),
                     tie("kam", "b_ceo", 0.6),
                     tie("kam", "b_buyer", 0.9),
                     tie("kam", "g_buyer", 0.9),
                     tie("g_buyer", "g_ceo", 0.5, RelationType::works_with)};
  sort_dataset(d);
  return d;
}

// What Store::account_data returns for one account of `d`: the account, its people, our
// team, and the relationships among them.
Dataset slice(const Dataset& d, const std::string& id) {
  Dataset out;
  std::set<std::string> in;
  for (const auto& a : d.accounts)
    if (a.id == id) out.accounts.push_back(a);
  for (const auto& p : d.people)
    if (p.org == id || p.internal()) {
      out.people.push_back(p);
      in.insert(p.id);
    }
  for (const auto& r : d.relationships)
    if (in.count(r.source) && in.count(r.target)) out.relationships.push_back(r);
  return out;
}

Action action(const std::string& id, const std::string& account, Date due,
              ActionStatus status = ActionStatus::open) {
  return Action{.id = id, .account = account, .due = due, .status = status};
}

std::vector<Action> actions() {
  return {action("x1", "alpha", Date(2026, 10, 1)),  // overdue
          action("x2", "alpha", Date(2026, 12, 1)),
          action("x3", "alpha", Date(2026, 9, 1), ActionStatus::done),  // done: not counted
          action("x4", "gamma", Date(2026, 11, 1))};                    // due today: not overdue
}

AuditOptions at(const std::string& date) {
  AuditOptions o;
  o.time.as_of = *Date::parse(date);
  return o;
}

PortfolioAudit audit(const AuditOptions& o) {
  const Dataset d = portfolio();
  return audit_accounts(
      d.accounts, [&d](const std::string& id) { return slice(d, id); }, actions(), o);
}

const AuditRow& row(const PortfolioAudit& a, const std::string& id) {
  for (const auto& r : a.rows)
    if (r.account.id == id) return r;
  throw std::runtime_error("no row " + id);
}

std::vector<std::string> order(const PortfolioAudit& a) {
  std::vector<std::string> out;
  for (const auto& r : a.rows) out.push_back(r.account.id);
  return out;
}

TEST(Audit, SegmentationOfThePortfolio) {
  auto a = audit(at("2026-11-01"));
  EXPECT_EQ(a.accounts_total, 4u);
  EXPECT_DOUBLE_EQ(a.revenue_total, 1000);
  // Cumulative 0.60 0.85 0.95 1.00: beta is 0.05 past 80% vs 0.20 short (A), gamma ends at
  // 95% exactly (B), delta C.
  EXPECT_EQ(row(a, "alpha").segment.abc, AbcClass::a);
  EXPECT_EQ(row(a, "beta").segment.abc, AbcClass::a);
  EXPECT_EQ(row(a, "gamma").segment.abc, AbcClass::b);
  EXPECT_EQ(row(a, "delta").segment.abc, AbcClass::c);
  // Medians: revenue (100+250)/2 = 175, potential (700+900)/2 = 800.
  EXPECT_DOUBLE_EQ(a.options.segmentation.contribution->revenue, 175);
  EXPECT_DOUBLE_EQ(a.options.segmentation.contribution->potential, 800);
  EXPECT_EQ(row(a, "alpha").segment.contribution, Contribution::important);
  EXPECT_EQ(row(a, "beta").segment.contribution, Contribution::key);
  EXPECT_EQ(row(a, "gamma").segment.contribution, Contribution::potential_key);
  EXPECT_EQ(row(a, "delta").segment.contribution, Contribution::regular);
  // Margins 0.1 0.2 0.3 0.4: quartile cuts 0.325, 0.25, 0.175.
  EXPECT_EQ(row(a, "gamma").segment.margin_class, 1);
  EXPECT_EQ(row(a, "alpha").segment.margin_class, 2);
  EXPECT_EQ(row(a, "beta").segment.margin_class, 3);
  EXPECT_EQ(row(a, "delta").segment.margin_class, 4);
  // gamma has no segment: the matrix makes it an opportunity.
  EXPECT_EQ(row(a, "gamma").segment.segment, Segment::opportunity);
  EXPECT_TRUE(row(a, "gamma").segment.segment_derived);
}

TEST(Audit, RowsHoldTheAnalysisHeadlines) {
  auto a = audit(at("2026-11-01"));
  const AuditRow& alpha = row(a, "alpha");
  ASSERT_TRUE(alpha.analysed);
  EXPECT_THAT(alpha.threads, ElementsAre("eng", "greco", "kam"));
  // a_ceo: best access max(0.449 direct, kam>a_buyer>a_ceo 0.8*0.6 = 0.48) = 0.48;
  // (0.9*0.48 + 0.5*0.8 + 0.6*0.8) / 2.0 = 0.656.
  EXPECT_NEAR(alpha.coverage_score, 0.656, 1e-9);
  EXPECT_EQ(alpha.key_seats, 1);  // a_ceo; a_buyer 0.5 and a_eng 0.6 are below 0.7
  EXPECT_EQ(alpha.key_seats_known, 0);
  EXPECT_THAT(alpha.uncovered_deciders, ElementsAre("a_ceo"));
  EXPECT_THAT(alpha.spofs, ElementsAre("eng"));  // only eng reaches a_eng
  EXPECT_EQ(alpha.stale_key_relationships, 1);   // greco - a_ceo
  EXPECT_EQ(alpha.actions_open, 2);
  EXPECT_EQ(alpha.actions_overdue, 1);
  EXPECT_FALSE(alpha.policy_met);  // strategic: a decider not covered

  const AuditRow& beta = row(a, "beta");
  // (0.9*0.7 + 0.8*0 + 0.5*0.9) / 2.2
  EXPECT_NEAR(beta.coverage_score, 1.08 / 2.2, 1e-9);
  EXPECT_EQ(beta.key_seats, 2);
  EXPECT_EQ(beta.key_seats_known, 1);  // b_ceo; b_cfo knows nobody
  EXPECT_THAT(beta.uncovered_deciders, IsEmpty());
  EXPECT_THAT(beta.spofs, ElementsAre("kam"));  // only kam reaches b_buyer
  EXPECT_TRUE(beta.policy_met);                 // status: no influencer left uncovered
  EXPECT_EQ(beta.actions_open, 0);

  const AuditRow& gamma = row(a, "gamma");
  // (0.9*0.45 + 0.5*0.9) / 1.4
  EXPECT_NEAR(gamma.coverage_score, 0.855 / 1.4, 1e-9);
  EXPECT_EQ(gamma.stage, Stage::bow_tie);
  EXPECT_THAT(gamma.spofs, ElementsAre("g_buyer", "kam"));
  // Checked as an opportunity (one covered contact), not against the no-segment rule
  // (deciders covered), which g_ceo would fail.
  EXPECT_TRUE(gamma.policy_met);
  EXPECT_EQ(gamma.policy, "opportunity, preferred customer: one covered contact");
  EXPECT_EQ(gamma.actions_open, 1);
  EXPECT_EQ(gamma.actions_overdue, 0);

  const AuditRow& delta = row(a, "delta");
  EXPECT_FALSE(delta.analysed);
  EXPECT_THAT(delta.threads, IsEmpty());
}

TEST(Audit, KeyPersonRisk) {
  auto a = audit(at("2026-11-01"));
  EXPECT_THAT(row(a, "alpha").decider_ties, ElementsAre("greco"));
  EXPECT_THAT(row(a, "beta").decider_ties, ElementsAre("greco", "kam"));
  EXPECT_THAT(row(a, "gamma").decider_ties, IsEmpty());
  EXPECT_THAT(row(a, "gamma").decider_routes, ElementsAre("kam"));
  // greco holds the only (stale) direct tie to alpha's decider: 600 of 1000. kam is the
  // only route to gamma's: every path to g_ceo starts kam - g_buyer.
  ASSERT_EQ(a.key_person_risk.size(), 2u);
  const KeyPersonRisk& greco = a.key_person_risk[0];
  EXPECT_EQ(greco.person, "greco");
  EXPECT_EQ(greco.name, "Colleague greco");
  EXPECT_THAT(greco.accounts, ElementsAre("alpha"));
  EXPECT_DOUBLE_EQ(greco.revenue_at_risk, 600);
  EXPECT_DOUBLE_EQ(greco.share_of_revenue, 0.6);
  EXPECT_THAT(greco.only_route_accounts, IsEmpty());
  const KeyPersonRisk& kam = a.key_person_risk[1];
  EXPECT_EQ(kam.person, "kam");
  EXPECT_THAT(kam.accounts, IsEmpty());
  EXPECT_DOUBLE_EQ(kam.revenue_at_risk, 0);
  EXPECT_THAT(kam.only_route_accounts, ElementsAre("gamma"));
  EXPECT_DOUBLE_EQ(kam.only_route_revenue, 100);
}

TEST(Audit, Sorting) {
  auto o = at("2026-11-01");
  EXPECT_THAT(order(audit(o)), ElementsAre("alpha", "beta", "gamma", "delta"));
  o.sort = AuditSort::coverage;  // 0.491, 0.611, 0.656, then the one not analysed
  EXPECT_THAT(order(audit(o)), ElementsAre("beta", "gamma", "alpha", "delta"));
  o.sort = AuditSort::account;
  EXPECT_THAT(order(audit(o)), ElementsAre("alpha", "beta", "delta", "gamma"));
  o.sort = AuditSort::segment;  // strategic, status, star, opportunity
  EXPECT_THAT(order(audit(o)), ElementsAre("alpha", "beta", "delta", "gamma"));
  EXPECT_EQ(parse_audit_sort("Coverage"), AuditSort::coverage);
  EXPECT_EQ(parse_audit_sort("size"), std::nullopt);
  EXPECT_THAT(audit_sort_words(),
              ElementsAre("revenue", "status", "coverage", "account", "segment"));
}

TEST(Audit, StatusSortPutsRedFirst) {
  auto o = at("2026-11-01");
  o.sort = AuditSort::status;
  auto a = audit(o);
  // Whatever the colours, they come red, amber, green, and the unanalysed account last.
  auto rank = [](const AuditRow& r) { return r.analysed ? int(2 - int(r.status)) : 3; };
  for (std::size_t i = 1; i < a.rows.size(); ++i)
    EXPECT_LE(rank(a.rows[i - 1]), rank(a.rows[i])) << a.rows[i].account.id;
  EXPECT_EQ(a.rows.back().account.id, "delta");
}

TEST(Audit, Filters) {
  auto o = at("2026-11-01");
  o.segments = {Segment::opportunity};  // gamma's segment is derived, and counts
  EXPECT_THAT(order(audit(o)), ElementsAre("gamma"));
  o.segments = {Segment::strategic, Segment::star};
  EXPECT_THAT(order(audit(o)), ElementsAre("alpha", "delta"));
  o.segments = {std::nullopt};
  EXPECT_THAT(order(audit(o)), IsEmpty());
  o.segments.clear();
  o.owners = {"kam"};
  EXPECT_THAT(order(audit(o)), ElementsAre("alpha", "beta", "gamma"));
  o.owners = {"eng"};
  auto a = audit(o);
  EXPECT_THAT(order(a), ElementsAre("alpha"));
  // Key-person risk over the rows shown; the share still of the whole portfolio.
  ASSERT_EQ(a.key_person_risk.size(), 1u);
  EXPECT_EQ(a.key_person_risk[0].person, "greco");
  EXPECT_DOUBLE_EQ(a.key_person_risk[0].share_of_revenue, 0.6);
  // Classes are the whole portfolio's whatever is shown.
  EXPECT_EQ(a.rows[0].segment.abc, AbcClass::a);
}

TEST(Audit, JsonContract) {
  auto j = nlohmann::json::parse(audit_json(audit(at("2026-11-01"))));
  EXPECT_EQ(j["as_of"], "2026-11-01");
  EXPECT_EQ(j["portfolio"]["accounts"], 4);
  EXPECT_EQ(j["portfolio"]["revenue"], 1000.0);
  ASSERT_EQ(j["accounts"].size(), 4u);
  const auto& alpha = j["accounts"][0];
  for (const char* key : {"account", "name", "segment", "abc", "status", "coverage_score", "stage",
                          "uncovered_deciders", "spofs", "threads", "policy_met"})
    EXPECT_TRUE(alpha.contains(key)) << key;
  EXPECT_EQ(alpha["account"], "alpha");
  EXPECT_EQ(alpha["name"], "Alpha S.p.A.");
  EXPECT_EQ(alpha["segment"], "strategic");
  EXPECT_EQ(alpha["abc"], "A");
  EXPECT_EQ(alpha["uncovered_deciders"], 1);
  EXPECT_EQ(alpha["spofs"], 1);
  EXPECT_EQ(alpha["threads"], 3);
  EXPECT_EQ(alpha["policy_met"], false);
  EXPECT_EQ(alpha["coverage_score"], 0.656);
  EXPECT_EQ(alpha["actions_overdue"], 1);
  const auto& gamma = j["accounts"][2];
  EXPECT_EQ(gamma["segment"], "opportunity");
  EXPECT_EQ(gamma["segment_derived"], true);
  EXPECT_EQ(gamma["contribution"], "potential key");
  const auto& delta = j["accounts"][3];
  EXPECT_EQ(delta["analysed"], false);
  EXPECT_TRUE(delta["status"].is_null());
  EXPECT_TRUE(delta["policy_met"].is_null());
  ASSERT_EQ(j["key_person_risk"].size(), 2u);
  const auto& greco = j["key_person_risk"][0];
  EXPECT_EQ(greco["person"], "greco");
  EXPECT_EQ(greco["accounts"], nlohmann::json::array({"alpha"}));
  EXPECT_EQ(greco["revenue_at_risk"], 600.0);
  EXPECT_EQ(greco["share_of_revenue"], 0.6);
  const auto& abc = j["segmentation"]["abc"];
  EXPECT_EQ(abc[0]["accounts"], 2);
  EXPECT_EQ(abc[0]["revenue"], 850.0);
  EXPECT_EQ(abc[1]["accounts"], 1);
  EXPECT_EQ(abc[2]["accounts"], 1);
}

TEST(Audit, Csv) {
  auto csv = audit_csv(audit(at("2026-11-01")));
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = csv.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(csv.substr(start, nl - start));
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_TRUE(lines[1].starts_with("alpha,Alpha S.p.A.,strategic,false,A,600,0.6,700,important,"))
      << lines[1];
  // A name with a comma or a quote is quoted, quotes doubled.
  EXPECT_TRUE(lines[2].starts_with("beta,\"Beta, \"\"Co\"\"\",status,false,A,250,")) << lines[2];
  // Not analysed: the analysis columns are empty.
  EXPECT_EQ(lines[4], "delta,Delta,star,false,C,50,0.05,10,regular,0.1,4,,,,,,,,,,0,0,,,,");
}

TEST(AuditStore, OverTheStoreWithItsActions) {
  testing::TempDatabase db;
  auto store = open_sqlite_store({.path = db.path()});
  store->import(portfolio());
  auto acts = actions();
  for (auto& x : acts) x.created = x.updated = Date(2026, 10, 1);
  store->save_actions("alpha", {acts[0], acts[1], acts[2]});
  store->save_actions("gamma", {acts[3]});
  auto a = audit_portfolio(*store, at("2026-11-01"));
  EXPECT_THAT(order(a), ElementsAre("alpha", "beta", "gamma", "delta"));
  EXPECT_EQ(row(a, "alpha").actions_open, 2);
  EXPECT_EQ(row(a, "alpha").actions_overdue, 1);
  EXPECT_EQ(row(a, "gamma").actions_open, 1);
  EXPECT_EQ(a.key_person_risk[0].person, "greco");
}

TEST(AuditStore, OwnersMustBeOurPeople) {
  testing::TempDatabase db;
  auto store = open_sqlite_store({.path = db.path()});
  store->import(portfolio());
  auto o = at("2026-11-01");
  o.owners = {"nobody"};
  try {
    audit_portfolio(*store, o);
    ADD_FAILURE();
  } catch (const NotFoundError& e) {
    EXPECT_STREQ(e.what(), "owner 'nobody': nobody on our team has that id");
  }
  o.owners = {"a_ceo"};
  try {
    audit_portfolio(*store, o);
    ADD_FAILURE();
  } catch (const NotFoundError& e) {
    EXPECT_STREQ(e.what(), "owner 'a_ceo': nobody on our team has that id ('a_ceo' is at alpha)");
  }
}

// The designed findings of samples/portfolio/README.md, as of 2026-11-23.
class SamplePortfolio : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new testing::TempDatabase();
    auto store = open_sqlite_store({.path = db_->path()});
    store->import(read_csv_directory(KAMGRAPH_SOURCE_DIR "/samples/portfolio"));
    audit_ = new PortfolioAudit(audit_portfolio(*store, at("2026-11-23")));
  }
  static void TearDownTestSuite() {
    delete audit_;
    delete db_;
  }
  static testing::TempDatabase* db_;
  static PortfolioAudit* audit_;
};
testing::TempDatabase* SamplePortfolio::db_ = nullptr;
PortfolioAudit* SamplePortfolio::audit_ = nullptr;

TEST_F(SamplePortfolio, AbcIsEightyTwenty) {
  std::map<AbcClass, std::pair<int, double>> by_class;
  for (const auto& r : audit_->rows) {
    by_class[*r.segment.abc].first++;
    by_class[*r.segment.abc].second += r.revenue();
  }
  EXPECT_DOUBLE_EQ(audit_->revenue_total, 58675000);
  EXPECT_EQ(by_class[AbcClass::a].first, 6);
  EXPECT_DOUBLE_EQ(by_class[AbcClass::a].second, 46700000);
  EXPECT_EQ(by_class[AbcClass::b].first, 9);
  EXPECT_DOUBLE_EQ(by_class[AbcClass::b].second, 9270000);
  EXPECT_EQ(by_class[AbcClass::c].first, 15);
}

TEST_F(SamplePortfolio, SegmentsWhereNoneWasGiven) {
  std::map<std::string, std::string> derived;
  for (const auto& r : audit_->rows)
    if (r.segment.segment_derived) derived[r.account.id] = to_string(*r.segment.segment);
  EXPECT_EQ(derived,
            (std::map<std::string, std::string>{{"alpina_packaging", "opportunity"},
                                                {"bionova_therapeutics", "status"},
                                                {"calzaturificio_marchigiano", "opportunity"},
                                                {"pomorze_sklepy", "opportunity"}}));
  // Every given segment agrees with the matrix at the default cuts.
  for (const auto& r : audit_->rows) EXPECT_EQ(r.segment.segment, r.segment.matrix) << r.account.id;
}

TEST_F(SamplePortfolio, PotentialKeyAccountsAtTheMedianSplit) {
  // Medians: revenue (330k + 620k) / 2 = 475k; potential (1.1M + 1.4M) / 2 = 1.25M.
  EXPECT_DOUBLE_EQ(audit_->options.segmentation.contribution->revenue, 475000);
  EXPECT_DOUBLE_EQ(audit_->options.segmentation.contribution->potential, 1250000);
  std::vector<std::string> potential_key;
  for (const auto& r : audit_->rows)
    if (r.segment.contribution == Contribution::potential_key)
      potential_key.push_back(r.account.id);
  std::sort(potential_key.begin(), potential_key.end());
  // baltyk_energia (1.2M -> 5.0M) is above the revenue median, so it is a key account here.
  EXPECT_THAT(potential_key, ElementsAre("bionova_therapeutics", "cantiere_ligure"));
}

TEST_F(SamplePortfolio, GrecoIsTheOnlyLinkToTheDecidersOfFourAccounts) {
  ASSERT_FALSE(audit_->key_person_risk.empty());
  const KeyPersonRisk& top = audit_->key_person_risk.front();
  EXPECT_EQ(top.person, "int_sales_greco");
  EXPECT_EQ(top.name, "Franco Greco");
  // By revenue: 12.4M + 8.2M + 6.3M + 1.65M = 28.55M of 58.675M = 48.7%.
  EXPECT_THAT(top.accounts, ElementsAre("acciaierie_dolomiti", "adriatica_food", "sanitas_nord",
                                        "ticino_automotive"));
  EXPECT_DOUBLE_EQ(top.revenue_at_risk, 28550000);
  EXPECT_NEAR(top.share_of_revenue, 0.4866, 5e-5);
  // Nobody else is the only direct link to more than two accounts or 4.7M.
  for (std::size_t i = 1; i < audit_->key_person_risk.size(); ++i) {
    const KeyPersonRisk& k = audit_->key_person_risk[i];
    EXPECT_LE(k.accounts.size(), 2u) << k.person;
    EXPECT_LE(k.revenue_at_risk, 4700000) << k.person;
  }
}

TEST_F(SamplePortfolio, DecidersWithoutADirectTie) {
  std::vector<std::string> none;
  for (const auto& r : audit_->rows)
    for (const auto& id : r.uncovered_deciders) none.push_back(id);
  std::sort(none.begin(), none.end());
  // README: no direct tie to ap_ceo ap_chair be_ceo ce_ceo cl_ceo cm_ceo cp_ceo dk_ceo fu_ceo
  // lb_ceo ls_ceo mf_ceo pa_ceo pv_ceo rm_ceo vs_gm vt_ceo and the placeholder cn_ceo; and
  // not covered (stale or weak): ec_ceo ta_ceo sm_gm kf_ceo bn_ceo mt_ceo vb_ceo vb_chair.
  EXPECT_THAT(none,
              ElementsAre("ap_ceo", "ap_chair", "be_ceo", "bn_ceo", "ce_ceo", "cl_ceo", "cm_ceo",
                          "cn_ceo", "cp_ceo", "dk_ceo", "ec_ceo", "fu_ceo", "kf_ceo", "lb_ceo",
                          "ls_ceo", "mf_ceo", "mt_ceo", "pa_ceo", "pv_ceo", "rm_ceo", "sm_gm",
                          "ta_ceo", "vb_ceo", "vb_chair", "vs_gm", "vt_ceo"));
}

}  // namespace
}  // namespace kamgraph
