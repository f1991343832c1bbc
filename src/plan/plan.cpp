// plan_account(): from an account's analysis to owned, dated actions. The rules and their
// numbers are in plan.hpp and the README, "The relationship plan"; this file applies them.
#include "kamgraph/plan/plan.hpp"
#include "kamgraph/model/text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <queue>
#include <set>
#include <utility>

#include "kamgraph/analysis/paths.hpp"

namespace kamgraph {
namespace {

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

std::string who(const Person& p) {
  std::string s = p.display_name();
  if (!p.title.empty() && !p.placeholder()) s += " (" + p.title + ")";
  return s;
}

double attitude_urgency(Attitude a) {
  switch (a) {
    case Attitude::champion:
      return 0.0;
    case Attitude::supporter:
      return 0.25;
    case Attitude::neutral:
      return 0.5;
    case Attitude::skeptic:
      return 0.75;
    case Attitude::blocker:
      return 1.0;
  }
  return 0.5;
}

// Gap types in the order that decides an action's kind: an action's `gap` is the first of
// these among its findings. Besides the analysis' gap types: `blocker` (a blocker we do talk
// to), `outside_influencer` (an outside adviser who shapes key people and whom we do not
// know well) and `single_point` (every route to the person runs through one other person).
constexpr std::string_view kPrecedence[] = {
    "placeholder",        "blocker_unengaged",    "blocker",
    "uncovered_decider",  "uncovered_key_person", "uncovered_influencer",
    "outside_influencer", "role_uncovered",       "stale_key_relationship",
    "low_redundancy",     "single_point",         "redundant_contact"};

std::size_t precedence(std::string_view type) {
  return static_cast<std::size_t>(std::find(std::begin(kPrecedence), std::end(kPrecedence), type) -
                                  std::begin(kPrecedence));
}

enum class Kind { identify, engage, win_over, build, renew, second_line, efficiency, account };

Kind kind_of(std::string_view gap) {
  if (gap == "placeholder") return Kind::identify;
  if (gap == "blocker_unengaged") return Kind::engage;
  if (gap == "blocker") return Kind::win_over;
  if (gap == "stale_key_relationship") return Kind::renew;
  if (gap == "low_redundancy" || gap == "single_point") return Kind::second_line;
  if (gap == "redundant_contact") return Kind::efficiency;
  return Kind::build;
}

// The account-level gaps the plan acts on, with the HOW of each.
struct AccountGapRule {
  std::string_view gap;
  Mode mode;
};
constexpr AccountGapRule kAccountGaps[] = {
    {"no_contact", Mode::trust},         {"no_decider_identified", Mode::trust},
    {"no_coach", Mode::trust},           {"few_supporters", Mode::risk},
    {"no_opponent_mapped", Mode::trust},
};

struct Finding {
  std::string type;
  std::string reason;
};

// One person whose relationship with us needs work, and everything the analysis says about it.
struct Target {
  std::string person;
  std::vector<Finding> findings;
  std::set<std::string> avoid;  // people every route to them runs through

  const Finding& primary() const {
    return *std::min_element(findings.begin(), findings.end(), [](const auto& a, const auto& b) {
      return precedence(a.type) < precedence(b.type);
    });
  }
  bool has(std::string_view type) const {
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.type == type; });
  }
  void add(std::string type, std::string reason) {
    if (has(type)) return;
    findings.push_back({std::move(type), std::move(reason)});
  }
};

// The account's graph with the whole team in it, and what the plan asks of it.
class PlanGraph {
 public:
  PlanGraph(const AccountAnalysis& a, const Dataset& data, const PortfolioLoad& load)
      : data_(with_team(data, load)), g_(data_, a.account.id, a.time) {
    adj_ = introduction_adjacency(g_);
    for (std::size_t i = 0; i < a.people.size(); ++i) analysed_[a.people[i].id] = i;
  }

  const AccountGraph& graph() const { return g_; }
  int index(const std::string& id) const { return g_.index_of(id); }
  const Person& person(int v) const { return g_.person(v); }

  // Effective strength of the strongest tie between u and v that is not a conflict.
  double tie(int u, int v) const {
    double best = 0;
    for (const Neighbour& n : adj_[std::size_t(u)])
      if (n.vertex == v) best = std::max(best, n.strength);
    return best;
  }
  bool conflict(int u, int v) const {
    for (const Tie& t : g_.ties())
      if (t.type == RelationType::conflicts &&
          ((t.source == u && t.target == v) || (t.source == v && t.target == u)))
        return true;
    return false;
  }
  // The best direct tie between the person and anyone on our team: strength and holder.
  std::pair<double, std::string> direct(int v) const {
    double best = 0;
    std::string by;
    for (const Neighbour& n : adj_[std::size_t(v)]) {
      if (g_.side(n.vertex) != Side::internal) continue;
      const std::string& id = g_.person(n.vertex).id;
      if (n.strength > best || (n.strength == best && best > 0 && id < by)) {
        best = n.strength;
        by = id;
      }
    }
    return {best, by};
  }
  // Strongest introduction strength from `from` to every vertex (product of strengths).
  const std::vector<double>& reach_from(int from) const {
    auto it = reach_.find(from);
    if (it != reach_.end()) return it->second;
    std::vector<double> best(std::size_t(g_.size()), 0.0);
    using Item = std::pair<double, int>;
    std::priority_queue<Item> queue;
    best[std::size_t(from)] = 1.0;
    queue.push({1.0, from});
    while (!queue.empty()) {
      auto [s, u] = queue.top();
      queue.pop();
      if (s < best[std::size_t(u)]) continue;
      for (const Neighbour& n : adj_[std::size_t(u)]) {
        const double t = s * n.strength;
        if (t > best[std::size_t(n.vertex)]) {
          best[std::size_t(n.vertex)] = t;
          queue.push({t, n.vertex});
        }
      }
    }
    return reach_.emplace(from, std::move(best)).first->second;
  }
  // The owner's strongest introduction path to `to`, around the `avoid` people when that is
  // possible at all.
  std::optional<IntroductionPath> path(int from, int to, const std::set<std::string>& avoid) const {
    if (!avoid.empty()) {
      Dataset rest;
      rest.accounts = data_.accounts;
      for (const Person& p : data_.people)
        if (!avoid.contains(p.id)) rest.people.push_back(p);
      for (const Relationship& r : data_.relationships)
        if (!avoid.contains(r.source) && !avoid.contains(r.target)) rest.relationships.push_back(r);
      const AccountGraph sub(rest, g_.account().id, g_.time());
      const int f = sub.index_of(person(from).id), t = sub.index_of(person(to).id);
      if (f >= 0 && t >= 0)
        if (auto p = strongest_path(sub, f, t)) return p;
    }
    return strongest_path(g_, from, to);
  }
  // Index into the analysis' people, or nullopt for someone the analysis did not see.
  std::optional<std::size_t> analysed(const std::string& id) const {
    auto it = analysed_.find(id);
    if (it == analysed_.end()) return std::nullopt;
    return it->second;
  }

 private:
  static Dataset with_team(const Dataset& data, const PortfolioLoad& load) {
    Dataset d = data;
    std::set<std::string> ids;
    for (const Person& p : d.people) ids.insert(p.id);
    for (const Person& p : load.team)
      if (ids.insert(p.id).second) d.people.push_back(p);
    std::set<std::tuple<std::string, std::string, RelationType>> have;
    for (const Relationship& r : d.relationships) have.insert({r.source, r.target, r.type});
    for (const Relationship& r : load.team_ties)
      if (ids.contains(r.source) && ids.contains(r.target) &&
          have.insert({r.source, r.target, r.type}).second)
        d.relationships.push_back(r);
    sort_dataset(d);
    return d;
  }

  Dataset data_;
  AccountGraph g_;
  std::vector<std::vector<Neighbour>> adj_;
  std::map<std::string, std::size_t> analysed_;
  mutable std::map<int, std::vector<double>> reach_;
};

// Everything plan_account needs while it builds one account's actions.
class Planner {
 public:
  Planner(const AccountAnalysis& a, const Dataset& data, const PlanOptions& options,
          const PortfolioLoad& load, const std::vector<Action>& stored)
      : a_(a), pg_(a, data, load), options_(options), load_(load.open_actions) {
    for (const Action& s : stored) stored_.emplace(s.id, s);
    for (const DecisionWeight& d : a.decision_makers) top_weight_ = std::max(top_weight_, d.weight);
  }

  std::vector<Action> run() {
    collect_person_targets();
    std::vector<Action> actions;
    for (auto& [id, target] : targets_)
      if (auto act = person_action(target)) actions.push_back(std::move(*act));
    for (const AccountGapRule& rule : kAccountGaps)
      if (auto act = account_action(rule)) actions.push_back(std::move(*act));
    sort_actions(actions);
    assign_owners(actions);
    return actions;
  }

 private:
  const std::string& account_id() const { return a_.account.id; }
  const std::string& account_name() const { return a_.account.name; }

  const PersonMetrics* metrics(const std::string& id) const {
    auto i = pg_.analysed(id);
    return i ? &a_.metrics[*i] : nullptr;
  }

  // The larger of formal power and decision weight relative to the top decision maker.
  double importance(const Person& p) const {
    double w = 0;
    if (const PersonMetrics* m = metrics(p.id); m && top_weight_ > 0)
      w = m->decision.weight / top_weight_;
    return std::clamp(std::max(p.power, w), 0.0, 1.0);
  }

  // The strongest stale tie between the person and one of ours.
  const Tie* stale_tie(int v) const {
    const AccountGraph& g = pg_.graph();
    const Tie* best = nullptr;
    for (const Tie& t : g.ties()) {
      if (!t.stale || t.type == RelationType::conflicts) continue;
      const int other = t.source == v ? t.target : t.target == v ? t.source : -1;
      if (other < 0 || g.side(other) != Side::internal) continue;
      if (!best || t.strength > best->strength) best = &t;
    }
    return best;
  }

  std::string name_of(const std::string& id) const {
    const int v = pg_.index(id);
    return v >= 0 ? pg_.person(v).display_name() : id;
  }

  Target& target(const std::string& person) {
    auto [it, inserted] = targets_.try_emplace(person);
    if (inserted) it->second.person = person;
    return it->second;
  }

  bool is_customer(const std::string& id) const {
    const int v = pg_.index(id);
    return v >= 0 && pg_.graph().side(v) == Side::customer;
  }

  void collect_person_targets() {
    // The analysis' own gaps about one person.
    for (const Gap& gap : a_.gaps) {
      if (gap.person.empty() || pg_.index(gap.person) < 0) continue;
      if (precedence(gap.type) >= std::size(kPrecedence)) continue;
      target(gap.person).add(gap.type, gap.reason);
    }
    // A whole role nobody knows well: its weightiest named member stands for it.
    for (const std::string& word : a_.summary.roles_uncovered) {
      const auto role = parse_role_word(word);
      if (!role || !role->role) continue;
      const Person* best = nullptr;
      for (const Person& p : a_.people) {
        if (!is_customer(p.id) || p.placeholder() || !p.has_role(*role->role)) continue;
        if (!best || importance(p) > importance(*best)) best = &p;
      }
      if (best == nullptr) continue;
      target(best->id).add("role_uncovered",
                           "Nobody in the " + word + " role is known well by our team; " +
                               best->display_name() + " carries the most weight in it.");
    }
    // Blockers we do talk to still need work on their objections.
    for (const Person& p : a_.people) {
      const int v = pg_.index(p.id);
      if (v < 0 || p.internal() || p.placeholder() || p.attitude != Attitude::blocker) continue;
      const auto [direct, by] = pg_.direct(v);
      if (direct == 0) continue;  // blocker_unengaged covers it
      target(p.id).add("blocker", who(p) + " is against us, and " + name_of(by) + "'s contact (" +
                                      fixed(direct) + ") has not changed that yet.");
    }
    outside_influencers();
    single_points();
  }

  bool shapes_anyone(int v) const {
    const AccountGraph& g = pg_.graph();
    return std::any_of(g.ties().begin(), g.ties().end(), [&](const Tie& t) {
      return t.type == RelationType::influences && t.source == v &&
             g.side(t.target) == Side::customer;
    });
  }

  // Outside advisers (consultants, analysts) who shape key people, or weigh in the decision
  // themselves, and whom we do not know well.
  void outside_influencers() {
    const AccountGraph& g = pg_.graph();
    for (int v = 0; v < g.size(); ++v) {
      const Person& p = g.person(v);
      if (g.side(v) != Side::outside || p.placeholder()) continue;
      std::vector<std::string> shaped;
      for (const Tie& t : g.ties()) {
        if (t.type != RelationType::influences || t.source != v) continue;
        if (g.side(t.target) == Side::customer && is_key_person(g.person(t.target)))
          shaped.push_back(g.person(t.target).display_name());
      }
      const auto [direct, by] = pg_.direct(v);
      // Advisers who shape the key people, or who weigh in the decision themselves.
      if (shaped.empty() && !(shapes_anyone(v) && importance(p) >= kAdviserImportance)) continue;
      if (direct >= kCoveredStrength) continue;
      if (shaped.empty())
        for (const Tie& t : g.ties())
          if (t.type == RelationType::influences && t.source == v &&
              g.side(t.target) == Side::customer)
            shaped.push_back(g.person(t.target).display_name());
      std::sort(shaped.begin(), shaped.end());
      std::string names;
      for (std::size_t i = 0; i < shaped.size(); ++i)
        names += (i == 0 ? "" : i + 1 == shaped.size() ? " and " : ", ") + shaped[i];
      target(p.id).add("outside_influencer",
                       who(p) + (p.org.empty() ? "" : " of " + p.org) + " shapes " + names +
                           " and nobody on our team knows them well (" +
                           (direct > 0 ? "best direct tie " + fixed(direct) + ", " + name_of(by)
                                       : std::string("no direct tie")) +
                           ").");
    }
  }

  // A person or a customer whose loss would cut us off from key people or much power: the
  // weightiest person they cut off gets a second line that does not run through them, and
  // nobody's action about a person they cut off is given to them.
  void single_points() {
    for (const SinglePoint& sp : a_.single_points.people) {
      const int x = pg_.index(sp.person);
      if (x < 0) continue;
      const Person* best = nullptr;
      bool key = false;
      for (const std::string& id : sp.cuts_off) {
        const int v = pg_.index(id);
        if (v < 0) continue;
        const Person& p = pg_.person(v);
        key = key || is_key_person(p);
        const auto rank = [&](const Person& q) {
          return std::make_tuple(is_key_person(q), importance(q));
        };
        if (!best || rank(p) > rank(*best)) best = &p;
      }
      if (!best || (!key && sp.power_cut_off < kSinglePointPower)) continue;
      const std::string name = pg_.person(x).display_name();
      target(best->id).add(
          "single_point",
          "Every route from our team to " + best->display_name() + " runs through " + name +
              (sp.cuts_off.size() > 1
                   ? " (with " + std::to_string(sp.cuts_off.size() - 1) + " more people, power " +
                         fixed(sp.power_cut_off) + " in all)"
                   : std::string()) +
              ": if " + name + " leaves, we lose them.");
      for (const std::string& id : sp.cuts_off) avoid_[id].insert(sp.person);
    }
    for (auto& [id, t] : targets_)
      if (auto it = avoid_.find(id); it != avoid_.end()) t.avoid = it->second;
  }

  std::optional<Action> person_action(const Target& t) {
    const int v = pg_.index(t.person);
    if (v < 0 || t.findings.empty()) return std::nullopt;
    const Person& p = pg_.person(v);
    const Finding& primary = t.primary();
    const Kind kind = kind_of(primary.type);
    const auto [direct, by] = pg_.direct(v);
    const PersonMetrics* m = metrics(p.id);
    const int routes = m && m->coverage ? m->coverage->redundancy : 0;
    const bool second_line = t.has("low_redundancy") || t.has("single_point");

    Action act;
    act.id = account_id() + ":" + p.id;
    act.account = account_id();
    act.target = p.id;
    act.gap = primary.type;
    act.mode = relationship_mode(p);
    double gap_size = 1.0;
    const std::string now_direct =
        "direct strength ≥ " + fixed(kTargetStrength) + " (now " + fixed(direct) + ")";
    const std::string now_routes =
        std::to_string(kTargetRoutes) + " independent routes (now " + std::to_string(routes) + ")";
    switch (kind) {
      case Kind::identify:
        act.task = "find out who sits in the seat " + p.display_name() + " and how to reach them";
        act.measure = "a named person in the seat, with a direct tie to one of us";
        break;
      case Kind::engage:
        act.task = "engage " + who(p) + ", who is against us";
        act.measure = "a direct tie with one of us (now none), then the attitude reviewed";
        break;
      case Kind::win_over:
        act.task = "work on the objections of " + who(p);
        act.measure = "attitude skeptic or better (now blocker)";
        break;
      case Kind::build:
        act.task = "meet " + who(p);
        act.measure = now_direct;
        if (second_line && is_customer(p.id)) act.measure += " and " + now_routes;
        gap_size = 1.0 - std::min(1.0, direct / kTargetStrength);
        break;
      case Kind::renew: {
        act.task = "renew the relationship with " + who(p);
        const Tie* last = stale_tie(v);
        act.measure = "a contact in the last " + std::to_string(a_.time.stale_after_days) +
                      " days" + (last ? " (last on " + last->last_contact->str() + ")" : "");
        if (second_line && is_customer(p.id)) act.measure += " and " + now_routes;
        gap_size = 1.0 - std::min(1.0, direct / kTargetStrength);
        break;
      }
      case Kind::second_line:
        act.task = "build a second line to " + who(p);
        act.measure = now_routes;
        gap_size = 1.0 - std::min(1.0, double(routes) / kTargetRoutes);
        break;
      case Kind::efficiency:
        act.task = "cut back our contacts with " + who(p) + " and spend the time on key people";
        act.measure = "at most 2 of our people in regular contact";
        act.mode = Mode::service;
        gap_size = 0.0;
        break;
      case Kind::account:  // account_action()'s
        break;
    }
    // Why it matters: the primary finding first, then the others in precedence order.
    std::vector<const Finding*> ordered;
    for (const Finding& f : t.findings) ordered.push_back(&f);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Finding* x, const Finding* y) {
      return precedence(x->type) < precedence(y->type);
    });
    for (const Finding* f : ordered) act.what += (act.what.empty() ? "" : " ") + f->reason;
    act.priority =
        round3(0.5 * importance(p) + 0.3 * gap_size + 0.2 * attitude_urgency(p.attitude));
    act.due = options_.as_of.plus_days(due_in_days(act.priority));
    act.created = act.updated = options_.as_of;
    plans_[act.id] = {t, kind};
    return act;
  }

  std::optional<Action> account_action(const AccountGapRule& rule) {
    const Gap* gap = nullptr;
    for (const Gap& g : a_.gaps)
      if (g.person.empty() && g.type == rule.gap) gap = &g;
    if (!gap) return std::nullopt;
    Action act;
    act.id = account_id() + ":" + std::string(rule.gap);
    act.account = account_id();
    act.gap = gap->type;
    act.mode = rule.mode;
    act.what = gap->reason;
    const std::string& name = account_name();
    if (rule.gap == "no_contact") {
      act.task = "open the account: get a first introduction at " + name;
      act.measure = "a direct tie with someone at " + name;
    } else if (rule.gap == "no_decider_identified") {
      act.task = "find out who makes the final choice at " + name;
      act.measure = "a decider named in the buying centre";
    } else if (rule.gap == "no_coach") {
      act.task = "find and develop a coach at " + name + ", someone who wants us to win";
      act.measure = "a coach, sponsor or champion at " + name;
    } else if (rule.gap == "few_supporters") {
      int key = 0, supporters = 0;
      for (const Person& p : a_.people) {
        if (!is_customer(p.id) || p.placeholder() || !is_key_person(p)) continue;
        ++key;
        if (p.attitude == Attitude::champion || p.attitude == Attitude::supporter) ++supporters;
      }
      act.task = "win over more of the key people at " + name;
      act.measure = "at least half of the key people supporters or champions (now " +
                    std::to_string(supporters) + " of " + std::to_string(key) + ")";
    } else {
      act.task = "find out who backs the competition at " + name;
      act.measure = "at least one skeptic or blocker mapped";
    }
    act.priority = round3(gap->severity);
    act.due = options_.as_of.plus_days(due_in_days(act.priority));
    act.created = act.updated = options_.as_of;
    plans_[act.id] = {Target{}, Kind::account};
    return act;
  }

  // --- WHO and VIA --------------------------------------------------------------------------

  int open_load(const std::string& owner) const {
    auto it = load_.find(owner);
    return it == load_.end() ? 0 : it->second;
  }

  bool on_team(const std::string& id) const {
    const int v = pg_.index(id);
    return v >= 0 && pg_.graph().side(v) == Side::internal;
  }

  static bool is_kam(const Person& p) {
    std::string text = p.title + " " + p.department;
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text.find("key account") != std::string::npos;
  }

  // The colleagues who hold the account today, best first: key account managers before
  // others, then by the sum of their direct tie strengths to its customer people, then id.
  // Empty when nobody has a direct tie.
  std::vector<int> leads() const {
    const AccountGraph& g = pg_.graph();
    std::map<int, double> held;
    for (int u : g.internal_people())
      for (int c : g.customer_people())
        if (double s = pg_.tie(u, c); s > 0) held[u] += s;
    std::vector<int> out;
    for (const auto& [u, s] : held) out.push_back(u);
    // The key account manager coordinates, so a KAM with a thread comes first.
    std::stable_sort(out.begin(), out.end(), [&](int x, int y) {
      const bool kx = is_kam(pg_.person(x)), ky = is_kam(pg_.person(y));
      if (kx != ky) return kx;
      return held[x] > held[y];
    });
    return out;
  }

  double score(int c, int v) const {
    const Person& ours = pg_.person(c);
    const Person& theirs = pg_.person(v);
    // A placeholder cannot be reached; their manager is the way to the seat.
    int reach_to = v;
    if (theirs.placeholder()) {
      const int boss = theirs.reports_to.empty() ? -1 : pg_.index(theirs.reports_to);
      reach_to = boss >= 0 && !pg_.person(boss).placeholder() ? boss : -1;
    }
    const double reach = reach_to >= 0 ? pg_.reach_from(c)[std::size_t(reach_to)] : 0.0;
    const double tie = pg_.tie(c, v) > 0 ? 1.0 : 0.0;
    const double load = double(open_load(ours.id)) / std::max(1, options_.max_open_per_owner);
    return 0.35 * tie + 0.3 * function_fit(ours, theirs) + 0.35 * reach - 0.2 * load;
  }

  std::string choose_owner(const Action& act) const {
    const auto& [t, kind] = plans_.at(act.id);
    const AccountGraph& g = pg_.graph();
    auto free = [&](int c) { return open_load(pg_.person(c).id) < options_.max_open_per_owner; };
    if (kind == Kind::account || kind == Kind::efficiency) {
      if (act.gap == "no_contact") {
        if (auto path = strongest_path_to_account(g, account_id()); path && !path->people.empty()) {
          const int first = pg_.index(path->people.front());
          if (first >= 0 && free(first)) return path->people.front();
        }
      }
      for (int c : leads())
        if (free(c)) return pg_.person(c).id;
      // Nobody holds a thread yet: the least loaded of our commercial people.
      std::string best;
      for (int c : g.internal_people()) {
        const Person& p = pg_.person(c);
        if (!free(c) || function_of(p) != Function::commercial) continue;
        if (best.empty() || open_load(p.id) < open_load(best)) best = p.id;
      }
      return best;
    }
    const int v = pg_.index(act.target);
    // A tie going cold is renewed by whoever holds it, even one the person hangs on: the
    // measure asks for the second route as well.
    if (kind == Kind::renew) {
      if (const Tie* cold = stale_tie(v)) {
        const int holder = cold->source == v ? cold->target : cold->source;
        if (free(holder)) return pg_.person(holder).id;
      }
    }
    std::string best;
    double best_score = 0;
    for (int c : g.internal_people()) {
      const Person& ours = pg_.person(c);
      if (!free(c) || t.avoid.contains(ours.id) || pg_.conflict(c, v)) continue;
      const double s = score(c, v);
      if (best.empty() || s > best_score + 1e-12) {
        best = ours.id;
        best_score = s;
      }
    }
    return best;
  }

  void set_via_and_task(Action& act) const {
    const auto& [t, kind] = plans_.at(act.id);
    act.via.clear();
    if (kind == Kind::account) {
      if (act.gap == "no_contact" && !act.owner.empty()) {
        auto path = strongest_path_to_account(pg_.graph(), account_id());
        if (path && path->people.front() == act.owner && path->people.size() >= 3)
          act.via = path->people[path->people.size() - 2];
      } else if (act.gap == "no_decider_identified" || act.gap == "no_opponent_mapped") {
        // Ask the coach we know best: that is what a coach is for.
        double best = 0;
        for (const Person& p : a_.people) {
          const int v = pg_.index(p.id);
          if (v < 0 || !is_customer(p.id) || p.placeholder()) continue;
          if (!p.has_role(Role::coach) && p.kind != PersonKind::sponsor &&
              p.attitude != Attitude::champion)
            continue;
          if (const double s = pg_.direct(v).first; s > best) {
            best = s;
            act.via = p.id;
          }
        }
      }
      return;
    }
    const int v = pg_.index(act.target);
    const Person& p = pg_.person(v);
    if (kind == Kind::identify) {
      const int boss = p.reports_to.empty() ? -1 : pg_.index(p.reports_to);
      if (boss >= 0 && !pg_.person(boss).placeholder()) act.via = p.reports_to;
      return;
    }
    if (kind == Kind::efficiency || act.owner.empty()) return;
    const int o = pg_.index(act.owner);
    if (o < 0) return;
    if (pg_.tie(o, v) > 0) {
      const Tie* cold = stale_tie(v);
      const bool own_cold = cold && (pg_.person(cold->source).id == act.owner ||
                                     pg_.person(cold->target).id == act.owner);
      if (kind == Kind::build)
        act.task =
            (own_cold ? "renew the relationship with " : "strengthen the relationship with ") +
            who(p);
      return;
    }
    if (auto path = pg_.path(o, v, t.avoid); path && path->people.size() >= 3)
      act.via = path->people[path->people.size() - 2];
  }

  void assign_owners(std::vector<Action>& actions) {
    // First what is settled: a user's owner always, and an open action's owner while they
    // are still on the team and not one of the people its target hangs on.
    std::vector<Action*> to_choose;
    for (Action& act : actions) {
      auto it = stored_.find(act.id);
      const Action* s = it == stored_.end() ? nullptr : &it->second;
      const auto& [target, kind] = plans_.at(act.id);
      // The holder of a tie going cold renews it, whatever else the person hangs on.
      const std::set<std::string> none;
      const auto& avoid = kind == Kind::renew ? none : target.avoid;
      const bool closed_by_user = s && s->status != ActionStatus::open && s->status_by_user;
      if (s && (s->owner_by_user || closed_by_user ||
                (s->status == ActionStatus::open && !s->owner.empty() && on_team(s->owner) &&
                 !avoid.contains(s->owner)))) {
        act.owner = s->owner;
        act.owner_by_user = s->owner_by_user;
        if (!closed_by_user && !act.owner.empty()) ++load_[act.owner];
      } else {
        to_choose.push_back(&act);
      }
    }
    // Then the rest, most urgent first, each taking the best placed colleague still free.
    for (Action* act : to_choose) {
      act->owner = choose_owner(*act);
      if (!act->owner.empty()) ++load_[act->owner];
    }
    for (Action& act : actions) set_via_and_task(act);
    for (Action& act : actions) act.what = capitalised(act.task) + ". " + act.what;
  }

  const AccountAnalysis& a_;
  PlanGraph pg_;
  PlanOptions options_;
  std::map<std::string, int> load_;
  std::map<std::string, Action> stored_;
  double top_weight_ = 0;
  std::map<std::string, Target> targets_;
  std::map<std::string, std::set<std::string>> avoid_;
  std::map<std::string, std::pair<Target, Kind>> plans_;
};

}  // namespace

void sort_actions(std::vector<Action>& actions) {
  std::sort(actions.begin(), actions.end(), [](const Action& a, const Action& b) {
    if (a.account != b.account) return a.account < b.account;
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.id < b.id;
  });
}

std::vector<Action> plan_account(const AccountAnalysis& analysis, const Dataset& account_data,
                                 const PlanOptions& options, const PortfolioLoad& load,
                                 const std::vector<Action>& stored) {
  return Planner(analysis, account_data, options, load, stored).run();
}

}  // namespace kamgraph
