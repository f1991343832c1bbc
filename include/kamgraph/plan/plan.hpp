// The relationship plan (Key Account Plan steps 9 and 10): one account's analysis turned
// into owned, dated actions (WHAT, WHO, VIA, HOW, WHEN, MEASURE), reconciled with the
// actions already stored so that re-planning updates instead of duplicating, closes what
// has been achieved and keeps what users changed by hand. The README, "The relationship plan"
// documents every rule below with the numbers.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/action.hpp"
#include "kamgraph/store/store.hpp"

namespace kamgraph {

// --- the numbers the plan is made of ------------------------------------------------------

// MEASURE of a relationship to build: a direct tie this strong. The analysis calls 0.5
// "known well" (kCoveredStrength); the extra 0.1 keeps the person known well through about
// three months without contact at the default half-life (0.6 * 0.5^(96/365) = 0.5).
inline constexpr double kTargetStrength = 0.6;
// MEASURE of a second line: this many independent routes (Menger), as the strategic
// segment's policy asks of deciders.
inline constexpr int kTargetRoutes = 2;
// An outside adviser who shapes someone at the customer gets an action when they weigh
// this much in the decision (the "power" of the priority formula), even if they shape no
// key person directly.
inline constexpr double kAdviserImportance = 0.5;
// WHO: no colleague is given more open actions than this across the portfolio.
inline constexpr int kDefaultMaxOpenPerOwner = 8;
// A single point of failure gets its own action when it cuts off a key person or at least
// this much power; smaller cuts stay in the analysis.
inline constexpr double kSinglePointPower = 0.5;

// WHEN: days from the as-of date to the due date, by priority.
//   priority >= 0.75: 14 days; >= 0.5: 30; >= 0.25: 60; below: 90.
int due_in_days(double priority);

// HOW: which of the five ways of building a relationship (shared/domain.md) suits a person,
// from their role and attitude. Skeptics and blockers: risk (take away the uncertainty
// behind their doubts). Otherwise the first role in this order decides: decider trust;
// approver risk; coach trust; technical technical; buyer service; user service; gatekeeper
// service; influencer trust; initiator trust. No role: resource for finance people (lighten
// the financial load), trust for everyone else.
Mode relationship_mode(const Person& p);

// The functions people work in, matched across the two sides for WHO (seed 004: technical
// specialists follow the customer's engineers, sales follow administration, buyers and
// finance). Read from the title, then the department, by keywords (documented in plan.md).
enum class Function {
  executive,
  finance,
  engineering,
  it,
  commercial,  // our sales, key account management, tenders; their purchasing and tenders
  service,     // our service and project people; their operations, production, logistics
  clinical,    // medicine and clinical applications
  other,
};
std::string_view to_string(Function f);
Function function_of(const Person& p);

// How well one of ours matches a customer person's function: 1 for the first choice, 0.5
// for a second choice, 0 otherwise. Deciders also match our executives first (a peer at
// the top); approvers match our finance people.
double function_fit(const Person& ours, const Person& theirs);

// --- options and inputs -------------------------------------------------------------------

struct PlanOptions {
  Date as_of = Date::today();  // WHEN counts from here; created / updated dates
  int max_open_per_owner = kDefaultMaxOpenPerOwner;
};

// What the plan needs from the rest of the portfolio: our whole team (colleagues with no
// tie to this account can still own an action there, introduced by one who has), the ties
// among them, and how many open actions each already carries in the other accounts.
struct PortfolioLoad {
  std::vector<Person> team;                 // internal people
  std::vector<Relationship> team_ties;      // relationships between two internal people
  std::map<std::string, int> open_actions;  // owner id -> open actions in other accounts
};

// Reads the above from the store; `account` is the one being planned (its own actions are
// not counted: the plan recounts them).
PortfolioLoad portfolio_load(const Store& store, const std::string& account);

// --- the plan -----------------------------------------------------------------------------

// The actions the analysis calls for, one per customer (or outside) person whose
// relationship needs work, plus one per account-level gap (the README, "The relationship plan",
// "From gaps to actions"). Ids are stable: "ACCOUNT:PERSON" or "ACCOUNT:GAP".
//
// priority = 0.5 * power + 0.3 * gap size + 0.2 * attitude, each in [0,1]:
//   power: the larger of the person's formal power and their decision weight relative to
//     the account's top decision maker (someone who shapes the decider counts like one);
//   gap size: 1 - current / target of the action's measure (no tie at all: 1);
//   attitude: blocker 1, skeptic 0.75, neutral 0.5, supporter 0.25, champion 0.
//   Account-level actions take their gap's severity.
// WHO, for each action in priority order: of our team, the colleague with the highest
//   0.35 * [holds a direct tie to the person] + 0.3 * function fit
//   + 0.35 * strength of their best introduction path to the person
//   - 0.2 * open actions / max_open_per_owner,
// skipping anyone already at max_open_per_owner open actions across the portfolio and
// anyone the person's relationships hang on (a single point of failure); ties by id. An
// action whose stored owner is still on the team keeps them (a user's assignment always),
// so that re-planning does not reshuffle work. Nobody free: no owner.
// VIA: when the owner has no direct tie, the last person before the target on the owner's
// strongest introduction path (avoiding the single points of failure when possible).
//
// `account_data` is the account's graph as Store::account_data returns it; `stored` the
// account's stored actions (for owners that stick; may be empty). Status open, created and
// updated = as_of: merge_with_stored() sets what history decides.
// Time complexity: O(A * T * (V + E) log V) for A actions and T colleagues.
std::vector<Action> plan_account(const AccountAnalysis& analysis, const Dataset& account_data,
                                 const PlanOptions& options, const PortfolioLoad& load,
                                 const std::vector<Action>& stored = {});

// What re-planning did to each action.
enum class Change { added, updated, unchanged, closed, reopened };
std::string_view to_string(Change c);

struct MergeResult {
  std::vector<Action> actions;         // the account's new stored set, in store order
  std::map<std::string, Change> what;  // action id -> what happened to it
};

// Reconciles a fresh plan with the stored actions of the same account:
//  - an action in both keeps its id, created date, notes and due date (moved earlier only,
//    when a higher priority calls for it); a user's owner and a user's done / dropped stay;
//    an automatically closed action whose gap is back reopens;
//  - a stored open action the plan no longer proposes is closed: done when its relationship
//    is in place (the person is known well, has two routes, the tie is fresh, the seat is
//    filled...), dropped when the gap went for another reason (the person left the account,
//    is no longer key); a dated line in its notes says which;
//  - a user's done / dropped on an action whose gap has gone becomes the plan's: if the
//    gap comes back later, the action reopens;
//  - closed actions stay, as the account's history.
// `updated` becomes as_of only for actions that changed. Merging the same plan twice
// changes nothing.
MergeResult merge_with_stored(const std::vector<Action>& proposed,
                              const std::vector<Action>& stored, const AccountAnalysis& analysis,
                              const PlanOptions& options);

// Store order: priority desc, then id.
void sort_actions(std::vector<Action>& actions);

// The whole of `kamgraph plan ACCOUNT`: analyse, plan, merge with the stored actions and
// (unless `dry_run`) save them in one transaction. Throws NotFoundError for an unknown
// account, Error(no_result) for an account with no people.
struct PlanRun {
  AccountAnalysis analysis;
  MergeResult result;
};
PlanRun replan(Store& store, const std::string& account, const AnalysisOptions& analysis_options,
               const PlanOptions& options, bool dry_run = false);

// --- reading a plan -----------------------------------------------------------------------

// The people an action names, for display: name (title), or the id when unknown.
struct PlanPeople {
  std::map<std::string, Person> by_id;
  std::string who(const std::string& id) const;   // "Dott. Roberto Sartori (General Manager)"
  std::string name(const std::string& id) const;  // "Dott. Roberto Sartori"
};
PlanPeople plan_people(const AccountAnalysis& analysis, const PortfolioLoad& load);

// One action as a KAM reads it: "Giulia Ferrari to meet Dott. Roberto Sartori (General
// Manager), introduced by Ing. Paolo Benedetti, trust, by 2026-12-07; measure: direct
// strength >= 0.6 (now 0.00)".
std::string action_sentence(const Action& a, const PlanPeople& people);

// True when open and due before `as_of`.
bool overdue(const Action& a, const Date& as_of);

// The plan as a Markdown document (samples/plans/*.md) and as JSON (the contract in
// The README, "The relationship plan": {account, name, as_of, actions: [{id, target, what, owner,
// via, mode, due, measure, priority, status, ...}]}). Open actions first, by priority.
std::string plan_markdown(const Account& account, const std::vector<Action>& actions,
                          const PlanPeople& people, const Date& as_of);
std::string plan_json(const Account& account, const std::vector<Action>& actions,
                      const Date& as_of);

// Actions of any accounts, in the given order, as {as_of, actions: [...]}: each action the
// same object as in plan_json.
std::string actions_json(const std::vector<Action>& actions, const Date& as_of);

// Open actions first (priority desc, id), then done, then dropped.
std::vector<Action> display_order(std::vector<Action> actions);

}  // namespace kamgraph
