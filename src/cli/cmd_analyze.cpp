#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "cli/time_options.hpp"
#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/report/analysis_report.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph::cli {
namespace {

struct AnalyzeOptions {
  std::string account;
  bool all = false;
  std::string format;
  std::vector<std::string> without;
  TimeArgs time;
};

TextStyle style_of(const std::string& format) {
  return format == "md" ? TextStyle::markdown : TextStyle::plain;
}

void run_one(const Store& store, const AnalyzeOptions& opt, const AnalysisOptions& options) {
  Dataset data = store.account_data(opt.account);
  if (!options.without.empty()) {
    WhatIf w = what_if(data, opt.account, options);
    std::cout << (opt.format == "json" ? what_if_json(w) : what_if_text(w, style_of(opt.format)));
    return;
  }
  AccountAnalysis a = analyze_account(data, opt.account, options);
  std::cout << (opt.format == "json" ? analysis_json(a) : analysis_text(a, style_of(opt.format)));
}

// Every account, one row each: the portfolio at a glance.
void run_all(const Context& ctx, const Store& store, const AnalyzeOptions& opt,
             const AnalysisOptions& options) {
  const auto accounts = store.accounts();
  using A = Table::Align;
  Table t({"account", "name", "status", "coverage", "stage", "threads", "gaps", "spofs", "top gap"},
          {A::left, A::left, A::left, A::right, A::left, A::right, A::right, A::right, A::left});
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  std::size_t done = 0;
  for (const auto& acc : accounts) {
    if (++done % 100 == 0)
      note(ctx, "analysed " + std::to_string(done) + " of " + std::to_string(accounts.size()) +
                    " accounts");
    Dataset data = store.account_data(acc.id);
    bool has_people = false;
    for (const auto& p : data.people) has_people = has_people || p.org == acc.id;
    if (!has_people) {
      t.add_row({acc.id, acc.name, "-", "-", "-", "-", "-", "-", "no people imported"});
      continue;
    }
    AccountAnalysis a = analyze_account(data, acc.id, options);
    if (opt.format == "json") {
      all.push_back(nlohmann::ordered_json::parse(analysis_json(a)));
      continue;
    }
    t.add_row({acc.id, acc.name, std::string(to_string(a.verdict.status)),
               fixed(a.summary.coverage_score * 100, 0) + "%",
               std::string(to_string(a.summary.stage)), std::to_string(a.summary.threads.size()),
               std::to_string(a.gaps.size()), std::to_string(a.single_points.people.size()),
               a.gaps.empty()
                   ? "-"
                   : a.gaps.front().type +
                         (a.gaps.front().person.empty() ? "" : " " + a.gaps.front().person)});
  }
  if (opt.format == "json")
    std::cout
        << nlohmann::ordered_json{{"as_of", options.time.as_of.str()}, {"accounts", all}}.dump(2)
        << '\n';
  else
    std::cout << (opt.format == "md" ? t.markdown() : t.str());
}

void run_analyze(const Context& ctx, const AnalyzeOptions& opt) {
  if (opt.all == !opt.account.empty())
    throw Error(ExitCode::usage, "name one ACCOUNT, or --all for every account");
  if (opt.all && !opt.without.empty())
    throw Error(ExitCode::usage, "--without works on one account: name the ACCOUNT");
  auto store = ctx.open_existing_store();
  AnalysisOptions options;
  options.time = opt.time.resolve();
  options.without = opt.without;
  if (opt.all)
    run_all(ctx, *store, opt, options);
  else
    run_one(*store, opt, options);
}

}  // namespace

void setup_analyze(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<AnalyzeOptions>();
  auto* cmd = app.add_subcommand(
      "analyze",
      "Analyse an account's relationships: who really decides, which key people nobody on our\n"
      "team knows well (gaps), which single person or relationship the account hangs on, and\n"
      "a red / amber / green status with its reasons.\n"
      "  kamgraph analyze hospital --as-of 2026-11-01\n"
      "  kamgraph analyze hospital --without int_kam_rossi   # what if our KAM resigns?\n"
      "  kamgraph analyze --all                             # one line per account");
  cmd->add_option("ACCOUNT", opt->account, "Account id");
  cmd->add_flag("--all", opt->all, "Every account, one row each");
  add_format_option(*cmd, opt->format, {"table", "json", "md"});
  cmd->add_option("--without", opt->without,
                  "What-if: analyse as if these people had left, and show what changes");
  add_time_options(*cmd, opt->time);
  cmd->callback([&ctx, opt] { run_analyze(ctx, *opt); });
}

}  // namespace kamgraph::cli
