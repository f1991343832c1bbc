#include "kamgraph/analysis/gaps.hpp"
#include "kamgraph/model/text.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace kamgraph {
namespace {

// Opponents are more dangerous to leave uncovered than friends.
double attitude_factor(Attitude a) {
  switch (a) {
    case Attitude::champion:
      return 0.8;
    case Attitude::supporter:
      return 0.9;
    case Attitude::neutral:
      return 1.0;
    case Attitude::skeptic:
      return 1.1;
    case Attitude::blocker:
      return 1.2;
  }
  return 1.0;
}

bool decides(const Person& p) { return p.has_role(Role::decider) || p.has_role(Role::approver); }

std::string role_words(const Person& p) {
  std::string out;
  for (Role r : p.roles) out += (out.empty() ? "" : "/") + std::string(to_string(r));
  return out.empty() ? "person" : out;
}

std::string who(const Person& p) {
  std::string s = p.display_name();
  if (!p.title.empty() && !p.placeholder()) s += " (" + p.title + ")";
  return s;
}

double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

class GapList {
 public:
  void add(const std::string& person, const std::string& type, double severity,
           const std::string& reason) {
    gaps_.push_back({person, type, clamp01(severity), reason});
  }
  std::vector<Gap> ranked() && {
    std::sort(gaps_.begin(), gaps_.end(), [](const Gap& a, const Gap& b) {
      if (a.severity != b.severity) return a.severity > b.severity;
      if (a.person != b.person) return a.person < b.person;
      if (a.type != b.type) return a.type < b.type;
      return a.reason < b.reason;
    });
    return std::move(gaps_);
  }

 private:
  std::vector<Gap> gaps_;
};

void person_gaps(const AccountGraph& g, const PersonCoverage& c, GapList& out) {
  const Person& p = g.person(c.person);
  const bool opportunity = g.account().segment == Segment::opportunity;
  // Opportunity accounts need one preferred contact, not the whole buying centre.
  const double policy_weight = opportunity ? 0.5 : 1.0;

  if (p.placeholder()) {
    bool key = is_key_person(p);
    out.add(p.id, "placeholder", key ? std::max(p.power, 0.6) : p.power * 0.5,
            "We know there is a " + role_words(p) + " seat (" + p.display_name() +
                ") but not who fills it: find out who it is and how to reach them.");
    return;
  }
  const double shortfall = 1.0 - std::min(1.0, c.direct / kCoveredStrength);
  const std::string best =
      c.direct > 0   ? "the best direct tie is " + fixed(c.direct) + " (" + c.direct_by + ")"
      : c.access > 0 ? "no direct tie; the strongest path is " + fixed(c.access) + " via " +
                           std::to_string(c.access_path.size() - 2) + " intermediar" +
                           (c.access_path.size() == 3 ? "y" : "ies")
                     : "nobody on our team can reach them at all";
  if (decides(p) && !c.covered()) {
    out.add(p.id, "uncovered_decider",
            policy_weight * attitude_factor(p.attitude) * std::max(p.power, 0.6) * shortfall,
            "The " + role_words(p) + " " + who(p) +
                " is not known well by anyone on our team: " + best + ".");
  } else if (!decides(p) && p.power >= kKeyPower && !c.covered()) {
    out.add(p.id, "uncovered_key_person",
            policy_weight * attitude_factor(p.attitude) * p.power * shortfall,
            who(p) + " has power " + fixed(p.power) + " in the decision but " + best + ".");
  }
  if (p.attitude == Attitude::blocker && c.direct == 0) {
    out.add(p.id, "blocker_unengaged", 0.4 + 0.6 * p.power,
            who(p) +
                " is against us and nobody on our team talks to them: engage them, do not "
                "leave them to the competition.");
  }
}

void stale_gaps(const AccountGraph& g, GapList& out) {
  // The strongest stale tie between one of ours and each key customer person.
  std::map<int, const Tie*> worst;
  for (const auto& t : g.ties()) {
    if (!t.stale || t.type == RelationType::conflicts) continue;
    int them = g.side(t.source) == Side::customer ? t.source : t.target;
    int us = them == t.source ? t.target : t.source;
    if (g.side(them) != Side::customer || g.side(us) != Side::internal) continue;
    if (!is_key_person(g.person(them))) continue;
    auto& slot = worst[them];
    if (!slot || t.strength > slot->strength) slot = &t;
  }
  for (const auto& [them, t] : worst) {
    const Person& p = g.person(them);
    int us = t->source == them ? t->target : t->source;
    out.add(p.id, "stale_key_relationship", p.power * 0.5 * std::min(1.0, t->strength / 0.5),
            "Last contact between " + g.person(us).display_name() + " and " + who(p) + " was " +
                std::to_string(t->age_days) + " days ago (" + t->last_contact->str() +
                "): the relationship is going cold (" + fixed(t->strength) + " -> " +
                fixed(t->effective) + ").");
  }
}

void policy_gaps(const AccountGraph& g, const std::vector<PersonCoverage>& cov, GapList& out) {
  auto segment = g.account().segment;
  if (!segment) return;
  for (const auto& c : cov) {
    const Person& p = g.person(c.person);
    if (p.placeholder()) continue;
    if (*segment == Segment::strategic && decides(p) && c.redundancy < 2) {
      out.add(p.id, "low_redundancy", p.power * 0.5,
              "Strategic accounts need full involvement: " + who(p) + " is reached by " +
                  std::to_string(c.redundancy) +
                  " independent route(s); build a second relationship that does not depend on " +
                  (c.direct_by.empty() ? std::string("the same people") : c.direct_by) + ".");
    }
    // Deciders and approvers already carry their own gap; this one is for the others.
    if (*segment == Segment::status && !c.covered() && !decides(p) &&
        (p.has_role(Role::influencer) || p.has_role(Role::coach) || p.kind == PersonKind::sponsor ||
         p.kind == PersonKind::influencer)) {
      out.add(p.id, "uncovered_influencer", std::max(0.3, p.power) * 0.8,
              "Status accounts call for a focus on key influencers and sponsors: " + who(p) +
                  " is not known well by our team.");
    }
  }
  if (*segment == Segment::star) {
    // Raise the efficiency of contacts: three or more of ours on a low-power person.
    std::map<int, std::set<int>> ours;
    for (const auto& t : g.ties()) {
      if (t.type == RelationType::conflicts) continue;
      if (g.side(t.source) == Side::internal && g.side(t.target) == Side::customer)
        ours[t.target].insert(t.source);
      if (g.side(t.target) == Side::internal && g.side(t.source) == Side::customer)
        ours[t.source].insert(t.target);
    }
    for (const auto& [them, us] : ours) {
      const Person& p = g.person(them);
      if (us.size() >= 3 && p.power < 0.3)
        out.add(p.id, "redundant_contact", 0.2,
                std::to_string(us.size()) + " of our people spend time on " + who(p) + " (power " +
                    fixed(p.power) +
                    "): star accounts call for efficient contacts; redirect some of that effort.");
    }
  }
}

void red_flags(const AccountGraph& g, const std::vector<PersonCoverage>& cov, GapList& out) {
  const std::string& name = g.account().name;
  bool any_direct = false;
  for (const auto& c : cov) any_direct = any_direct || c.direct > 0;
  if (!any_direct)
    out.add("", "no_contact", 1.0,
            "Nobody on our team has a relationship with anyone at " + name +
                " yet: every key person is a gap. Start with an introduction path "
                "(kamgraph path --to-account).");

  bool decider = false, coach = false, opponent = false;
  int key = 0, supporters = 0;
  std::set<Role> present, covered;
  for (int v = 0; v < g.size(); ++v) {
    const Person& p = g.person(v);
    if (p.internal()) continue;
    if (g.side(v) == Side::customer && p.has_role(Role::decider)) decider = true;
    if (p.has_role(Role::coach) || p.kind == PersonKind::sponsor ||
        p.attitude == Attitude::champion)
      coach = true;
    if (p.attitude == Attitude::skeptic || p.attitude == Attitude::blocker) opponent = true;
    if (g.side(v) == Side::customer && is_key_person(p) && !p.placeholder()) {
      ++key;
      if (p.attitude == Attitude::champion || p.attitude == Attitude::supporter) ++supporters;
    }
  }
  for (const auto& c : cov) {
    const Person& p = g.person(c.person);
    for (Role r : p.roles) {
      present.insert(r);
      if (c.covered()) covered.insert(r);
    }
  }
  if (!decider)
    out.add("", "no_decider_identified", 0.8,
            "No decider is identified at " + name +
                ": find out who makes the final choice before anything else.");
  if (!coach)
    out.add("", "no_coach", 0.6,
            "Nobody at " + name + " is known to want us to win (no coach, sponsor or champion).");
  if (key > 0 && supporters * 2 < key)
    out.add("", "few_supporters", 0.5,
            "Only " + std::to_string(supporters) + " of " + std::to_string(key) +
                " key people are supporters or champions.");
  if (!opponent)
    out.add("", "no_opponent_mapped", 0.3,
            "No skeptic or blocker is mapped: who backs the competition?");
  for (Role r : present) {
    if (covered.count(r)) continue;
    // Deciders and approvers also get a gap each; this one says the whole role is dark.
    bool key_role = r == Role::decider || r == Role::approver;
    out.add("", "role_uncovered", key_role ? 0.45 : 0.25,
            "Nobody in the " + std::string(to_string(r)) + " role is known well by our team.");
  }
}

}  // namespace

bool is_key_person(const Person& p) { return decides(p) || p.power >= kKeyPower; }

std::string_view to_string(Status s) {
  switch (s) {
    case Status::green:
      return "green";
    case Status::amber:
      return "amber";
    case Status::red:
      return "red";
  }
  return "?";
}

std::vector<Gap> coverage_gaps(const AccountGraph& g, const std::vector<PersonCoverage>& cov) {
  GapList out;
  for (const auto& c : cov) person_gaps(g, c, out);
  stale_gaps(g, out);
  policy_gaps(g, cov, out);
  red_flags(g, cov, out);
  return std::move(out).ranked();
}

namespace {

std::string policy_text(std::optional<Segment> s) {
  if (!s) return "no segment set: deciders and approvers covered";
  switch (*s) {
    case Segment::strategic:
      return "strategic, full involvement: every decider and approver covered, with two or "
             "more independent routes";
    case Segment::status:
      return "status, selective: key influencers and sponsors covered";
    case Segment::star:
      return "star, efficient contacts: deciders and approvers covered";
    case Segment::opportunity:
      return "opportunity, preferred customer: one covered contact";
  }
  return "";
}

}  // namespace

Verdict account_verdict(const AccountGraph& g, const std::vector<Gap>& gaps,
                        const SinglePoints& single) {
  Verdict v;
  v.policy = policy_text(g.account().segment);
  auto has = [&](const std::string& type) {
    return std::any_of(gaps.begin(), gaps.end(), [&](const Gap& x) { return x.type == type; });
  };
  // Policy: the gap types that break each segment's rule.
  auto segment = g.account().segment;
  if (!segment || *segment == Segment::star)
    v.policy_met = !has("uncovered_decider") && !has("no_contact");
  else if (*segment == Segment::strategic)
    v.policy_met = !has("uncovered_decider") && !has("low_redundancy") && !has("no_contact");
  else if (*segment == Segment::status)
    v.policy_met = !has("uncovered_influencer") && !has("no_contact");
  else
    v.policy_met = !has("no_contact");

  // Red: we cannot reach the people who decide. Amber, in this order: single points of
  // failure on key people, the segment's policy, then the remaining gaps by severity.
  std::vector<std::string> red, amber;
  for (const auto& sp : single.people) {
    std::vector<std::string> key_cut;
    for (const auto& id : sp.cuts_off) {
      int idx = g.index_of(id);
      if (idx >= 0 && is_key_person(g.person(idx))) key_cut.push_back(g.person(idx).display_name());
    }
    if (key_cut.empty()) continue;
    std::string names;
    for (const auto& n : key_cut) names += (names.empty() ? "" : ", ") + n;
    int who_idx = g.index_of(sp.person);
    amber.push_back("Single point of failure: if " +
                    (who_idx >= 0 ? g.person(who_idx).display_name() : sp.person) +
                    " leaves, we lose every path to " + names + ".");
  }
  if (!v.policy_met)
    amber.push_back("The segment's coverage policy is not met (" + v.policy + ").");
  for (const auto& gap : gaps) {
    bool decider_gap =
        gap.type == "uncovered_decider" || (gap.type == "placeholder" && gap.severity >= 0.6);
    if (gap.type == "no_contact" || gap.type == "no_decider_identified" ||
        (decider_gap && gap.severity >= 0.5))
      red.push_back(gap.reason);
    else if (gap.severity >= 0.3)
      amber.push_back(gap.reason);
  }
  v.status = !red.empty() ? Status::red : !amber.empty() ? Status::amber : Status::green;
  // The reasons that set the colour, most serious first; the full list is the gaps table.
  v.reasons = red;
  for (const auto& r : amber)
    if (v.reasons.size() < kMaxReasons) v.reasons.push_back(r);
  if (red.size() + amber.size() > v.reasons.size())
    v.reasons.push_back("... and " + std::to_string(red.size() + amber.size() - v.reasons.size()) +
                        " more in the gaps below.");
  if (v.reasons.empty()) v.reasons.push_back("Key people covered, no single point of failure.");
  return v;
}

}  // namespace kamgraph
