// Snapshots of every account's summary, and the little charts that show their trend.
#include "kamgraph/plan/progress.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace kamgraph {
namespace {

// U+2581..U+2588, lower one eighth block to full block.
constexpr std::array<std::string_view, 8> kLevels = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
// U+258F..U+2589: left one eighth to left seven eighths, for partial bar cells.
constexpr std::array<std::string_view, 8> kEighths = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

}  // namespace

Snapshot make_snapshot(const AccountAnalysis& analysis, const std::vector<Action>& actions) {
  Snapshot s;
  s.account = analysis.account.id;
  s.date = analysis.time.as_of;
  s.coverage_score = std::clamp(analysis.summary.coverage_score, 0.0, 1.0);
  s.threads = static_cast<int>(analysis.summary.threads.size());
  s.gaps = static_cast<int>(analysis.gaps.size());
  s.single_points = static_cast<int>(analysis.single_points.people.size());
  s.stage = std::string(to_string(analysis.summary.stage));
  s.status = std::string(to_string(analysis.verdict.status));
  for (const Action& a : actions) {
    if (a.account != s.account) continue;
    if (a.status == ActionStatus::open) ++s.actions_open;
    if (a.status == ActionStatus::done) ++s.actions_done;
  }
  return s;
}

SnapshotRun record_snapshots(Store& store, const AnalysisOptions& options,
                             const std::vector<std::string>& accounts) {
  std::vector<std::string> ids = accounts;
  if (ids.empty()) {
    for (const Account& a : store.accounts()) ids.push_back(a.id);
  } else {
    // Unknown names fail before anything is analysed or written.
    for (const std::string& id : ids) (void)store.account_data(id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  SnapshotRun run;
  for (const std::string& id : ids) {
    const Dataset data = store.account_data(id);
    const bool has_people =
        std::any_of(data.people.begin(), data.people.end(),
                    [&](const Person& p) { return p.org == id && !p.internal(); });
    if (!has_people) {
      run.without_people.push_back(id);
      continue;
    }
    const AccountAnalysis a = analyze_account(data, id, options);
    run.recorded.push_back(make_snapshot(a, store.actions(id)));
  }
  store.save_snapshots(run.recorded);
  return run;
}

std::optional<double> completion(const Snapshot& s) {
  const int decided = s.actions_open + s.actions_done;
  if (decided == 0) return std::nullopt;
  return double(s.actions_done) / decided;
}

std::string sparkline(const std::vector<double>& values, double low, double high) {
  std::string out;
  for (double v : values) {
    double f = high > low ? (v - low) / (high - low) : 0.0;
    f = std::clamp(f, 0.0, 1.0);
    out += kLevels[std::size_t(std::lround(f * 7.0))];
  }
  return out;
}

std::string sparkline(const std::vector<double>& values) {
  if (values.empty()) return {};
  const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
  if (*lo == *hi) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) out += kLevels[3];
    return out;
  }
  return sparkline(values, *lo, *hi);
}

std::string bar(double fraction, int width) {
  const int eighths = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * width * 8));
  std::string out;
  for (int i = 0; i < eighths / 8; ++i) out += kLevels[7];
  int cells = eighths / 8;
  if (eighths % 8 != 0) {
    out += kEighths[std::size_t(eighths % 8)];
    ++cells;
  }
  for (; cells < width; ++cells) out += ' ';
  return out;
}

}  // namespace kamgraph
