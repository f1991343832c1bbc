// The legend inside the picture. It is part of the graph's label (not a cluster of sample
// nodes) so that every layout engine keeps it in one piece, above the map, never overlapped.
#include <vector>

#include "render/map_style.hpp"

namespace kamgraph::map_detail {
namespace {

struct Row {
  std::string symbol;  // markup
  std::string text;    // markup
};

std::string column(const std::string& heading, const std::vector<Row>& rows) {
  std::string t =
      "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">"
      "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" +
      heading + "</B></TD></TR>";
  for (const auto& r : rows)
    t += "<TR><TD ALIGN=\"LEFT\">" + r.symbol + "</TD><TD ALIGN=\"LEFT\">" + r.text + "</TD></TR>";
  return t + "</TABLE>";
}

std::string ink(const char* colour, const std::string& glyphs) {
  return std::string("<FONT COLOR=\"") + colour + "\">" + glyphs + "</FONT>";
}

std::string swatch(const char* fill) {
  return std::string(
             "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" "
             "COLOR=\"#737373\"><TR><TD BGCOLOR=\"") +
         fill + "\" WIDTH=\"22\" HEIGHT=\"11\"> </TD></TR></TABLE>";
}

std::string tag(const char* text, const char* background) {
  return std::string(
             "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR>"
             "<TD BGCOLOR=\"") +
         background + "\"><FONT COLOR=\"#ffffff\" POINT-SIZE=\"8\"><B>" + text +
         "</B></FONT></TD></TR></TABLE>";
}

}  // namespace

std::string legend_html(MapView view, bool ranked) {
  const bool ours = view != MapView::orgchart && view != MapView::influence;

  std::vector<Row> people{{"double octagon", "decider"},
                          {"octagon", "approver (signs off the budget)"},
                          {"rounded box", "other people at the customer"},
                          {"hexagon", "outside influencer (consultant, ...)"}};
  if (ours) people.push_back({"ellipse", "our team"});
  people.push_back({"dashed outline", "empty seat: nobody we know fills it"});
  people.push_back({"thicker border", "more power in the decision"});
  if (view == MapView::influence) people.push_back({"bigger name", "more decision weight"});

  std::vector<Row> fills;
  for (Attitude a : all_attitudes())
    fills.push_back({swatch(attitude_colours(a).fill), std::string(to_string(a))});
  if (ours) fills.push_back({swatch(kOurFill), "our team"});

  const std::string solid = "━━━━", dashed = "┅┅┅┅";
  std::vector<Row> lines;
  if (view == MapView::orgchart)
    lines.push_back({ink(kOrgLineColour, "────"), "reports to (manager above)"});
  if (view != MapView::influence)
    lines.push_back({ink(kKnowsColour, solid), "knows / works with"});
  lines.push_back({ink(kInfluenceColour, "━━━▶"), "influences"});
  if (view != MapView::orgchart) lines.push_back({ink(kReportsColour, "───▷"), "reports to"});
  if (view != MapView::coverage) lines.push_back({ink(kConflictColour, "┣━━┫"), "in conflict"});
  if (view == MapView::coverage)
    lines.push_back({ink(kSpofColour, solid), "the only relationship reaching someone"});
  lines.push_back({ink(kKnowsColour, dashed), "stale: no contact for months"});
  lines.push_back({"width", "strength now (fades without contact)"});

  std::vector<Row> marks{{tag("DECIDER", kKeyTagColour), "decides"},
                         {tag("APPROVER", kKeyTagColour), "approves"},
                         {tag("GAP", kGapColour), "key person nobody on our team knows well"},
                         {tag("SPOF", kSpofColour), "if they leave, we lose every path to someone"},
                         {tag("EMPTY SEAT", kSeatTagColour), "find out who fills it"}};
  if (ranked && (view == MapView::stakeholders || view == MapView::coverage))
    marks.push_back({"columns", "steps from our team, left to right"});
  if (view == MapView::influence && ranked)
    marks.push_back({"left to right", "influence flows towards the decision"});
  if (view == MapView::ego) marks.push_back({"rings", "steps from the person in the centre"});

  const std::string gap = "<TD WIDTH=\"28\"> </TD>";
  return "<TABLE BORDER=\"1\" COLOR=\"#bdbdbd\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
         "CELLPADDING=\"6\" BGCOLOR=\"#fcfcfc\"><TR><TD VALIGN=\"TOP\"><FONT POINT-SIZE=\"10\">" +
         column("People: shape", people) + "</FONT></TD>" + gap +
         "<TD VALIGN=\"TOP\"><FONT POINT-SIZE=\"10\">" + column("Attitude to us: fill", fills) +
         "</FONT></TD>" + gap + "<TD VALIGN=\"TOP\"><FONT POINT-SIZE=\"10\">" +
         column("Relationships: lines", lines) + "</FONT></TD>" + gap +
         "<TD VALIGN=\"TOP\"><FONT POINT-SIZE=\"10\">" + column("Tags and layout", marks) +
         "</FONT></TD></TR></TABLE>";
}

}  // namespace kamgraph::map_detail
