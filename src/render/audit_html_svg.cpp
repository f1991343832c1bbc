// The segmentation views as SVG pictures: each cell lists the accounts that fall in it,
// each with a dot in its status colour. Coordinates are computed here; every piece of user
// text (names, ids) goes through html_escape, which is also valid XML escaping.
#include <algorithm>
#include <array>

#include "kamgraph/render/audit_html.hpp"
#include "kamgraph/render/html.hpp"
#include "kamgraph/report/table.hpp"
#include "render/audit_html_common.hpp"

namespace kamgraph {
namespace {

using namespace audit_detail;

std::string esc(std::string_view s) { return html_escape(s); }
std::string num(double v) { return fixed(v, 1); }

std::string status_class(const AuditRow& r) {
  return r.analysed ? "s-" + std::string(to_string(r.status)) : "s-none";
}

constexpr double kLine = 17;  // one account per line
constexpr double kHead = 54;  // a cell's title and two lines of subtitle
constexpr double kPad = 10;   // below the last line
constexpr double kAxis = 34;  // room for the axis labels

// One account in a cell: status dot, name (cut to fit), revenue; the full name, status and
// numbers in a tooltip.
std::string account_line(const AuditRow& r, double x, double y, std::size_t max_name,
                         bool mark_derived) {
  const std::string name = display_name(r.account);
  std::string tip = name + " (" + r.account.id + "): " + status_word(r) + ", revenue " +
                    (r.account.revenue ? amount(*r.account.revenue) : std::string("unknown"));
  if (r.segment.abc) tip += ", ABC " + std::string(to_string(*r.segment.abc));
  if (r.segment.segment_derived) tip += ", segment from the matrix";
  std::string label = truncated(name, max_name);
  if (mark_derived && r.segment.segment_derived) label += "*";
  return "<g class=\"acct\"><title>" + esc(tip) + "</title><circle class=\"" + status_class(r) +
         "\" cx=\"" + num(x + 6) + "\" cy=\"" + num(y - 4) + "\" r=\"4.5\"/><text x=\"" +
         num(x + 15) + "\" y=\"" + num(y) + "\">" + esc(label) + " <tspan class=\"rev\">" +
         esc(r.account.revenue ? short_amount(*r.account.revenue) : "") + "</tspan></text></g>\n";
}

struct Cell {
  std::string title;
  std::string subtitle;
  std::string subtitle2;  // a second line
  std::vector<const AuditRow*> rows;
  std::string tone;  // CSS class of the background
};

double cell_height(const Cell& c) {
  return kHead + double(std::max<std::size_t>(1, c.rows.size())) * kLine + kPad;
}

std::string draw_cell(const Cell& c, double x, double y, double w, double h, std::size_t max_name,
                      bool mark_derived) {
  std::string out = "<rect class=\"cell " + c.tone + "\" x=\"" + num(x) + "\" y=\"" + num(y) +
                    "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\"/>\n";
  out += "<text class=\"ct\" x=\"" + num(x + 8) + "\" y=\"" + num(y + 17) + "\">" + esc(c.title) +
         " <tspan class=\"count\">(" + std::to_string(c.rows.size()) + ")</tspan></text>\n";
  if (!c.subtitle.empty())
    out += "<text class=\"cs\" x=\"" + num(x + 8) + "\" y=\"" + num(y + 32) + "\">" +
           esc(c.subtitle) + "</text>\n";
  if (!c.subtitle2.empty())
    out += "<text class=\"cs\" x=\"" + num(x + 8) + "\" y=\"" + num(y + 45) + "\">" +
           esc(c.subtitle2) + "</text>\n";
  double line = y + kHead + 12;
  if (c.rows.empty())
    out +=
        "<text class=\"none\" x=\"" + num(x + 8) + "\" y=\"" + num(line) + "\">no account</text>\n";
  for (const AuditRow* r : c.rows) {
    out += account_line(*r, x + 6, line, max_name, mark_derived);
    line += kLine;
  }
  return out;
}

std::string svg_open(const std::string& id, double w, double h, const std::string& title,
                     const std::string& desc) {
  return "<svg class=\"matrix-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(w) +
         " " + num(h) + "\" role=\"img\" aria-labelledby=\"" + id + "-t " + id +
         "-d\">\n<title id=\"" + id + "-t\">" + esc(title) + "</title>\n<desc id=\"" + id +
         "-d\">" + esc(desc) + "</desc>\n";
}

// Cells in reading order: top-left, top-right, bottom-left, bottom-right.
std::string two_by_two(const std::string& id, const std::string& title, const std::string& desc,
                       const std::string& x_label, const std::string& y_label,
                       const std::array<Cell, 4>& cells, bool mark_derived) {
  const double w = 272, x0 = kAxis, y0 = 4;
  const double top = std::max(cell_height(cells[0]), cell_height(cells[1]));
  const double bottom = std::max(cell_height(cells[2]), cell_height(cells[3]));
  const double width = x0 + 2 * w + 6, height = y0 + top + bottom + kAxis;
  std::string out = svg_open(id, width, height, title, desc);
  // About 6.5 units a character at 12px: the name and revenue fit in a cell.
  const std::size_t name = 30;
  out += draw_cell(cells[0], x0, y0, w, top, name, mark_derived);
  out += draw_cell(cells[1], x0 + w, y0, w, top, name, mark_derived);
  out += draw_cell(cells[2], x0, y0 + top, w, bottom, name, mark_derived);
  out += draw_cell(cells[3], x0 + w, y0 + top, w, bottom, name, mark_derived);
  const double base = y0 + top + bottom;
  out += "<text class=\"tick\" x=\"" + num(x0 + w / 2) + "\" y=\"" + num(base + 14) +
         "\" text-anchor=\"middle\">low</text>\n<text class=\"tick\" x=\"" + num(x0 + 1.5 * w) +
         "\" y=\"" + num(base + 14) + "\" text-anchor=\"middle\">high</text>\n";
  out += "<text class=\"axis\" x=\"" + num(x0 + w) + "\" y=\"" + num(base + 29) +
         "\" text-anchor=\"middle\">" + esc(x_label) + " &#8594;</text>\n";
  const double mid_top = y0 + top / 2, mid_bottom = y0 + top + bottom / 2;
  out += "<text class=\"tick\" transform=\"translate(" + num(x0 - 8) + " " + num(mid_top) +
         ") rotate(-90)\" text-anchor=\"middle\">high</text>\n<text class=\"tick\" "
         "transform=\"translate(" +
         num(x0 - 8) + " " + num(mid_bottom) +
         ") rotate(-90)\" text-anchor=\"middle\">low</text>\n";
  out += "<text class=\"axis\" transform=\"translate(" + num(x0 - 22) + " " +
         num(y0 + (top + bottom) / 2) + ") rotate(-90)\" text-anchor=\"middle\">" + esc(y_label) +
         " &#8594;</text>\n";
  return out + "</svg>\n";
}

Cell segment_cell(const PortfolioAudit& a, Segment s, const std::string& tone) {
  std::string title(to_string(s));
  title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return {title, std::string(investment(s)), "contacts: " + std::string(contact_policy(s)),
          rows_with_segment(a, s), tone};
}

Cell contribution_cell(const PortfolioAudit& a, Contribution c, const std::string& subtitle,
                       const std::string& tone) {
  std::string title(to_string(c));
  title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return {title + " account", subtitle, "", rows_with_contribution(a, c), tone};
}

}  // namespace

std::string segment_matrix_svg(const PortfolioAudit& a) {
  const MatrixCuts& m = a.options.segmentation.matrix;
  return two_by_two(
      "seg-matrix", "Attractiveness x supplier strength",
      "Accounts placed by their segment: the one given, else the one their attractiveness and "
      "supplier-strength scores give (high from " +
          fixed(m.attractiveness, 2) + " and " + fixed(m.supplier_strength, 2) +
          "; marked *). Dots: account status.",
      "supplier strength (our bargaining power, adaptability)", "attractiveness",
      {segment_cell(a, Segment::status, "t-status"), segment_cell(a, Segment::strategic, "t-key"),
       segment_cell(a, Segment::opportunity, "t-low"), segment_cell(a, Segment::star, "t-star")},
      true);
}

std::string contribution_matrix_svg(const PortfolioAudit& a) {
  const ContributionSplit& s = *a.options.segmentation.contribution;
  return two_by_two(
      "contrib-matrix", "Current x potential contribution",
      "Accounts placed by revenue (high from " + amount(s.revenue) + ") and potential (high from " +
          amount(s.potential) + "). Dots: account status.",
      "current contribution (revenue)", "potential contribution",
      {contribution_cell(a, Contribution::potential_key, "low current, high potential", "t-status"),
       contribution_cell(a, Contribution::key, "high current, high potential", "t-key"),
       contribution_cell(a, Contribution::regular, "low current, low potential", "t-low"),
       contribution_cell(a, Contribution::important, "high current, low potential", "t-star")},
      false);
}

std::string revenue_quality_svg(const PortfolioAudit& a) {
  const MarginCuts& m = *a.options.segmentation.margin;
  const double head_w = 70, w = 250, head_h = 40, x0 = 4, y0 = 4;
  const std::array<std::string, 4> margin_head = {
      "from " + percent(m.class1), percent(m.class2) + " to " + percent(m.class1),
      percent(m.class3) + " to " + percent(m.class2), "below " + percent(m.class3)};
  const std::array<AbcClass, 3> classes = {AbcClass::a, AbcClass::b, AbcClass::c};
  std::array<double, 3> heights{};
  std::array<std::array<Cell, 4>, 3> cells;
  for (std::size_t i = 0; i < 3; ++i) {
    for (int mc = 1; mc <= 4; ++mc) {
      Cell& c = cells[i][std::size_t(mc - 1)];
      c.title = std::string(revenue_quality_advice(classes[i], mc));
      c.rows = rows_in_quality_cell(a, classes[i], mc);
      c.tone = mc <= 2 ? (i == 0 ? "t-key" : "t-low") : (i == 0 ? "t-star" : "t-plain");
      heights[i] =
          std::max(heights[i], 22 + double(std::max<std::size_t>(1, c.rows.size())) * kLine + kPad);
    }
  }
  const double width = x0 + head_w + 4 * w + 4;
  const double height = y0 + head_h + heights[0] + heights[1] + heights[2] + 4;
  std::string out = svg_open(
      "quality-matrix", width, height, "Revenue class x margin class (quality of revenue)",
      "Rows: ABC class by cumulative revenue. Columns: margin class 1 (highest) to 4 "
      "(portfolio quartiles). Cells: seed 001's advice, and the accounts. Dots: account status.");
  for (int mc = 1; mc <= 4; ++mc) {
    const double x = x0 + head_w + double(mc - 1) * w;
    out += "<text class=\"ct\" x=\"" + num(x + 8) + "\" y=\"" + num(y0 + 16) + "\">Margin class " +
           std::to_string(mc) + "</text>\n<text class=\"cs\" x=\"" + num(x + 8) + "\" y=\"" +
           num(y0 + 31) + "\">" + esc(margin_head[std::size_t(mc - 1)]) + "</text>\n";
  }
  double y = y0 + head_h;
  for (std::size_t i = 0; i < 3; ++i) {
    out += "<text class=\"abc\" x=\"" + num(x0 + 10) + "\" y=\"" + num(y + 26) + "\">" +
           std::string(to_string(classes[i])) + "</text>\n<text class=\"cs\" x=\"" + num(x0 + 10) +
           "\" y=\"" + num(y + 42) + "\">" + std::to_string(rows_with_abc(a, classes[i]).size()) +
           " accounts</text>\n";
    for (std::size_t mc = 0; mc < 4; ++mc) {
      const Cell& c = cells[i][mc];
      const double x = x0 + head_w + double(mc) * w;
      out += "<rect class=\"cell " + c.tone + "\" x=\"" + num(x) + "\" y=\"" + num(y) +
             "\" width=\"" + num(w) + "\" height=\"" + num(heights[i]) + "\"/>\n";
      if (!c.title.empty())
        out += "<text class=\"advice\" x=\"" + num(x + 8) + "\" y=\"" + num(y + 15) + "\">" +
               esc(c.title) + "</text>\n";
      double line = y + 22 + 12;
      for (const AuditRow* r : c.rows) {
        out += account_line(*r, x + 4, line, 28, false);
        line += kLine;
      }
    }
    y += heights[i];
  }
  return out + "</svg>\n";
}

}  // namespace kamgraph
