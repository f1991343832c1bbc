#pragma once

#include <memory>

namespace CLI {
class App;
}

namespace kamgraph::cli {

struct Context;

// The whole command line: global options and every subcommand.
std::unique_ptr<CLI::App> make_app(Context& ctx);

}  // namespace kamgraph::cli
