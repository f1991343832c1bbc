#include "cli/app.hpp"

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"

namespace kamgraph::cli {

std::unique_ptr<CLI::App> make_app(Context& ctx) {
  auto app = std::make_unique<CLI::App>(
      "kamgraph: who decides at a key account, who on our team knows them, and which single "
      "person the account hangs on.\n\n"
      "Typical session:\n"
      "  kamgraph import samples/portfolio     # accounts, people, relationships (CSV)\n"
      "  kamgraph import graphs/hospital.dot   # or one account drawn in Graphviz DOT\n"
      "  kamgraph accounts                     # what is in the database\n"
      "  kamgraph people hospital              # one account's buying centre and our team\n"
      "  kamgraph analyze hospital             # gaps, who decides, single points of failure\n"
      "  kamgraph path --to-account retailer   # who could introduce us?\n",
      "kamgraph");
  app->set_version_flag("-V,--version", "kamgraph " KAMGRAPH_VERSION);
  app->add_option("--db", ctx.db, "SQLite database file")
      ->envname("KAMGRAPH_DB")
      ->capture_default_str();
  app->add_flag("-q,--quiet", ctx.quiet, "No progress or summary lines on stderr");
  app->require_subcommand(1);
  app->footer(
      "Exit codes: 0 ok, 2 bad command line, 3 bad input file (nothing written), 4 unknown "
      "account, person or file, 5 no answer (e.g. no path), 6 database problem, 7 cannot write the "
      "output file, 70 bug.\n"
      "Run `kamgraph COMMAND --help` for a command's options.");

  setup_import(*app, ctx);
  setup_export(*app, ctx);
  setup_accounts(*app, ctx);
  setup_people(*app, ctx);
  setup_show(*app, ctx);
  setup_analyze(*app, ctx);
  setup_audit(*app, ctx);
  setup_path(*app, ctx);
  setup_plan(*app, ctx);
  setup_action(*app, ctx);
  setup_snapshot(*app, ctx);
  setup_trend(*app, ctx);
  setup_render(*app, ctx);
  setup_matrix(*app, ctx);
  setup_brief(*app, ctx);
  setup_vocabulary(*app, ctx);
  return app;
}

}  // namespace kamgraph::cli
