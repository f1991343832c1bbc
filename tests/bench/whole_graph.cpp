// In-process benchmark of kamgraph's graph metrics on the whole portfolio, and of loading
// and analysing one account from a database (Google Benchmark).
//
//   kamgraph_bench DATA_DIR [DB ACCOUNT] [--benchmark_filter=...] [--benchmark_format=json]
//
// DATA_DIR holds the CSVs of tests/bench/generate_portfolio.py. The whole-portfolio graph
// is the one tests/bench/peers.py builds for igraph and NetworkX from the same files, so
// that the timings compare like with like: every person (sorted by id, numbered from 0),
// one undirected link per pair of people joined by any relationship except `conflicts`,
// with the strongest such relationship's strength. Betweenness uses length 1/strength,
// PageRank each link as two arcs of weight = strength (scripts/reference_metrics.py's
// conventions). Counters report what each metric found, so a run can be checked against
// the peers' (run.sh prints both).
//
// With DB and ACCOUNT it also times Store::account_data (the indexed per-account load)
// and analyze_account on it, as `kamgraph analyze ACCOUNT` does.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/analysis/centrality.hpp"
#include "kamgraph/analysis/cuts.hpp"
#include "kamgraph/import/import.hpp"
#include "kamgraph/store/store.hpp"

namespace {

struct WholeGraph {
  int n = 0;
  std::vector<kamgraph::Link> links;  // simple: one per pair, the strongest
  std::vector<kamgraph::Arc> arcs;    // each link both ways
};

WholeGraph whole_graph(const kamgraph::Dataset& data) {
  std::vector<std::string> ids;
  ids.reserve(data.people.size());
  for (const auto& p : data.people) ids.push_back(p.id);
  std::sort(ids.begin(), ids.end());
  std::unordered_map<std::string, int> index;
  for (std::size_t i = 0; i < ids.size(); ++i) index.emplace(ids[i], static_cast<int>(i));

  std::map<std::pair<int, int>, double> strongest;
  for (const auto& r : data.relationships) {
    if (r.type == kamgraph::RelationType::conflicts) continue;
    int u = index.at(r.source);
    int v = index.at(r.target);
    if (u > v) std::swap(u, v);
    double& s = strongest[{u, v}];
    s = std::max(s, r.strength);
  }
  WholeGraph g;
  g.n = static_cast<int>(ids.size());
  for (const auto& [pair, strength] : strongest) {
    g.links.push_back({pair.first, pair.second, strength});
    g.arcs.push_back({pair.first, pair.second, strength});
    g.arcs.push_back({pair.second, pair.first, strength});
  }
  return g;
}

// Set by main() before the benchmarks run.
std::string g_data_dir;
std::string g_db;
std::string g_account;
const WholeGraph* g_graph = nullptr;

void BM_ReadCsv(benchmark::State& state) {
  std::size_t rows = 0;
  for (auto _ : state) {
    const kamgraph::Dataset d = kamgraph::read_csv_directory(g_data_dir);
    rows = d.people.size() + d.relationships.size();
    benchmark::DoNotOptimize(rows);
  }
  state.counters["rows"] = static_cast<double>(rows);
}

void BM_Components(benchmark::State& state) {
  int count = 0;
  for (auto _ : state) {
    const auto c = kamgraph::connected_components(g_graph->n, g_graph->links);
    count = c.empty() ? 0 : 1 + *std::max_element(c.begin(), c.end());
  }
  state.counters["components"] = count;
}

void BM_ArticulationPoints(benchmark::State& state) {
  std::size_t count = 0;
  for (auto _ : state) count = kamgraph::articulation_points(g_graph->n, g_graph->links).size();
  state.counters["articulation_points"] = static_cast<double>(count);
}

void BM_Bridges(benchmark::State& state) {
  std::size_t count = 0;
  for (auto _ : state) count = kamgraph::bridges(g_graph->n, g_graph->links).size();
  state.counters["bridges"] = static_cast<double>(count);
}

void BM_PageRank(benchmark::State& state) {
  double top = 0;
  for (auto _ : state) {
    const auto pr = kamgraph::pagerank(g_graph->n, g_graph->arcs, 0.85,
                                       static_cast<int>(state.range(0)));
    top = *std::max_element(pr.begin(), pr.end());
  }
  state.counters["max"] = top;
}

// Arg: the number of threads. Unnormalised (igraph's count), so that the sum can be
// compared with the peers' directly.
void BM_Betweenness(benchmark::State& state) {
  double top = 0;
  double total = 0;
  for (auto _ : state) {
    const auto b =
        kamgraph::betweenness(g_graph->n, g_graph->links,
                              {.normalised = false, .threads = static_cast<int>(state.range(0))});
    top = *std::max_element(b.begin(), b.end());
    total = std::accumulate(b.begin(), b.end(), 0.0);
  }
  state.counters["max"] = top;
  state.counters["sum"] = total;
}

kamgraph::AnalysisOptions analysis_options() {
  kamgraph::AnalysisOptions options;
  options.time.as_of = *kamgraph::Date::parse("2026-11-23");  // as the samples
  return options;
}

void BM_AccountData(benchmark::State& state) {
  const auto store = kamgraph::open_sqlite_store({.path = g_db, .read_only = true});
  std::size_t people = 0;
  for (auto _ : state) people = store->account_data(g_account).people.size();
  state.counters["people"] = static_cast<double>(people);
}

void BM_AnalyzeAccount(benchmark::State& state) {
  const auto store = kamgraph::open_sqlite_store({.path = g_db, .read_only = true});
  const kamgraph::Dataset data = store->account_data(g_account);
  const auto options = analysis_options();
  for (auto _ : state) {
    benchmark::DoNotOptimize(kamgraph::analyze_account(data, g_account, options));
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 2 && argc != 4) {
    std::fprintf(stderr, "usage: %s DATA_DIR [DB ACCOUNT] [--benchmark_...]\n", argv[0]);
    return 2;
  }
  g_data_dir = argv[1];
  const WholeGraph graph = whole_graph(kamgraph::read_csv_directory(g_data_dir));
  g_graph = &graph;
  std::fprintf(stderr, "whole-portfolio graph: %d people, %zu links\n", graph.n,
               graph.links.size());

  benchmark::RegisterBenchmark("ReadCsv", BM_ReadCsv)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("Components", BM_Components)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("ArticulationPoints", BM_ArticulationPoints)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("Bridges", BM_Bridges)->Unit(benchmark::kMillisecond);
  // On 1 and 2 threads; wall-clock time (on 2 threads the work is on both).
  benchmark::RegisterBenchmark("PageRank", BM_PageRank)
      ->Arg(1)
      ->Arg(2)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  // Slow at scale: one iteration, wall-clock time (the work is on other threads).
  benchmark::RegisterBenchmark("Betweenness", BM_Betweenness)
      ->Arg(1)
      ->Arg(2)
      ->Iterations(1)
      ->UseRealTime()
      ->Unit(benchmark::kMillisecond);
  if (argc == 4) {
    g_db = argv[2];
    g_account = argv[3];
    benchmark::RegisterBenchmark("AccountData", BM_AccountData)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("AnalyzeAccount", BM_AnalyzeAccount)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
