#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "cli/time_options.hpp"
#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/plan/plan.hpp"
#include "kamgraph/render/brief.hpp"

namespace kamgraph::cli {
namespace {

struct BriefArgs {
  std::string account;
  std::string output = "-";
  bool no_map = false;
  TimeArgs time;
};

void run_brief(const Context& ctx, const BriefArgs& opt) {
  auto store = ctx.open_existing_store();
  AnalysisOptions options;
  options.time = opt.time.resolve();
  // The plan as `kamgraph plan` would leave it today: the stored actions (a user's owners,
  // done and dropped kept) merged with what the analysis calls for now. Nothing is saved.
  const PlanRun plan =
      replan(*store, opt.account, options, PlanOptions{.as_of = options.time.as_of},
             /*dry_run=*/true);
  const AccountAnalysis& analysis = plan.analysis;
  const Dataset data = store->account_data(opt.account);
  const CoverageMatrix matrix = coverage_matrix(AccountGraph(data, opt.account, options.time));
  BriefOptions brief;
  brief.people = portfolio_load(*store, opt.account).team;
  if (!opt.no_map) brief.map_svg = stakeholder_map_svg(data, analysis);
  const std::string html = brief_html(analysis, matrix, plan.result.actions, brief);

  write_output(opt.output, html);
  if (opt.output == "-") return;
  note(ctx, "wrote the brief for " + opt.account + " to " + opt.output);
}

}  // namespace

void setup_brief(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<BriefArgs>();
  auto* cmd = app.add_subcommand(
      "brief",
      "One self-contained HTML page for a team briefing (opens offline, prints on A4\n"
      "landscape): status and its reasons, the stakeholder map, the coverage matrix, who\n"
      "decides, gaps, single points of failure, stale relationships and the next actions.\n"
      "  kamgraph brief hospital -o hospital.html --as-of 2026-11-23");
  cmd->add_option("ACCOUNT", opt->account, "Account id")->required();
  cmd->add_option("-o,--output", opt->output, "HTML file to write; '-' is stdout")
      ->capture_default_str();
  cmd->add_flag("--no-map", opt->no_map, "Leave the stakeholder map out (no Graphviz layout)");
  add_time_options(*cmd, opt->time);
  cmd->callback([&ctx, opt] { run_brief(ctx, *opt); });
}

}  // namespace kamgraph::cli
