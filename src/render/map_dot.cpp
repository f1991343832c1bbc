// The map as DOT text. Written directly (not through cgraph's writer) so that the bytes are
// ours to keep stable: people in id order, relationships in the data's sorted order,
// attributes in a fixed order, numbers with fixed decimals.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "kamgraph/analysis/gaps.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/render/map.hpp"
#include "render/map_impl.hpp"
#include "render/map_style.hpp"

namespace kamgraph {
namespace map_detail {
namespace {

constexpr std::size_t kWrap = 28;  // characters per label line
constexpr int kFar = std::numeric_limits<int>::max();

struct Shown {
  int index = -1;  // into analysis.people
  Side side = Side::customer;
  bool gap = false;   // a key customer person nobody on our team knows well
  bool spof = false;  // a single point of failure
  std::vector<std::string> cuts_off;
  int distance = kFar;  // relationships between our team and them
};

struct Line {
  int a = -1, b = -1;  // analysis indexes, source and target as recorded
  RelationType type = RelationType::knows;
  double strength = 0, effective = 0;
  std::optional<Date> last_contact;
  long age_days = 0;
  bool stale = false;
  std::optional<Mode> mode;
  bool from_field = false;  // a reporting line from the reports_to field, no relationship
  bool single = false;      // the only relationship that reaches someone
  // A pair of people gets one line (several parallel lines are unreadable, and crash dot
  // 2.43 with clusters): the most telling relationship is drawn, the others are named in
  // its tooltip.
  bool carries = false;  // some relationship of the pair can carry an introduction
  bool mutual = false;   // influence both ways
  std::vector<std::string> also;
};

// One DOT attribute list, written in the order the attributes were added.
class Attrs {
 public:
  Attrs& add(std::string_view key, std::string_view quoted_value) {
    text_ += text_.empty() ? "" : " ";
    text_ += key;
    text_ += '=';
    text_ += quoted_value;
    return *this;
  }
  Attrs& str(std::string_view key, std::string_view plain) {
    return add(key, "\"" + std::string(plain) + "\"");
  }
  Attrs& html(std::string_view key, std::string_view markup) {
    return add(key, "<" + std::string(markup) + ">");
  }
  Attrs& num(std::string_view key, double v, int decimals = 2) {
    return add(key, number(v, decimals));
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

std::string node_name(int index) { return "p" + std::to_string(index); }

std::string roles_text(const Person& p, std::string_view separator) {
  std::string out;
  for (Role r : p.roles) out += (out.empty() ? "" : std::string(separator)) + std::string(to_string(r));
  return out;
}

std::string pct(double v) { return number(v * 100, 0) + "%"; }

std::string view_title(MapView v) {
  switch (v) {
    case MapView::stakeholders:
      return "stakeholder map";
    case MapView::orgchart:
      return "organisation chart";
    case MapView::influence:
      return "influence map: who shapes the decision";
    case MapView::coverage:
      return "coverage map: our team's reach";
    case MapView::ego:
      return "neighbourhood";
  }
  return "map";
}

class Builder {
 public:
  Builder(const Dataset& data, const AccountAnalysis& a, const MapOptions& o) : a_(a), o_(o) {
    const auto ids = map_people(data, a.account.id, o);
    for (const auto& p : data.people) names_.emplace(p.id, p.display_name());
    slot_.assign(a.people.size(), -1);
    for (const auto& id : ids) {
      const int i = index_of(id);
      if (i < 0) continue;  // left out by the analysis (what-if)
      slot_[std::size_t(i)] = static_cast<int>(shown_.size());
      shown_.push_back(Shown{.index = i, .side = side_of(a.people[std::size_t(i)], a.account.id)});
    }
    engine_ = map_engine(o, static_cast<int>(shown_.size()));
    big_ = static_cast<int>(shown_.size()) > kBigMapPeople;
    ranked_ = engine_ == "dot";
    clusters_ = engine_ == "dot" || engine_ == "fdp";
    mark_people();
    collect_lines(data);
    if (o.view == MapView::stakeholders || o.view == MapView::coverage) reach();
    for (const auto& s : shown_)
      max_weight_ = std::max(max_weight_, a.metrics[std::size_t(s.index)].decision.weight);
  }

  std::string dot() {
    out_ = "digraph kamgraph_map {\n";
    graph_attributes();
    if (o_.view == MapView::stakeholders && clusters_)
      stakeholder_clusters();
    else if (o_.view == MapView::orgchart && clusters_)
      outside_cluster();
    else
      for (const auto& s : shown_) node(s, "  ");
    for (const auto& l : lines_) edge(l);
    rank_anchors();
    out_ += "}\n";
    return std::move(out_);
  }

 private:
  const Person& person(int index) const { return a_.people[std::size_t(index)]; }
  const PersonMetrics& metrics(int index) const { return a_.metrics[std::size_t(index)]; }
  const Shown* shown(int index) const {
    const int s = slot_[std::size_t(index)];
    return s < 0 ? nullptr : &shown_[std::size_t(s)];
  }
  int index_of(const std::string& id) const {
    auto it = std::lower_bound(a_.people.begin(), a_.people.end(), id,
                               [](const Person& p, const std::string& key) { return p.id < key; });
    return it != a_.people.end() && it->id == id ? static_cast<int>(it - a_.people.begin()) : -1;
  }
  // Also for people the analysis left out (what-if), from the data.
  std::string name_of(const std::string& id) const {
    const int i = index_of(id);
    if (i >= 0) return person(i).display_name();
    const auto it = names_.find(id);
    return it == names_.end() ? id : it->second;
  }
  bool draws_ours() const {
    return o_.view != MapView::orgchart && o_.view != MapView::influence;
  }

  void mark_people() {
    std::map<std::string, const SinglePoint*> spofs;
    for (const auto& sp : a_.single_points.people) spofs[sp.person] = &sp;
    for (auto& s : shown_) {
      const Person& p = person(s.index);
      const auto& cov = metrics(s.index).coverage;
      s.gap = s.side == Side::customer && !p.placeholder() && is_key_person(p) &&
              !(cov && cov->covered());
      if (auto it = spofs.find(p.id); it != spofs.end()) {
        s.spof = true;
        for (const auto& id : it->second->cuts_off) s.cuts_off.push_back(name_of(id));
      }
    }
  }

  bool view_draws(const Line& l) const {
    const bool ours_a = shown(l.a)->side == Side::internal;
    const bool ours_b = shown(l.b)->side == Side::internal;
    switch (o_.view) {
      case MapView::influence:
        return l.type == RelationType::influences || l.type == RelationType::reports_to ||
               l.type == RelationType::conflicts;
      case MapView::coverage:
        return l.type != RelationType::conflicts && !(ours_a && ours_b);
      default:
        return true;
    }
  }

  // Which of a pair's relationships is drawn: the lowest number.
  int priority(const Line& l) const {
    if (o_.view == MapView::orgchart && l.type == RelationType::reports_to) return 0;
    switch (l.type) {
      case RelationType::conflicts:
        return 1;
      case RelationType::influences:
        return 2;
      case RelationType::works_with:
        return 3;
      case RelationType::knows:
        return 4;
      case RelationType::reports_to:
        return l.from_field ? 6 : 5;
    }
    return 7;
  }

  void collect_lines(const Dataset& data) {
    AccountGraph g(data, a_.account.id, a_.time);
    std::set<std::pair<std::string, std::string>> singles;
    for (const auto& r : a_.single_points.relationships) singles.insert({r.a, r.b});
    std::vector<Line> all;
    std::set<std::pair<int, int>> reporting;  // (report, manager) with a relationship
    for (const auto& t : g.ties()) {
      const int a = index_of(g.person(t.source).id), b = index_of(g.person(t.target).id);
      if (a < 0 || b < 0 || !shown(a) || !shown(b)) continue;
      Line l{.a = a,
             .b = b,
             .type = t.type,
             .strength = t.strength,
             .effective = t.effective,
             .last_contact = t.last_contact,
             .age_days = t.age_days,
             .stale = t.stale,
             .mode = t.mode};
      const auto& ia = person(a).id;
      const auto& ib = person(b).id;
      l.single = t.type != RelationType::conflicts &&
                 singles.count(ia < ib ? std::pair(ia, ib) : std::pair(ib, ia)) > 0;
      if (t.type == RelationType::reports_to) reporting.insert({a, b});
      if (view_draws(l)) all.push_back(l);
    }
    for (const auto& s : shown_) {
      const Person& p = person(s.index);
      if (p.reports_to.empty()) continue;
      const int m = index_of(p.reports_to);
      if (m < 0 || !shown(m) || reporting.count({s.index, m})) continue;
      Line l{.a = s.index, .b = m, .type = RelationType::reports_to, .from_field = true};
      if (view_draws(l)) all.push_back(l);
    }

    std::map<std::pair<int, int>, std::size_t> group_of;
    std::vector<std::vector<const Line*>> groups;
    for (const auto& l : all) {
      const auto key = std::minmax(l.a, l.b);
      auto [it, fresh] = group_of.emplace(key, groups.size());
      if (fresh) groups.emplace_back();
      groups[it->second].push_back(&l);
    }
    for (const auto& group : groups) {
      const Line* best = group.front();
      for (const Line* l : group)
        if (priority(*l) < priority(*best)) best = l;
      Line drawn = *best;
      for (const Line* l : group) {
        // As in the analysis: conflicts and org-chart fields carry no introduction.
        drawn.carries = drawn.carries || (l->type != RelationType::conflicts && !l->from_field);
        drawn.single = drawn.single || l->single;
        drawn.mutual = drawn.mutual || (best->type == RelationType::influences &&
                                        l->type == RelationType::influences && l->a == best->b);
        if (l != best) drawn.also.push_back(line_tooltip(*l));
      }
      lines_.push_back(std::move(drawn));
    }
  }

  // Hops from our team over the drawn relationships (conflicts carry nobody; nor does an
  // empty seat), for the left-to-right columns of the stakeholders and coverage views.
  void reach() {
    std::vector<int> frontier;
    for (std::size_t k = 0; k < shown_.size(); ++k)
      if (shown_[k].side == Side::internal) {
        shown_[k].distance = 0;
        frontier.push_back(shown_[k].index);
      }
    while (!frontier.empty()) {
      std::vector<int> next;
      for (int v : frontier) {
        if (person(v).placeholder()) continue;
        const int d = shown(v)->distance;
        for (const auto& l : lines_) {
          if (!l.carries || (l.a != v && l.b != v)) continue;
          const int w = l.a == v ? l.b : l.a;
          auto& sw = shown_[std::size_t(slot_[std::size_t(w)])];
          if (sw.distance != kFar) continue;
          sw.distance = d + 1;
          next.push_back(w);
        }
      }
      std::sort(next.begin(), next.end());
      frontier = std::move(next);
    }
  }

  // ---- the graph ----

  void graph_attributes() {
    Attrs g;
    g.str("layout", engine_).str("fontname", kFont).num("fontsize", 12, 0);
    g.str("bgcolor", "#ffffff").num("pad", 0.4, 1).str("outputorder", "edgesfirst");
    g.str("labelloc", "t").str("labeljust", "l");
    if (engine_ == "dot") {
      const bool top_down = o_.view == MapView::orgchart;
      g.str("rankdir", top_down ? "TB" : "LR");
      g.num("nodesep", big_ ? 0.15 : 0.3).num("ranksep", big_ ? 0.5 : 0.9);
      g.str("splines", "true").str("newrank", "true");
    } else {
      g.str("overlap", "prism").str("splines", big_ ? "false" : "true");
      // Overlap removal leaves this margin around people; lines are routed within a smaller
      // one (esep < sep), else Graphviz falls back to straight lines.
      g.str("sep", "+12").str("esep", "+7");
      if (engine_ == "twopi") {
        const int centre = index_of(o_.around);
        if (centre >= 0) g.str("root", node_name(centre));
        g.num("ranksep", 2.2, 1);
      }
      if (engine_ == "neato" || engine_ == "fdp") g.num("start", 1, 0);
    }
    g.html("label", title_html());
    out_ += "  graph [" + g.text() + "]\n";
    Attrs n;
    n.str("fontname", kFont).num("fontsize", big_ ? 10 : 11, 0).str("fontcolor", kInk);
    n.str("color", kInk).str("margin", "0.10,0.05");
    out_ += "  node [" + n.text() + "]\n";
    Attrs e;
    e.str("fontname", kFont).num("fontsize", 9, 0).num("arrowsize", 0.8, 1);
    out_ += "  edge [" + e.text() + "]\n";
  }

  std::string title_html() const {
    const std::string status(to_string(a_.verdict.status));
    std::string t =
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
        "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"22\"><B>" +
        xml_text(a_.account.name.empty() ? a_.account.id : a_.account.name) +
        "</B></FONT><FONT POINT-SIZE=\"16\">  " + xml_text(subject()) + "</FONT></TD></TR>";
    t += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"12\">as of " + a_.time.as_of.str() +
         "   ·   coverage score <B>" + pct(a_.summary.coverage_score) +
         "</B>   ·   status <FONT COLOR=\"" + status_colour(status) + "\"><B>" +
         xml_text(upper(status)) + "</B></FONT>   ·   relationship stage " +
         xml_text(std::string(to_string(a_.summary.stage))) + "   ·   " +
         std::to_string(shown_.size()) + " people shown</FONT></TD></TR>";
    std::string scope = scope_text();
    if (!scope.empty())
      t += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\">" + xml_text(scope) +
           "</FONT></TD></TR>";
    t += "<TR><TD ALIGN=\"LEFT\">" + legend_html(o_.view, ranked_) + "</TD></TR></TABLE>";
    return t;
  }

  static std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  }

  std::string subject() const {
    if (o_.view != MapView::ego) return "· " + view_title(o_.view);
    return "· around " + name_of(o_.around) + ", " + std::to_string(o_.depth) +
           (o_.depth == 1 ? " step" : " steps");
  }

  std::string scope_text() const {
    std::vector<std::string> parts;
    if (!a_.without.empty()) {
      std::string who;
      for (const auto& id : a_.without) who += (who.empty() ? "" : ", ") + name_of(id);
      parts.push_back("what if " + who + (a_.without.size() == 1 ? " leaves" : " leave"));
    }
    if (o_.min_power > 0) parts.push_back("power at least " + number(o_.min_power, 2));
    if (!o_.roles.empty()) {
      std::string roles;
      for (Role r : o_.roles) roles += (roles.empty() ? "" : ", ") + std::string(to_string(r));
      parts.push_back("roles " + roles);
    }
    if (!o_.department.empty()) parts.push_back("department " + o_.department);
    if (o_.min_power > 0 || !o_.roles.empty() || !o_.department.empty())
      parts.push_back("our team: those who know someone shown");
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "Showing " : "; ") + p;
    return out;
  }

  // ---- clusters ----

  static std::string cluster_open(const std::string& name, const std::string& label,
                                  const char* fill, const std::string& indent) {
    Attrs c;
    c.html("label", "<B>" + label + "</B>").num("fontsize", 13, 0).str("labeljust", "l");
    c.str("style", "rounded,filled").str("fillcolor", fill).str("color", kClusterBorder);
    c.num("penwidth", 1.2, 1);
    return indent + "subgraph " + name + " {\n" + indent + "  graph [" + c.text() + "]\n";
  }

  void stakeholder_clusters() {
    std::vector<const Shown*> ours, outside, no_department;
    std::map<std::string, std::vector<const Shown*>> departments;
    for (const auto& s : shown_) {
      if (s.side == Side::internal)
        ours.push_back(&s);
      else if (s.side == Side::outside)
        outside.push_back(&s);
      else if (person(s.index).department.empty())
        no_department.push_back(&s);
      else
        departments[person(s.index).department].push_back(&s);
    }
    if (!ours.empty()) {
      out_ += cluster_open("cluster_ours", "Our team", "#fbf8ef", "  ");
      for (const auto* s : ours) node(*s, "    ");
      out_ += "  }\n";
    }
    out_ += cluster_open("cluster_customer",
                         xml_text(a_.account.name.empty() ? a_.account.id : a_.account.name),
                         kClusterFill, "  ");
    int k = 0;
    for (const auto& [department, people] : departments) {
      out_ += cluster_open("cluster_department_" + std::to_string(k++), xml_text(department),
                           "#ffffff", "    ");
      for (const auto* s : people) node(*s, "      ");
      out_ += "    }\n";
    }
    for (const auto* s : no_department) node(*s, "    ");
    out_ += "  }\n";
    if (!outside.empty()) {
      out_ += cluster_open("cluster_outside", "Outside the account", "#fbf8ef", "  ");
      for (const auto* s : outside) node(*s, "    ");
      out_ += "  }\n";
    }
  }

  void outside_cluster() {
    std::vector<const Shown*> outside;
    for (const auto& s : shown_) {
      if (s.side == Side::outside)
        outside.push_back(&s);
      else
        node(s, "  ");
    }
    if (outside.empty()) return;
    out_ += cluster_open("cluster_outside", "Outside the account", "#fbf8ef", "  ");
    for (const auto* s : outside) node(*s, "    ");
    out_ += "  }\n";
  }

  // ---- people ----

  static std::string tag(const char* text, const char* background) {
    return std::string("<TD BGCOLOR=\"") + background +
           "\"><FONT COLOR=\"#ffffff\" POINT-SIZE=\"8\"><B>" + text + "</B></FONT></TD>";
  }

  std::string tags(const Shown& s) const {
    const Person& p = person(s.index);
    std::string cells;
    if (s.side != Side::internal && p.has_role(Role::decider))
      cells += tag("DECIDER", kKeyTagColour);
    if (s.side != Side::internal && p.has_role(Role::approver))
      cells += tag("APPROVER", kKeyTagColour);
    if (p.placeholder()) cells += tag("EMPTY SEAT", kSeatTagColour);
    if (s.gap) cells += tag("GAP", kGapColour);
    if (s.spof) cells += tag("SPOF", kSpofColour);
    if (cells.empty()) return "";
    return "<TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
           "CELLPADDING=\"1\"><TR>" +
           cells + "</TR></TABLE></TD></TR>";
  }

  static std::string small_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) {
      for (const auto& w : wrap_words(l, kWrap))
        out += (out.empty() ? "" : "<BR/>") + xml_text(w);
    }
    return out.empty() ? "" : "<TR><TD><FONT POINT-SIZE=\"9\">" + out + "</FONT></TD></TR>";
  }

  std::string known_by(const Shown& s) const {
    const auto& cov = metrics(s.index).coverage;
    if (!cov) return "";
    if (person(s.index).placeholder()) return "nobody we know fills this seat";
    if (cov->direct <= 0) return "no direct contact with our team";
    return (cov->covered() ? "known by " : "known weakly by ") + name_of(cov->direct_by) + " (" +
           number(cov->direct, 2) + ")";
  }

  std::string reached(const Shown& s) const {
    const auto& cov = metrics(s.index).coverage;
    if (!cov || person(s.index).placeholder() || cov->covered()) return "";
    if (cov->access <= 0) return "not reached by our team";
    const std::size_t between = cov->access_path.size() >= 2 ? cov->access_path.size() - 2 : 0;
    if (between == 0) return "";
    return "reached at " + number(cov->access, 2) + " through " + std::to_string(between) +
           (between == 1 ? " person" : " people");
  }

  std::vector<std::string> detail_lines(const Shown& s) const {
    const Person& p = person(s.index);
    std::vector<std::string> lines;
    if (!p.placeholder() && !p.title.empty()) lines.push_back(p.title);
    if (s.side == Side::outside) lines.push_back(p.org);
    if (s.side == Side::internal) {
      if (!p.department.empty() && p.title.empty()) lines.push_back(p.department);
    } else {
      std::string facts = roles_text(p, ", ");
      // A no-break space keeps "power 0.75" on one line when the label wraps.
      facts += (facts.empty() ? "" : " · ") + std::string("power\u00A0") + number(p.power, 2);
      if (p.attitude != Attitude::neutral) facts += " · " + std::string(to_string(p.attitude));
      lines.push_back(facts);
    }
    const auto& dw = metrics(s.index).decision;
    switch (o_.view) {
      case MapView::orgchart:
        if (s.side == Side::customer) lines.push_back(known_by(s));
        break;
      case MapView::influence:
        lines.push_back("decision weight " + number(dw.weight, 2));
        lines.push_back("formal " + number(dw.formal, 2) + " + influence " +
                        number(dw.informal, 2));
        break;
      case MapView::coverage:
        if (s.side == Side::customer) {
          lines.push_back(known_by(s));
          if (auto r = reached(s); !r.empty()) lines.push_back(r);
        }
        if (s.spof)
          lines.push_back("only way in to " + std::to_string(s.cuts_off.size()) +
                          (s.cuts_off.size() == 1 ? " person" : " people"));
        break;
      default:
        break;
    }
    return lines;
  }

  std::string label(const Shown& s) const {
    const Person& p = person(s.index);
    int name_size = big_ ? 10 : 12;
    if (o_.view == MapView::influence && max_weight_ > 0)
      name_size = static_cast<int>(
          std::lround(11 + 11 * metrics(s.index).decision.weight / max_weight_));
    std::string t =
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + tags(s);
    t += "<TR><TD><FONT POINT-SIZE=\"" + std::to_string(name_size) + "\"><B>";
    const auto name_lines = wrap_words(p.display_name(), kWrap);
    for (std::size_t k = 0; k < name_lines.size(); ++k)
      t += (k ? "<BR/>" : "") + xml_text(name_lines[k]);
    t += "</B></FONT></TD></TR>";
    if (!big_) t += small_lines(detail_lines(s));
    return t + "</TABLE>";
  }

  std::string tooltip(const Shown& s) const {
    const Person& p = person(s.index);
    const auto& m = metrics(s.index);
    std::string t = p.display_name() + " (" + p.id + ")";
    if (!p.title.empty() && !p.placeholder()) t += ", " + p.title;
    if (!p.department.empty()) t += ", " + p.department;
    if (s.side == Side::outside) t += ", " + p.org;
    if (s.side != Side::internal) {
      t += ". ";
      if (!p.roles.empty()) t += "Roles " + roles_text(p, ", ") + "; ";
      t += "power " + number(p.power, 2) + "; " + std::string(to_string(p.attitude)) +
           "; decision weight " + number(m.decision.weight, 2);
    }
    if (s.side == Side::customer) {
      std::string k = known_by(s), r = reached(s);
      if (!k.empty()) k[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(k[0])));
      t += ". " + k;
      if (!r.empty()) t += "; " + r;
    }
    if (s.gap) t += ". GAP: a key person nobody on our team knows well";
    if (s.spof) {
      std::string who;
      for (const auto& n : s.cuts_off) who += (who.empty() ? "" : ", ") + n;
      t += ". SPOF: without them we lose every path to " + who;
    }
    return t + ".";
  }

  void node(const Shown& s, const std::string& indent) {
    const Person& p = person(s.index);
    Attrs n;
    std::string shape = "box";
    std::string style = "rounded,filled";
    if (s.side == Side::internal) {
      shape = "ellipse";
      style = "filled";
    } else if (s.side == Side::outside) {
      shape = "hexagon";
      style = "filled";
    } else if (p.has_role(Role::decider)) {
      shape = "doubleoctagon";
      style = "filled";
    } else if (p.has_role(Role::approver)) {
      shape = "octagon";
      style = "filled";
    }
    std::string fill = kOurFill, font = kInk, border = kInk;
    double width = 1.0;
    if (p.placeholder()) {
      style += ",dashed";
      fill = kSeatFill;
      border = kSeatBorder;
      width = 2.0;
    } else if (s.side != Side::internal) {
      const auto c = attitude_colours(p.attitude);
      fill = c.fill;
      font = c.font;
      width = border_width(p.power);
    }
    if (s.gap) {
      border = kGapColour;
      width = std::max(width, 3.5);
    }
    // Thicker, the double octagon's two rings would merge into one band.
    if (shape == "doubleoctagon") width = std::min(width, 2.5);
    n.str("shape", shape).str("style", style).str("fillcolor", fill).str("fontcolor", font);
    n.str("color", border).num("penwidth", width, 2);
    n.html("label", label(s)).add("tooltip", tooltip_quoted(tooltip(s)));
    out_ += indent + node_name(s.index) + " [" + n.text() + "]\n";
  }

  // ---- relationships ----

  std::string line_tooltip(const Line& l) const {
    const std::string a = person(l.a).display_name(), b = person(l.b).display_name();
    std::string t;
    switch (l.type) {
      case RelationType::knows:
        t = a + " knows " + b;
        break;
      case RelationType::works_with:
        t = a + " works with " + b;
        break;
      case RelationType::influences:
        t = a + " influences " + b;
        break;
      case RelationType::reports_to:
        t = a + " reports to " + b;
        break;
      case RelationType::conflicts:
        t = a + " and " + b + " are in conflict";
        break;
    }
    if (l.from_field) {
      t += " (org chart)";
    } else {
      t += ": strength " + number(l.strength, 2);
      dated(l, t);
    }
    if (l.single) t += "; the only relationship that reaches someone";
    for (const auto& other : l.also) t += ". Also: " + other;
    return t;
  }

  static void dated(const Line& l, std::string& t) {
    if (l.last_contact) {
      if (l.effective != l.strength) t += ", " + number(l.effective, 2) + " now";
      t += "; last contact " + l.last_contact->str() + " (" + std::to_string(l.age_days) +
           " days ago" + (l.stale ? ", stale" : "") + ")";
    } else {
      t += "; undated";
    }
    if (l.mode) t += "; builds on " + std::string(to_string(*l.mode));
  }

  struct Ends {
    int tail, head;
    std::string dir;  // forward, back, both, none
    std::string arrowhead, arrowtail;
  };

  void edge(const Line& l) {
    Attrs e;
    Ends ends{l.a, l.b, "none", "none", "none"};
    std::string colour = kKnowsColour;
    double width = line_width(l.effective);
    bool constraint = true;
    const bool org = o_.view == MapView::orgchart;
    switch (l.type) {
      case RelationType::knows:
      case RelationType::works_with:
        break;
      case RelationType::influences:
        colour = kInfluenceColour;
        ends.dir = l.mutual ? "both" : "forward";
        ends.arrowhead = "normal";
        if (l.mutual) ends.arrowtail = "normal";
        break;
      case RelationType::reports_to:
        if (org) {
          // The chart's tree: manager above, a plain line down to the report.
          ends = {l.b, l.a, "none", "none", "none"};
          colour = kOrgLineColour;
          width = 1.4;
        } else {
          colour = kReportsColour;
          ends.dir = "forward";
          ends.arrowhead = "empty";
          if (l.from_field) width = 1.0;
        }
        break;
      case RelationType::conflicts:
        colour = kConflictColour;
        ends.dir = "both";
        ends.arrowhead = ends.arrowtail = "tee";
        width = std::max(width, 1.6);
        break;
    }
    if (l.single && o_.view == MapView::coverage) {
      colour = kSpofColour;
      width = std::max(width, 3.0);
    }
    if (ranked_) constraint = orient(l, ends);
    if (!constraint) e.str("constraint", "false");
    e.str("dir", ends.dir);
    if (ends.arrowhead != "none") e.str("arrowhead", ends.arrowhead);
    if (ends.arrowtail != "none") e.str("arrowtail", ends.arrowtail);
    e.str("color", colour).num("penwidth", width, 2);
    if (l.stale) e.str("style", "dashed");
    e.add("tooltip", tooltip_quoted(line_tooltip(l)));
    out_ += "  " + node_name(ends.tail) + " -> " + node_name(ends.head) + " [" + e.text() + "]\n";
  }

  // Whether a line ranks its ends (dot only), turning it round where the picture reads
  // the other way. Stakeholders and coverage: left to right by hops from our team;
  // influence: left to right along the influence; orgchart: the tree only.
  bool orient(const Line& l, Ends& ends) const {
    switch (o_.view) {
      case MapView::orgchart:
        return l.type == RelationType::reports_to;
      case MapView::influence:
        return l.type == RelationType::influences;
      case MapView::stakeholders:
      case MapView::coverage: {
        const int dt = shown(ends.tail)->distance, dh = shown(ends.head)->distance;
        if (dt == kFar || dh == kFar || dt == dh) return false;
        if (dt > dh) {
          std::swap(ends.tail, ends.head);
          std::swap(ends.arrowhead, ends.arrowtail);
          if (ends.dir == "forward")
            ends.dir = "back";
          else if (ends.dir == "back")
            ends.dir = "forward";
        }
        return true;
      }
      case MapView::ego:
        return false;
    }
    return false;
  }

  // People our team does not reach stand in a last column of their own: an invisible
  // line from one of ours pushes them there.
  void rank_anchors() {
    if (!ranked_ || (o_.view != MapView::stakeholders && o_.view != MapView::coverage)) return;
    const Shown* anchor = nullptr;
    int deepest = 0;
    for (const auto& s : shown_) {
      if (s.side == Side::internal && anchor == nullptr) anchor = &s;
      if (s.distance != kFar) deepest = std::max(deepest, s.distance);
    }
    if (anchor == nullptr) return;
    for (const auto& s : shown_) {
      if (s.distance != kFar) continue;
      out_ += "  " + node_name(anchor->index) + " -> " + node_name(s.index) +
              " [style=\"invis\" minlen=" + std::to_string(deepest + 1) + "]\n";
    }
  }

  const AccountAnalysis& a_;
  const MapOptions& o_;
  std::vector<int> slot_;  // analysis index -> position in shown_, or -1
  std::vector<Shown> shown_;
  std::vector<Line> lines_;
  std::string engine_;
  bool big_ = false, ranked_ = false, clusters_ = false;
  double max_weight_ = 0;
  std::map<std::string, std::string> names_;  // display names of everyone in the data
  std::string out_;
};

}  // namespace
}  // namespace map_detail

std::string map_dot(const Dataset& data, const AccountAnalysis& analysis,
                    const MapOptions& options) {
  return map_detail::Builder(data, analysis, options).dot();
}

std::string map_dot(const AccountAnalysis& analysis, const MapOptions& options) {
  Dataset people_only;
  people_only.accounts.push_back(analysis.account);
  people_only.people = analysis.people;
  return map_dot(people_only, analysis, options);
}

}  // namespace kamgraph
