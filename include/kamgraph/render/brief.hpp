// The account brief: one self-contained HTML page for a team briefing, on screen or printed
// on A4 landscape. It puts Key Account Plan steps 2, 4, 9 and 10 on paper: where the account
// stands, who decides, where we are thin, and what we do next.
#pragma once

#include <string>
#include <vector>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/action.hpp"
#include "kamgraph/render/matrix.hpp"

namespace kamgraph {

struct BriefOptions {
  // The stakeholder map as Graphviz writes it in SVG (stakeholder_map_svg), inlined through
  // svg_for_html. Empty: the map section says the brief has no map.
  std::string map_svg;
  // More people the actions may name: the plan can give an action to a colleague who has no
  // relationship in this account yet, so is not among the analysis's people.
  std::vector<Person> people;
};

// The map for the brief: map_dot's stakeholders view of the account, laid out (with the
// view's default engine) and drawn in SVG by render_image. `data` is what `analysis` was made
// from (Store::account_data). Throws as map_dot and render_image do.
std::string stakeholder_map_svg(const Dataset& data, const AccountAnalysis& analysis);

// The page, in this order: the account header (segment, revenue, potential, margin, coverage
// score, relationship stage, the red / amber / green status and its reasons), the map, the
// coverage matrix as a heat-map, who decides (ranked, with why), coverage gaps, single
// points of failure, stale relationships, the next relationship actions (the open ones of
// `actions`, by priority; when there are none the section says to run `kamgraph plan`),
// and a legend.
//
// Self-contained: the CSS and the map's SVG are inline, nothing is fetched, nothing needs
// JavaScript (the page has none). Every user string is escaped, in text and in attributes;
// the map's SVG goes through svg_for_html. Deterministic: the same inputs give the same
// bytes (the only date on the page is the analysis's as-of date).
// `matrix` must be the same account's (coverage_matrix of its graph with the same time).
// Throws Error(internal) when options.map_svg is not well-formed SVG.
std::string brief_html(const AccountAnalysis& analysis, const CoverageMatrix& matrix,
                       const std::vector<Action>& actions, const BriefOptions& options = {});

}  // namespace kamgraph
