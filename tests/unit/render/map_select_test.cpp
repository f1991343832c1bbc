// Which people each view, the ego neighbourhood and the filters show (map_fixture.hpp),
// and how inconsistent or oversized requests are refused.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "kamgraph/model/error.hpp"
#include "kamgraph/render/map.hpp"
#include "unit/render/map_fixture.hpp"

namespace kamgraph {
namespace {

using ::testing::ElementsAre;
using namespace kamgraph::testing;

std::vector<std::string> people(const MapOptions& o) { return map_people(map_account(), "acme", o); }

MapOptions view(MapView v) {
  MapOptions o;
  o.view = v;
  return o;
}

MapOptions ego(const std::string& around, int depth) {
  MapOptions o = view(MapView::ego);
  o.around = around;
  o.depth = depth;
  return o;
}

template <typename F>
std::string error_of(F f, ExitCode want) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(static_cast<int>(e.code()), static_cast<int>(want)) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "no error";
  return "";
}

TEST(MapPeople, StakeholdersAndCoverageShowEveryone) {
  const std::vector<std::string> all{"adv",   "buyer", "ceo", "cfo", "eng",
                                     "kam",   "rival", "se",  "seat"};
  EXPECT_EQ(people(view(MapView::stakeholders)), all);
  EXPECT_EQ(people(view(MapView::coverage)), all);
}

TEST(MapPeople, OrgchartAndInfluenceLeaveOurTeamOut) {
  EXPECT_THAT(people(view(MapView::orgchart)),
              ElementsAre("adv", "buyer", "ceo", "cfo", "eng", "rival", "seat"));
  EXPECT_THAT(people(view(MapView::influence)),
              ElementsAre("adv", "buyer", "ceo", "cfo", "eng", "rival", "seat"));
}

TEST(MapPeople, EgoFollowsEveryRelationshipAndReportingLine) {
  // ceo: kam (knows), eng (influences, reports_to field), cfo (reports_to field).
  EXPECT_THAT(people(ego("ceo", 1)), ElementsAre("ceo", "cfo", "eng", "kam"));
  // Two steps: buyer (kam, cfo), adv (cfo), se (kam, eng), rival (eng); not the seat.
  EXPECT_THAT(people(ego("ceo", 2)),
              ElementsAre("adv", "buyer", "ceo", "cfo", "eng", "kam", "rival", "se"));
  // Conflicts count as a neighbourhood too: rival's only ties are with eng.
  EXPECT_THAT(people(ego("rival", 1)), ElementsAre("eng", "rival"));
}

TEST(MapPeople, MinPowerKeepsOurTeamThatKnowsSomeoneShown) {
  MapOptions o;
  o.min_power = 0.6;
  // ceo 0.9, cfo 0.8, seat 0.6; kam knows ceo; se knows only eng (and kam, one of ours).
  EXPECT_THAT(people(o), ElementsAre("ceo", "cfo", "kam", "seat"));
}

TEST(MapPeople, RolesAndDepartment) {
  MapOptions o;
  o.roles = {Role::decider, Role::approver};
  EXPECT_THAT(people(o), ElementsAre("ceo", "cfo", "kam"));
  MapOptions d;
  d.department = "ENGINEERING";  // case-insensitive
  EXPECT_THAT(people(d), ElementsAre("eng", "rival", "se", "seat"));
}

TEST(MapPeople, FiltersNeverDropTheEgoCentre) {
  MapOptions o = ego("eng", 1);
  o.min_power = 0.85;
  // eng (0.4) is the centre; of its neighbours only ceo has power >= 0.85; se stays as one
  // of ours who knows eng.
  EXPECT_THAT(people(o), ElementsAre("ceo", "eng", "se"));
}

TEST(MapPeople, InconsistentOptionsAreUsageErrors) {
  EXPECT_EQ(error_of([] { people(view(MapView::ego)); }, ExitCode::usage),
            "the ego view needs the person at its centre: --around ID");
  MapOptions around = view(MapView::influence);
  around.around = "ceo";
  EXPECT_EQ(error_of([&] { people(around); }, ExitCode::usage),
            "--around draws the ego view, not the influence view: drop --view, or use --view ego");
  EXPECT_EQ(error_of([] { people(ego("ceo", 0)); }, ExitCode::usage),
            "--depth must be between 1 and 6, not 0");
  EXPECT_EQ(error_of([] { people(ego("ceo", 7)); }, ExitCode::usage),
            "--depth must be between 1 and 6, not 7");
  MapOptions power;
  power.min_power = 1.5;
  EXPECT_EQ(error_of([&] { people(power); }, ExitCode::usage),
            "--min-power must be between 0 and 1, not 1.50");
  MapOptions engine;
  engine.engine = "graphviz";
  EXPECT_EQ(error_of([&] { people(engine); }, ExitCode::usage),
            "unknown layout engine 'graphviz': use one of dot, neato, fdp, sfdp, twopi, circo");
}

TEST(MapPeople, UnknownCentreIsNotFound) {
  EXPECT_EQ(error_of([] { people(ego("nobody", 1)); }, ExitCode::not_found),
            "--around 'nobody': nobody with that id is in account 'acme' or linked to it");
}

TEST(MapPeople, FiltersThatLeaveNobodySaySoAndListTheDepartments) {
  MapOptions o;
  o.department = "Legal";
  o.min_power = 0.5;
  EXPECT_EQ(error_of([&] { people(o); }, ExitCode::no_result),
            "no one in account 'acme' matches --min-power 0.50 --department 'Legal': loosen the "
            "filters (its departments: Board, Engineering, Finance, Purchasing)");
}

TEST(MapPeople, MoreThanTheLimitIsRefusedBeforeAnyLayout) {
  Dataset d;
  d.accounts.push_back(Account{.id = "huge", .name = "Huge"});
  for (int i = 0; i <= kMaxMapPeople; ++i)
    d.people.push_back(Person{.id = "p" + std::to_string(i), .name = "P", .org = "huge"});
  EXPECT_EQ(error_of([&] { map_people(d, "huge", {}); }, ExitCode::usage),
            "the stakeholders map of account 'huge' would show 2,001 people, more than the 2,000 "
            "a map can show legibly: narrow it with --min-power, --roles or --department, or "
            "draw one person's neighbourhood with --around ID --depth N");
  // Exactly the limit is fine.
  d.people.pop_back();
  EXPECT_EQ(map_people(d, "huge", {}).size(), static_cast<std::size_t>(kMaxMapPeople));
}

TEST(MapEngine, DefaultsByViewAndSize) {
  EXPECT_EQ(map_engine(view(MapView::stakeholders), kBigMapPeople), "dot");
  EXPECT_EQ(map_engine(view(MapView::stakeholders), kBigMapPeople + 1), "sfdp");
  EXPECT_EQ(map_engine(view(MapView::orgchart), 10), "dot");
  EXPECT_EQ(map_engine(ego("ceo", 1), 10), "twopi");
  MapOptions o;
  o.engine = "neato";
  EXPECT_EQ(map_engine(o, 5000), "neato");
}

TEST(MapView, WordsRoundTrip) {
  for (MapView v : all_map_views()) EXPECT_EQ(parse_map_view(to_string(v)), v);
  EXPECT_EQ(parse_map_view("OrgChart"), MapView::orgchart);
  EXPECT_EQ(parse_map_view("org-chart"), MapView::orgchart);
  EXPECT_EQ(parse_map_view("network"), std::nullopt);
}

TEST(ImageFormat, FromWordsAndFileNames) {
  EXPECT_EQ(parse_image_format("SVG"), ImageFormat::svg);
  EXPECT_EQ(parse_image_format("gv"), ImageFormat::dot);
  EXPECT_EQ(parse_image_format("jpeg"), std::nullopt);
  EXPECT_EQ(image_format_for_path("maps/hospital.PNG"), ImageFormat::png);
  EXPECT_EQ(image_format_for_path("a.b/map.pdf"), ImageFormat::pdf);
  EXPECT_EQ(image_format_for_path("map.gv"), ImageFormat::dot);
  EXPECT_EQ(image_format_for_path("a.svg/map"), std::nullopt);
  EXPECT_EQ(image_format_for_path("map"), std::nullopt);
  EXPECT_EQ(image_format_for_path("map.txt"), std::nullopt);
}

}  // namespace
}  // namespace kamgraph
