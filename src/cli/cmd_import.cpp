#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/import/salesforce.hpp"
#include "kamgraph/model/error.hpp"

namespace kamgraph::cli {
namespace {

constexpr std::size_t kListAllReplaced = 50;  // replaced accounts listed in full up to this
constexpr std::size_t kShownReplaced = 10;    // and past it, the first this many

struct ImportOptions {
  std::vector<std::string> paths;
  bool dry_run = false;
  std::string from;   // empty: kamgraph's own CSV, DOT or GraphML; else salesforce, hubspot
  std::string as_of;  // for --from: which activities have happened (default: today)
};

// A CRM export is one directory (Salesforce) or one file or directory (HubSpot).
Dataset read_crm_export(const ImportOptions& opt, const KnownPerson& known) {
  if (opt.paths.size() != 1)
    throw Error(ExitCode::usage, "--from " + opt.from + " reads one export: give one PATH");
  CrmImportOptions crm;
  if (!opt.as_of.empty()) {
    const auto day = Date::parse(opt.as_of);
    if (!day)
      throw Error(ExitCode::usage, "--as-of '" + opt.as_of + "' is not a real date (YYYY-MM-DD)");
    crm.as_of = *day;
  }
  if (opt.from == "salesforce") return read_salesforce_export(opt.paths.front(), crm, known);
  return read_hubspot_export(opt.paths.front(), crm, known);
}

void run_import(const Context& ctx, const ImportOptions& opt) {
  // Records, their sorted copies and SQLite's page cache: 350 MB at 10,000 accounts, which
  // huge pages fault in with a 512th of the page faults and map with far fewer TLB misses
  // (import 5.4 to 4.3 s there; README: Performance).
  if (ctx.big_heap_ahead) ctx.big_heap_ahead();
  // Validate everything before the database is touched: a failed import must leave the
  // database exactly as it was, and must not create one where there was none.
  std::unique_ptr<Store> store;
  if (ctx.store_exists()) store = ctx.open_store();
  KnownPerson known;
  if (store) known = [&](const std::string& id) { return store->has_person(id); };
  if (opt.from.empty() && !opt.as_of.empty())
    throw Error(ExitCode::usage,
                "--as-of applies to CRM exports: use it with --from salesforce or --from hubspot");
  Dataset data = opt.from.empty() ? read_input(opt.paths, known) : read_crm_export(opt, known);

  if (opt.dry_run) {
    std::cout << "valid: " << account_ids_of(data).size() << " account(s), " << data.people.size()
              << " people, " << data.relationships.size()
              << " relationships (dry run: nothing written)\n";
    return;
  }
  const ImportSummary s = store ? store->import(data) : import_sqlite({.path = ctx.db}, data);
  std::cout << "imported into " << ctx.db << ": " << s.accounts << " account(s), " << s.people
            << " people, " << s.relationships << " relationships";
  if (!s.accounts_replaced.empty()) {
    // Every account when they fit on a screen; a portfolio of thousands would print a
    // line of a hundred kilobytes nobody reads (`kamgraph accounts` lists them all).
    const std::size_t shown = s.accounts_replaced.size() <= kListAllReplaced
                                  ? s.accounts_replaced.size()
                                  : kShownReplaced;
    std::cout << "; people and relationships replaced for:";
    for (std::size_t i = 0; i < shown; ++i) std::cout << ' ' << s.accounts_replaced[i];
    if (shown < s.accounts_replaced.size())
      std::cout << " and " << s.accounts_replaced.size() - shown << " more";
  }
  std::cout << '\n';
}

}  // namespace

void setup_import(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<ImportOptions>();
  auto* cmd = app.add_subcommand(
      "import",
      "Import accounts, people and relationships from CSV files, a DOT graph, a GraphML\n"
      "file or a CRM export.\n"
      "PATH is a directory holding people.csv and relationships.csv (accounts.csv optional),\n"
      "those files named one by one, one account drawn as a .dot/.gv file, a .graphml file\n"
      "written by `kamgraph export --format graphml`, or with --from a CRM's own export:\n"
      "a Salesforce data export directory, or a HubSpot contact export (file or directory).\n"
      "The import is one transaction: everything is validated first, and on any error\n"
      "nothing is written (exit 3, with every problem listed by file, line and field).\n"
      "Re-importing an account replaces its people and relationships and nothing else;\n"
      "internal colleagues and outside influencers are shared across accounts by id.");
  cmd->add_option("PATH", opt->paths,
                  "Directory, CSV files, a DOT or GraphML file, or (with --from) a CRM export")
      ->required();
  cmd->add_flag("-n,--dry-run", opt->dry_run, "Validate only; write nothing");
  cmd->add_option("--from", opt->from,
                  "Read a CRM's own export: salesforce (a data export directory) or hubspot")
      ->check(CLI::IsMember({"salesforce", "hubspot"}));
  cmd->add_option("--as-of", opt->as_of,
                  "With --from: take this date (YYYY-MM-DD) as today; later activities have "
                  "not happened yet (default: today)");
  cmd->callback([&ctx, opt] { run_import(ctx, *opt); });
}

}  // namespace kamgraph::cli
