// Kept apart from brief.cpp so that the page itself can be made (and tested) without a
// Graphviz layout; the CLI draws the map here and hands it to brief_html.
#include "kamgraph/render/brief.hpp"
#include "kamgraph/render/map.hpp"

namespace kamgraph {

std::string stakeholder_map_svg(const Dataset& data, const AccountAnalysis& analysis) {
  MapOptions options;
  options.view = MapView::stakeholders;
  // render_image with no engine uses the `layout` the DOT names: the view's default.
  return render_image(map_dot(data, analysis, options), ImageFormat::svg);
}

}  // namespace kamgraph
