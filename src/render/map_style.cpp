#include "render/map_style.hpp"

#include <algorithm>

namespace kamgraph::map_detail {

AttitudeColours attitude_colours(Attitude a) {
  switch (a) {
    case Attitude::champion:
      return {"#0571b0", "#ffffff"};
    case Attitude::supporter:
      return {"#92c5de", kInk};
    case Attitude::neutral:
      return {"#f7f7f7", kInk};
    case Attitude::skeptic:
      return {"#f4a582", kInk};
    case Attitude::blocker:
      return {"#ca0020", "#ffffff"};
  }
  return {"#f7f7f7", kInk};
}

double line_width(double effective) { return 0.6 + 4.0 * std::clamp(effective, 0.0, 1.0); }

double border_width(double power) { return 1.0 + 3.5 * std::clamp(power, 0.0, 1.0); }

const char* status_colour(std::string_view status) {
  if (status == "red") return "#b2182b";
  if (status == "amber") return "#b35806";
  return "#1a7837";
}

}  // namespace kamgraph::map_detail
