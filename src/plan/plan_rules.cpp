// The plan's fixed rules: WHEN (due dates), HOW (the relationship mode of a person) and the
// functions matched for WHO. The README, "The relationship plan" quotes these tables.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kamgraph/model/text.hpp"
#include "kamgraph/plan/plan.hpp"

namespace kamgraph {
namespace {

// The words of a text, lower case, split at anything that is not a letter or digit.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += c;
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

struct Keywords {
  Function function;
  std::vector<std::string_view> words;      // whole words ("it", "cfo")
  std::vector<std::string_view> fragments;  // anywhere in the text ("financ")
};

// Checked in this order, the first match wins: key account managers first, finance before
// executive (a "Chief Financial Officer" works in finance), IT and engineering before
// clinical ("Clinical Engineering" is engineering), executive before commercial and service
// ("Chief Operating Officer"), commercial before service ("Sales Operations").
const std::vector<Keywords>& keywords() {
  static const std::vector<Keywords> table = {
      // "Key Account Manager, Healthcare" manages an account, whatever the sector.
      {Function::commercial, {}, {"key account", "account manager"}},
      {Function::finance,
       {"cfo"},
       {"financ", "controller", "controlling", "accounting", "treasur", "budget", "economic",
        "administrative director", "amministrativ"}},
      {Function::it,
       {"it", "ict", "cio", "ot", "data"},
       {"information", "digital", "cyber", "security", "architect", "integration", "software"}},
      {Function::engineering,
       {"cto", "r&d"},
       {"engineer", "technical", "research", "automation", "process", "physicist", "design"}},
      {Function::clinical,
       {},
       {"clinic", "medical", "medic", "radiolog", "cardiolog", "neuro", "physician", "nurs",
        "radiograph", "health", "sanitari"}},
      {Function::executive,
       {"ceo", "coo", "dg", "owner", "president", "board"},
       {"chief", "general manager", "direttore generale", "managing director", "executive",
        "strategic direction", "amministratore delegato"}},
      {Function::commercial,
       {"rup"},
       {"key account", "sales", "tender", "contract", "procure", "purchas", "buyer", "sourcing",
        "commercial", "category", "acquisti"}},
      {Function::service,
       {"hse", "dc"},
       {"operat", "service", "maintenance", "production", "logistic", "supply", "warehouse",
        "plant", "quality", "project", "distribution", "transport", "store", "shift", "safety"}},
  };
  return table;
}

Function function_of_text(const std::string& text) {
  if (text.empty()) return Function::other;
  const std::string low = lower(text);
  const std::vector<std::string> words = words_of(low);
  for (const Keywords& k : keywords()) {
    for (std::string_view w : k.words)
      if (std::find(words.begin(), words.end(), w) != words.end()) return k.function;
    for (std::string_view f : k.fragments)
      if (low.find(f) != std::string::npos) return k.function;
  }
  return Function::other;
}

// First and second choices on our side for each of their functions.
struct Match {
  Function theirs;
  std::vector<Function> first;
  std::vector<Function> second;
};

const std::vector<Match>& matches() {
  using F = Function;
  static const std::vector<Match> table = {
      {F::executive, {F::executive}, {F::commercial}},
      {F::finance, {F::finance}, {F::commercial, F::executive}},
      {F::commercial, {F::commercial}, {F::finance}},
      {F::engineering, {F::engineering}, {F::it, F::service, F::clinical}},
      {F::it, {F::it}, {F::engineering}},
      {F::service, {F::service}, {F::engineering, F::commercial}},
      {F::clinical, {F::clinical}, {F::service, F::engineering}},
      {F::other, {F::commercial}, {}},
  };
  return table;
}

bool contains(const std::vector<Function>& fs, Function f) {
  return std::find(fs.begin(), fs.end(), f) != fs.end();
}

}  // namespace

int due_in_days(double priority) {
  if (priority >= 0.75) return 14;
  if (priority >= 0.5) return 30;
  if (priority >= 0.25) return 60;
  return 90;
}

Mode relationship_mode(const Person& p) {
  if (p.attitude == Attitude::skeptic || p.attitude == Attitude::blocker) return Mode::risk;
  static constexpr std::array<std::pair<Role, Mode>, 9> by_role{{
      {Role::decider, Mode::trust},
      {Role::approver, Mode::risk},
      {Role::coach, Mode::trust},
      {Role::technical, Mode::technical},
      {Role::buyer, Mode::service},
      {Role::user, Mode::service},
      {Role::gatekeeper, Mode::service},
      {Role::influencer, Mode::trust},
      {Role::initiator, Mode::trust},
  }};
  for (const auto& [role, mode] : by_role)
    if (p.has_role(role)) return mode;
  return function_of(p) == Function::finance ? Mode::resource : Mode::trust;
}

std::string_view to_string(Function f) {
  switch (f) {
    case Function::executive:
      return "executive";
    case Function::finance:
      return "finance";
    case Function::engineering:
      return "engineering";
    case Function::it:
      return "it";
    case Function::commercial:
      return "commercial";
    case Function::service:
      return "service";
    case Function::clinical:
      return "clinical";
    case Function::other:
      return "other";
  }
  return "?";
}

Function function_of(const Person& p) {
  // The title says what the person does; the department is the fallback.
  const Function by_title = function_of_text(p.title);
  if (by_title != Function::other) return by_title;
  return function_of_text(p.department);
}

double function_fit(const Person& ours, const Person& theirs) {
  const Function mine = function_of(ours);
  const Function other = function_of(theirs);
  // A peer at the top for whoever makes the final choice; the money side for approvers.
  if (theirs.has_role(Role::decider) && mine == Function::executive) return 1.0;
  if (theirs.has_role(Role::approver) && mine == Function::finance) return 1.0;
  for (const Match& m : matches()) {
    if (m.theirs != other) continue;
    if (contains(m.first, mine)) return 1.0;
    if (contains(m.second, mine)) return 0.5;
  }
  if (theirs.has_role(Role::technical) && mine == Function::engineering) return 0.5;
  return 0.0;
}

}  // namespace kamgraph
