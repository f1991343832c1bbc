// read_hubspot_export() on the sample contact export (samples/hubspot) and on small inputs
// written inline. Strengths are worked out by hand: HubSpot gives only how many times and
// when a contact was last contacted, so n contacts count as n interactions of weight 0.25
// on the last day: strength = 1 - exp(-0.25 n / 2).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <tuple>

#include "kamgraph/import/salesforce.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using D = std::tuple<std::string, int, std::string, std::string>;  // file, line, field, message

const std::string kSampleDir = std::string(KAMGRAPH_SOURCE_DIR) + "/samples/hubspot";
const std::string kSample = kSampleDir + "/hubspot-crm-exports-all-contacts-2025-06-30.csv";

CrmImportOptions june30() {
  CrmImportOptions o;
  o.as_of = Date(2025, 6, 30);
  return o;
}

const Person& person(const Dataset& d, const std::string& id) {
  auto it =
      std::find_if(d.people.begin(), d.people.end(), [&](const Person& p) { return p.id == id; });
  if (it == d.people.end()) throw std::runtime_error("no person " + id);
  return *it;
}

TEST(HubSpotSample, CompaniesContactsAndOwners) {
  const Dataset d = read_hubspot_export(kSample, june30());
  ASSERT_EQ(d.accounts.size(), 2u);
  EXPECT_EQ(d.accounts[0].id, "hs-company-8001");
  EXPECT_EQ(d.accounts[0].name, "Nordhavn Shipping A/S");
  EXPECT_EQ(d.accounts[1].id, "hs-company-8002");
  EXPECT_EQ(d.accounts[1].name, "Lumen Retail Group, Ltd.");

  // Eight contacts at a company (Ben Carter is at none) and their two owners.
  EXPECT_EQ(d.people.size(), 10u);
  const Person& freja = person(d, "hs-contact-101");
  EXPECT_EQ(freja.name, "Freja Nielsen");
  EXPECT_EQ(freja.org, "hs-company-8001");
  EXPECT_EQ(freja.title, "Chief Executive Officer");
  EXPECT_THAT(freja.roles, ElementsAre(Role::decider));
  EXPECT_THAT(person(d, "hs-contact-102").roles, ElementsAre(Role::approver));  // Budget Holder
  // Champion is a coach who is a champion; End User a user.
  EXPECT_THAT(person(d, "hs-contact-103").roles, ElementsAre(Role::user, Role::coach));
  EXPECT_EQ(person(d, "hs-contact-103").attitude, Attitude::champion);
  EXPECT_THAT(person(d, "hs-contact-104").roles, IsEmpty());
  EXPECT_EQ(person(d, "hs-contact-104").attitude, Attitude::blocker);
  EXPECT_THAT(person(d, "hs-contact-105").roles, ElementsAre(Role::gatekeeper));
  EXPECT_THAT(person(d, "hs-contact-204").roles, IsEmpty());  // Other

  const Person& ines = person(d, "hs-owner-ines-moreau");
  EXPECT_EQ(ines.name, "Ines Moreau");
  EXPECT_EQ(ines.org, "internal");
  EXPECT_EQ(ines.kind, PersonKind::internal);
  EXPECT_EQ(person(d, "hs-owner-kofi-mensah").name, "Kofi Mensah");
}

TEST(HubSpotSample, OwnersKnowTheirContactsAsOftenAsTheyContactedThem) {
  const Dataset d = read_hubspot_export(kSample, june30());
  std::vector<std::tuple<std::string, std::string, double, std::optional<Date>>> got;
  for (const auto& r : d.relationships)
    got.emplace_back(r.source, r.target, r.strength, r.last_contact);
  EXPECT_THAT(got,
              ElementsAre(
                  // 6 contacts: 1 - e^-0.75 = 0.5276
                  std::tuple("hs-contact-101", "hs-owner-ines-moreau", 0.53, Date(2025, 6, 12)),
                  // 2 contacts: 1 - e^-0.25 = 0.2212
                  std::tuple("hs-contact-102", "hs-owner-ines-moreau", 0.22, Date(2025, 5, 2)),
                  // 12 contacts: 1 - e^-1.5 = 0.7769
                  std::tuple("hs-contact-103", "hs-owner-kofi-mensah", 0.78, Date(2025, 6, 20)),
                  // 1 contact: 1 - e^-0.125 = 0.1175
                  std::tuple("hs-contact-201", "hs-owner-kofi-mensah", 0.12, Date(2024, 11, 3))));
  // Not there: Henrik (never contacted), Astrid (no owner), Priyanka (last contacted after
  // the as-of date), Chloe (contacted 0 times).
}

TEST(HubSpotSample, ADirectoryHoldingTheExportReadsTheSame) {
  EXPECT_EQ(read_hubspot_export(kSampleDir, june30()), read_hubspot_export(kSample, june30()));
}

class Scratch {
 public:
  Scratch() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) / ("kamgraph_hubspot_" + std::string(info->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string write(const std::string& text) const {
    const auto path = dir_ / "contacts.csv";
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }

 private:
  fs::path dir_;
};

std::vector<D> errors_of(const std::string& path) {
  try {
    read_hubspot_export(path, june30());
  } catch (const InputError& e) {
    std::vector<D> out;
    for (const auto& d : e.diagnostics())
      out.emplace_back(fs::path(d.file).filename().string(), d.line, d.field, d.message);
    return out;
  }
  ADD_FAILURE() << "expected an InputError";
  return {};
}

TEST(HubSpotApiNames, InternalPropertyNamesAndEpochMillisecondsAreRead) {
  Scratch s;
  const Dataset d = read_hubspot_export(
      s.write("hs_object_id,firstname,lastname,jobtitle,hs_buying_role,hubspot_owner_id,"
              "associatedcompanyid,company,notes_last_contacted,num_contacted_notes\n"
              "51,Ada,Byrne,CTO,TECHNICAL_BUYER,9,77,Byrne Robotics,1749724200000,2\n"),
      june30());
  ASSERT_EQ(d.people.size(), 2u);
  EXPECT_EQ(d.people[0].id, "hs-contact-51");
  EXPECT_THAT(d.people[0].roles, ElementsAre(Role::technical));
  EXPECT_EQ(d.people[1].id, "hs-owner-9");
  EXPECT_EQ(d.people[1].name, "HubSpot owner 9");  // the export named the owner by number only
  ASSERT_EQ(d.relationships.size(), 1u);
  EXPECT_EQ(d.relationships[0].last_contact, Date(2025, 6, 12));  // 1749724200000 ms
  EXPECT_DOUBLE_EQ(d.relationships[0].strength, 0.22);
}

TEST(HubSpotBadInput, EveryProblemByLineAndColumn) {
  Scratch s;
  EXPECT_THAT(
      errors_of(s.write("Record ID,First Name,Last Name,Buying Role,Contact owner,"
                        "Associated Company,Last Contacted,Number of times contacted\n"
                        "1,Ann,Lee,Decison Maker,Kofi Mensah,Lumen,2025-06-01,2\n"
                        "1,Bob,Ray,,Kofi Mensah,Lumen,12/06/2025,x\n"
                        "x3,Cy,Ode,,,Lumen,,\n")),
      ElementsAre(
          D{"contacts.csv", 2, "Buying Role",
            "unknown buying role 'Decison Maker' (did you mean 'decision maker'?)"},
          D{"contacts.csv", 3, "Record ID", "duplicate record id '1': the same contact as line 2"},
          D{"contacts.csv", 3, "Last Contacted",
            "'12/06/2025' is not a date in the form YYYY-MM-DD (as Salesforce and "
            "HubSpot export dates)"},
          D{"contacts.csv", 3, "Number of times contacted", "'x' is not a number"},
          D{"contacts.csv", 4, "Record ID", "'x3' is not a HubSpot record id (a whole number)"}));
}

TEST(HubSpotBadInput, MissingColumns) {
  Scratch s;
  EXPECT_THAT(
      errors_of(s.write("Record ID,First Name,Email\n1,Ann,ann@x.example\n")),
      ElementsAre(D{"contacts.csv", 1, "", "missing required column 'Last Name' (or 'lastname')"},
                  D{"contacts.csv", 1, "",
                    "missing required column 'Associated Company' (or 'Company Name') "
                    "or 'Associated Company ID' (or 'associatedcompanyid'): people are "
                    "placed at their company"}));
}

}  // namespace
}  // namespace kamgraph
