// Stakeholder maps: an account's analysis drawn with Graphviz (cgraph + gvc, in-process).
#pragma once

#include <string>
#include <vector>

#include "kamgraph/analysis/analyze.hpp"

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

struct MapOptions {
  MapView view = MapView::stakeholders;
  std::string around;  // ego view: the person at the centre
  int depth = 1;       // ego view: how many hops out
  // Filters for big accounts; our team members linked to a shown person stay shown.
  double min_power = 0;
  std::vector<Role> roles;  // empty: all
  std::string department;   // empty: all
  std::string engine;       // empty: the view's default layout engine
};

// The map as DOT text, deterministic (same analysis, same bytes), every label escaped.
std::string map_dot(const AccountAnalysis& analysis, const MapOptions& options);

enum class ImageFormat { svg, png, pdf, dot };
std::optional<ImageFormat> parse_image_format(std::string_view word);

// Lays out and renders DOT text with gvc in-process (never a `dot` subprocess); returns the
// file's bytes. Throws Error with the reason when Graphviz refuses.
std::string render_image(const std::string& dot_text, ImageFormat format,
                         const std::string& engine = "dot");

}  // namespace kamgraph
