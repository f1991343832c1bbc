#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "cli/time_options.hpp"
#include "kamgraph/analysis/paths.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/report/analysis_report.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph::cli {
namespace {

struct PathOptions {
  std::string from, to, to_person, to_account;
  std::string format;
  TimeArgs time;
};

int vertex(const AccountGraph& g, const std::string& id) {
  int v = g.index_of(id);
  if (v < 0) throw NotFoundError("unknown person '" + id + "'");
  return v;
}

void run_path(const Context& ctx, const PathOptions& opt) {
  const bool pair = !opt.from.empty() && !opt.to.empty();
  const int modes = int(pair) + int(!opt.to_person.empty()) + int(!opt.to_account.empty());
  if (modes != 1 || (!pair && (!opt.from.empty() || !opt.to.empty())))
    throw Error(ExitCode::usage, "give FROM TO, or --to PERSON, or --to-account ACCOUNT");
  auto store = ctx.open_existing_store();
  // Paths run over the whole database: a colleague on another account may hold the best
  // introduction.
  AccountGraph g(store->everything(), "", opt.time.resolve());
  std::optional<IntroductionPath> path;
  std::string what;
  if (pair) {
    path = strongest_path(g, vertex(g, opt.from), vertex(g, opt.to));
    what = "from " + opt.from + " to " + opt.to;
  } else if (!opt.to_person.empty()) {
    path = strongest_path_from_team(g, vertex(g, opt.to_person));
    what = "from our team to " + opt.to_person;
  } else {
    if (!store->account(opt.to_account))
      throw NotFoundError("unknown account '" + opt.to_account + "'");
    path = strongest_path_to_account(g, opt.to_account);
    what = "from our team to anyone at " + opt.to_account;
  }
  if (!path)
    throw Error(ExitCode::no_result,
                "no introduction path " + what +
                    ": nobody links them (conflicts and placeholders never carry a path)");

  if (opt.format == "json") {
    nlohmann::ordered_json hops = nlohmann::ordered_json::array();
    for (double h : path->hops) hops.push_back(rounded(h));
    std::cout << nlohmann::ordered_json{{"path", path->people},
                                        {"hops", hops},
                                        {"strength", rounded(path->strength)},
                                        {"tier", std::string(to_string(path_tier(path->strength)))}}
                     .dump(2)
              << '\n';
    return;
  }
  using A = Table::Align;
  Table t({"step", "person", "org", "title", "hop strength"},
          {A::right, A::left, A::left, A::left, A::right});
  for (std::size_t i = 0; i < path->people.size(); ++i) {
    const Person& p = g.person(g.index_of(path->people[i]));
    t.add_row({std::to_string(i), p.display_name() + " (" + p.id + ")", p.org, p.title,
               i == 0 ? "" : fixed(path->hops[i - 1])});
  }
  std::cout << "Strongest introduction path " << what << ":\n\n"
            << t.str() << "\nstrength " << fixed(path->strength) << " ("
            << to_string(path_tier(path->strength)) << "): the product of the hop strengths\n";
}

}  // namespace

void setup_path(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<PathOptions>();
  auto* cmd = app.add_subcommand(
      "path",
      "The strongest introduction path between two people, across every account in the\n"
      "database: strength is the product of the relationships' strengths after time decay;\n"
      "strong >= 0.5, moderate >= 0.2, weak below.\n"
      "  kamgraph path int_kam_rossi hosp_ceo\n"
      "  kamgraph path --to hosp_ceo            # from the best placed of our people\n"
      "  kamgraph path --to-account retailer    # who could introduce us to anyone there?");
  cmd->add_option("FROM", opt->from, "Person id to start from");
  cmd->add_option("TO", opt->to, "Person id to reach");
  cmd->add_option("--to", opt->to_person, "Reach this person from the best placed of our people");
  cmd->add_option("--to-account", opt->to_account, "Reach anyone in this account from our team");
  add_format_option(*cmd, opt->format, {"table", "json"});
  add_time_options(*cmd, opt->time);
  cmd->callback([&ctx, opt] { run_path(ctx, *opt); });
}

}  // namespace kamgraph::cli
