// A plan as a KAM reads it (sentences, Markdown) and as programs read it (JSON, whose keys
// are the contract in the README, "The relationship plan").
#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "kamgraph/model/text.hpp"
#include "kamgraph/plan/plan.hpp"

namespace kamgraph {
namespace {

// A Markdown table cell: pipes escaped, line breaks as spaces.
std::string cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

int status_rank(ActionStatus s) {
  switch (s) {
    case ActionStatus::open:
      return 0;
    case ActionStatus::done:
      return 1;
    case ActionStatus::dropped:
      return 2;
  }
  return 3;
}

// `what` without the task it starts with: why the action matters.
std::string why(const Action& a) {
  const std::string head = capitalised(a.task) + ". ";
  if (!a.task.empty() && a.what.starts_with(head)) return a.what.substr(head.size());
  return a.what;
}

nlohmann::ordered_json text_or_null(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

}  // namespace

std::string PlanPeople::who(const std::string& id) const {
  auto it = by_id.find(id);
  if (it == by_id.end()) return id;
  const Person& p = it->second;
  std::string s = p.display_name();
  if (!p.title.empty() && !p.placeholder()) s += " (" + p.title + ")";
  return s;
}

std::string PlanPeople::name(const std::string& id) const {
  auto it = by_id.find(id);
  return it == by_id.end() ? id : it->second.display_name();
}

PlanPeople plan_people(const AccountAnalysis& analysis, const PortfolioLoad& load) {
  PlanPeople out;
  for (const Person& p : analysis.people) out.by_id.emplace(p.id, p);
  for (const Person& p : load.team) out.by_id.emplace(p.id, p);
  return out;
}

std::string action_sentence(const Action& a, const PlanPeople& people) {
  std::string s = a.owner.empty() ? "Nobody free yet (everyone best placed is at the limit): " +
                                        capitalised(a.task)
                                  : people.name(a.owner) + " to " + a.task;
  if (!a.via.empty()) {
    const bool ask = a.target.empty() || a.gap == "placeholder";
    s += (ask ? ", asking " : ", introduced by ") + people.name(a.via);
  }
  if (a.mode) s += ", " + std::string(to_string(*a.mode));
  s += ", by " + a.due.str() + "; measure: " + a.measure;
  return s;
}

bool overdue(const Action& a, const Date& as_of) {
  return a.status == ActionStatus::open && a.due < as_of;
}

std::vector<Action> display_order(std::vector<Action> actions) {
  std::stable_sort(actions.begin(), actions.end(), [](const Action& a, const Action& b) {
    if (status_rank(a.status) != status_rank(b.status))
      return status_rank(a.status) < status_rank(b.status);
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.id < b.id;
  });
  return actions;
}

std::string plan_markdown(const Account& account, const std::vector<Action>& actions,
                          const PlanPeople& people, const Date& as_of) {
  const std::vector<Action> ordered = display_order(actions);
  int open = 0, late = 0, done = 0, dropped = 0;
  for (const Action& a : ordered) {
    if (a.status == ActionStatus::open) ++open;
    if (a.status == ActionStatus::done) ++done;
    if (a.status == ActionStatus::dropped) ++dropped;
    if (overdue(a, as_of)) ++late;
  }
  std::string out = "# Relationship plan: " + account.name + " (" + account.id + ")\n\n";
  out += "As of " + as_of.str();
  if (account.segment) out += " | segment " + std::string(to_string(*account.segment));
  out += " | " + std::to_string(open) + " open (" + std::to_string(late) + " overdue), " +
         std::to_string(done) + " done, " + std::to_string(dropped) + " dropped\n\n";
  out +=
      "Each action says WHAT relationship to build or repair and why it matters, WHO on our "
      "team does it, VIA whom they are introduced, HOW (which of the five ways of building a "
      "relationship: trust, technical, resource, service, risk), WHEN, and how it is "
      "MEASURED. Rules and formulas: kamgraph's README, section \"The relationship plan\".\n\n";

  out += "## Next actions\n\n";
  if (open == 0) out += "No open actions.\n\n";
  int n = 0;
  for (const Action& a : ordered) {
    if (a.status != ActionStatus::open) continue;
    out += std::to_string(++n) + ". " + action_sentence(a, people) +
           (overdue(a, as_of) ? " **(overdue)**" : "") + "\n";
    out += "   - Why: " + why(a) + "\n";
    out += "   - `" + a.id + "` | priority " + fixed(a.priority) + " | gap `" + a.gap + "`\n";
    if (!a.notes.empty()) {
      std::string notes = a.notes;
      std::replace(notes.begin(), notes.end(), '\n', ';');
      out += "   - Notes: " + notes + "\n";
    }
  }
  if (n > 0) out += "\n";

  // Who carries what here: the KAM's coordination view.
  std::map<std::string, std::pair<int, Date>> by_owner;
  for (const Action& a : ordered) {
    if (a.status != ActionStatus::open) continue;
    auto [it, fresh] = by_owner.try_emplace(a.owner, 0, a.due);
    ++it->second.first;
    it->second.second = std::min(it->second.second, a.due);
  }
  if (!by_owner.empty()) {
    out += "## Who does what\n\n| owner | open actions | first due |\n|---|---:|---|\n";
    for (const auto& [owner, v] : by_owner)
      out += "| " + cell(owner.empty() ? "(nobody free)" : people.who(owner)) + " | " +
             std::to_string(v.first) + " | " + v.second.str() + " |\n";
    out += "\n";
  }

  out += "## All actions\n\n";
  if (ordered.empty()) {
    out += "None.\n";
    return out;
  }
  out +=
      "| id | status | priority | due | owner | with | via | mode | measure |\n"
      "|---|---|---:|---|---|---|---|---|---|\n";
  for (const Action& a : ordered)
    out += "| " + cell(a.id) + " | " + std::string(to_string(a.status)) + " | " +
           fixed(a.priority) + " | " + a.due.str() + " | " +
           cell(a.owner.empty() ? "-" : people.name(a.owner)) + " | " +
           cell(a.target.empty() ? "(account)" : people.name(a.target)) + " | " +
           cell(a.via.empty() ? "-" : people.name(a.via)) + " | " +
           (a.mode ? std::string(to_string(*a.mode)) : "-") + " | " + cell(a.measure) + " |\n";
  const bool any_closed = std::any_of(ordered.begin(), ordered.end(), [](const Action& a) {
    return a.status != ActionStatus::open;
  });
  if (any_closed) {
    out += "\n## Closed\n\n";
    for (const Action& a : ordered) {
      if (a.status == ActionStatus::open) continue;
      std::string last =
          a.notes.substr(a.notes.rfind('\n') == std::string::npos ? 0 : a.notes.rfind('\n') + 1);
      out += "- " + std::string(to_string(a.status)) + " (" + a.updated.str() +
             "): " + capitalised(a.task) + (last.empty() ? "" : ". " + last) + " `" + a.id + "`\n";
    }
  }
  return out;
}

namespace {

nlohmann::ordered_json action_json(const Action& a, const Date& as_of) {
  using nlohmann::ordered_json;
  return ordered_json{
      {"id", a.id},
      {"target", text_or_null(a.target)},
      {"what", a.what},
      {"owner", text_or_null(a.owner)},
      {"via", text_or_null(a.via)},
      {"mode", a.mode ? ordered_json(std::string(to_string(*a.mode))) : ordered_json(nullptr)},
      {"due", a.due.str()},
      {"measure", a.measure},
      {"priority", a.priority},
      {"status", std::string(to_string(a.status))},
      {"overdue", overdue(a, as_of)},
      {"gap", a.gap},
      {"task", a.task},
      {"notes", a.notes},
      {"owner_by_user", a.owner_by_user},
      {"status_by_user", a.status_by_user},
      {"created", a.created.str()},
      {"updated", a.updated.str()},
      {"account", a.account},
  };
}

}  // namespace

std::string plan_json(const Account& account, const std::vector<Action>& actions,
                      const Date& as_of) {
  using nlohmann::ordered_json;
  ordered_json list = ordered_json::array();
  for (const Action& a : display_order(actions)) list.push_back(action_json(a, as_of));
  return ordered_json{{"account", account.id},
                      {"name", account.name},
                      {"as_of", as_of.str()},
                      {"actions", list}}
             .dump(2) +
         "\n";
}

std::string actions_json(const std::vector<Action>& actions, const Date& as_of) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Action& a : actions) list.push_back(action_json(a, as_of));
  return nlohmann::ordered_json{{"as_of", as_of.str()}, {"actions", list}}.dump(2) + "\n";
}

}  // namespace kamgraph
