// kamgraph plan: the analysis turned into owned, dated relationship actions, kept in the
// store (kamgraph/plan/plan.hpp; the README, "The relationship plan").
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "cli/time_options.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/plan/plan.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph::cli {
namespace {

struct PlanArgs {
  std::string account;
  bool all = false;
  std::string format;
  TimeArgs time;
  int max_open_per_owner = kDefaultMaxOpenPerOwner;
  bool dry_run = false;
};

std::string counts(const MergeResult& r) {
  int n[5] = {0, 0, 0, 0, 0};
  for (const auto& [id, c] : r.what) ++n[static_cast<int>(c)];
  return std::to_string(n[int(Change::added)]) + " added, " +
         std::to_string(n[int(Change::updated)]) + " updated, " +
         std::to_string(n[int(Change::closed)]) + " closed, " +
         std::to_string(n[int(Change::reopened)]) + " reopened, " +
         std::to_string(n[int(Change::unchanged)]) + " unchanged";
}

// The terminal view: every action in a table, then what to do, in sentences.
std::string plan_table(const Account& account, const std::vector<Action>& actions,
                       const PlanPeople& people, const Date& as_of) {
  const std::vector<Action> ordered = display_order(actions);
  int open = 0, late = 0, done = 0, dropped = 0;
  using A = Table::Align;
  Table t({"id", "status", "priority", "due", "owner", "with", "via", "mode"},
          {A::left, A::left, A::right, A::left, A::left, A::left, A::left, A::left});
  for (const Action& a : ordered) {
    open += a.status == ActionStatus::open;
    done += a.status == ActionStatus::done;
    dropped += a.status == ActionStatus::dropped;
    late += overdue(a, as_of);
    t.add_row({a.id, std::string(to_string(a.status)) + (overdue(a, as_of) ? " (overdue)" : ""),
               fixed(a.priority), a.due.str(), a.owner.empty() ? "-" : people.name(a.owner),
               a.target.empty() ? "(account)" : people.name(a.target),
               a.via.empty() ? "-" : people.name(a.via),
               a.mode ? std::string(to_string(*a.mode)) : "-"});
  }
  std::string out = "Relationship plan: " + account.name + " (" + account.id + "), as of " +
                    as_of.str() + "\n" + std::to_string(open) + " open (" + std::to_string(late) +
                    " overdue), " + std::to_string(done) + " done, " + std::to_string(dropped) +
                    " dropped\n\n";
  if (ordered.empty()) return out + "No actions: the analysis finds no gap to work on.\n";
  out += t.str();
  if (open > 0) out += "\nNext actions:\n";
  int n = 0;
  for (const Action& a : ordered)
    if (a.status == ActionStatus::open)
      out += std::to_string(++n) + ". " + action_sentence(a, people) + "\n";
  return out;
}

void run_plan(const Context& ctx, const PlanArgs& args) {
  if (args.all == !args.account.empty())
    throw Error(ExitCode::usage, "name one ACCOUNT, or --all for every account");
  AnalysisOptions analysis;
  analysis.time = args.time.resolve();
  const PlanOptions options{.as_of = analysis.time.as_of,
                            .max_open_per_owner = args.max_open_per_owner};
  auto store = ctx.open_existing_store();

  std::vector<std::string> ids;
  if (args.all) {
    for (const Account& a : store->accounts()) ids.push_back(a.id);
  } else {
    ids.push_back(args.account);
  }
  nlohmann::ordered_json plans = nlohmann::ordered_json::array();
  Table summary({"account", "open", "overdue", "done", "dropped", "this run", "first action"});
  for (const std::string& id : ids) {
    if (args.all) {
      // Accounts with nothing imported yet have nothing to plan.
      const Dataset data = store->account_data(id);
      const bool any = std::any_of(data.people.begin(), data.people.end(),
                                   [&](const Person& p) { return p.org == id && !p.internal(); });
      if (!any) {
        note(ctx, "plan: skipped " + id + ": no people imported");
        continue;
      }
    }
    const PlanRun run = replan(*store, id, analysis, options, args.dry_run);
    note(ctx, "plan " + id + ": " + counts(run.result) +
                  (args.dry_run ? " (dry run: nothing saved)" : ""));
    const Account& account = run.analysis.account;
    const auto& actions = run.result.actions;
    const PlanPeople people = plan_people(run.analysis, portfolio_load(*store, id));
    if (args.format == "json") {
      plans.push_back(nlohmann::ordered_json::parse(plan_json(account, actions, options.as_of)));
    } else if (args.format == "md") {
      std::cout << plan_markdown(account, actions, people, options.as_of) << (args.all ? "\n" : "");
    } else if (args.all) {
      int open = 0, late = 0, done = 0, dropped = 0;
      for (const Action& a : actions) {
        open += a.status == ActionStatus::open;
        done += a.status == ActionStatus::done;
        dropped += a.status == ActionStatus::dropped;
        late += overdue(a, options.as_of);
      }
      const auto ordered = display_order(actions);
      const bool first_open = !ordered.empty() && ordered.front().status == ActionStatus::open;
      summary.add_row({id, std::to_string(open), std::to_string(late), std::to_string(done),
                       std::to_string(dropped), counts(run.result),
                       first_open ? action_sentence(ordered.front(), people) : "-"});
    } else {
      std::cout << plan_table(account, actions, people, options.as_of);
    }
  }
  if (args.format == "json") {
    if (args.all)
      std::cout << nlohmann::ordered_json{{"as_of", options.as_of.str()}, {"plans", plans}}.dump(2)
                << '\n';
    else
      std::cout << plans.front().dump(2) << '\n';
  } else if (args.format == "table" && args.all) {
    std::cout << summary.str();
  }
}

}  // namespace

void setup_plan(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<PlanArgs>();
  auto* cmd = app.add_subcommand(
      "plan",
      "Turn an account's analysis into relationship actions (Key Account Plan steps 9 and\n"
      "10): WHAT relationship to build or repair and why, WHO on our team does it, VIA whom,\n"
      "HOW (trust, technical, resource, service, risk), WHEN and how it is MEASURED. The\n"
      "actions are kept in the database: running plan again updates them, closes those whose\n"
      "gap has gone and keeps what you changed with `kamgraph action`.\n"
      "  kamgraph plan asst_valpadana --as-of 2026-11-23\n"
      "  kamgraph plan asst_valpadana --format md > plan.md\n"
      "  kamgraph plan --all                  # every account, one line each");
  cmd->add_option("ACCOUNT", args->account, "Account id");
  cmd->add_flag("--all", args->all, "Every account with people, in id order");
  add_format_option(*cmd, args->format, {"table", "md", "json"});
  cmd->add_option("--max-per-owner", args->max_open_per_owner,
                  "No colleague gets more open actions than this across the portfolio")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_flag("--dry-run", args->dry_run, "Show the plan without saving it");
  add_time_options(*cmd, args->time);
  cmd->callback([&ctx, args] { run_plan(ctx, *args); });
}

}  // namespace kamgraph::cli
