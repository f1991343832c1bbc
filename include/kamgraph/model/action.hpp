// Relationship-development actions (Key Account Plan steps 9 and 10: WHAT, WHO, WHEN, HOW,
// measured how) and the dated summaries that show progress over time.
#pragma once

#include <optional>
#include <string>

#include "kamgraph/model/date.hpp"
#include "kamgraph/model/vocabulary.hpp"

namespace kamgraph {

enum class ActionStatus { open, done, dropped };
std::string_view to_string(ActionStatus s);
std::optional<ActionStatus> parse_action_status(std::string_view word);

struct Action {
  std::string id;       // stable across re-planning: derived from account, target and gap
  std::string account;  // account id
  std::string target;   // the customer person the relationship is with; empty: account-level
  std::string gap;      // the gap type that motivates it (see analysis/gaps.hpp)
  std::string what;     // the relationship to build or repair, and why it matters
  std::string owner;    // internal person id who does it; empty when nobody is free
  std::string via;      // introducer on the strongest path; empty when none
  std::optional<Mode> mode;  // HOW: which of the five ways of building a relationship
  Date due;                  // WHEN
  std::string measure;       // how success is measured ("direct strength >= 0.6")
  double priority = 0;       // [0,1], higher first
  ActionStatus status = ActionStatus::open;
  std::string notes;
  bool owner_by_user = false;  // a user assigned the owner: re-planning keeps it
  bool status_by_user = false;  // a user set done/dropped: re-planning keeps it
  Date created;
  Date updated;
  // WHAT in a few words, a verb phrase a sentence can start with "Giulia Ferrari to ...":
  // "meet Dott. Roberto Sartori (General Manager)". `what` adds why it matters.
  std::string task;

  friend bool operator==(const Action&, const Action&) = default;
};

// One account's summary on one day (kamgraph snapshot), for trends.
struct Snapshot {
  std::string account;
  Date date;
  double coverage_score = 0;
  int threads = 0;
  int gaps = 0;
  int single_points = 0;
  std::string stage;   // relationship stage word
  std::string status;  // red / amber / green
  int actions_open = 0;
  int actions_done = 0;

  friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

}  // namespace kamgraph
