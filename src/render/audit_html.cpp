// The portfolio audit as one self-contained HTML page.
#include "kamgraph/render/audit_html.hpp"

#include <algorithm>
#include <map>

#include "kamgraph/render/html.hpp"
#include "kamgraph/report/table.hpp"
#include "render/audit_html_common.hpp"

namespace kamgraph {
namespace {

using namespace audit_detail;

std::string esc(std::string_view s) { return html_escape(s); }

std::string css() {
  return R"CSS(:root {
  --ink: #1d2433; --muted: #5b6475; --rule: #d5dae3; --paper: #ffffff; --desk: #eef1f5;
  --accent: #1f4e79; --red: #b42318; --amber: #b8860b; --green: #1e7b3c; --grey: #8a93a3;
}
* { box-sizing: border-box; }
html { background: var(--desk); }
body { margin: 0; color: var(--ink); font: 14px/1.45 "Liberation Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.page { max-width: 1320px; margin: 24px auto; background: var(--paper); padding: 28px 36px 20px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-size: 28px; margin: 2px 0 0; letter-spacing: -.01em; }
h2 { font-size: 18px; margin: 0 0 6px; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 3px; }
h3 { font-size: 14px; margin: 16px 0 6px; color: var(--ink); }
p { margin: 0 0 8px; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; background: #f1f3f7; padding: 0 3px; border-radius: 3px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); margin: 0; }
.kpis { display: grid; grid-template-columns: repeat(6, 1fr); gap: 10px; margin: 16px 0 6px; }
.kpi { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 10px; }
.kpi-label { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0; }
.kpi-value { font-size: 24px; font-weight: 700; margin: 2px 0; }
.kpi-note { font-size: 11px; color: var(--muted); margin: 0; }
.kpi-red .kpi-value { color: var(--red); }
.kpi-amber .kpi-value { color: var(--amber); }
.kpi-green .kpi-value { color: var(--green); }
.headline-risk { border-left: 6px solid var(--red); background: #fdecea; padding: 8px 12px; border-radius: 4px; margin: 12px 0 0; }
nav.contents { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; margin: 10px 0 4px; padding: 6px 0; }
nav.contents a { color: var(--accent); text-decoration: none; }
section { margin: 24px 0 0; }
.lead { color: var(--muted); font-size: 13px; }
.note { font-size: 12px; color: var(--muted); margin-top: 4px; }
.empty { font-style: italic; color: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th { text-align: left; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.list th { border-bottom: 2px solid var(--ink); padding: 4px 6px; font-size: 12px; color: var(--muted); vertical-align: bottom; }
.list td { border-bottom: 1px solid var(--rule); padding: 4px 6px; vertical-align: top; }
.list tbody tr:nth-child(even) td { background: #f8f9fb; }
.who { font-weight: 600; }
.sub { display: block; color: var(--muted); font-size: 11.5px; font-weight: 400; font-family: "DejaVu Sans Mono", monospace; }
.badge { display: inline-block; min-width: 52px; text-align: center; border-radius: 10px; padding: 0 8px; font-size: 11.5px; font-weight: 700; color: #fff; }
.b-red { background: var(--red); } .b-amber { background: var(--amber); } .b-green { background: var(--green); } .b-none { background: var(--grey); }
.notmet { color: var(--red); font-weight: 700; }
.met { color: var(--green); }
td.met, td.notmet { white-space: nowrap; }
.warn { color: var(--red); font-weight: 700; }
.bar { display: inline-block; width: 80px; height: 8px; background: #e6e9ef; border-radius: 4px; vertical-align: middle; margin-left: 6px; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--red); }
.why li { margin: 2px 0; font-size: 13px; }
.views { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; align-items: start; }
figure { margin: 0; border: 1px solid var(--rule); border-radius: 6px; padding: 8px; }
figure.wide { grid-column: 1 / -1; }
figcaption { font-size: 12px; color: var(--muted); margin-top: 6px; }
.matrix-svg { width: 100%; height: auto; font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; }
.matrix-svg text { font-size: 12px; fill: var(--ink); }
.matrix-svg .ct { font-size: 13px; font-weight: 700; }
.matrix-svg .cs, .matrix-svg .tick, .matrix-svg .none, .matrix-svg .count { font-size: 11px; fill: var(--muted); }
.matrix-svg .axis { font-size: 12px; fill: var(--accent); font-weight: 700; }
.matrix-svg .advice { font-size: 11px; font-style: italic; fill: var(--accent); }
.matrix-svg .abc { font-size: 22px; font-weight: 700; fill: var(--accent); }
.matrix-svg .rev { fill: var(--muted); font-size: 11px; }
.matrix-svg .cell { stroke: #fff; stroke-width: 3; }
.t-key { fill: #e3eef8; } .t-status { fill: #eef4e4; } .t-star { fill: #fbf1dc; } .t-low { fill: #f2f3f6; } .t-plain { fill: #f7f8fa; }
.s-red { fill: var(--red); } .s-amber { fill: var(--amber); } .s-green { fill: var(--green); } .s-none { fill: var(--grey); }
.legend { font-size: 12px; color: var(--muted); }
.legend .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 10px; vertical-align: -1px; }
.d-red { background: var(--red); } .d-amber { background: var(--amber); } .d-green { background: var(--green); } .d-none { background: var(--grey); }
dl.glossary { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; font-size: 13px; }
dl.glossary dt { font-weight: 600; }
dl.glossary dd { margin: 0; }
footer { margin-top: 28px; border-top: 1px solid var(--rule); padding-top: 8px; font-size: 11.5px; color: var(--muted); }
@media (max-width: 900px) { .views { grid-template-columns: 1fr; } .kpis { grid-template-columns: repeat(3, 1fr); } }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  html { background: none; }
  .page { box-shadow: none; margin: 0; max-width: none; padding: 0; }
  nav.contents { display: none; }
  section, figure { break-inside: avoid; }
  .scroll { overflow: visible; }
  .list tbody tr:nth-child(even) td { background: none; }
  .badge, .bar > span, .dot { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)CSS";
}

class Page {
 public:
  explicit Page(const PortfolioAudit& a) : a_(a) {}

  std::string html() {
    out_ +=
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // Defence in depth: the page may neither run script nor fetch anything.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n"
        "<meta name=\"generator\" content=\"kamgraph audit\">\n"
        "<title>Portfolio audit (as of " +
        a_.options.time.as_of.str() + ")</title>\n<style>\n" + css() +
        "</style>\n</head>\n<body>\n<div class=\"page\">\n";
    masthead();
    out_ += "<main>\n";
    risk_section();
    accounts_section();
    why_section();
    segmentation_section();
    glossary_section();
    out_ += "</main>\n<footer>Portfolio audit as of " + a_.options.time.as_of.str() +
            ". Made by kamgraph from each account's relationship graph (who on our team knows "
            "whom at the customer, how well, and when we last met) and the accounts' revenue, "
            "potential, margin and scores.</footer>\n</div>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  std::string account_cell(const Account& acc) const {
    return "<span class=\"who\">" + esc(display_name(acc)) + "</span><span class=\"sub\">" +
           esc(acc.id) + "</span>";
  }
  std::string account_names(const std::vector<std::string>& ids) const {
    std::string out;
    for (const auto& id : ids) {
      auto it = names_.find(id);
      out += (out.empty() ? "" : ", ") + esc(it == names_.end() ? id : it->second);
    }
    return out;
  }
  static std::string badge(const AuditRow& r) {
    const std::string cls = r.analysed ? std::string(to_string(r.status)) : "none";
    return "<span class=\"badge b-" + cls + "\">" + esc(status_word(r)) + "</span>";
  }
  // A count with the ids behind it in a tooltip.
  static std::string count(const AuditRow& r, const std::vector<std::string>& ids,
                           bool warn_when_any) {
    if (!r.analysed) return "-";
    std::string list;
    for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
    std::string cls = warn_when_any && !ids.empty() ? " class=\"warn\"" : "";
    if (list.empty()) return "<span" + cls + ">0</span>";
    return "<span" + cls + " title=\"" + esc(list) + "\">" + std::to_string(ids.size()) + "</span>";
  }

  void masthead() {
    for (const auto& r : a_.rows) names_[r.account.id] = display_name(r.account);
    const Tally t = tally(a_);
    out_ += "<header>\n<p class=\"kicker\">Portfolio audit &middot; as of " +
            a_.options.time.as_of.str() + "</p>\n<h1>Contact coverage across " +
            std::to_string(a_.rows.size()) + " account" + (a_.rows.size() == 1 ? "" : "s") +
            "</h1>\n";
    if (a_.rows.size() != a_.accounts_total) out_ += "<p class=\"lead\">" + filters() + "</p>\n";
    out_ += "<div class=\"kpis\">\n";
    kpi("", "Revenue", short_amount(t.revenue),
        a_.rows.size() == a_.accounts_total
            ? std::to_string(a_.accounts_total) + " accounts"
            : percent(a_.revenue_total > 0 ? t.revenue / a_.revenue_total : 0) + " of " +
                  amount(a_.revenue_total));
    kpi("kpi-red", "Red", std::to_string(t.red),
        short_amount(t.red_revenue) + " revenue (" +
            percent(t.revenue > 0 ? t.red_revenue / t.revenue : 0, 0) + ")");
    kpi("kpi-amber", "Amber", std::to_string(t.amber), "single points, policy, weaker gaps");
    kpi("kpi-green", "Green", std::to_string(t.green), "key people covered");
    kpi("", "Policy not met", std::to_string(t.policy_not_met), "of the segment's coverage policy");
    std::size_t people = 0;
    for (const auto& k : a_.key_person_risk) people += k.accounts.empty() ? 0 : 1;
    kpi("", "Key-person risks", std::to_string(people), "colleagues deciders hang on");
    out_ += "</div>\n";
    if (!a_.key_person_risk.empty() && !a_.key_person_risk.front().accounts.empty()) {
      const KeyPersonRisk& k = a_.key_person_risk.front();
      out_ += "<p class=\"headline-risk\" id=\"headline-risk\"><strong>" + esc(k.name) +
              "</strong> is the only one of us with a direct tie to the deciders of " +
              std::to_string(k.accounts.size()) + " account" + (k.accounts.size() == 1 ? "" : "s") +
              " (" + account_names(k.accounts) + "): <strong>" + amount(k.revenue_at_risk) + " = " +
              percent(k.share_of_revenue) +
              " of revenue</strong> has no other relationship at the top.</p>\n";
    }
    out_ +=
        "<nav class=\"contents\"><a href=\"#key-person-risk\">Key-person risk</a>"
        "<a href=\"#accounts\">Accounts</a><a href=\"#why\">Why red or amber</a>"
        "<a href=\"#segmentation\">Segmentation</a><a href=\"#glossary\">How to read "
        "this</a></nav>\n</header>\n";
  }

  void kpi(const std::string& cls, const std::string& label, const std::string& value,
           const std::string& note) {
    out_ += "<div class=\"kpi" + (cls.empty() ? "" : " " + cls) + "\"><p class=\"kpi-label\">" +
            esc(label) + "</p><p class=\"kpi-value\">" + esc(value) + "</p><p class=\"kpi-note\">" +
            esc(note) + "</p></div>\n";
  }

  std::string filters() const {
    std::string seg, own;
    for (const auto& s : a_.options.segments)
      seg += (seg.empty() ? "" : ", ") + (s ? std::string(to_string(*s)) : std::string("none"));
    for (const auto& id : a_.options.owners) own += (own.empty() ? "" : ", ") + id;
    std::string out = std::to_string(a_.rows.size()) + " of " + std::to_string(a_.accounts_total) +
                      " accounts shown";
    if (!seg.empty()) out += "; segment " + seg;
    if (!own.empty()) out += "; where " + own + " hold a thread";
    return esc(out + ". Classes, medians and shares are the whole portfolio's.");
  }

  void risk_section() {
    out_ +=
        "<section id=\"key-person-risk\">\n<h2>Key-person risk</h2>\n<p class=\"lead\">"
        "Colleagues who hold the <em>only</em> direct tie between our team and the deciders "
        "of an account, whatever its strength or age: if they leave, no decider there has a "
        "direct relationship with us. <em>Only route</em>: nobody knows the deciders "
        "directly, and every introduction to them runs through this colleague.</p>\n";
    if (a_.key_person_risk.empty()) {
      out_ +=
          "<p class=\"empty\">Nobody: every account's deciders are known by two or more of "
          "us, or by none.</p>\n</section>\n";
      return;
    }
    out_ +=
        "<div class=\"scroll\"><table class=\"list\" id=\"risk-table\">\n<thead><tr>"
        "<th>Colleague</th><th class=\"num\">Accounts</th><th class=\"num\">Revenue at "
        "risk</th><th class=\"num\">Share of revenue</th><th>Only direct link to the "
        "deciders of</th><th>Only route to the deciders of</th></tr></thead>\n<tbody>\n";
    for (const auto& k : a_.key_person_risk) {
      const double share = std::clamp(k.share_of_revenue, 0.0, 1.0);
      out_ += "<tr><td><span class=\"who\">" + esc(k.name) + "</span><span class=\"sub\">" +
              esc(k.person) + "</span></td><td class=\"num\">" + std::to_string(k.accounts.size()) +
              "</td><td class=\"num\">" + amount(k.revenue_at_risk) + "</td><td class=\"num\">" +
              percent(k.share_of_revenue) +
              "<span class=\"bar\"><span style=\"width:" + fixed(share * 100.0, 1) +
              "%\"></span></span></td><td>" +
              (k.accounts.empty() ? "-" : account_names(k.accounts)) + "</td><td>" +
              (k.only_route_accounts.empty() ? "-"
                                             : account_names(k.only_route_accounts) + " (" +
                                                   amount(k.only_route_revenue) + ")") +
              "</td></tr>\n";
    }
    out_ += "</tbody>\n</table></div>\n</section>\n";
  }

  void accounts_section() {
    out_ +=
        "<section id=\"accounts\">\n<h2>Accounts</h2>\n<p class=\"lead\">One row per "
        "account, sorted by " +
        std::string(to_string(a_.options.sort)) +
        ". Hover a count to see who it is.</p>\n<div class=\"scroll\"><table class=\"list\" "
        "id=\"audit-table\">\n<thead><tr><th>Account</th><th>Segment</th><th>ABC</th>"
        "<th class=\"num\">Revenue</th><th>Status</th><th class=\"num\">Coverage</th>"
        "<th>Stage</th><th class=\"num\">Key roles known</th><th class=\"num\">Uncovered "
        "deciders</th><th class=\"num\">SPOFs</th><th class=\"num\">Threads</th>"
        "<th class=\"num\">Stale key ties</th><th class=\"num\">Actions open</th>"
        "<th class=\"num\">Overdue</th><th>Policy</th></tr></thead>\n<tbody>\n";
    for (const auto& r : a_.rows) {
      const bool an = r.analysed;
      out_ += "<tr id=\"row-" + esc(r.account.id) + "\"><td>" + account_cell(r.account) +
              "</td><td>" + esc(segment_label(r.segment)) + "</td><td>" +
              (r.segment.abc ? std::string(to_string(*r.segment.abc)) : "-") +
              "</td><td class=\"num\">" + (r.account.revenue ? amount(*r.account.revenue) : "-") +
              "</td><td>" + badge(r) + "</td><td class=\"num\">" +
              (an ? percent(r.coverage_score, 0) : "-") + "</td><td>" +
              (an ? std::string(to_string(r.stage)) : "-") + "</td><td class=\"num\">" +
              key_roles(r) + "</td><td class=\"num\">" + count(r, r.uncovered_deciders, true) +
              "</td><td class=\"num\">" + count(r, r.spofs, false) + "</td><td class=\"num\">" +
              count(r, r.threads, false) + "</td><td class=\"num\">" +
              (an ? std::to_string(r.stale_key_relationships) : "-") + "</td><td class=\"num\">" +
              std::to_string(r.actions_open) + "</td><td class=\"num\">" +
              (r.actions_overdue > 0
                   ? "<span class=\"warn\">" + std::to_string(r.actions_overdue) + "</span>"
                   : std::string("0")) +
              "</td><td" +
              (an ? (r.policy_met ? " class=\"met\"" : " class=\"notmet\"") : std::string()) +
              (an ? " title=\"" + esc(r.policy) + "\"" : std::string()) + ">" +
              esc(policy_word(r)) + "</td></tr>\n";
    }
    out_ +=
        "</tbody>\n</table></div>\n<p class=\"note\">* segment from attractiveness x "
        "supplier strength (none was given). Coverage: the power-weighted reach of our team "
        "into the buying centre. Key roles known: key seats (deciders, approvers, power "
        "&ge; 0.7) held by a named person our team covers. Stale key ties: ours to key "
        "people, last contact over " +
        std::to_string(a_.options.time.stale_after_days) + " days ago.</p>\n</section>\n";
  }

  void why_section() {
    out_ +=
        "<section id=\"why\">\n<h2>Why red or amber</h2>\n<p class=\"lead\">The most "
        "serious reason for each account; <code>kamgraph analyze ACCOUNT</code> or "
        "<code>kamgraph brief ACCOUNT</code> gives the rest.</p>\n<ul class=\"why\">\n";
    bool any = false;
    for (const auto& r : a_.rows) {
      if (!r.analysed || r.status == Status::green || r.reasons.empty()) continue;
      any = true;
      out_ += "<li>" + badge(r) + " <strong>" + esc(display_name(r.account)) +
              "</strong>: " + esc(main_reason(r)) +
              (more_reasons(r) > 0
                   ? " <span class=\"note\">(+" + std::to_string(more_reasons(r)) + " more)</span>"
                   : std::string()) +
              "</li>\n";
    }
    if (!any) out_ += "<li class=\"empty\">No account is red or amber.</li>\n";
    out_ += "</ul>\n</section>\n";
  }

  void segmentation_section() {
    const SegmentationOptions& o = a_.options.segmentation;
    out_ +=
        "<section id=\"segmentation\">\n<h2>Segmentation</h2>\n<p class=\"lead\">Four "
        "lenses from the Key Account Management seeds on which accounts deserve which "
        "investment. Each account is a dot in its status colour.</p>\n<p "
        "class=\"legend\">Status:<span class=\"dot d-red\"></span>red<span class=\"dot "
        "d-amber\"></span>amber<span class=\"dot d-green\"></span>green<span class=\"dot "
        "d-none\"></span>no people imported</p>\n";
    abc_table();
    out_ += "<div class=\"views\">\n<figure id=\"segment-matrix\">\n" + segment_matrix_svg(a_) +
            "<figcaption>Attractiveness x supplier strength (seeds 000, 001): high from " +
            fixed(o.matrix.attractiveness, 2) + " and " + fixed(o.matrix.supplier_strength, 2) +
            ". Each segment's investment approach and contact policy under its name; * marks a "
            "segment derived from the scores.</figcaption>\n</figure>\n"
            "<figure id=\"contribution-matrix\">\n" +
            contribution_matrix_svg(a_) +
            "<figcaption>Current x potential contribution (seed 001): high from the portfolio's "
            "median revenue (" +
            amount(o.contribution->revenue) + ") and median potential (" +
            amount(o.contribution->potential) +
            ").</figcaption>\n</figure>\n"
            "<figure id=\"quality-matrix\" class=\"wide\">\n" +
            revenue_quality_svg(a_) +
            "<figcaption>Quality of revenue (seed 001): ABC class by cumulative revenue, "
            "crossed with margin class by the portfolio's margin quartiles (" +
            percent(o.margin->class1) + ", " + percent(o.margin->class2) + ", " +
            percent(o.margin->class3) +
            "). The advice is the seed's, where the seed gives one.</figcaption>\n</figure>\n"
            "</div>\n</section>\n";
  }

  void abc_table() {
    const SegmentationOptions& o = a_.options.segmentation;
    out_ += "<h3>ABC by cumulative revenue (cut-offs " + percent(o.abc.a, 0) + " and " +
            percent(o.abc.b, 0) +
            ")</h3>\n<table class=\"list\" id=\"abc-table\">\n<thead><tr><th>Class</th>"
            "<th class=\"num\">Accounts</th><th class=\"num\">Share of accounts</th>"
            "<th class=\"num\">Revenue</th><th class=\"num\">Share of revenue</th><th>What the "
            "seed advises</th></tr></thead>\n<tbody>\n";
    const std::size_t n = a_.segmentation.abc.ranked.size();
    const std::map<AbcClass, std::string> advice = {
        {AbcClass::a, "do not reduce the service level: losing one is a serious risk"},
        {AbcClass::b, "look deeper into their potential to grow revenue"},
        {AbcClass::c, "do not neglect them, but serve them at lower cost"}};
    for (AbcClass c : {AbcClass::a, AbcClass::b, AbcClass::c}) {
      std::size_t k = 0;
      double revenue = 0;
      for (const auto& e : a_.segmentation.abc.ranked)
        if (e.abc == c) {
          ++k;
          revenue += e.revenue;
        }
      out_ += "<tr><td><strong>" + std::string(to_string(c)) + "</strong></td><td class=\"num\">" +
              std::to_string(k) + "</td><td class=\"num\">" +
              percent(n ? double(k) / double(n) : 0, 0) + "</td><td class=\"num\">" +
              amount(revenue) + "</td><td class=\"num\">" +
              percent(a_.revenue_total > 0 ? revenue / a_.revenue_total : 0) + "</td><td>" +
              advice.at(c) + "</td></tr>\n";
    }
    out_ +=
        "</tbody>\n</table>\n<p class=\"note\">Whole portfolio, whatever the filters. "
        "Seed 002: A is about 20% of customers making 80% of revenue, B the next 30% making "
        "15%, C the remaining 50% making 5%.</p>\n";
  }

  void glossary_section() {
    out_ += "<section id=\"glossary\">\n<h2>How to read this</h2>\n<dl class=\"glossary\">\n";
    const std::pair<const char*, const char*> terms[] = {
        {"Status",
         "red: a decider or approver nobody on our team knows well, no contact at "
         "all, or no decider identified; amber: a single point of failure on a key "
         "person, the segment's policy not met, or other serious gaps; green: "
         "neither."},
        {"Coverage",
         "how well our team reaches the buying centre: the mean over the "
         "customer's people, weighted by their power, of the strongest chain of "
         "relationships from one of us (1 = everyone known directly, as strongly "
         "as possible)."},
        {"Stage",
         "the relationship's shape (seed 001): none, bow-tie (one knot carries it), "
         "developing, diamond (many of our functions talk to theirs)."},
        {"Covered",
         "known well: one of us has a direct tie whose strength, halved every year "
         "since the last contact, is still at least 0.5."},
        {"Uncovered deciders",
         "people with the decider role nobody on our team knows well, "
         "unfilled seats included."},
        {"SPOFs",
         "single points of failure: people, ours or theirs, whose loss cuts every "
         "path from our team to someone at the customer."},
        {"Threads", "our people with at least one direct tie to someone at the customer."},
        {"Policy",
         "the coverage the segment asks for (seed 001): strategic, full involvement "
         "(every decider and approver covered, two independent routes); status, key "
         "influencers and sponsors covered; star, deciders and approvers covered; "
         "opportunity, one covered contact."},
        {"Actions",
         "open relationship actions of the account plan, and those past their due "
         "date."}};
    for (const auto& [term, text] : terms)
      out_ += "<dt>" + std::string(term) + "</dt><dd>" + std::string(text) + "</dd>\n";
    out_ += "</dl>\n</section>\n";
  }

  const PortfolioAudit& a_;
  std::map<std::string, std::string> names_;  // account id -> name, for the rows shown
  std::string out_;
};

}  // namespace

std::string audit_html(const PortfolioAudit& audit) { return Page(audit).html(); }

}  // namespace kamgraph
