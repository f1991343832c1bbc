// kamgraph snapshot (record every account's summary, dated) and kamgraph trend (how those
// summaries moved: a table and small text charts). kamgraph/plan/progress.hpp.
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "cli/time_options.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/plan/progress.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph::cli {
namespace {

using A = Table::Align;

std::string percent(double v) { return fixed(v * 100, 0) + "%"; }
std::string percent(const std::optional<double>& v) { return v ? percent(*v) : "-"; }

// --- snapshot -----------------------------------------------------------------------------

struct SnapshotArgs {
  std::vector<std::string> accounts;
  TimeArgs time;
};

Table snapshot_table() {
  return Table({"account", "date", "coverage", "threads", "gaps", "spofs", "stage", "status",
                "open", "done", "completion"},
               {A::left, A::left, A::right, A::right, A::right, A::right, A::left, A::left,
                A::right, A::right, A::right});
}

void add_snapshot_row(Table& t, const Snapshot& s, bool with_account) {
  t.add_row({with_account ? s.account : "", s.date.str(), percent(s.coverage_score),
             std::to_string(s.threads), std::to_string(s.gaps), std::to_string(s.single_points),
             s.stage, s.status, std::to_string(s.actions_open), std::to_string(s.actions_done),
             percent(completion(s))});
}

void run_snapshot(const Context& ctx, const SnapshotArgs& args) {
  AnalysisOptions options;
  options.time = args.time.resolve();
  auto store = ctx.open_existing_store();
  const SnapshotRun run = record_snapshots(*store, options, args.accounts);
  Table t = snapshot_table();
  for (const Snapshot& s : run.recorded) add_snapshot_row(t, s, true);
  if (!run.recorded.empty()) std::cout << t.str();
  std::string skipped;
  for (const auto& id : run.without_people) skipped += (skipped.empty() ? "" : ", ") + id;
  note(ctx, "recorded " + std::to_string(run.recorded.size()) + " snapshot(s) dated " +
                options.time.as_of.str() + " in " + ctx.db +
                (skipped.empty() ? "" : "; skipped (no people imported): " + skipped));
}

// --- trend --------------------------------------------------------------------------------

struct TrendArgs {
  std::string account;
  std::string format;
  std::string since;
};

nlohmann::ordered_json snapshot_json(const Snapshot& s) {
  const auto c = completion(s);
  return {{"account", s.account},
          {"date", s.date.str()},
          {"coverage_score", s.coverage_score},
          {"threads", s.threads},
          {"gaps", s.gaps},
          {"single_points", s.single_points},
          {"stage", s.stage},
          {"status", s.status},
          {"actions_open", s.actions_open},
          {"actions_done", s.actions_done},
          {"completion", c ? nlohmann::ordered_json(*c) : nlohmann::ordered_json(nullptr)}};
}

template <typename F>
std::vector<double> series(const std::vector<Snapshot>& snaps, F value) {
  std::vector<double> out;
  for (const Snapshot& s : snaps) out.push_back(value(s));
  return out;
}

std::string first_to_last(const std::vector<Snapshot>& s, const std::string& first,
                          const std::string& last) {
  return s.size() == 1 ? last : first + " -> " + last;
}

// One account over time: the table, the coverage as bars, every measure as a sparkline.
std::string account_trend(const std::vector<Snapshot>& snaps, bool markdown) {
  Table t({"date", "coverage", "threads", "gaps", "spofs", "stage", "status", "open", "done",
           "completion"},
          {A::left, A::right, A::right, A::right, A::right, A::left, A::left, A::right, A::right,
           A::right});
  for (const Snapshot& s : snaps) {
    t.add_row({s.date.str(), percent(s.coverage_score), std::to_string(s.threads),
               std::to_string(s.gaps), std::to_string(s.single_points), s.stage, s.status,
               std::to_string(s.actions_open), std::to_string(s.actions_done),
               percent(completion(s))});
  }
  std::string out = markdown ? t.markdown() : t.str();
  const std::string fence = markdown ? "```\n" : "";
  out += "\n" + fence + "coverage by date\n";
  for (const Snapshot& s : snaps)
    out +=
        s.date.str() + "  " + bar(s.coverage_score, 20) + "  " + percent(s.coverage_score) + "\n";
  const Snapshot& first = snaps.front();
  const Snapshot& last = snaps.back();
  std::vector<double> done;
  for (const Snapshot& s : snaps) done.push_back(completion(s).value_or(0));
  Table charts({"measure", "trend", "first -> last"}, {A::left, A::left, A::left});
  charts.add_row(
      {"coverage", sparkline(series(snaps, [](auto& s) { return s.coverage_score; }), 0, 1),
       first_to_last(snaps, percent(first.coverage_score), percent(last.coverage_score))});
  charts.add_row(
      {"threads", sparkline(series(snaps, [](auto& s) { return double(s.threads); })),
       first_to_last(snaps, std::to_string(first.threads), std::to_string(last.threads))});
  charts.add_row({"gaps", sparkline(series(snaps, [](auto& s) { return double(s.gaps); })),
                  first_to_last(snaps, std::to_string(first.gaps), std::to_string(last.gaps))});
  charts.add_row({"spofs",
                  sparkline(series(snaps, [](auto& s) { return double(s.single_points); })),
                  first_to_last(snaps, std::to_string(first.single_points),
                                std::to_string(last.single_points))});
  charts.add_row({"completion", sparkline(done, 0, 1),
                  first_to_last(snaps, percent(completion(first)), percent(completion(last)))});
  out += "\n" + charts.str() + fence;
  return out;
}

// Every account: one line each with its trend, then the portfolio by date.
std::string portfolio_trend(const std::vector<Snapshot>& all, bool markdown) {
  std::map<std::string, std::vector<Snapshot>> by_account;
  std::map<Date, std::vector<const Snapshot*>> by_date;
  for (const Snapshot& s : all) {
    by_account[s.account].push_back(s);
    by_date[s.date].push_back(&s);
  }
  Table t({"account", "snapshots", "coverage trend", "coverage", "gaps trend", "gaps", "spofs",
           "completion", "status"},
          {A::left, A::right, A::left, A::left, A::left, A::left, A::left, A::right, A::left});
  for (const auto& [id, snaps] : by_account) {
    const Snapshot& first = snaps.front();
    const Snapshot& last = snaps.back();
    t.add_row({id, std::to_string(snaps.size()),
               sparkline(series(snaps, [](auto& s) { return s.coverage_score; }), 0, 1),
               first_to_last(snaps, percent(first.coverage_score), percent(last.coverage_score)),
               sparkline(series(snaps, [](auto& s) { return double(s.gaps); })),
               first_to_last(snaps, std::to_string(first.gaps), std::to_string(last.gaps)),
               first_to_last(snaps, std::to_string(first.single_points),
                             std::to_string(last.single_points)),
               percent(completion(last)), last.status});
  }
  Table d({"date", "accounts", "mean coverage", "gaps", "spofs", "open", "done", "completion",
           "red/amber/green"},
          {A::left, A::right, A::right, A::right, A::right, A::right, A::right, A::right, A::left});
  for (const auto& [date, snaps] : by_date) {
    Snapshot sum;
    double coverage = 0;
    int colours[3] = {0, 0, 0};
    for (const Snapshot* s : snaps) {
      coverage += s->coverage_score;
      sum.gaps += s->gaps;
      sum.single_points += s->single_points;
      sum.actions_open += s->actions_open;
      sum.actions_done += s->actions_done;
      ++colours[s->status == "red" ? 0 : s->status == "amber" ? 1 : 2];
    }
    d.add_row({date.str(), std::to_string(snaps.size()), percent(coverage / double(snaps.size())),
               std::to_string(sum.gaps), std::to_string(sum.single_points),
               std::to_string(sum.actions_open), std::to_string(sum.actions_done),
               percent(completion(sum)),
               std::to_string(colours[0]) + "/" + std::to_string(colours[1]) + "/" +
                   std::to_string(colours[2])});
  }
  return (markdown ? t.markdown() : t.str()) + "\n" + (markdown ? d.markdown() : d.str());
}

void run_trend(const Context& ctx, const TrendArgs& args) {
  auto store = ctx.open_existing_store();
  if (!args.account.empty() && !store->account(args.account))
    (void)store->account_data(args.account);  // NotFoundError with a suggestion
  std::optional<Date> since;
  if (!args.since.empty()) {
    since = Date::parse(args.since);
    if (!since)
      throw Error(ExitCode::usage, "--since '" + args.since + "' is not a real date (YYYY-MM-DD)");
  }
  std::vector<Snapshot> snaps;
  for (Snapshot& s : store->snapshots(args.account))
    if (!since || s.date >= *since) snaps.push_back(std::move(s));
  if (args.format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Snapshot& s : snaps) list.push_back(snapshot_json(s));
    std::cout << nlohmann::ordered_json{{"account", args.account.empty()
                                                        ? nlohmann::ordered_json(nullptr)
                                                        : nlohmann::ordered_json(args.account)},
                                        {"snapshots", list}}
                     .dump(2)
              << '\n';
    return;
  }
  if (snaps.empty())
    throw Error(ExitCode::no_result,
                std::string("no snapshots") +
                    (args.account.empty() ? "" : " of '" + args.account + "'") +
                    (since ? " since " + since->str() : "") +
                    " yet: `kamgraph snapshot` records one for every account");
  const bool md = args.format == "md";
  std::cout << (args.account.empty() ? portfolio_trend(snaps, md) : account_trend(snaps, md));
}

}  // namespace

void setup_snapshot(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<SnapshotArgs>();
  auto* cmd = app.add_subcommand(
      "snapshot",
      "Record every account's summary (coverage, threads, gaps, single points of failure,\n"
      "stage, status, open and done actions) with today's date, for `kamgraph trend`. A\n"
      "second snapshot on the same day replaces the first.\n"
      "  kamgraph snapshot --as-of 2026-11-23\n"
      "  kamgraph snapshot asst_valpadana");
  cmd->add_option("ACCOUNT", args->accounts, "Only these accounts (default: every account)");
  add_time_options(*cmd, args->time);
  cmd->callback([&ctx, args] { run_snapshot(ctx, *args); });
}

void setup_trend(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<TrendArgs>();
  auto* cmd = app.add_subcommand(
      "trend",
      "Show how accounts moved between snapshots: coverage, threads, gaps, single points of\n"
      "failure and action completion, as a table and as small charts.\n"
      "  kamgraph trend                  # every account, one line each, and the portfolio\n"
      "  kamgraph trend asst_valpadana   # one account, snapshot by snapshot");
  cmd->add_option("ACCOUNT", args->account, "Only this account");
  add_format_option(*cmd, args->format, {"table", "md", "json"});
  cmd->add_option("--since", args->since, "Only snapshots on or after this date (YYYY-MM-DD)");
  cmd->callback([&ctx, args] { run_trend(ctx, *args); });
}

}  // namespace kamgraph::cli
