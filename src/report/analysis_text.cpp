#include <map>

#include "kamgraph/report/analysis_report.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph {
namespace {

using A = Table::Align;

class Writer {
 public:
  explicit Writer(TextStyle style) : style_(style) {}

  void title(const std::string& text) {
    out_ += style_ == TextStyle::markdown
                ? "# " + text + "\n\n"
                : text + "\n" + std::string(display_width(text), '=') + "\n\n";
  }
  void heading(const std::string& text) {
    out_ += style_ == TextStyle::markdown
                ? "## " + text + "\n\n"
                : text + "\n" + std::string(display_width(text), '-') + "\n\n";
  }
  void line(const std::string& text) { out_ += text + "\n"; }
  void para(const std::string& text) { out_ += text + "\n\n"; }
  void bullet(const std::string& text) { out_ += "- " + text + "\n"; }
  void end_list() { out_ += "\n"; }
  void table(const Table& t) {
    out_ += style_ == TextStyle::markdown ? t.markdown() : t.str();
    out_ += "\n";
  }
  bool markdown() const { return style_ == TextStyle::markdown; }
  std::string str() && { return std::move(out_); }

 private:
  TextStyle style_;
  std::string out_;
};

std::string roles_of(const Person& p) {
  std::string out;
  for (Role r : p.roles) out += (out.empty() ? "" : ", ") + std::string(to_string(r));
  return out.empty() ? "-" : out;
}

std::string percent(double v) { return fixed(v * 100.0, 0) + "%"; }

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

class Names {
 public:
  explicit Names(const AccountAnalysis& a) {
    for (const auto& p : a.people) names_[p.id] = p.display_name();
  }
  std::string operator()(const std::string& id) const {
    auto it = names_.find(id);
    return it == names_.end() ? id : it->second;
  }
  std::string list(const std::vector<std::string>& ids) const {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + (*this)(id);
    return out;
  }
  std::string path(const std::vector<std::string>& ids) const {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : " > ") + (*this)(id);
    return out;
  }

 private:
  std::map<std::string, std::string> names_;
};

void verdict_section(const AccountAnalysis& a, Writer& w) {
  const AccountSummary& s = a.summary;
  w.heading("Status: " + upper(to_string(a.verdict.status)));
  for (const auto& r : a.verdict.reasons) w.bullet(r);
  w.end_list();
  Table t({"measure", "value"});
  t.add_row(
      {"coverage score", percent(s.coverage_score) + " (power-weighted access from our team)"});
  t.add_row({"relationship stage", std::string(to_string(s.stage))});
  t.add_row({"threads (our people with direct ties)", std::to_string(s.threads.size())});
  t.add_row({"customer people known well",
             std::to_string(s.covered_people) + " of " + std::to_string(s.customer_people)});
  t.add_row({"placeholders (seats nobody we know fills)", std::to_string(s.placeholders)});
  auto join = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
    return out.empty() ? std::string("-") : out;
  };
  t.add_row({"roles covered", join(s.roles_covered)});
  t.add_row({"roles not covered", join(s.roles_uncovered)});
  t.add_row({"departments covered", join(s.departments_covered)});
  t.add_row({"departments not covered", join(s.departments_uncovered)});
  t.add_row({"stale / undated relationships", std::to_string(s.stale_relationships) + " / " +
                                                  std::to_string(s.undated_relationships)});
  t.add_row({"segment policy", a.verdict.policy + (a.verdict.policy_met ? ": met" : ": NOT met")});
  w.table(t);
}

void decision_section(const AccountAnalysis& a, Writer& w) {
  w.heading("Who really decides");
  if (a.decision_makers.empty()) {
    w.para("Nobody in the buying centre has any decision weight yet.");
    return;
  }
  Table t({"#", "person", "title", "weight", "formal", "influence", "known by us", "why"},
          {A::right, A::left, A::left, A::right, A::right, A::right, A::left, A::left});
  int rank = 0;
  for (const auto& d : a.decision_makers) {
    if (++rank > 10) break;
    const Person& p = a.people[std::size_t(d.person)];
    const auto& cov = a.metrics[std::size_t(d.person)].coverage;
    std::string known = !cov              ? "(outside)"
                        : cov->covered()  ? "yes, " + fixed(cov->direct) + " by " + cov->direct_by
                        : cov->direct > 0 ? "weakly, " + fixed(cov->direct)
                                          : "no";
    t.add_row({std::to_string(rank), p.display_name(), p.title, fixed(d.weight), fixed(d.formal),
               fixed(d.informal), known, d.explanation});
  }
  w.table(t);
}

void gaps_section(const AccountAnalysis& a, const Names& names, Writer& w) {
  w.heading("Coverage gaps");
  if (a.gaps.empty()) {
    w.para("No gaps: every key person is known well.");
    return;
  }
  Table t({"severity", "who", "gap", "why it matters"}, {A::right, A::left, A::left, A::left});
  for (const auto& g : a.gaps)
    t.add_row(
        {fixed(g.severity), g.person.empty() ? "(account)" : names(g.person), g.type, g.reason});
  w.table(t);
}

void single_points_section(const AccountAnalysis& a, const Names& names, Writer& w) {
  w.heading("Single points of relationship failure");
  const auto& sp = a.single_points;
  if (sp.people.empty() && sp.relationships.empty()) {
    w.para(
        "None: every customer person we reach today stays reachable if any one person or "
        "relationship is lost.");
    return;
  }
  if (!sp.people.empty()) {
    Table t({"if this person leaves", "we lose every path to", "power cut off"},
            {A::left, A::left, A::right});
    for (const auto& p : sp.people)
      t.add_row({names(p.person), names.list(p.cuts_off), fixed(p.power_cut_off)});
    w.table(t);
  }
  if (!sp.relationships.empty()) {
    Table t({"if this relationship ends", "we lose every path to", "power cut off"},
            {A::left, A::left, A::right});
    for (const auto& r : sp.relationships)
      t.add_row({names(r.a) + " - " + names(r.b), names.list(r.cuts_off), fixed(r.power_cut_off)});
    w.table(t);
  }
}

void stale_section(const AccountAnalysis& a, const Names& names, Writer& w) {
  w.heading("Stale relationships");
  if (a.stale.empty()) {
    w.para("None older than " + std::to_string(a.time.stale_after_days) + " days.");
    return;
  }
  Table t({"between", "type", "last contact", "days", "key person"},
          {A::left, A::left, A::left, A::right, A::left});
  for (const auto& s : a.stale)
    t.add_row({names(s.source) + " - " + names(s.target), std::string(to_string(s.type)),
               s.last_contact.str(), std::to_string(s.age_days), s.key ? "yes" : ""});
  w.table(t);
}

void coverage_section(const AccountAnalysis& a, const Names& names, Writer& w) {
  w.heading("Coverage of the buying centre");
  Table t({"person", "roles", "power", "attitude", "direct", "by", "access", "path", "routes"},
          {A::left, A::left, A::right, A::left, A::right, A::left, A::right, A::left, A::right});
  for (std::size_t i = 0; i < a.people.size(); ++i) {
    const auto& cov = a.metrics[i].coverage;
    if (!cov) continue;
    const Person& p = a.people[i];
    t.add_row({p.display_name(), roles_of(p), fixed(p.power), std::string(to_string(p.attitude)),
               fixed(cov->direct), cov->direct_by.empty() ? "-" : names(cov->direct_by),
               fixed(cov->access), cov->access_path.size() > 2 ? names.path(cov->access_path) : "",
               std::to_string(cov->redundancy)});
  }
  w.table(t);
}

void metrics_section(const AccountAnalysis& a, Writer& w) {
  w.heading("Network metrics");
  Table t({"id", "degree", "strength", "betweenness", "pagerank", "decision weight"},
          {A::left, A::right, A::right, A::right, A::right, A::right});
  for (std::size_t i = 0; i < a.people.size(); ++i) {
    const auto& m = a.metrics[i];
    t.add_row({a.people[i].id, std::to_string(m.degree), fixed(m.strength, 3),
               fixed(m.betweenness, 4), fixed(m.pagerank, 4), fixed(m.decision.weight, 3)});
  }
  w.table(t);
  auto join = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
    return out.empty() ? std::string("none") : out;
  };
  w.para("Articulation points: " + join(a.articulation_points));
  std::vector<std::string> b;
  for (const auto& [x, y] : a.bridges) b.push_back(x + " - " + y);
  w.para("Bridges: " + join(b));
}

}  // namespace

std::string analysis_text(const AccountAnalysis& a, TextStyle style) {
  Writer w(style);
  Names names(a);
  w.title("Account analysis: " + a.account.name + " (" + a.account.id + ")");
  std::string header = "As of " + a.time.as_of.str();
  if (a.account.segment) header += " | segment " + std::string(to_string(*a.account.segment));
  if (!a.without.empty()) header += " | what-if without: " + names.list(a.without);
  w.para(header);
  verdict_section(a, w);
  decision_section(a, w);
  gaps_section(a, names, w);
  single_points_section(a, names, w);
  stale_section(a, names, w);
  coverage_section(a, names, w);
  metrics_section(a, w);
  return std::move(w).str();
}

std::string what_if_text(const WhatIf& wi, TextStyle style) {
  Writer w(style);
  Names names(wi.before);
  w.title("What if " + names.list(wi.after.without) + " left: " + wi.before.account.name);
  w.para("As of " + wi.before.time.as_of.str());
  Table t({"", "before", "after"});
  t.add_row({"status", std::string(to_string(wi.before.verdict.status)),
             std::string(to_string(wi.after.verdict.status))});
  t.add_row({"coverage score", percent(wi.before.summary.coverage_score),
             percent(wi.after.summary.coverage_score)});
  t.add_row({"stage", std::string(to_string(wi.before.summary.stage)),
             std::string(to_string(wi.after.summary.stage))});
  t.add_row({"threads", std::to_string(wi.before.summary.threads.size()),
             std::to_string(wi.after.summary.threads.size())});
  t.add_row({"gaps", std::to_string(wi.before.gaps.size()), std::to_string(wi.after.gaps.size())});
  w.table(t);
  w.heading("Customer people we could no longer reach");
  if (wi.lost_access.empty()) w.para("None.");
  for (const auto& id : wi.lost_access) w.bullet(names(id));
  if (!wi.lost_access.empty()) w.end_list();
  w.heading("New gaps");
  if (wi.new_gaps.empty()) w.para("None.");
  for (const auto& g : wi.new_gaps)
    w.bullet("[" + fixed(g.severity) + "] " + g.type + ": " + g.reason);
  if (!wi.new_gaps.empty()) w.end_list();
  w.heading("New single points of failure");
  if (wi.new_single_points.empty()) w.para("None.");
  for (const auto& sp : wi.new_single_points)
    w.bullet(names(sp.person) + " would be the only link to " + names.list(sp.cuts_off));
  if (!wi.new_single_points.empty()) w.end_list();
  return std::move(w).str();
}

}  // namespace kamgraph
