#!/usr/bin/python3
"""The benchmark behind docs/performance.md: kamgraph against its peers, by portfolio size.

    tests/bench/run.sh [--sizes 10,100,1000] [--work DIR] [--kamgraph BIN] [--bench BIN]
                       [--betweenness-sizes 10,100] [--igraph-betweenness-sizes 10,100]
                       [--nx-sources 50]

For each size N (accounts) it generates the portfolio (generate_portfolio.py, seed 1) and
measures, as whole processes under /usr/bin/time -v (wall time and peak RSS):
  import        `kamgraph import DIR` into a fresh database, against sqlite3's own
                `.import` of the same three CSVs into a fresh database (no validation,
                no indexes: the floor for getting the rows into SQLite)
  analyze one   `kamgraph analyze ACCOUNT` of the biggest account (median of 5 runs)
  analyze all   `kamgraph analyze --all`
  audit         `kamgraph audit`
  render one    `kamgraph render ACCOUNT -o map.svg` of the same account (median of 3)
and in process (kamgraph_bench, Google Benchmark; peers.py for igraph and NetworkX) the
whole-portfolio metrics: connected components, articulation points, bridges, PageRank and
exact betweenness (the latter only at --betweenness-sizes, since it is quadratic).

It prints one table per size with each ratio, and writes everything it measured to
WORK/results.json. Nothing is timed more than the runs above; the machine's load is
printed with the results, since other jobs on a shared machine slow every figure.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
AS_OF = "2026-11-23"


def run(cmd, **kw):
    """Runs cmd under /usr/bin/time -v; returns (seconds, peak RSS in MiB, stdout)."""
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, **kw)
    seconds = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-3000:]}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return seconds, int(rss.group(1)) / 1024 if rss else float("nan"), p.stdout


def median_run(cmd, times):
    runs = [run(cmd) for _ in range(times)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def biggest_account(data_dir):
    import csv
    counts = {}
    with open(os.path.join(data_dir, "people.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["org"].startswith("acc_"):
                counts[row["org"]] = counts.get(row["org"], 0) + 1
    return max(sorted(counts), key=lambda a: counts[a])


def sqlite_import(data_dir, db):
    script = "\n".join([".mode csv"] + [
        f".import {os.path.join(data_dir, name)}.csv {name}"
        for name in ("accounts", "people", "relationships")]) + "\n"
    return run(["sqlite3", db], input=script)


def whole_process(args, n, data, work):
    kg = [args.kamgraph, "-q", "--db", os.path.join(work, "kam.db")]
    for f in ("kam.db", "sqlite.db"):
        if os.path.exists(os.path.join(work, f)):
            os.remove(os.path.join(work, f))
    out = {}
    t, rss, _ = run(kg + ["import", data])
    out["import"] = {"seconds": t, "rss_mib": rss}
    t, rss, _ = sqlite_import(data, os.path.join(work, "sqlite.db"))
    out["sqlite3_import"] = {"seconds": t, "rss_mib": rss}
    account = biggest_account(data)
    out["account"] = account
    t, rss = median_run(kg + ["analyze", account, "--as-of", AS_OF], 5)
    out["analyze_one"] = {"seconds": t, "rss_mib": rss}
    t, rss, _ = run(kg + ["analyze", "--all", "--as-of", AS_OF])
    out["analyze_all"] = {"seconds": t, "rss_mib": rss}
    t, rss, _ = run(kg + ["audit", "--as-of", AS_OF])
    out["audit"] = {"seconds": t, "rss_mib": rss}
    t, rss = median_run(kg + ["render", account, "-o", os.path.join(work, "map.svg")], 3)
    out["render_one"] = {"seconds": t, "rss_mib": rss}
    return out


def in_process(args, n, data, work, account):
    metrics = "Components|ArticulationPoints|Bridges|PageRank|AccountData|AnalyzeAccount"
    if n in args.betweenness_sizes:
        metrics += "|Betweenness"
    _, _, stdout = run([args.bench, data, os.path.join(work, "kam.db"), account,
                        f"--benchmark_filter=^({metrics})", "--benchmark_format=json"])
    ours = {}
    for b in json.loads(stdout)["benchmarks"]:
        unit = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        counters = {k: v for k, v in b.items()
                    if k in ("components", "articulation_points", "bridges", "max", "sum",
                             "people")}
        ours[b["name"].split("/iterations")[0].split("/real_time")[0]] = {
            "seconds": b["real_time"] * unit, **counters}
    peers_cmd = ["/usr/bin/python3", os.path.join(HERE, "peers.py"), data,
                 "--nx-sources", str(args.nx_sources)]
    which = [lib for lib, sizes in (("igraph", args.igraph_betweenness_sizes),
                                    ("networkx", args.betweenness_sizes)) if n in sizes]
    if which:
        peers_cmd += ["--betweenness", ",".join(which)]
    _, _, stdout = run(peers_cmd)
    return ours, json.loads(stdout)


def ratio(a, b):
    return f"{a / b:8.2f}x" if a and b else "       -"


def print_size(n, r):
    p, ours, peers = r["process"], r["ours"], r["peers"]
    print(f"\n== {n} accounts: {peers['vertices']} people, {peers['links']} links "
          f"in the whole-portfolio graph; load {r['load']} ==")
    print(f"{'whole process':28} {'seconds':>10} {'peak MiB':>9}")
    for key in ("import", "sqlite3_import", "analyze_one", "analyze_all", "audit",
                "render_one"):
        print(f"{key:28} {p[key]['seconds']:10.3f} {p[key]['rss_mib']:9.1f}")
    print(f"  import / sqlite3 .import: {ratio(p['import']['seconds'], p['sqlite3_import']['seconds'])}")
    print(f"\n{'in process (s)':24} {'kamgraph':>10} {'igraph':>10} {'networkx':>10} "
          f"{'igraph/us':>9} {'nx/us':>9}  found (ours / igraph / networkx)")
    rows = [("components", "Components"), ("articulation_points", "ArticulationPoints"),
            ("bridges", "Bridges"), ("pagerank", "PageRank"),
            ("betweenness 1 thread", "Betweenness/1"), ("betweenness 2 threads", "Betweenness/2")]
    for label, name in rows:
        if name not in ours:
            continue
        key = label.split()[0]
        ig = peers["igraph"].get(key, {})
        nx = peers["networkx"].get(key, {})
        t = ours[name]["seconds"]
        found = {"components": "components", "articulation_points": "articulation_points",
                 "bridges": "bridges"}.get(key, "max")
        nx_note = " (sampled)" if "sampled_sources" in nx else ""
        print(f"{label:24} {t:10.4f} {ig.get('seconds', float('nan')):10.4f} "
              f"{nx.get('seconds', float('nan')):10.4f} {ratio(ig.get('seconds'), t)} "
              f"{ratio(nx.get('seconds'), t)}  {ours[name].get(found)} / {ig.get('found')} / "
              f"{nx.get('found')}{nx_note}")
    for name in ("AccountData", "AnalyzeAccount"):
        if name in ours:
            print(f"{name:24} {ours[name]['seconds']:10.4f}")


def sizes(text):
    return [int(x) for x in text.split(",") if x]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=sizes, default=[10, 100, 1000])
    parser.add_argument("--betweenness-sizes", type=sizes, default=[10, 100])
    parser.add_argument("--igraph-betweenness-sizes", type=sizes, default=[10, 100])
    parser.add_argument("--nx-sources", type=int, default=50)
    parser.add_argument("--work", default=os.path.join(ROOT, "build", "bench-data"))
    parser.add_argument("--kamgraph", default=os.path.join(ROOT, "build", "bench", "kamgraph"))
    parser.add_argument("--bench", default=os.path.join(ROOT, "build", "bench", "kamgraph_bench"))
    args = parser.parse_args()
    for tool in (args.kamgraph, args.bench):
        if not os.access(tool, os.X_OK):
            sys.exit(f"{tool} not found: build it first (docs/performance.md says how)")
    if not shutil.which("sqlite3"):
        sys.exit("sqlite3 not found (apt-get install sqlite3)")

    results = {"sizes": {}}
    for n in args.sizes:
        work = os.path.join(args.work, str(n))
        data = os.path.join(work, "csv")
        if not os.path.exists(os.path.join(data, "relationships.csv")):
            subprocess.run(["/usr/bin/python3", os.path.join(HERE, "generate_portfolio.py"),
                            "--accounts", str(n), "--seed", "1", "--output", data], check=True)
        load = open("/proc/loadavg").read().split()[0]
        process = whole_process(args, n, data, work)
        ours, peers = in_process(args, n, data, work, process["account"])
        results["sizes"][n] = {"load": load, "process": process, "ours": ours, "peers": peers}
        print_size(n, results["sizes"][n])
        sys.stdout.flush()
        with open(os.path.join(args.work, "results.json"), "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
