// kamgraph action: what users do with the plan's actions (done, drop, reopen, assign, note)
// and the list of them across the portfolio. Re-planning keeps every change made here.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "cli/time_options.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/plan/plan.hpp"
#include "kamgraph/report/table.hpp"

namespace kamgraph::cli {
namespace {

struct ActionArgs {
  std::string verb;    // done, drop, reopen, assign, note, list
  std::string id;      // the action
  std::string person;  // assign: the new owner
  std::string text;    // note: the text; done / drop / reopen: --note
  std::string as_of;   // empty: today
  int max_open_per_owner = kDefaultMaxOpenPerOwner;
  // list
  std::string account;
  std::string owner;
  std::string status = "open";
  bool overdue_only = false;
  std::string format;
};

Date as_of_date(const ActionArgs& args) {
  TimeArgs time;
  time.as_of = args.as_of;
  return time.resolve().as_of;
}

// Names for the people the actions mention, looked up one by one.
PlanPeople people_of(const Store& store, const std::vector<Action>& actions) {
  PlanPeople out;
  for (const Action& a : actions)
    for (const std::string* id : {&a.owner, &a.target, &a.via})
      if (!id->empty() && !out.by_id.contains(*id))
        if (auto p = store.person(*id)) out.by_id.emplace(*id, *p);
  return out;
}

Action find_action(const Store& store, const std::string& id) {
  if (auto a = store.action(id)) return *a;
  std::vector<std::string> ids;
  for (const Action& a : store.actions()) ids.push_back(a.id);
  std::string message = "unknown action '" + id + "'";
  if (std::string near = nearest_word(id, ids); !near.empty())
    message += "; did you mean '" + near + "'?";
  else if (ids.empty())
    message += ": there are no actions yet (`kamgraph plan ACCOUNT` makes them)";
  throw NotFoundError(message);
}

void add_note(Action& a, const Date& day, const std::string& text) {
  a.notes += (a.notes.empty() ? "" : "\n") + day.str() + ": " + text;
}

int open_actions_of(const Store& store, const std::string& owner) {
  int n = 0;
  for (const Action& a : store.actions()) n += a.owner == owner && a.status == ActionStatus::open;
  return n;
}

void run_change(const Context& ctx, const ActionArgs& args) {
  const Date today = as_of_date(args);
  auto store = ctx.open_existing_store();
  Action a = find_action(*store, args.id);
  const Action before = a;
  if (args.verb == "done" || args.verb == "drop" || args.verb == "reopen") {
    a.status = args.verb == "done"   ? ActionStatus::done
               : args.verb == "drop" ? ActionStatus::dropped
                                     : ActionStatus::open;
    // A reopened action is the plan's again: it closes by itself once its gap has gone.
    a.status_by_user = a.status != ActionStatus::open;
    if (!args.text.empty()) add_note(a, today, args.text);
  } else if (args.verb == "assign") {
    const auto p = store->person(args.person);
    if (!p) throw NotFoundError("unknown person '" + args.person + "'");
    if (!p->internal())
      throw Error(ExitCode::usage, "'" + args.person + "' (" + p->display_name() +
                                       ") is not on our team: only internal people own actions");
    a.owner = args.person;
    a.owner_by_user = true;
  } else {  // note
    if (args.text.find_first_not_of(" \t\r\n") == std::string::npos)
      throw Error(ExitCode::usage, "the note is empty");
    add_note(a, today, args.text);
  }
  if (a != before) {
    a.updated = today;
    store->update_action(a);
  }
  if (args.verb == "assign" && a.status == ActionStatus::open) {
    const int load = open_actions_of(*store, a.owner);
    if (load > args.max_open_per_owner)
      note(ctx, "warning: " + a.owner + " now has " + std::to_string(load) +
                    " open actions, above the plan's limit of " +
                    std::to_string(args.max_open_per_owner));
  }
  const PlanPeople people = people_of(*store, {a});
  std::cout << a.id << ": " << to_string(a.status) << (a.owner_by_user ? ", owner set by hand" : "")
            << "\n  " << action_sentence(a, people) << '\n';
  if (!a.notes.empty()) {
    std::cout << "  notes:\n";
    std::istringstream lines(a.notes);
    for (std::string line; std::getline(lines, line);) std::cout << "    " << line << '\n';
  }
}

void run_list(const Context& ctx, const ActionArgs& args) {
  const Date today = as_of_date(args);
  auto store = ctx.open_existing_store();
  if (!args.account.empty() && !store->account(args.account))
    (void)store->account_data(args.account);  // NotFoundError with a suggestion
  if (!args.owner.empty() && !store->has_person(args.owner))
    throw NotFoundError("unknown person '" + args.owner + "'");
  std::vector<Action> shown;
  for (Action& a : store->actions(args.account)) {
    if (!args.owner.empty() && a.owner != args.owner) continue;
    if (args.status != "all" && std::string(to_string(a.status)) != args.status) continue;
    if (args.overdue_only && !overdue(a, today)) continue;
    shown.push_back(std::move(a));
  }
  if (args.format == "json") {
    std::cout << actions_json(shown, today);
    return;
  }
  if (shown.empty()) {
    std::cout << "No actions match.\n";
    return;
  }
  const PlanPeople people = people_of(*store, shown);
  using A = Table::Align;
  Table t({"id", "status", "priority", "due", "owner", "action"},
          {A::left, A::left, A::right, A::left, A::left, A::left});
  for (const Action& a : shown)
    t.add_row({a.id, std::string(to_string(a.status)) + (overdue(a, today) ? " (overdue)" : ""),
               fixed(a.priority), a.due.str(), a.owner.empty() ? "-" : people.name(a.owner),
               a.task});
  std::cout << t.str();
}

CLI::App* verb(CLI::App& parent, Context& ctx, std::shared_ptr<ActionArgs> args,
               const std::string& name, const std::string& help) {
  auto* cmd = parent.add_subcommand(name, help);
  cmd->add_option("--as-of", args->as_of, "Take this date (YYYY-MM-DD) as today");
  cmd->callback([&ctx, args, name] {
    args->verb = name;
    if (name == "list")
      run_list(ctx, *args);
    else
      run_change(ctx, *args);
  });
  return cmd;
}

}  // namespace

void setup_action(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ActionArgs>();
  auto* cmd = app.add_subcommand(
      "action",
      "Work with the plan's actions: mark one done or dropped, give it to a colleague, add a\n"
      "note, or list them. `kamgraph plan` keeps these changes when it re-plans.\n"
      "  kamgraph action list --owner int_kam_ferrari\n"
      "  kamgraph action done asst_valpadana:os_dg --note \"met at the board, 2 Dec\"\n"
      "  kamgraph action assign asst_valpadana:os_cfo int_fin_costa");
  cmd->require_subcommand(1);

  for (const auto& [name, help] : std::vector<std::pair<std::string, std::string>>{
           {"done", "Mark an action done"},
           {"drop", "Mark an action dropped (we decided not to do it)"},
           {"reopen", "Open a closed action again"}}) {
    auto* sub = verb(*cmd, ctx, args, name, help);
    sub->add_option("ID", args->id, "Action id (as `kamgraph plan` shows it)")->required();
    sub->add_option("--note", args->text, "A note to add, dated");
  }
  auto* assign = verb(*cmd, ctx, args, "assign", "Give an action to a colleague");
  assign->add_option("ID", args->id, "Action id")->required();
  assign->add_option("PERSON", args->person, "Our colleague's person id")->required();
  assign
      ->add_option("--max-per-owner", args->max_open_per_owner,
                   "Warn when the colleague ends up with more open actions than this")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  auto* note_cmd = verb(*cmd, ctx, args, "note", "Add a dated note to an action");
  note_cmd->add_option("ID", args->id, "Action id")->required();
  note_cmd->add_option("TEXT", args->text, "The note")->required();

  auto* list = verb(*cmd, ctx, args, "list", "List actions across the portfolio");
  list->add_option("ACCOUNT", args->account, "Only this account");
  list->add_option("--owner", args->owner, "Only this colleague's actions");
  list->add_option("--status", args->status, "open, done, dropped or all")
      ->check(CLI::IsMember({"open", "done", "dropped", "all"}))
      ->capture_default_str();
  list->add_flag("--overdue", args->overdue_only, "Only open actions past their due date");
  add_format_option(*list, args->format, {"table", "json"});
}

}  // namespace kamgraph::cli
