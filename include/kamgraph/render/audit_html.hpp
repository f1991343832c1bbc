// The portfolio audit as a sales manager reads it: a self-contained HTML report (the table,
// the key-person risk and the segmentation matrices drawn in SVG), and the same content as
// plain text for the terminal or as Markdown. The JSON and CSV forms are in plan/audit.hpp.
#pragma once

#include <string>

#include "kamgraph/plan/audit.hpp"
#include "kamgraph/report/analysis_report.hpp"

namespace kamgraph {

// In this order: the headline (accounts, revenue, how many are red / amber / green, how
// many miss their segment's policy), the key-person risk, the accounts table, why each red
// and amber account is so (its first reason), and the segmentation: ABC classes, the
// attractiveness x supplier-strength matrix, current x potential contribution and revenue
// class x margin class, each with its cut-offs and the accounts in each cell.
std::string audit_text(const PortfolioAudit& audit, TextStyle style);

// One HTML page with the same sections, the four segmentation views drawn as SVG pictures
// with the accounts placed in their cells (coloured by status), and a glossary of the
// columns. Self-contained: the CSS and SVG are inline, nothing is fetched, there is no
// script (a Content-Security-Policy forbids both), and it reads fully without JavaScript.
// Every user string (names, ids, reasons) is escaped, in text and in attributes.
// Deterministic: the only date on the page is the audit's as-of date.
std::string audit_html(const PortfolioAudit& audit);

// The pictures on their own (an <svg> element each), for other reports.
// Attractiveness (up) x supplier strength (right): status | strategic over opportunity | star.
std::string segment_matrix_svg(const PortfolioAudit& audit);
// Potential (up) x current contribution (right): potential key | key over regular | important.
std::string contribution_matrix_svg(const PortfolioAudit& audit);
// ABC class (rows A, B, C) x margin class (columns 1 to 4, best first), with seed 001's advice.
std::string revenue_quality_svg(const PortfolioAudit& audit);

}  // namespace kamgraph
