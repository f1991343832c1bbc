#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "cli/time_options.hpp"
#include "kamgraph/render/matrix.hpp"

namespace kamgraph::cli {
namespace {

struct MatrixOptions {
  std::string account;
  std::string format;
  TimeArgs time;
};

void run_matrix(const Context& ctx, const MatrixOptions& opt) {
  auto store = ctx.open_existing_store();
  const Dataset data = store->account_data(opt.account);
  const CoverageMatrix m = coverage_matrix(AccountGraph(data, opt.account, opt.time.resolve()));
  if (opt.format == "csv")
    std::cout << matrix_csv(m);
  else if (opt.format == "json")
    std::cout << matrix_json(m);
  else
    std::cout << matrix_text(m, opt.format == "md" ? TextStyle::markdown : TextStyle::plain);
}

}  // namespace

void setup_matrix(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<MatrixOptions>();
  auto* cmd = app.add_subcommand(
      "matrix",
      "The coverage matrix: the customer's people as rows, grouped by role, our team as\n"
      "columns, each cell the effective strength of their relationship (the grid KAM teams\n"
      "keep in a spreadsheet). A person with several roles is listed under the first.\n"
      "  kamgraph matrix hospital --as-of 2026-11-23\n"
      "  kamgraph matrix hospital -f csv > coverage.csv");
  cmd->add_option("ACCOUNT", opt->account, "Account id")->required();
  add_format_option(*cmd, opt->format, {"table", "csv", "json", "md"});
  add_time_options(*cmd, opt->time);
  cmd->callback([&ctx, opt] { run_matrix(ctx, *opt); });
}

}  // namespace kamgraph::cli
