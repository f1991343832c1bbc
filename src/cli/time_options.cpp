#include "cli/time_options.hpp"

#include <CLI/CLI.hpp>

#include "kamgraph/model/error.hpp"

namespace kamgraph::cli {

TimeOptions TimeArgs::resolve() const {
  TimeOptions t;
  if (!as_of.empty()) {
    auto d = Date::parse(as_of);
    if (!d) throw Error(ExitCode::usage, "--as-of '" + as_of + "' is not a real date (YYYY-MM-DD)");
    t.as_of = *d;
  }
  t.half_life_days = half_life_days;
  t.stale_after_days = stale_after_days;
  return t;
}

void add_time_options(CLI::App& cmd, TimeArgs& args) {
  cmd.add_option("--as-of", args.as_of,
                 "Take this date (YYYY-MM-DD) as today, so results are reproducible");
  cmd.add_option("--half-life", args.half_life_days,
                 "Days after which an uncontacted relationship has half its strength")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd.add_option("--stale-after", args.stale_after_days,
                 "Days without contact after which a relationship is stale")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

}  // namespace kamgraph::cli
