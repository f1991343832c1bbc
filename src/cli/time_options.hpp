// --as-of, --half-life and --stale-after, shared by every command that weighs relationships.
#pragma once

#include <string>

#include "kamgraph/analysis/account_graph.hpp"

namespace CLI {
class App;
}

namespace kamgraph::cli {

struct TimeArgs {
  std::string as_of;  // empty: today
  double half_life_days = kDefaultHalfLifeDays;
  int stale_after_days = kDefaultStaleAfterDays;

  TimeOptions resolve() const;  // throws Error(usage) for a date that is not a real day
};

void add_time_options(CLI::App& cmd, TimeArgs& args);

}  // namespace kamgraph::cli
