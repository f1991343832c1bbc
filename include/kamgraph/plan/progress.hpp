// Progress over time (the plan as a monitoring tool: "managers compare progress across
// customers over time"): dated snapshots of every account's summary, and their trends.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/action.hpp"
#include "kamgraph/store/store.hpp"

namespace kamgraph {

// One account's summary on `analysis.time.as_of`: coverage score, threads, gaps, single
// points of failure (people), stage, status, and its open and done actions.
Snapshot make_snapshot(const AccountAnalysis& analysis, const std::vector<Action>& actions);

struct SnapshotRun {
  std::vector<Snapshot> recorded;           // by account
  std::vector<std::string> without_people;  // accounts skipped: nothing imported for them yet
};

// `kamgraph snapshot`: analyses every account (or those named) as of `options.time.as_of`
// and saves one snapshot each in one transaction (a second run on the same day replaces
// the first). NotFoundError for an unknown account named.
SnapshotRun record_snapshots(Store& store, const AnalysisOptions& options,
                             const std::vector<std::string>& accounts = {});

// Share of the decided actions that were done: done / (open + done); nullopt when there is
// no action at all. Dropped actions were decided against and count for neither.
std::optional<double> completion(const Snapshot& s);

// A text sparkline of `values`, one character per value from "▁▂▃▄▅▆▇█", scaled between
// `low` and `high` (values outside are clamped); all values equal to low: "▁"s. Empty for
// no values.
std::string sparkline(const std::vector<double>& values, double low, double high);
// The same scaled between the smallest and largest of the values themselves; all equal:
// the middle character "▄" repeated.
std::string sparkline(const std::vector<double>& values);

// A horizontal bar of `width` cells for a value in [0,1], in eighths ("█████▍    ").
std::string bar(double fraction, int width);

}  // namespace kamgraph
