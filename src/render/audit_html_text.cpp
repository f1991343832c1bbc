// The audit for the terminal (plain text) and for documents (Markdown).
#include <functional>

#include "kamgraph/render/audit_html.hpp"
#include "kamgraph/report/table.hpp"
#include "render/audit_html_common.hpp"

namespace kamgraph {
namespace {

using namespace audit_detail;

class TextReport {
 public:
  TextReport(const PortfolioAudit& a, TextStyle style) : a_(a), md_(style == TextStyle::markdown) {}

  std::string str() {
    headline();
    key_person_risk();
    accounts();
    attention();
    segmentation();
    return std::move(out_);
  }

 private:
  void heading(const std::string& text, int level = 2) {
    if (!out_.ends_with("\n\n")) out_ += "\n";
    if (md_)
      out_ += std::string(std::size_t(level), '#') + " " + text + "\n\n";
    else
      out_ += text + "\n" + std::string(display_width(text), level <= 2 ? '=' : '-') + "\n\n";
  }
  std::string code(const std::string& id) const { return md_ ? "`" + id + "`" : id; }
  std::string bold(const std::string& s) const { return md_ ? "**" + s + "**" : s; }
  std::string table(const Table& t) const { return md_ ? t.markdown() : t.str(); }
  // Markdown treats these as formatting; a name such as "F.lli *Sella*" must stay text.
  // ('|' is left to Table::markdown, which escapes it in cells; elsewhere it is plain.)
  std::string text(const std::string& s) const {
    if (!md_) return s;
    std::string out;
    for (char c : s) {
      if (std::string_view("\\`*_[]<>#").find(c) != std::string_view::npos) out += '\\';
      out += c;
    }
    return out;
  }
  std::string ids(const std::vector<std::string>& v) const {
    std::string out;
    for (const auto& id : v) out += (out.empty() ? "" : ", ") + code(id);
    return out.empty() ? "-" : out;
  }
  std::string accounts_in(const std::vector<const AuditRow*>& rows) const {
    std::string out;
    for (const AuditRow* r : rows)
      out +=
          (out.empty() ? "" : ", ") + code(r->account.id) + " (" + short_amount(r->revenue()) + ")";
    return out.empty() ? "none" : out;
  }

  void headline() {
    const Tally t = tally(a_);
    const std::string title = "Portfolio audit, as of " + a_.options.time.as_of.str();
    if (md_)
      out_ += "# " + title + "\n\n";
    else
      out_ += title + "\n" + std::string(display_width(title), '=') + "\n\n";
    std::string scope =
        std::to_string(a_.rows.size()) + " of " + std::to_string(a_.accounts_total) + " accounts";
    if (a_.rows.size() != a_.accounts_total) scope += filters();
    // Markdown joins consecutive lines into one paragraph: a list keeps them apart.
    const std::string item = md_ ? "- " : "";
    out_ +=
        item + scope + ", revenue " + amount(t.revenue) + " of " + amount(a_.revenue_total) + ".\n";
    out_ += item + "Status: " + std::to_string(t.red) + " red (" + amount(t.red_revenue) +
            " revenue), " + std::to_string(t.amber) + " amber, " + std::to_string(t.green) +
            " green" +
            (t.not_analysed ? ", " + std::to_string(t.not_analysed) + " with no people" : "") +
            ". Segment coverage policy not met: " + std::to_string(t.policy_not_met) + ".\n";
    if (!a_.key_person_risk.empty() && !a_.key_person_risk.front().accounts.empty()) {
      const KeyPersonRisk& k = a_.key_person_risk.front();
      out_ += item + "Biggest key-person risk: " + bold(text(k.name)) + " (" + code(k.person) +
              ") is the only direct link to the deciders of " + std::to_string(k.accounts.size()) +
              " account" + (k.accounts.size() == 1 ? "" : "s") + ", " + amount(k.revenue_at_risk) +
              " = " + percent(k.share_of_revenue) + " of revenue.\n";
    }
  }

  std::string filters() const {
    std::string out;
    for (const auto& s : a_.options.segments)
      out += (out.empty() ? "" : ", ") + (s ? std::string(to_string(*s)) : std::string("none"));
    std::string text = out.empty() ? "" : " in segment " + out;
    out.clear();
    for (const auto& id : a_.options.owners) out += (out.empty() ? "" : ", ") + code(id);
    if (!out.empty())
      text += " where " + out + " hold" + (a_.options.owners.size() == 1 ? "s" : "") + " a thread";
    return text;
  }

  void key_person_risk() {
    heading("Key-person risk");
    out_ +=
        "Colleagues who hold the only direct tie between our team and the deciders of an "
        "account: if they leave, no decider there has a direct relationship with us. "
        "\"Only route\": nobody knows the deciders directly and every introduction to them "
        "runs through this colleague.\n\n";
    if (a_.key_person_risk.empty()) {
      out_ += "Nobody: every account's deciders are known by two or more of us, or by none.\n";
      return;
    }
    using A = Table::Align;
    Table t({"colleague", "name", "accounts", "revenue at risk", "share", "only direct link to",
             "only route to"},
            {A::left, A::left, A::right, A::right, A::right, A::left, A::right});
    std::string routes;
    for (const auto& k : a_.key_person_risk) {
      const std::size_t n = k.only_route_accounts.size();
      t.add_row({code(k.person), text(k.name), std::to_string(k.accounts.size()),
                 amount(k.revenue_at_risk), percent(k.share_of_revenue), ids(k.accounts),
                 n == 0 ? "-"
                        : std::to_string(n) + (n == 1 ? " account, " : " accounts, ") +
                              amount(k.only_route_revenue)});
      if (n > 0)
        routes += "- " + code(k.person) + " is the only route to the deciders of " +
                  ids(k.only_route_accounts) + "\n";
    }
    out_ += table(t);
    if (!routes.empty()) out_ += "\n" + routes;
  }

  void accounts() {
    heading("Accounts");
    using A = Table::Align;
    std::vector<std::string> head = {"account",      "segment",         "ABC",
                                     "revenue",      "status",          "coverage",
                                     "stage",        "key roles known", "uncovered deciders",
                                     "SPOFs",        "threads",         "stale key ties",
                                     "actions open", "overdue",         "policy"};
    std::vector<A> align = {A::left,  A::left,  A::left,  A::right, A::left,
                            A::right, A::left,  A::right, A::right, A::right,
                            A::right, A::right, A::right, A::right, A::left};
    if (md_) {
      head.insert(head.begin() + 1, "name");
      align.insert(align.begin() + 1, A::left);
    }
    Table t(head, align);
    for (const auto& r : a_.rows) {
      const bool an = r.analysed;
      auto n = [an](std::size_t v) { return an ? std::to_string(v) : std::string("-"); };
      std::vector<std::string> cells = {
          code(r.account.id),
          text(segment_label(r.segment)),
          r.segment.abc ? std::string(to_string(*r.segment.abc)) : "-",
          r.account.revenue ? amount(*r.account.revenue) : "-",
          md_ && an && r.status == Status::red ? bold(status_word(r)) : status_word(r),
          an ? percent(r.coverage_score, 0) : "-",
          an ? std::string(to_string(r.stage)) : "-",
          key_roles(r),
          n(r.uncovered_deciders.size()),
          n(r.spofs.size()),
          n(r.threads.size()),
          n(std::size_t(r.stale_key_relationships)),
          std::to_string(r.actions_open),
          std::to_string(r.actions_overdue),
          policy_word(r)};
      if (md_) cells.insert(cells.begin() + 1, text(display_name(r.account)));
      t.add_row(cells);
    }
    out_ += table(t);
    out_ += "\n" + std::string(md_ ? "\\* " : "* ") +
            "segment from attractiveness x supplier strength (none was given). Key roles "
            "known: key seats (deciders, approvers, power >= 0.7) held by a named person our "
            "team covers. Stale key ties: ours to key people, last contact over " +
            std::to_string(a_.options.time.stale_after_days) + " days ago.\n";
  }

  void attention() {
    heading("Why red or amber");
    bool any = false;
    for (const auto& r : a_.rows) {
      if (!r.analysed || r.status == Status::green || r.reasons.empty()) continue;
      any = true;
      out_ += "- " + bold(text(display_name(r.account))) + " (" + code(r.account.id) + ", " +
              status_word(r) + "): " + text(main_reason(r));
      if (const std::size_t more = more_reasons(r); more > 0)
        out_ += " (+" + std::to_string(more) + " more)";
      out_ += "\n";
    }
    if (!any) out_ += "No account is red or amber.\n";
  }

  void segmentation() {
    const SegmentationOptions& o = a_.options.segmentation;
    heading("Segmentation");
    heading("ABC by cumulative revenue (cut-offs " + percent(o.abc.a, 0) + " / " +
                percent(o.abc.b, 0) + ")",
            3);
    using A = Table::Align;
    Table abc({"class", "accounts", "revenue", "share"}, {A::left, A::right, A::right, A::right});
    for (AbcClass c : {AbcClass::a, AbcClass::b, AbcClass::c}) {
      int n = 0;
      double revenue = 0;
      for (const auto& e : a_.segmentation.abc.ranked)
        if (e.abc == c) {
          ++n;
          revenue += e.revenue;
        }
      abc.add_row({std::string(to_string(c)), std::to_string(n), amount(revenue),
                   percent(a_.revenue_total > 0 ? revenue / a_.revenue_total : 0)});
    }
    out_ += "Whole portfolio:\n\n" + table(abc) + "\n";
    list_cells({{"A", rows_with_abc(a_, AbcClass::a)},
                {"B", rows_with_abc(a_, AbcClass::b)},
                {"C", rows_with_abc(a_, AbcClass::c)},
                {"no revenue", rows_with_abc(a_, std::nullopt)}});

    heading("Attractiveness x supplier strength (high from " + fixed(o.matrix.attractiveness, 2) +
                " / " + fixed(o.matrix.supplier_strength, 2) + ")",
            3);
    std::vector<Cell> seg;
    for (Segment s : all_segments())
      seg.push_back({std::string(to_string(s)) + ": " + std::string(investment(s)) + ", " +
                         std::string(contact_policy(s)),
                     rows_with_segment(a_, s)});
    seg.push_back({"no segment and no scores", rows_with_segment(a_, std::nullopt)});
    list_cells(seg);

    heading("Current x potential contribution (high from revenue " +
                amount(o.contribution->revenue) + ", potential " +
                amount(o.contribution->potential) + ")",
            3);
    std::vector<Cell> con;
    for (Contribution c : {Contribution::key, Contribution::potential_key, Contribution::important,
                           Contribution::regular})
      con.push_back({std::string(to_string(c)), rows_with_contribution(a_, c)});
    con.push_back({"no revenue or potential", rows_with_contribution(a_, std::nullopt)});
    list_cells(con);

    heading("Revenue class x margin class (margin classes from " + percent(o.margin->class1) +
                ", " + percent(o.margin->class2) + ", " + percent(o.margin->class3) + ")",
            3);
    std::vector<Cell> q;
    for (AbcClass c : {AbcClass::a, AbcClass::b, AbcClass::c})
      for (int m = 1; m <= 4; ++m) {
        auto rows = rows_in_quality_cell(a_, c, m);
        if (rows.empty()) continue;
        std::string label = std::string(to_string(c)) + " x " + std::to_string(m);
        auto advice = revenue_quality_advice(c, m);
        if (!advice.empty()) label += " (" + std::string(advice) + ")";
        q.push_back({label, rows});
      }
    list_cells(q);
  }

  struct Cell {
    std::string label;
    std::vector<const AuditRow*> rows;
  };
  void list_cells(const std::vector<Cell>& cells) {
    for (const auto& c : cells) {
      if (c.rows.empty() && (c.label.rfind("no ", 0) == 0)) continue;
      out_ += "- " + bold(c.label) + " (" + std::to_string(c.rows.size()) +
              "): " + accounts_in(c.rows) + "\n";
    }
  }

  const PortfolioAudit& a_;
  bool md_;
  std::string out_;
};

}  // namespace

std::string audit_text(const PortfolioAudit& audit, TextStyle style) {
  return TextReport(audit, style).str();
}

}  // namespace kamgraph
