#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "kamgraph/export/export.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph::cli {
namespace {

struct ExportOptions {
  std::string account;
  std::string format;
  std::string output = "-";
};

void run_export(const Context& ctx, const ExportOptions& opt) {
  auto store = ctx.open_existing_store();
  Dataset data = opt.account.empty() ? store->everything() : store->account_data(opt.account);
  namespace fs = std::filesystem;

  if (opt.format == "csv") {
    if (opt.output == "-")
      throw Error(ExitCode::usage, "CSV export writes three files: give a directory with -o DIR");
    write_csv_directory(data, opt.output);
    note(ctx, "wrote accounts.csv, people.csv, relationships.csv to " + opt.output);
  } else if (opt.format == "json") {
    write_output(opt.output, json_text(data));
  } else if (opt.format == "graphml") {  // one graph, the account's or the whole portfolio
    write_output(opt.output, graphml_text(data));
  } else if (!opt.account.empty()) {  // dot, one account
    write_output(opt.output, dot_text(data, opt.account));
  } else {  // dot, every account: one file each into a directory
    if (opt.output == "-" || (fs::exists(opt.output) && !fs::is_directory(opt.output)))
      throw Error(ExitCode::usage,
                  "DOT holds one account per file: name an ACCOUNT, or give a directory with "
                  "-o DIR to get one file per account");
    fs::create_directories(opt.output);
    for (const auto& a : store->accounts()) {
      Dataset one = store->account_data(a.id);
      write_output((fs::path(opt.output) / (a.id + ".dot")).string(), dot_text(one, a.id));
    }
    note(ctx, "wrote one .dot file per account to " + opt.output);
  }
}

}  // namespace

void setup_export(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand(
      "export",
      "Write what was imported back out. CSV, DOT and GraphML re-import to the same database.\n"
      "GraphML (for yEd and Gephi) is one graph of people and accounts with every field as\n"
      "an attribute.\n"
      "Without ACCOUNT: the whole portfolio (DOT: one file per account into -o DIR).");
  cmd->add_option("ACCOUNT", opt->account, "Account id (default: everything)");
  add_format_option(*cmd, opt->format, {"csv", "dot", "json", "graphml"});
  cmd->add_option("-o,--output", opt->output, "Directory (csv) or file; '-' is stdout")
      ->capture_default_str();
  cmd->callback([&ctx, opt] { run_export(ctx, *opt); });
}

}  // namespace kamgraph::cli
