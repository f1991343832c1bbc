// Stakeholder maps: an account's analysis drawn with Graphviz (cgraph + gvc, in-process).
//
// The visual encoding, the same in every view and explained by a legend inside the picture:
//  - shape by kind and role: deciders a double octagon, approvers an octagon (both tagged
//    DECIDER / APPROVER), other customer people a rounded box, outside influencers a
//    hexagon, our team an ellipse; a placeholder is a dashed, unfilled "seat to fill";
//  - fill by attitude on ColorBrewer's colour-blind-safe 5-class RdBu (champion dark blue,
//    supporter light blue, neutral grey-white, skeptic light red, blocker dark red);
//  - border width by power (influence view: the label's size by decision weight);
//  - line width by effective strength (after time decay); stale relationships dashed;
//    influence a purple arrow, acquaintance a grey line, reporting a light line with an
//    open arrow to the manager, conflict a red line with bars at both ends;
//  - key people nobody on our team knows well: a red border and a GAP tag; single points
//    of failure: a SPOF tag; in the coverage view the only relationship that reaches
//    someone is drawn orange;
//  - a title with the account, the as-of date, the coverage score and the status.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/model.hpp"

namespace kamgraph {

enum class MapView {
  stakeholders,  // our team and the customer as clusters, customer people by department
  orgchart,      // reports-to hierarchy top down, relationships overlaid
  influence,     // who influences whom, decision weight shown, conflicts visible
  coverage,      // our team's reach: gaps and single points of failure emphasised
  ego,           // one person's neighbourhood (MapOptions::around, depth)
};
std::string_view to_string(MapView v);
std::optional<MapView> parse_map_view(std::string_view word);
const std::vector<MapView>& all_map_views();

// A map never shows more people than this: beyond it no layout stays legible (and a
// layout of a 100,000-person account would not finish). Bigger accounts are drawn in
// parts, with the filters or an ego view.
inline constexpr int kMaxMapPeople = 2000;
// Above this many people a map is "big": labels shrink to the name and the tags, and the
// views whose default engine is dot switch to sfdp (force-directed, overlap removal by
// prism), which lays out thousands of nodes in seconds where dot takes minutes.
inline constexpr int kBigMapPeople = 120;

struct MapOptions {
  MapView view = MapView::stakeholders;
  std::string around;  // ego view: the person at the centre (required there, refused elsewhere)
  int depth = 1;       // ego view: how many hops out, 1 to kMaxEgoDepth
  // Filters for big accounts, applied to customer and outside people (never to the ego
  // view's centre). Our team members stay shown when they have a relationship with a
  // shown person (in every view that draws our team).
  double min_power = 0;
  std::vector<Role> roles;  // empty: all; else people holding at least one of these
  std::string department;   // empty: all; else exactly this department (case-insensitive)
  std::string engine;       // empty: the view's default layout engine (see map_engine)
};
inline constexpr int kMaxEgoDepth = 6;

// The layout engines a map can be drawn with.
const std::vector<std::string>& map_engines();
// The engine a map is laid out with: options.engine when given, else the view's default
// (stakeholders, orgchart, influence, coverage: dot, or sfdp for a big map; ego: twopi,
// rings around the centre). Throws Error(usage) for an engine not in map_engines().
std::string map_engine(const MapOptions& options, int people_shown);

// The ids of the people a map shows, sorted, worked out from the account's data alone (so
// that a caller can check the size before the analysis): the view's people (orgchart and
// influence leave our team out: the orgchart notes on each person who on our team knows
// them), then the ego neighbourhood (every relationship type and reporting line, `depth`
// hops), then the filters. `data` is the account's graph as Store::account_data returns it.
// Throws Error(usage) for inconsistent options (ego without `around`, `around` with another
// view, depth out of range, min_power outside [0,1], an engine not in map_engines()),
// NotFoundError for an `around` id that is not in the account's graph, Error(no_result)
// when the filters leave nobody, and Error(usage) naming kMaxMapPeople and the way out
// (filters, --around) when more than kMaxMapPeople people would be shown.
// Time complexity: O(V + E).
std::vector<std::string> map_people(const Dataset& data, const std::string& account_id,
                                    const MapOptions& options);

// The map as DOT text: deterministic (same data and analysis, same bytes), every user
// string escaped (HTML-like labels with XML escapes; tooltips with DOT escapes, so that
// `\N` or `"` in a name is shown as written). `data` must be the data `analysis` was made
// from (Store::account_data of analysis.account.id): the analysis does not carry the
// relationships, which the map draws with the analysis's time decay and stale flags.
// People the analysis left out (what-if `without`) are not drawn. The graph's `layout`
// attribute names the engine (map_engine), so `dot` on the command line draws it the same.
// Throws as map_people does.
std::string map_dot(const Dataset& data, const AccountAnalysis& analysis,
                    const MapOptions& options);

// The same map without the relationship lines: the people (with their marks) and their
// reporting lines from the reports_to field only, because AccountAnalysis does not carry
// the relationships. Kept for callers written against the first contract; pass the data
// to the form above to draw the relationships.
std::string map_dot(const AccountAnalysis& analysis, const MapOptions& options);

enum class ImageFormat { svg, png, pdf, dot };
std::string_view to_string(ImageFormat f);
std::optional<ImageFormat> parse_image_format(std::string_view word);
// The format a file name asks for by its extension (.svg .png .pdf .dot .gv, any case).
std::optional<ImageFormat> image_format_for_path(std::string_view path);

// Lays out and renders DOT text with gvc in-process (never a `dot` subprocess); returns the
// file's bytes. `engine` empty: the graph's `layout` attribute, else dot. ImageFormat::dot
// gives the laid-out graph (positions added) as Graphviz writes it. Same input, same bytes
// (SVG and PNG; PDF carries no creation date either). Throws Error(bad_input) with
// Graphviz's message when the text is not valid DOT, Error(usage) for an unknown engine,
// and Error(internal) when Graphviz fails to lay out or render.
std::string render_image(const std::string& dot_text, ImageFormat format,
                         const std::string& engine = "");

}  // namespace kamgraph
