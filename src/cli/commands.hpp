// Every subcommand registers itself through one setup_<verb>() function (no I/O there);
// its callback fills an options struct and calls run_<verb>(). Registered in app.cpp.
#pragma once

namespace CLI {
class App;
}

namespace kamgraph::cli {

struct Context;

void setup_import(CLI::App& app, Context& ctx);
void setup_export(CLI::App& app, Context& ctx);
void setup_accounts(CLI::App& app, Context& ctx);
void setup_people(CLI::App& app, Context& ctx);
void setup_show(CLI::App& app, Context& ctx);
void setup_vocabulary(CLI::App& app, Context& ctx);
void setup_analyze(CLI::App& app, Context& ctx);
void setup_audit(CLI::App& app, Context& ctx);
void setup_path(CLI::App& app, Context& ctx);
void setup_plan(CLI::App& app, Context& ctx);
void setup_action(CLI::App& app, Context& ctx);
void setup_snapshot(CLI::App& app, Context& ctx);
void setup_trend(CLI::App& app, Context& ctx);
void setup_render(CLI::App& app, Context& ctx);
void setup_matrix(CLI::App& app, Context& ctx);
void setup_brief(CLI::App& app, Context& ctx);

}  // namespace kamgraph::cli
