#include "kamgraph/render/brief.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "kamgraph/analysis/coverage.hpp"
#include "kamgraph/render/html.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph {
namespace {

std::string esc(std::string_view s) { return html_escape(s); }

std::string percent(double v) { return fixed(v * 100.0, 0) + "%"; }

// 4200000 -> "4,200,000"; cents only when there are any.
std::string amount(double v) {
  const double whole = std::floor(std::fabs(v));
  std::string digits = fixed(whole, 0), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  const double cents = std::fabs(v) - whole;
  if (cents >= 0.005) out += fixed(cents, 2).substr(1);
  return (v < 0 ? "-" : "") + out;
}

std::string words(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string roles_of(const Person& p) {
  std::string out;
  for (Role r : p.roles) out += (out.empty() ? "" : ", ") + std::string(to_string(r));
  return out;
}

// A horizontal bar for a value in [0,1]; the width is a number we computed, never user text.
std::string bar(double fraction, const std::string& cls = "") {
  fraction = std::clamp(fraction, 0.0, 1.0);
  return "<span class=\"bar" + (cls.empty() ? "" : " " + cls) +
         "\"><span style=\"width:" + fixed(fraction * 100.0, 1) + "%\"></span></span>";
}

std::string attitude_badge(const Person& p) {
  if (p.placeholder()) return "<span class=\"tag vacant\">unfilled seat</span>";
  const std::string a(to_string(p.attitude));
  return "<span class=\"att att-" + a + "\">" + a + "</span>";
}

class Brief {
 public:
  Brief(const AccountAnalysis& a, const CoverageMatrix& m, const std::vector<Action>& actions,
        const BriefOptions& options)
      : a_(a), m_(m), actions_(actions), options_(options) {
    for (const Person& p : a.people) people_.emplace(p.id, &p);
    for (const Person& p : options_.people) people_.emplace(p.id, &p);  // the analysis's first
  }

  std::string html() {
    const std::string name = a_.account.name.empty() ? a_.account.id : a_.account.name;
    out_ +=
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // Defence in depth: even if something slipped through escaping, the page may not run
        // script or fetch anything.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n"
        "<meta name=\"generator\" content=\"kamgraph brief\">\n"
        "<title>Account brief: " +
        esc(name) + " (as of " + a_.time.as_of.str() + ")</title>\n<style>\n" + css() +
        "</style>\n</head>\n<body>\n<div class=\"page\">\n";
    masthead(name);
    contents();
    out_ += "<main>\n";
    map_section();
    matrix_section();
    decides_section();
    gaps_section();
    single_points_section();
    stale_section();
    actions_section();
    legend_section();
    out_ += "</main>\n<footer>Account brief for " + esc(name) + ", as of " + a_.time.as_of.str() +
            ". Made by kamgraph from the account's relationship graph: people, who knows whom "
            "and when we last met.</footer>\n</div>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  const Person* person(const std::string& id) const {
    auto it = people_.find(id);
    return it == people_.end() ? nullptr : it->second;
  }
  std::string name(const std::string& id) const {
    const Person* p = person(id);
    return p ? p->display_name() : id;
  }
  std::string names(const std::vector<std::string>& ids) const {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + name(id);
    return out;
  }
  // Name on the first line, title on the second.
  std::string who(const std::string& id) const {
    const Person* p = person(id);
    std::string out = "<span class=\"who\">" + esc(p ? p->display_name() : id) + "</span>";
    if (p && !p->title.empty() && !p->placeholder())
      out += "<span class=\"sub\">" + esc(p->title) + "</span>";
    return out;
  }

  void masthead(const std::string& name) {
    const Verdict& v = a_.verdict;
    const std::string status(to_string(v.status));
    out_ +=
        "<header class=\"masthead\">\n<div class=\"headline\">\n<div class=\"title\">\n"
        "<p class=\"kicker\">Account brief &middot; as of " +
        a_.time.as_of.str() + "</p>\n<h1>" + esc(name) + "</h1>\n<p class=\"account-id\">" +
        esc(a_.account.id) + "</p>\n";
    facts();
    out_ += "</div>\n<div class=\"status status-" + status +
            "\" id=\"status\">\n<p class=\"status-word\"><span class=\"dot\"></span>" +
            upper(status) + "</p>\n";
    if (v.reasons.empty())
      out_ += "<p class=\"reason-none\">No red or amber findings.</p>\n";
    else {
      out_ += "<ul class=\"reasons\">\n";
      for (const auto& r : v.reasons) out_ += "<li>" + esc(r) + "</li>\n";
      out_ += "</ul>\n";
    }
    out_ += "</div>\n</div>\n";
    kpis();
  }

  // The account's facts, as imported, and its coverage policy.
  void facts() {
    const Account& acc = a_.account;
    const Verdict& v = a_.verdict;
    out_ += "<dl class=\"facts\">\n";
    auto fact = [&](const std::string& label, const std::string& value) {
      out_ += "<dt>" + label + "</dt><dd>" + value + "</dd>\n";
    };
    fact("Segment",
         acc.segment ? esc(capitalised(std::string(to_string(*acc.segment)))) : "not set");
    if (acc.revenue) fact("Revenue with us", esc(amount(*acc.revenue)));
    if (acc.potential) fact("Potential", esc(amount(*acc.potential)));
    if (acc.margin) fact("Margin", esc(percent(*acc.margin)));
    if (acc.attractiveness) fact("Attractiveness", esc(fixed(*acc.attractiveness)));
    if (acc.supplier_strength) fact("Our strength", esc(fixed(*acc.supplier_strength)));
    fact("Coverage policy",
         esc(v.policy) + (v.policy_met ? " <span class=\"ok\">met</span>"
                                       : " <span class=\"notmet\">not met</span>"));
    out_ += "</dl>\n";
  }

  // The numbers that sum the account up.
  void kpis() {
    const AccountSummary& s = a_.summary;
    out_ += "<div class=\"kpis\">\n";
    auto kpi = [&](const std::string& label, const std::string& value, const std::string& note) {
      out_ += "<div class=\"kpi\"><p class=\"kpi-label\">" + label + "</p><p class=\"kpi-value\">" +
              value + "</p><p class=\"kpi-note\">" + note + "</p></div>\n";
    };
    kpi("Coverage score", percent(s.coverage_score) + bar(s.coverage_score, "score"),
        "power-weighted reach of our team");
    kpi("Relationship stage", esc(std::string(to_string(s.stage))), esc(stage_note(s.stage)));
    kpi("Known well",
        std::to_string(s.covered_people) + "<small> of " + std::to_string(s.customer_people) +
            "</small>",
        "customer people with a direct tie &ge; " + fixed(kCoveredStrength));
    kpi("Threads", std::to_string(s.threads.size()),
        s.threads.empty() ? std::string("nobody on our team has a direct tie")
                          : esc("ours with direct ties: " + names(s.threads)));
    kpi("Gaps", std::to_string(a_.gaps.size()), "coverage gaps, most severe first below");
    kpi("Single points", std::to_string(a_.single_points.people.size()),
        "people whose loss cuts off someone we reach");
    kpi("Stale", std::to_string(s.stale_relationships),
        std::to_string(s.undated_relationships) + " more undated");
    out_ += "</div>\n</header>\n";
  }

  static std::string stage_note(Stage s) {
    switch (s) {
      case Stage::none:
        return "no direct tie between our team and theirs";
      case Stage::bow_tie:
        return "one person carries the relationship";
      case Stage::developing:
        return "between a bow-tie and a diamond";
      case Stage::diamond:
        return "many functions talk to their counterparts";
    }
    return {};
  }

  void contents() {
    out_ +=
        "<nav class=\"contents\" aria-label=\"Contents\"><a href=\"#map\">Map</a>"
        "<a href=\"#matrix\">Coverage matrix</a><a href=\"#decides\">Who decides</a>"
        "<a href=\"#gaps\">Gaps</a><a href=\"#single-points\">Single points of failure</a>"
        "<a href=\"#stale\">Stale relationships</a><a href=\"#actions\">Next actions</a>"
        "<a href=\"#legend\">Legend</a></nav>\n";
  }

  void open_section(const std::string& id, const std::string& title, const std::string& lead) {
    out_ += "<section id=\"" + id + "\">\n<h2>" + title + "</h2>\n";
    if (!lead.empty()) out_ += "<p class=\"lead\">" + lead + "</p>\n";
  }
  void close_section() { out_ += "</section>\n"; }

  void map_section() {
    open_section("map", "Stakeholder map",
                 "Our team and the customer's buying centre, the customer grouped by "
                 "department. Thicker lines are stronger relationships.");
    if (options_.map_svg.empty())
      out_ += "<p class=\"empty\">This brief was made without the map.</p>\n";
    else
      out_ += "<figure class=\"map\">\n" + svg_for_html(options_.map_svg) + "\n</figure>\n";
    close_section();
  }

  void matrix_section() {
    open_section("matrix", "Coverage matrix",
                 "Who on our team knows whom at the customer, and how well: the effective "
                 "strength of the strongest direct relationship, darker is stronger. Their people "
                 "are grouped by their first role; a row is known well from " +
                     fixed(kCoveredStrength) + ".");
    if (m_.team.empty())
      out_ += "<p class=\"empty\">Nobody on our team is in this account's graph yet.</p>\n";
    else
      out_ += "<div class=\"scroll\">\n" + matrix_html(m_) + "</div>\n";
    close_section();
  }

  // How well our team knows a person, in words.
  std::string known_by_us(int vertex) const {
    const auto& cov = a_.metrics[static_cast<std::size_t>(vertex)].coverage;
    if (!cov) {
      // Outside people have no coverage entry; the matrix has their direct ties.
      const std::string& id = a_.people[static_cast<std::size_t>(vertex)].id;
      for (const auto& g : m_.groups)
        for (const auto& row : g.rows)
          if (row.person.id == id)
            return row.best >= kCoveredStrength
                       ? "<span class=\"yes\">yes</span> " + fixed(row.best)
                   : row.best > 0 ? "<span class=\"weak\">weakly</span> " + fixed(row.best)
                                  : "<span class=\"no\">nobody</span>";
      return "<span class=\"no\">nobody</span>";
    }
    if (cov->covered())
      return "<span class=\"yes\">yes</span> " + fixed(cov->direct) + " <span class=\"sub\">" +
             esc(name(cov->direct_by)) + "</span>";
    if (cov->direct > 0)
      return "<span class=\"weak\">weakly</span> " + fixed(cov->direct) + " <span class=\"sub\">" +
             esc(name(cov->direct_by)) + "</span>";
    if (cov->access > 0)
      return "<span class=\"no\">no direct tie</span><span class=\"sub\">path " +
             fixed(cov->access) + " via " +
             esc(names(std::vector<std::string>(cov->access_path.begin() + 1,
                                                cov->access_path.end() - 1))) +
             "</span>";
    return "<span class=\"no\">nobody</span>";
  }

  void decides_section() {
    open_section("decides", "Who decides",
                 "Ranked by decision weight: formal power in the decision by role, plus the "
                 "influence a person has on others with weight (who shapes whom, who reports "
                 "to whom).");
    if (a_.decision_makers.empty()) {
      out_ += "<p class=\"empty\">Nobody in the buying centre has any decision weight yet.</p>\n";
      close_section();
      return;
    }
    const double top = a_.decision_makers.front().weight;
    out_ +=
        "<table class=\"list decides\">\n<thead><tr><th class=\"num\">#</th><th>Person</th>"
        "<th>Roles</th><th>Attitude</th><th class=\"weight\">Weight</th><th class=\"num\">Formal"
        "</th><th class=\"num\">Influence</th><th>Known by us</th><th>Why</th></tr></thead>\n"
        "<tbody>\n";
    int rank = 0;
    for (const auto& d : a_.decision_makers) {
      if (++rank > 10) break;
      const Person& p = a_.people[static_cast<std::size_t>(d.person)];
      out_ += "<tr><td class=\"num rank\">" + std::to_string(rank) + "</td><td>" + who(p.id) +
              "</td><td>" + esc(roles_of(p)) + "</td><td>" + attitude_badge(p) +
              "</td><td class=\"weight\">" + fixed(d.weight) + bar(top > 0 ? d.weight / top : 0) +
              "</td><td class=\"num\">" + fixed(d.formal) + "</td><td class=\"num\">" +
              fixed(d.informal) + "</td><td>" + known_by_us(d.person) + "</td><td class=\"why\">" +
              esc(d.explanation) + "</td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n";
    if (a_.decision_makers.size() > 10)
      out_ += "<p class=\"note\">" + std::to_string(a_.decision_makers.size() - 10) +
              " more with less weight: see <code>kamgraph analyze</code>.</p>\n";
    close_section();
  }

  void gaps_section() {
    open_section("gaps", "Coverage gaps",
                 "Who matters and is not known well enough, most severe first. Severity is "
                 "importance times shortfall.");
    if (a_.gaps.empty()) {
      out_ += "<p class=\"empty\">No gaps: every key person is known well.</p>\n";
      close_section();
      return;
    }
    out_ +=
        "<table class=\"list gaps\">\n<thead><tr><th class=\"severity\">Severity</th>"
        "<th>Who</th><th>Gap</th><th>Why it matters</th></tr></thead>\n<tbody>\n";
    for (const auto& g : a_.gaps) {
      out_ += "<tr><td class=\"severity\">" + fixed(g.severity) +
              bar(g.severity, g.severity >= 0.6   ? "high"
                              : g.severity >= 0.3 ? "mid"
                                                  : "low") +
              "</td><td>" +
              (g.person.empty() ? std::string("<span class=\"who\">The account</span>")
                                : who(g.person)) +
              "</td><td><span class=\"gap-type\">" + esc(words(g.type)) + "</span></td><td>" +
              esc(g.reason) + "</td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n";
    close_section();
  }

  void single_points_section() {
    open_section("single-points", "Single points of failure",
                 "The people and relationships whose loss would cut every path from our team "
                 "to someone we reach today.");
    const auto& sp = a_.single_points;
    if (sp.people.empty() && sp.relationships.empty()) {
      out_ +=
          "<p class=\"empty\">None: every customer person we reach today stays reachable if "
          "any one person or relationship is lost.</p>\n";
      close_section();
      return;
    }
    if (!sp.people.empty()) {
      out_ +=
          "<table class=\"list spof\">\n<thead><tr><th>If this person leaves</th><th>Side</th>"
          "<th>We lose every path to</th><th class=\"num\">Power cut off</th></tr></thead>\n"
          "<tbody>\n";
      for (const auto& p : sp.people) {
        const Person* q = person(p.person);
        const bool ours = q && q->internal();
        out_ += "<tr" + std::string(ours ? " class=\"ours\"" : "") + "><td>" + who(p.person) +
                "</td><td>" + (ours ? "<span class=\"tag ours\">our team</span>" : "theirs") +
                "</td><td>" + esc(names(p.cuts_off)) + " <span class=\"sub\">(" +
                std::to_string(p.cuts_off.size()) + ")</span></td><td class=\"num\">" +
                fixed(p.power_cut_off) + "</td></tr>\n";
      }
      out_ += "</tbody>\n</table>\n";
    }
    if (!sp.relationships.empty()) {
      out_ +=
          "<table class=\"list spof\">\n<thead><tr><th>If this relationship ends</th>"
          "<th>We lose every path to</th><th class=\"num\">Power cut off</th></tr></thead>\n"
          "<tbody>\n";
      for (const auto& r : sp.relationships)
        out_ += "<tr><td>" + esc(name(r.a)) + " &ndash; " + esc(name(r.b)) + "</td><td>" +
                esc(names(r.cuts_off)) + "</td><td class=\"num\">" + fixed(r.power_cut_off) +
                "</td></tr>\n";
      out_ += "</tbody>\n</table>\n";
    }
    close_section();
  }

  void stale_section() {
    open_section("stale", "Stale relationships",
                 "No contact for more than " + std::to_string(a_.time.stale_after_days) +
                     " days before " + a_.time.as_of.str() + ".");
    if (a_.stale.empty()) {
      out_ += "<p class=\"empty\">None: every dated relationship had a contact in the last " +
              std::to_string(a_.time.stale_after_days) + " days.</p>\n";
      close_section();
      return;
    }
    out_ +=
        "<table class=\"list stale\">\n<thead><tr><th>Between</th><th>Type</th><th>Last contact"
        "</th><th class=\"num\">Days</th><th>Key person</th></tr></thead>\n<tbody>\n";
    for (const auto& s : a_.stale)
      out_ += "<tr" + std::string(s.key ? " class=\"key\"" : "") + "><td>" + esc(name(s.source)) +
              " &ndash; " + esc(name(s.target)) + "</td><td>" + esc(words(to_string(s.type))) +
              "</td><td>" + s.last_contact.str() + "</td><td class=\"num\">" +
              std::to_string(s.age_days) + "</td><td>" +
              (s.key ? "<span class=\"tag key\">key</span>" : "") + "</td></tr>\n";
    out_ += "</tbody>\n</table>\n";
    close_section();
  }

  void actions_section() {
    open_section("actions", "Next relationship actions",
                 "What we do next, who does it, how and by when (Key Account Plan steps 9 and "
                 "10), highest priority first.");
    std::vector<const Action*> open;
    int done = 0, dropped = 0;
    for (const auto& x : actions_) {
      if (x.status == ActionStatus::open) open.push_back(&x);
      if (x.status == ActionStatus::done) ++done;
      if (x.status == ActionStatus::dropped) ++dropped;
    }
    if (actions_.empty()) {
      out_ += "<p class=\"empty\">No actions planned yet: run <code>kamgraph plan " +
              esc(a_.account.id) + "</code>.</p>\n";
      close_section();
      return;
    }
    std::sort(open.begin(), open.end(), [](const Action* x, const Action* y) {
      if (x->priority != y->priority) return x->priority > y->priority;
      if (x->due != y->due) return x->due < y->due;
      return x->id < y->id;
    });
    if (open.empty()) {
      out_ += "<p class=\"empty\">No open actions (" + std::to_string(done) + " done, " +
              std::to_string(dropped) + " dropped): run <code>kamgraph plan " + esc(a_.account.id) +
              "</code> to plan the next ones.</p>\n";
      close_section();
      return;
    }
    out_ +=
        "<table class=\"list actions\">\n<thead><tr><th class=\"num\">Priority</th><th>With</th>"
        "<th>What</th><th>Owner</th><th>Via</th><th>How</th><th>Due</th><th>Measured by</th>"
        "</tr></thead>\n<tbody>\n";
    for (const Action* x : open) {
      const bool overdue = x->due < a_.time.as_of;
      out_ +=
          "<tr><td class=\"num\">" + fixed(x->priority) + "</td><td>" +
          (x->target.empty() ? std::string("<span class=\"who\">The account</span>")
                             : who(x->target)) +
          "</td><td>" + esc(x->what) +
          (x->gap.empty() ? "" : " <span class=\"gap-type\">" + esc(words(x->gap)) + "</span>") +
          "</td><td>" +
          (x->owner.empty() ? std::string("<span class=\"no\">nobody free</span>")
                            : esc(name(x->owner))) +
          "</td><td>" + (x->via.empty() ? "" : esc(name(x->via))) + "</td><td>" +
          (x->mode ? esc(std::string(to_string(*x->mode))) : "") + "</td><td" +
          (overdue ? " class=\"date overdue\"" : " class=\"date\"") + ">" + x->due.str() +
          (overdue ? " <span class=\"tag late\">overdue</span>" : "") + "</td><td>" +
          esc(x->measure) + "</td></tr>\n";
    }
    out_ += "</tbody>\n</table>\n";
    if (done + dropped > 0)
      out_ += "<p class=\"note\">Also " + std::to_string(done) + " done and " +
              std::to_string(dropped) + " dropped.</p>\n";
    close_section();
  }

  void legend_section() {
    open_section("legend", "Legend", "");
    out_ +=
        "<div class=\"legend\">\n"
        "<div><h3>Status</h3><ul class=\"keys\">"
        "<li><span class=\"swatch s-red\"></span><b>Red</b>: we cannot reach who decides: "
        "a decider nobody knows well, no decider identified, or no contact at all</li>"
        "<li><span class=\"swatch s-amber\"></span><b>Amber</b>: a single point of failure "
        "on a key person, the segment's coverage policy not met, or other serious gaps</li>"
        "<li><span class=\"swatch s-green\"></span><b>Green</b>: key people covered, no "
        "single point of failure</li></ul></div>\n"
        "<div><h3>Coverage matrix</h3><ul class=\"keys\">"
        "<li><span class=\"swatch h0\"></span>no direct relationship</li>"
        "<li><span class=\"swatch h1\"></span>below 0.25</li>"
        "<li><span class=\"swatch h2\"></span>0.25 to below " +
        fixed(kCoveredStrength) +
        "</li>"
        "<li><span class=\"swatch h3\"></span>" +
        fixed(kCoveredStrength) +
        " to below 0.75: known well</li>"
        "<li><span class=\"swatch h4\"></span>0.75 and above</li>"
        "<li><span class=\"mk\">*</span> stale &middot; <span class=\"mk\">?</span> undated "
        "&middot; <span class=\"mk x\">✕</span> in conflict</li></ul></div>\n"
        "<div><h3>Attitude towards us</h3><ul class=\"keys\">"
        "<li><span class=\"att att-champion\">champion</span> "
        "<span class=\"att att-supporter\">supporter</span> "
        "<span class=\"att att-neutral\">neutral</span> "
        "<span class=\"att att-skeptic\">skeptic</span> "
        "<span class=\"att att-blocker\">blocker</span></li>"
        "<li><span class=\"tag vacant\">unfilled seat</span> a role we know exists but not "
        "who fills it</li></ul></div>\n"
        "<div><h3>Terms</h3><dl class=\"terms\">"
        "<dt>Effective strength</dt><dd>a relationship's strength (0 to 1), halved for every " +
        fixed(a_.time.half_life_days, 0) +
        " days since the last contact</dd>"
        "<dt>Known well</dt><dd>one of our people holds a direct relationship of effective "
        "strength " +
        fixed(kCoveredStrength) +
        " or more</dd>"
        "<dt>Coverage score</dt><dd>the power-weighted mean of how strongly our team reaches "
        "each customer person</dd>"
        "<dt>Stage</dt><dd>bow-tie: one knot carries every contact; diamond: many functions "
        "on both sides talk directly</dd>"
        "<dt>Stale</dt><dd>no contact for more than " +
        std::to_string(a_.time.stale_after_days) + " days</dd></dl></div>\n</div>\n";
    close_section();
  }

  static std::string css();

  const AccountAnalysis& a_;
  const CoverageMatrix& m_;
  const std::vector<Action>& actions_;
  const BriefOptions& options_;
  std::map<std::string, const Person*> people_;
  std::string out_;
};

std::string Brief::css() {
  return R"CSS(:root {
  --ink: #1d2433; --muted: #5b6475; --rule: #d5dae3; --paper: #ffffff; --desk: #eef1f5;
  --accent: #1f4e79; --red: #b42318; --amber: #b8860b; --green: #1e7b3c;
  --h1: #deebf7; --h2: #9ecae1; --h3: #4292c6; --h4: #08519c;
}
* { box-sizing: border-box; }
html { background: var(--desk); }
body { margin: 0; color: var(--ink); font: 14px/1.45 "Liberation Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.page { max-width: 1280px; margin: 24px auto; background: var(--paper); padding: 28px 36px 20px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-size: 28px; margin: 2px 0 0; letter-spacing: -.01em; }
h2 { font-size: 18px; margin: 0 0 6px; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 3px; }
h3 { font-size: 13px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
p { margin: 0 0 8px; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; background: #f1f3f7; padding: 0 3px; border-radius: 3px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); margin: 0; }
.account-id { color: var(--muted); font-family: "DejaVu Sans Mono", monospace; font-size: 12px; margin: 0; }
.headline { display: flex; gap: 24px; align-items: flex-start; justify-content: space-between; }
.headline .title { flex: 1 1 40%; }
.status { flex: 0 1 58%; border-left: 6px solid; padding: 8px 12px; border-radius: 4px; }
.status-red { border-color: var(--red); background: #fdecea; }
.status-amber { border-color: var(--amber); background: #fdf5e1; }
.status-green { border-color: var(--green); background: #e8f5ec; }
.status-word { font-weight: 700; font-size: 16px; letter-spacing: .06em; margin: 0 0 4px; }
.status-red .status-word { color: var(--red); }
.status-amber .status-word { color: var(--amber); }
.status-green .status-word { color: var(--green); }
.status .dot { display: inline-block; width: 12px; height: 12px; border-radius: 50%; background: currentColor; margin-right: 6px; vertical-align: -1px; }
.reasons { margin: 0; padding-left: 18px; font-size: 13px; }
.reasons li { margin: 1px 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 14px 0 0; font-size: 13px; align-items: baseline; }
.facts dt { color: var(--muted); font-size: 12px; }
.facts dd { margin: 0; font-weight: 600; }
.ok { color: var(--green); font-weight: 700; }
.notmet { color: var(--red); font-weight: 700; }
.kpis { display: grid; grid-template-columns: repeat(7, 1fr); gap: 10px; margin: 16px 0 6px; }
.kpi { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 10px; }
.kpi-label { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0; }
.kpi-value { font-size: 24px; font-weight: 700; margin: 2px 0; }
.kpi-value small { font-size: 14px; font-weight: 400; color: var(--muted); }
.kpi-note { font-size: 11px; color: var(--muted); margin: 0; }
.kpi .bar { display: block; width: 100%; margin-top: 4px; }
nav.contents { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; margin: 10px 0 4px; padding: 6px 0; }
nav.contents a { color: var(--accent); text-decoration: none; }
section { margin: 22px 0 0; }
.lead { color: var(--muted); font-size: 13px; }
.empty { font-style: italic; color: var(--muted); }
.note { font-size: 12px; color: var(--muted); margin-top: 4px; }
.map { margin: 0; border: 1px solid var(--rule); border-radius: 6px; padding: 8px; text-align: center; }
.map svg { width: 100%; height: auto; max-height: 1500px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th { text-align: left; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.list th { border-bottom: 2px solid var(--ink); padding: 4px 6px; font-size: 12px; color: var(--muted); vertical-align: bottom; }
.list td { border-bottom: 1px solid var(--rule); padding: 5px 6px; vertical-align: top; }
.list tbody tr:nth-child(even) td { background: #f8f9fb; }
.who { font-weight: 600; }
.sub { display: block; color: var(--muted); font-size: 11.5px; font-weight: 400; }
td > .sub, .why { font-size: 12px; }
.rank { font-weight: 700; color: var(--accent); }
.weight, .severity { white-space: nowrap; min-width: 90px; }
.bar { display: inline-block; width: 60px; height: 7px; background: #e6e9ef; border-radius: 4px; margin-left: 6px; vertical-align: middle; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--accent); }
.bar.high > span { background: var(--red); }
.bar.mid > span { background: var(--amber); }
.bar.low > span { background: #8a94a6; }
.yes { color: var(--green); font-weight: 700; }
.weak { color: var(--amber); font-weight: 700; }
.no { color: var(--red); font-weight: 700; }
.gap-type, .tag, .att { display: inline-block; font-size: 11px; line-height: 1.5; padding: 0 6px; border-radius: 9px; white-space: nowrap; border: 1px solid transparent; }
.gap-type { background: #eef1f6; border-color: #d5dae3; color: var(--ink); }
.tag.vacant { border: 1px dashed #8a94a6; color: var(--muted); }
.tag.ours { background: #fdecea; color: var(--red); font-weight: 700; }
.tag.key { background: #fdf5e1; color: #7a5a00; font-weight: 700; }
.tag.late { background: #fdecea; color: var(--red); }
tr.ours td { background: #fff6f5 !important; }
.date { white-space: nowrap; }
.overdue { color: var(--red); }
.att-champion { background: #1e7b3c; color: #fff; }
.att-supporter { background: #cfe9d6; color: #14532d; }
.att-neutral { background: #eceff3; color: #3d4657; }
.att-skeptic { background: #fde2c4; color: #8a4100; }
.att-blocker { background: #b42318; color: #fff; }
.matrix { width: auto; }
.matrix th, .matrix td { border: 1px solid #fff; }
.matrix thead th { vertical-align: bottom; padding: 4px 6px; font-size: 11.5px; border-bottom: 2px solid var(--ink); }
.matrix thead th.ours { width: 84px; text-align: center; }
.matrix .corner { color: var(--muted); font-weight: 400; font-size: 11px; }
.matrix tbody th { padding: 3px 12px 3px 0; font-weight: 400; width: 330px; border-bottom: 1px solid #eef1f5; }
.matrix tr.group th { background: #f1f3f7; color: var(--accent); font-weight: 700; text-transform: uppercase; letter-spacing: .05em; font-size: 11px; padding: 3px 6px; }
.matrix td { text-align: center; font-variant-numeric: tabular-nums; min-width: 56px; padding: 3px 4px; background: #fafbfc; border: 2px solid #fff; }
.matrix td.best { font-weight: 700; border-right: 6px solid #fff; }
.matrix td.h1 { background: var(--h1); }
.matrix td.h2 { background: var(--h2); }
.matrix td.h3 { background: var(--h3); color: #fff; }
.matrix td.h4 { background: var(--h4); color: #fff; }
.matrix td.stale { outline: 2px dashed #b8860b; outline-offset: -3px; }
.matrix td.conflict { box-shadow: inset 0 0 0 2px var(--red); }
.matrix .totals th, .matrix .totals td { border-top: 2px solid var(--ink); font-weight: 700; padding-top: 4px; background: #fff; }
.matrix .totals td.zero { color: var(--red); }
.mk { font-weight: 700; margin-left: 1px; }
.mk.x { color: var(--red); }
.matrix td.h3 .mk.x, .matrix td.h4 .mk.x { color: #fff; }
.legend { display: grid; grid-template-columns: repeat(4, 1fr); gap: 18px; font-size: 12.5px; }
.keys { list-style: none; margin: 0; padding: 0; }
.keys li { margin: 3px 0; }
.swatch { display: inline-block; width: 22px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; border: 1px solid #c9ced8; }
.swatch.h0 { background: #fafbfc; } .swatch.h1 { background: var(--h1); } .swatch.h2 { background: var(--h2); }
.swatch.h3 { background: var(--h3); } .swatch.h4 { background: var(--h4); }
.swatch.s-red { background: var(--red); } .swatch.s-amber { background: var(--amber); } .swatch.s-green { background: var(--green); }
.terms { margin: 0; }
.terms dt { font-weight: 700; }
.terms dd { margin: 0 0 4px; color: var(--muted); }
footer { margin-top: 24px; padding-top: 8px; border-top: 1px solid var(--rule); font-size: 11px; color: var(--muted); }
@page { size: A4 landscape; margin: 11mm 12mm 12mm; }
@media print {
  html, body { background: #fff; }
  body { font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  nav.contents { display: none; }
  .scroll { overflow: visible; }
  .masthead { break-after: page; }
  section { margin-top: 14px; }
  h2, h3, .lead { break-after: avoid-page; }
  #map { break-after: page; }
  .map { border: none; padding: 0; }
  .map svg { max-height: 168mm; }
  #legend, .legend, figure, .kpis { break-inside: avoid-page; }
  thead { display: table-header-group; }
  .matrix { font-size: 8.5pt; }
  .matrix tbody th { padding-top: 1px; padding-bottom: 1px; }
  .matrix td { padding: 1px 4px; }
  .sub { font-size: 7.5pt; }
  tr { break-inside: avoid-page; }
  .list tbody tr:nth-child(even) td { background: #f6f7f9; }
  a { color: inherit; text-decoration: none; }
}
)CSS";
}

}  // namespace

std::string brief_html(const AccountAnalysis& analysis, const CoverageMatrix& matrix,
                       const std::vector<Action>& actions, const BriefOptions& options) {
  return Brief(analysis, matrix, actions, options).html();
}

}  // namespace kamgraph
