// merge_with_stored(): a fresh plan against the actions already stored, so that re-planning
// updates instead of duplicating, closes what has been achieved and keeps what users did.
#include <algorithm>
#include <cstdio>
#include <map>

#include "kamgraph/model/text.hpp"
#include "kamgraph/plan/plan.hpp"

namespace kamgraph {
namespace {

void add_note(Action& a, const Date& day, const std::string& text) {
  a.notes += (a.notes.empty() ? "" : "\n") + day.str() + ": " + text;
}

struct Closing {
  ActionStatus status;
  std::string why;
};

Closing done(std::string why) { return {ActionStatus::done, "closed by the plan, done: " + why}; }
Closing dropped(std::string why) {
  return {ActionStatus::dropped, "closed by the plan, no longer needed: " + why};
}

// What closes an open action whose gap the analysis no longer shows: done when its
// relationship is in place, dropped when the gap went for another reason.
Closing closing(const Action& s, const AccountAnalysis& a) {
  if (s.target.empty()) {
    static const std::map<std::string, std::string, std::less<>> achieved = {
        {"no_contact", "our team now has a direct tie at the account"},
        {"no_decider_identified", "a decider is now named"},
        {"no_coach", "a coach, sponsor or champion is now mapped"},
        {"few_supporters", "at least half of the key people are now supporters or champions"},
        {"no_opponent_mapped", "a skeptic or blocker is now mapped"},
    };
    auto it = achieved.find(s.gap);
    return done(it != achieved.end() ? it->second : "the account no longer shows " + s.gap);
  }
  const auto person = std::find_if(a.people.begin(), a.people.end(),
                                   [&](const Person& p) { return p.id == s.target; });
  if (person == a.people.end()) return dropped(s.target + " is no longer in the account's data");
  const Person& p = *person;
  const std::string name = p.display_name();
  if (p.org != a.account.id && p.kind != PersonKind::influencer)
    return dropped(name + " is no longer at the account");
  const auto& m = a.metrics[std::size_t(person - a.people.begin())];
  const double direct = m.coverage ? m.coverage->direct : 0;
  const int routes = m.coverage ? m.coverage->redundancy : 0;
  const std::string& g = s.gap;
  if (g == "placeholder")
    return p.placeholder() ? dropped("the seat is no longer a gap")
                           : done("the seat is filled by " + name);
  if (g == "blocker_unengaged")
    return direct > 0 ? done(name + " now has a direct tie with us (" + fixed(direct) + ")")
                      : dropped(name + " is no longer a blocker");
  if (g == "blocker")
    return p.attitude != Attitude::blocker ? done(name + " is no longer a blocker (now " +
                                                  std::string(to_string(p.attitude)) + ")")
                                           : dropped(name + " is no longer a gap");
  if (g == "low_redundancy" || g == "single_point")
    return routes >= kTargetRoutes
               ? done(name + " is now reached by " + std::to_string(routes) + " independent routes")
               : dropped(name + " no longer needs a second line");
  if (g == "redundant_contact") return done("fewer of our people spend time on " + name);
  if (g == "stale_key_relationship")
    return m.coverage && direct >= kCoveredStrength
               ? done(name + " was contacted again (direct strength " + fixed(direct) + ")")
               : dropped(name + " is no longer a key person");
  if (!m.coverage) return done(name + " is no longer a gap");
  return direct >= kCoveredStrength
             ? done(name + " is now known well (direct strength " + fixed(direct) + ")")
             : dropped(name + " is no longer a gap, though not known well (direct strength " +
                       fixed(direct) + ")");
}

}  // namespace

std::string_view to_string(Change c) {
  switch (c) {
    case Change::added:
      return "added";
    case Change::updated:
      return "updated";
    case Change::unchanged:
      return "unchanged";
    case Change::closed:
      return "closed";
    case Change::reopened:
      return "reopened";
  }
  return "?";
}

MergeResult merge_with_stored(const std::vector<Action>& proposed,
                              const std::vector<Action>& stored, const AccountAnalysis& analysis,
                              const PlanOptions& options) {
  const Date& today = options.as_of;
  std::map<std::string, const Action*> before;
  for (const Action& s : stored) before[s.id] = &s;
  MergeResult r;

  std::map<std::string, bool> proposed_ids;
  for (const Action& p : proposed) {
    proposed_ids[p.id] = true;
    auto it = before.find(p.id);
    if (it == before.end()) {
      Action out = p;
      out.created = out.updated = today;
      r.what[out.id] = Change::added;
      r.actions.push_back(std::move(out));
      continue;
    }
    const Action& s = *it->second;
    Action out = p;
    out.created = s.created;
    out.notes = s.notes;
    out.updated = s.updated;
    Change change = Change::unchanged;
    if (s.status == ActionStatus::open) {
      out.status = ActionStatus::open;
      // A deadline moves only earlier, when a higher priority calls for it.
      out.due = std::min(s.due, p.due);
    } else if (s.status_by_user) {
      out.status = s.status;
      out.status_by_user = true;
      out.due = s.due;
    } else {
      out.status = ActionStatus::open;
      add_note(out, today, "reopened by the plan: the gap is back");
      change = Change::reopened;
    }
    if (change != Change::reopened && out != s) change = Change::updated;
    if (change != Change::unchanged) out.updated = today;
    r.what[out.id] = change;
    r.actions.push_back(std::move(out));
  }

  for (const Action& s : stored) {
    if (proposed_ids.contains(s.id)) continue;
    Action out = s;
    Change change = Change::unchanged;
    if (s.status == ActionStatus::open) {
      const Closing c = closing(s, analysis);
      out.status = c.status;
      out.status_by_user = false;
      add_note(out, today, c.why);
      change = Change::closed;
    } else if (s.status_by_user) {
      // The gap has gone: from now on the status is the plan's, so that the action reopens
      // should the gap come back.
      out.status_by_user = false;
      change = Change::updated;
    }
    if (change != Change::unchanged) out.updated = today;
    r.what[out.id] = change;
    r.actions.push_back(std::move(out));
  }
  sort_actions(r.actions);
  return r;
}

}  // namespace kamgraph
