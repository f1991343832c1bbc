// The map's visual vocabulary: colours, shapes and line styles, in one place so that the
// nodes, the lines and the legend that explains them cannot drift apart.
#pragma once

#include <string>
#include <string_view>

#include "kamgraph/render/map.hpp"

namespace kamgraph::map_detail {

// ColorBrewer RdBu, 5 classes (colour-blind safe, prints in grey as a ramp): champion at
// the dark blue end, blocker at the dark red end.
struct AttitudeColours {
  const char* fill;
  const char* font;  // white on the two dark ends
};
AttitudeColours attitude_colours(Attitude a);

inline constexpr const char* kFont = "Helvetica";
inline constexpr const char* kInk = "#252525";         // text and ordinary borders
inline constexpr const char* kOurFill = "#e8e2d0";     // our team: warm grey, outside the ramp
inline constexpr const char* kSeatFill = "#ffffff";    // an empty seat: no fill
inline constexpr const char* kSeatBorder = "#737373";  // ... and a dashed grey border
inline constexpr const char* kGapColour = "#d7191c";   // GAP tag and border
inline constexpr const char* kSpofColour = "#e66101";  // SPOF tag, single relationships
inline constexpr const char* kKeyTagColour = "#252525";
inline constexpr const char* kSeatTagColour = "#969696";
inline constexpr const char* kKnowsColour = "#6b6b6b";
inline constexpr const char* kInfluenceColour = "#5e3c99";  // PuOr's purple end
inline constexpr const char* kReportsColour = "#a6a6a6";
inline constexpr const char* kOrgLineColour = "#525252";
inline constexpr const char* kConflictColour = "#b2182b";
inline constexpr const char* kClusterFill = "#f5f5f5";
inline constexpr const char* kClusterBorder = "#bdbdbd";

// Line width for an effective strength in [0,1]: 0.6 to 4.6 points.
double line_width(double effective);
// Border width for a power in [0,1]: 1 to 4.5 points.
double border_width(double power);

// The legend drawn under the title: an HTML-like table explaining the shapes, fills, lines
// and tags the view uses. `ranked`: the map is laid out by dot in columns or rows.
std::string legend_html(MapView view, bool ranked);

// The status word's colour in the title.
const char* status_colour(std::string_view status);

}  // namespace kamgraph::map_detail
