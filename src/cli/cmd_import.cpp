#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "kamgraph/import/import.hpp"

namespace kamgraph::cli {
namespace {

struct ImportOptions {
  std::vector<std::string> paths;
  bool dry_run = false;
};

void run_import(const Context& ctx, const ImportOptions& opt) {
  // Validate everything before the database is touched: a failed import must leave the
  // database exactly as it was, and must not create one where there was none.
  std::unique_ptr<Store> store;
  if (ctx.store_exists()) store = ctx.open_store();
  KnownPerson known;
  if (store) known = [&](const std::string& id) { return store->has_person(id); };
  Dataset data = read_input(opt.paths, known);

  if (opt.dry_run) {
    std::cout << "valid: " << account_ids_of(data).size() << " account(s), " << data.people.size()
              << " people, " << data.relationships.size()
              << " relationships (dry run: nothing written)\n";
    return;
  }
  if (!store) store = ctx.open_store();
  ImportSummary s = store->import(data);
  std::cout << "imported into " << ctx.db << ": " << s.accounts << " account(s), " << s.people
            << " people, " << s.relationships << " relationships";
  if (!s.accounts_replaced.empty()) {
    std::cout << "; people and relationships replaced for:";
    for (const auto& a : s.accounts_replaced) std::cout << ' ' << a;
  }
  std::cout << '\n';
}

}  // namespace

void setup_import(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<ImportOptions>();
  auto* cmd = app.add_subcommand(
      "import",
      "Import accounts, people and relationships from CSV files or a DOT graph.\n"
      "PATH is a directory holding people.csv and relationships.csv (accounts.csv optional),\n"
      "those files named one by one, or one account drawn as a .dot/.gv file.\n"
      "The import is one transaction: everything is validated first, and on any error\n"
      "nothing is written (exit 3, with every problem listed by file, line and field).\n"
      "Re-importing an account replaces its people and relationships and nothing else;\n"
      "internal colleagues and outside influencers are shared across accounts by id.");
  cmd->add_option("PATH", opt->paths, "Directory, CSV files, or a DOT file")
      ->required();
  cmd->add_flag("-n,--dry-run", opt->dry_run, "Validate only; write nothing");
  cmd->callback([&ctx, opt] { run_import(ctx, *opt); });
}

}  // namespace kamgraph::cli
