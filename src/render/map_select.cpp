// Which people a map shows: the view's people, the ego neighbourhood, the filters, and the
// size limit, all from the account's data alone so that the CLI can refuse a map that is
// too big before it analyses the account.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>

#include "kamgraph/model/error.hpp"
#include "kamgraph/model/text.hpp"
#include "kamgraph/render/map.hpp"
#include "render/map_impl.hpp"

namespace kamgraph {
namespace {

// 2345 -> "2,345"
std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string list_text(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

bool filters_active(const MapOptions& o) {
  return o.min_power > 0 || !o.roles.empty() || !o.department.empty();
}

std::string filters_text(const MapOptions& o) {
  std::vector<std::string> parts;
  if (o.min_power > 0) parts.push_back("--min-power " + map_detail::number(o.min_power, 2));
  if (!o.roles.empty()) {
    std::string roles;
    for (Role r : o.roles) roles += (roles.empty() ? "" : ",") + std::string(to_string(r));
    parts.push_back("--roles " + roles);
  }
  if (!o.department.empty()) parts.push_back("--department '" + o.department + "'");
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

void validate(const MapOptions& o) {
  if (o.view == MapView::ego && o.around.empty())
    throw Error(ExitCode::usage, "the ego view needs the person at its centre: --around ID");
  if (o.view != MapView::ego && !o.around.empty())
    throw Error(ExitCode::usage, "--around draws the ego view, not the " +
                                     std::string(to_string(o.view)) +
                                     " view: drop --view, or use --view ego");
  if (o.depth < 1 || o.depth > kMaxEgoDepth)
    throw Error(ExitCode::usage, "--depth must be between 1 and " + std::to_string(kMaxEgoDepth) +
                                     ", not " + std::to_string(o.depth));
  if (!(o.min_power >= 0 && o.min_power <= 1))
    throw Error(ExitCode::usage,
                "--min-power must be between 0 and 1, not " + map_detail::number(o.min_power, 2));
  (void)map_engine(o, 0);
}

}  // namespace

std::string_view to_string(MapView v) {
  switch (v) {
    case MapView::stakeholders:
      return "stakeholders";
    case MapView::orgchart:
      return "orgchart";
    case MapView::influence:
      return "influence";
    case MapView::coverage:
      return "coverage";
    case MapView::ego:
      return "ego";
  }
  return "stakeholders";
}

const std::vector<MapView>& all_map_views() {
  static const std::vector<MapView> views{MapView::stakeholders, MapView::orgchart,
                                          MapView::influence, MapView::coverage, MapView::ego};
  return views;
}

std::optional<MapView> parse_map_view(std::string_view word) {
  const std::string w = lower(word);
  for (MapView v : all_map_views())
    if (w == to_string(v)) return v;
  if (w == "org" || w == "org-chart" || w == "org_chart") return MapView::orgchart;
  return std::nullopt;
}

const std::vector<std::string>& map_engines() {
  static const std::vector<std::string> engines{"dot", "neato", "fdp", "sfdp", "twopi", "circo"};
  return engines;
}

std::string map_engine(const MapOptions& options, int people_shown) {
  if (!options.engine.empty()) {
    const auto& engines = map_engines();
    if (std::find(engines.begin(), engines.end(), options.engine) == engines.end())
      throw Error(ExitCode::usage, "unknown layout engine '" + options.engine + "': use one of " +
                                       list_text(engines));
    return options.engine;
  }
  if (options.view == MapView::ego) return "twopi";
  return people_shown > kBigMapPeople ? "sfdp" : "dot";
}

namespace map_detail {

Side side_of(const Person& p, const std::string& account_id) {
  if (p.internal()) return Side::internal;
  return p.org == account_id ? Side::customer : Side::outside;
}

std::string number(double v, int decimals) { return fixed(v, decimals); }

}  // namespace map_detail

std::vector<std::string> map_people(const Dataset& data, const std::string& account_id,
                                    const MapOptions& options) {
  using map_detail::side_of;
  validate(options);
  const bool ours_drawn = options.view != MapView::orgchart && options.view != MapView::influence;

  std::unordered_map<std::string, const Person*> by_id;
  for (const auto& p : data.people) by_id[p.id] = &p;

  // Neighbours over every relationship type and the reports_to field.
  std::unordered_map<std::string, std::vector<std::string>> next;
  auto link = [&](const std::string& a, const std::string& b) {
    if (!by_id.count(a) || !by_id.count(b)) return;
    next[a].push_back(b);
    next[b].push_back(a);
  };
  for (const auto& r : data.relationships) link(r.source, r.target);
  for (const auto& p : data.people)
    if (!p.reports_to.empty()) link(p.id, p.reports_to);

  std::set<std::string> candidates;
  if (options.view == MapView::ego) {
    if (!by_id.count(options.around))
      throw NotFoundError("--around '" + options.around + "': nobody with that id is in account '" +
                          account_id + "' or linked to it");
    std::map<std::string, int> hops{{options.around, 0}};
    std::deque<std::string> queue{options.around};
    while (!queue.empty()) {
      std::string at = queue.front();
      queue.pop_front();
      const int h = hops[at];
      if (h == options.depth) continue;
      for (const auto& n : next[at])
        if (hops.emplace(n, h + 1).second) queue.push_back(n);
    }
    for (const auto& [id, h] : hops) candidates.insert(id);
  } else {
    for (const auto& p : data.people)
      if (ours_drawn || side_of(p, account_id) != Side::internal) candidates.insert(p.id);
  }

  const std::string department = lower(options.department);
  auto passes = [&](const Person& p) {
    if (p.id == options.around) return true;
    if (p.power < options.min_power) return false;
    if (!options.roles.empty() && std::none_of(options.roles.begin(), options.roles.end(),
                                               [&](Role r) { return p.has_role(r); }))
      return false;
    return department.empty() || lower(p.department) == department;
  };

  std::set<std::string> shown;
  for (const auto& id : candidates) {
    const Person& p = *by_id.at(id);
    if (side_of(p, account_id) != Side::internal && passes(p)) shown.insert(id);
  }
  if (shown.empty()) {
    std::string message = "no one in account '" + account_id + "' matches " +
                          filters_text(options) + ": loosen the filters";
    if (!options.department.empty()) {
      std::set<std::string> departments;
      for (const auto& p : data.people)
        if (side_of(p, account_id) != Side::internal && !p.department.empty())
          departments.insert(p.department);
      if (!departments.empty())
        message += " (its departments: " +
                   list_text(std::vector<std::string>(departments.begin(), departments.end())) +
                   ")";
    }
    throw Error(ExitCode::no_result, message);
  }
  // Our team: all of it, or (filtered) those with a relationship to someone shown.
  const bool filtered = filters_active(options);
  for (const auto& id : candidates) {
    if (side_of(*by_id.at(id), account_id) != Side::internal) continue;
    bool keep = !filtered || id == options.around;
    for (const auto& n : next[id]) {
      if (keep) break;
      keep = shown.count(n) && side_of(*by_id.at(n), account_id) != Side::internal;
    }
    if (keep) shown.insert(id);
  }

  if (shown.size() > static_cast<std::size_t>(kMaxMapPeople))
    throw Error(ExitCode::usage,
                "the " + std::string(to_string(options.view)) + " map of account '" + account_id +
                    "' would show " + thousands(shown.size()) + " people, more than the " +
                    thousands(kMaxMapPeople) +
                    " a map can show legibly: narrow it with --min-power, --roles or "
                    "--department, or draw one person's neighbourhood with --around ID --depth N");
  return {shown.begin(), shown.end()};
}

}  // namespace kamgraph
