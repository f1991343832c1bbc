// The plan's fixed tables: due dates, relationship modes and matched functions.
#include <gtest/gtest.h>

#include "kamgraph/plan/plan.hpp"

namespace kamgraph {
namespace {

Person person(std::vector<Role> roles, Attitude attitude = Attitude::neutral,
              std::string title = "", std::string department = "") {
  return Person{.id = "p",
                .name = "P",
                .org = "acme",
                .roles = std::move(roles),
                .attitude = attitude,
                .title = std::move(title),
                .department = std::move(department)};
}

TEST(PlanRules, DueDatesComeFromPriorityBands) {
  EXPECT_EQ(due_in_days(1.0), 14);
  EXPECT_EQ(due_in_days(0.75), 14);
  EXPECT_EQ(due_in_days(0.749), 30);
  EXPECT_EQ(due_in_days(0.5), 30);
  EXPECT_EQ(due_in_days(0.499), 60);
  EXPECT_EQ(due_in_days(0.25), 60);
  EXPECT_EQ(due_in_days(0.249), 90);
  EXPECT_EQ(due_in_days(0.0), 90);
}

TEST(PlanRules, TheModeFollowsTheRoleAsTheDomainTableSays) {
  EXPECT_EQ(relationship_mode(person({Role::decider})), Mode::trust);
  EXPECT_EQ(relationship_mode(person({Role::approver})), Mode::risk);
  EXPECT_EQ(relationship_mode(person({Role::technical})), Mode::technical);
  EXPECT_EQ(relationship_mode(person({Role::buyer})), Mode::service);
  EXPECT_EQ(relationship_mode(person({Role::user})), Mode::service);
  EXPECT_EQ(relationship_mode(person({Role::gatekeeper})), Mode::service);
  EXPECT_EQ(relationship_mode(person({Role::influencer})), Mode::trust);
  EXPECT_EQ(relationship_mode(person({Role::initiator})), Mode::trust);
  EXPECT_EQ(relationship_mode(person({Role::coach})), Mode::trust);
  // Several roles: the first in the documented order (decider, approver, coach, technical,
  // buyer, user, gatekeeper, influencer, initiator).
  EXPECT_EQ(relationship_mode(person({Role::user, Role::technical, Role::coach})), Mode::trust);
  EXPECT_EQ(relationship_mode(person({Role::user, Role::technical})), Mode::technical);
  EXPECT_EQ(relationship_mode(person({Role::buyer, Role::gatekeeper})), Mode::service);
  // Opponents: take away the risk behind their doubts, whatever their role.
  EXPECT_EQ(relationship_mode(person({Role::decider}, Attitude::skeptic)), Mode::risk);
  EXPECT_EQ(relationship_mode(person({Role::technical}, Attitude::blocker)), Mode::risk);
  // No role: resource support for finance people, trust for everyone else.
  EXPECT_EQ(relationship_mode(person({}, Attitude::neutral, "Financial Controller")),
            Mode::resource);
  EXPECT_EQ(relationship_mode(person({}, Attitude::neutral, "Store Manager")), Mode::trust);
}

// Titles and departments from graphs/*.dot and samples/portfolio.
TEST(PlanRules, FunctionsAreReadFromTheTitleThenTheDepartment) {
  auto f = [](std::string title, std::string department = "") {
    return function_of(person({}, Attitude::neutral, std::move(title), std::move(department)));
  };
  EXPECT_EQ(f("Chief Operating Officer", "Executive Board"), Function::executive);
  EXPECT_EQ(f("General Manager (Direttore Generale)"), Function::executive);
  EXPECT_EQ(f("CEO"), Function::executive);
  EXPECT_EQ(f("Head of Finance (CFO)"), Function::finance);
  EXPECT_EQ(f("Administrative Director (Direttore Amministrativo)"), Function::finance);
  EXPECT_EQ(f("Finance Business Partner", "Finance"), Function::finance);
  EXPECT_EQ(f("Key Account Manager, Healthcare", "Key Account Management"),
            Function::commercial);
  EXPECT_EQ(f("Tender & Contracts Specialist", "Sales Operations"), Function::commercial);
  EXPECT_EQ(f("Head of Procurement and RUP"), Function::commercial);
  EXPECT_EQ(f("Director of Clinical Engineering and Technical Services"), Function::engineering);
  EXPECT_EQ(f("Automation Application Engineer", "Engineering"), Function::engineering);
  EXPECT_EQ(f("Clinical Application Specialist", "Healthcare Solutions"), Function::clinical);
  EXPECT_EQ(f("Head of Radiology"), Function::clinical);
  EXPECT_EQ(f("Head of Information Systems", "IT"), Function::it);
  EXPECT_EQ(f("Head of IT/OT Security"), Function::it);
  EXPECT_EQ(f("Service Manager", "Customer Service"), Function::service);
  EXPECT_EQ(f("Operations Director"), Function::service);
  EXPECT_EQ(f("Project Manager", "Project Management"), Function::service);
  // The title says nothing known: the department decides.
  EXPECT_EQ(f("Head of Unit", "Finance"), Function::finance);
  EXPECT_EQ(f("Head of Unit"), Function::other);
  // Whole words only for short ones: "audit" is not IT, "digital" is.
  EXPECT_EQ(f("Internal Audit"), Function::other);
  EXPECT_EQ(f("Digital Officer"), Function::it);
}

TEST(PlanRules, FunctionsMatchAcrossTheTwoSides) {
  const Person our_fin = person({}, Attitude::neutral, "Finance Business Partner", "Finance");
  const Person our_exec = person({}, Attitude::neutral, "Chief Operating Officer");
  const Person our_kam = person({}, Attitude::neutral, "Key Account Manager");
  const Person our_eng = person({}, Attitude::neutral, "Application Engineer");
  const Person our_it = person({}, Attitude::neutral, "Integration Engineer", "IT Solutions");
  const Person cfo = person({Role::approver}, Attitude::neutral, "CFO");
  const Person ceo = person({Role::decider}, Attitude::neutral, "CEO");
  const Person buyer = person({Role::buyer}, Attitude::neutral, "Purchasing Manager");
  const Person it_head = person({Role::technical}, Attitude::neutral, "Head of IT");
  const Person plant = person({Role::user}, Attitude::neutral, "Plant Manager");
  // Finance to finance, executive to the decider, sales to purchasing.
  EXPECT_EQ(function_fit(our_fin, cfo), 1.0);
  EXPECT_EQ(function_fit(our_exec, ceo), 1.0);
  EXPECT_EQ(function_fit(our_kam, ceo), 0.5);
  EXPECT_EQ(function_fit(our_kam, buyer), 1.0);
  EXPECT_EQ(function_fit(our_fin, buyer), 0.5);
  EXPECT_EQ(function_fit(our_eng, buyer), 0.0);
  // An approver is the money side whatever their title says.
  EXPECT_EQ(function_fit(our_fin, person({Role::approver}, Attitude::neutral, "Board member")),
            1.0);
  // Engineering to IT and back; a technical person is a second choice for our engineers.
  EXPECT_EQ(function_fit(our_it, it_head), 1.0);
  EXPECT_EQ(function_fit(our_eng, it_head), 0.5);
  EXPECT_EQ(function_fit(our_eng, plant), 0.5);
  EXPECT_EQ(function_fit(our_eng, person({Role::technical}, Attitude::neutral, "Head of Unit")),
            0.5);
  EXPECT_EQ(function_fit(our_exec, plant), 0.0);
}

}  // namespace
}  // namespace kamgraph
