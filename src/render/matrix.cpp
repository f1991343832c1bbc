#include "kamgraph/render/matrix.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "kamgraph/analysis/coverage.hpp"
#include "kamgraph/render/html.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph {
namespace {

std::string roles_list(const Person& p, const char* separator) {
  std::string out;
  for (Role r : p.roles) out += (out.empty() ? "" : separator) + std::string(to_string(r));
  return out;
}

std::string cell_text(const MatrixCell& c) {
  if (c.empty()) return "-";
  std::string out = c.tie() ? fixed(c.strength) : "";
  if (c.stale) out += "*";
  if (c.undated()) out += "?";
  if (c.conflict) out += "x";
  return out;
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos &&
      (s.empty() || (s.front() != ' ' && s.back() != ' ')))
    return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string csv_row(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_cell(cells[i]);
  return out + '\n';
}

std::string legend_sentence(const CoverageMatrix& m) {
  return "Cells: the effective strength of the strongest direct relationship (halved every " +
         fixed(m.time.half_life_days, 0) + " days without contact); known well from " +
         fixed(kCoveredStrength) + ". * stale (no contact for more than " +
         std::to_string(m.time.stale_after_days) +
         " days), ? undated, x conflict, - none. A person with several roles is listed under "
         "the first.";
}

}  // namespace

bool MatrixRow::covered() const { return best >= kCoveredStrength; }

std::string MatrixGroup::label() const {
  switch (kind) {
    case MatrixGroupKind::role:
      return std::string(to_string(role));
    case MatrixGroupKind::no_role:
      return "no role";
    case MatrixGroupKind::outside:
      return "outside influencer";
  }
  return {};
}

int heat_class(double strength) {
  if (strength <= 0) return 0;
  if (strength < 0.25) return 1;
  if (strength < kCoveredStrength) return 2;
  if (strength < 0.75) return 3;
  return 4;
}

CoverageMatrix coverage_matrix(const AccountGraph& g) {
  CoverageMatrix m;
  m.account = g.account();
  m.time = g.time();
  const std::vector<int> ours = g.internal_people();  // ascending vertex = ascending id
  std::vector<int> column(static_cast<std::size_t>(g.size()), -1);
  for (std::size_t c = 0; c < ours.size(); ++c) {
    column[static_cast<std::size_t>(ours[c])] = static_cast<int>(c);
    m.team.push_back(g.person(ours[c]));
  }

  // Rows: every customer and outside person, cells filled from the ties below.
  std::vector<std::vector<MatrixCell>> cells(static_cast<std::size_t>(g.size()));
  for (int v = 0; v < g.size(); ++v)
    if (g.side(v) != Side::internal) cells[static_cast<std::size_t>(v)].resize(ours.size());
  for (const Tie& t : g.ties()) {
    int ourside = -1, theirs = -1;
    if (g.side(t.source) == Side::internal && g.side(t.target) != Side::internal) {
      ourside = t.source;
      theirs = t.target;
    } else if (g.side(t.target) == Side::internal && g.side(t.source) != Side::internal) {
      ourside = t.target;
      theirs = t.source;
    } else {
      continue;
    }
    if (g.person(theirs).placeholder() || g.person(ourside).placeholder()) continue;
    MatrixCell& cell = cells[static_cast<std::size_t>(theirs)]
                            [static_cast<std::size_t>(column[static_cast<std::size_t>(ourside)])];
    if (t.type == RelationType::conflicts) {
      cell.conflict = true;
    } else if (t.effective > cell.strength) {
      cell.strength = t.effective;
      cell.recorded = t.strength;
      cell.last_contact = t.last_contact;
      cell.stale = t.stale;
    }
  }

  // Groups in display order: the roles, then no role, then outside influencers.
  std::map<int, MatrixGroup> groups;  // key: role index, then no_role, then outside
  const int no_role_key = static_cast<int>(all_roles().size());
  const int outside_key = no_role_key + 1;
  m.known_well.assign(ours.size(), 0);
  for (int v = 0; v < g.size(); ++v) {
    const Side side = g.side(v);
    if (side == Side::internal) continue;
    const Person& p = g.person(v);
    MatrixRow row{.person = p, .cells = std::move(cells[static_cast<std::size_t>(v)])};
    for (const auto& c : row.cells) row.best = std::max(row.best, c.strength);
    int key = side == Side::outside ? outside_key
              : p.roles.empty()     ? no_role_key
                                    : static_cast<int>(p.roles.front());
    MatrixGroup& group = groups[key];
    if (key == outside_key)
      group.kind = MatrixGroupKind::outside;
    else if (key == no_role_key)
      group.kind = MatrixGroupKind::no_role;
    else
      group.role = p.roles.front();
    if (side == Side::customer) {
      ++m.customer_people;
      if (row.covered()) ++m.covered_people;
      for (std::size_t c = 0; c < row.cells.size(); ++c)
        if (row.cells[c].strength >= kCoveredStrength) ++m.known_well[c];
    }
    group.rows.push_back(std::move(row));
  }
  for (auto& [key, group] : groups) {
    std::sort(group.rows.begin(), group.rows.end(), [](const MatrixRow& a, const MatrixRow& b) {
      if (a.person.power != b.person.power) return a.person.power > b.person.power;
      return a.person.id < b.person.id;
    });
    m.groups.push_back(std::move(group));
  }
  return m;
}

std::string matrix_text(const CoverageMatrix& m, TextStyle style) {
  const bool md = style == TextStyle::markdown;
  using A = Table::Align;
  std::string out;
  const std::string title = "Coverage matrix: " + m.account.name + " (" + m.account.id + ")";
  out +=
      md ? "# " + title + "\n\n" : title + "\n" + std::string(display_width(title), '=') + "\n\n";
  out += "As of " + m.time.as_of.str() + ": " + std::to_string(m.covered_people) + " of " +
         std::to_string(m.customer_people) +
         " customer people known well by someone on our team.\n\n";

  // The terminal table numbers our people and gives the key first; Markdown names them.
  if (!md && !m.team.empty()) {
    Table key({"#", "our team", "title", "department", "knows well"},
              {A::right, A::left, A::left, A::left, A::right});
    for (std::size_t c = 0; c < m.team.size(); ++c)
      key.add_row({std::to_string(c + 1), m.team[c].display_name(), m.team[c].title,
                   m.team[c].department, std::to_string(m.known_well[c])});
    out += key.str() + "\n";
  }
  std::vector<std::string> headers = {"group", "person", "roles", "power", "best"};
  std::vector<A> align = {A::left, A::left, A::left, A::right, A::right};
  for (std::size_t c = 0; c < m.team.size(); ++c) {
    headers.push_back(md ? m.team[c].display_name() : std::to_string(c + 1));
    align.push_back(A::right);
  }
  Table t(headers, align);
  auto marked = [md](std::string s) {
    if (!md) return s;
    std::string escaped;
    for (char c : s) escaped += c == '*' ? std::string("\\*") : std::string(1, c);
    return escaped;
  };
  for (const auto& group : m.groups) {
    bool first = true;
    for (const auto& row : group.rows) {
      std::vector<std::string> cells = {first ? group.label() : "", row.person.display_name(),
                                        roles_list(row.person, ", "), fixed(row.person.power),
                                        row.best > 0 ? fixed(row.best) : "-"};
      for (const auto& c : row.cells) cells.push_back(marked(cell_text(c)));
      t.add_row(std::move(cells));
      first = false;
    }
  }
  std::vector<std::string> totals = {"", "known well", "", "", std::to_string(m.covered_people)};
  for (int k : m.known_well) totals.push_back(std::to_string(k));
  t.add_row(std::move(totals));
  out += md ? t.markdown() : t.str();
  out += "\n" + (md ? marked(legend_sentence(m)) : legend_sentence(m)) + "\n";
  return out;
}

std::string matrix_csv(const CoverageMatrix& m) {
  std::vector<std::string> header = {"group", "id",    "name",     "title",
                                     "roles", "power", "attitude", "best"};
  for (const auto& p : m.team) header.push_back(p.id);
  std::string out = csv_row(header);
  for (const auto& group : m.groups)
    for (const auto& row : group.rows) {
      const Person& p = row.person;
      std::vector<std::string> cells = {group.label(),
                                        p.id,
                                        p.name,
                                        p.title,
                                        roles_list(p, ";"),
                                        fixed(p.power),
                                        std::string(to_string(p.attitude)),
                                        fixed(row.best)};
      for (const auto& c : row.cells) cells.push_back(c.tie() ? fixed(c.strength) : "");
      out += csv_row(cells);
    }
  return out;
}

std::string matrix_json(const CoverageMatrix& m) {
  using J = nlohmann::ordered_json;
  J team = J::array();
  for (std::size_t c = 0; c < m.team.size(); ++c) {
    const Person& p = m.team[c];
    team.push_back({{"id", p.id},
                    {"name", p.name},
                    {"title", p.title},
                    {"department", p.department},
                    {"known_well", m.known_well[c]}});
  }
  J groups = J::array();
  for (const auto& group : m.groups) {
    J people = J::array();
    for (const auto& row : group.rows) {
      const Person& p = row.person;
      J roles = J::array();
      for (Role r : p.roles) roles.push_back(std::string(to_string(r)));
      J cells = J::object();
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        const MatrixCell& cell = row.cells[c];
        if (cell.empty()) continue;
        cells[m.team[c].id] = {
            {"strength", rounded(cell.strength)},
            {"recorded", rounded(cell.recorded)},
            {"last_contact", cell.last_contact ? J(cell.last_contact->str()) : J(nullptr)},
            {"stale", cell.stale},
            {"conflict", cell.conflict}};
      }
      people.push_back({{"id", p.id},
                        {"name", p.name},
                        {"title", p.title},
                        {"roles", roles},
                        {"power", rounded(p.power)},
                        {"attitude", std::string(to_string(p.attitude))},
                        {"placeholder", p.placeholder()},
                        {"best", rounded(row.best)},
                        {"covered", row.covered()},
                        {"cells", cells}});
    }
    groups.push_back({{"group", group.label()}, {"people", people}});
  }
  J doc = {{"account", {{"id", m.account.id}, {"name", m.account.name}}},
           {"as_of", m.time.as_of.str()},
           {"covered_strength", kCoveredStrength},
           {"customer_people", m.customer_people},
           {"covered_people", m.covered_people},
           {"team", team},
           {"groups", groups}};
  return doc.dump(2) + "\n";
}

std::string matrix_html(const CoverageMatrix& m) {
  const std::size_t columns = m.team.size() + 2;
  std::string out =
      "<table class=\"matrix\">\n<thead><tr><th scope=\"col\" class=\"corner\">"
      "Their people \\ our team</th><th scope=\"col\" class=\"best\">Best</th>";
  for (const auto& p : m.team)
    out += "<th scope=\"col\" class=\"ours\"><span class=\"who\">" + html_escape(p.display_name()) +
           "</span><span class=\"sub\">" +
           html_escape(p.department.empty() ? p.title : p.department) + "</span></th>";
  out += "</tr></thead>\n";
  for (const auto& group : m.groups) {
    out += "<tbody><tr class=\"group\"><th colspan=\"" + std::to_string(columns) + "\">" +
           html_escape(capitalised(group.label())) + "</th></tr>\n";
    for (const auto& row : group.rows) {
      const Person& p = row.person;
      std::string sub = p.placeholder() ? "" : p.title;  // a placeholder's name is its title
      if (p.roles.size() > 1) sub += (sub.empty() ? "" : " · ") + roles_list(p, ", ");
      out +=
          "<tr><th scope=\"row\"><span class=\"who\">" + html_escape(p.display_name()) + "</span>";
      if (p.placeholder())
        out += " <span class=\"tag vacant\">unfilled seat</span>";
      else
        out += " <span class=\"att att-" + std::string(to_string(p.attitude)) + "\">" +
               std::string(to_string(p.attitude)) + "</span>";
      out += "<span class=\"sub\">" + html_escape(sub) + (sub.empty() ? "" : " · ") + "power " +
             fixed(p.power) + "</span></th>";
      out += "<td class=\"best h" + std::to_string(heat_class(row.best)) + "\">" +
             (row.best > 0 ? fixed(row.best) : "–") + "</td>";
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        const MatrixCell& cell = row.cells[c];
        std::string cls = "h" + std::to_string(heat_class(cell.strength));
        if (cell.stale) cls += " stale";
        if (cell.conflict) cls += " conflict";
        out += "<td class=\"" + cls + "\"";
        if (!cell.empty()) {
          std::string tip = m.team[c].display_name() + " – " + p.display_name() + ": ";
          if (cell.tie()) {
            tip += fixed(cell.strength) + " (recorded " + fixed(cell.recorded) + ", " +
                   (cell.last_contact ? "last contact " + cell.last_contact->str() : "undated") +
                   (cell.stale ? ", stale" : "") + ")";
          }
          if (cell.conflict) tip += cell.tie() ? "; in conflict" : "in conflict";
          out += " title=\"" + html_escape(tip) + "\">";
          if (cell.tie()) out += fixed(cell.strength);
          if (cell.stale) out += "<span class=\"mk\">*</span>";
          if (cell.undated()) out += "<span class=\"mk\">?</span>";
          if (cell.conflict) out += "<span class=\"mk x\">✕</span>";
        } else {
          out += ">";
        }
        out += "</td>";
      }
      out += "</tr>\n";
    }
    out += "</tbody>\n";
  }
  // The totals are a last body, not a <tfoot>, so that a printed matrix does not repeat them
  // under every page's part of the table.
  out +=
      "<tbody class=\"totals\"><tr><th scope=\"row\">Customer people known well</th><td "
      "class=\"best\">" +
      std::to_string(m.covered_people) + "/" + std::to_string(m.customer_people) + "</td>";
  for (int k : m.known_well)
    out += "<td" + std::string(k == 0 ? " class=\"zero\"" : "") + ">" + std::to_string(k) + "</td>";
  out += "</tr></tbody>\n</table>\n";
  return out;
}

}  // namespace kamgraph
