#!/usr/bin/python3
"""The benchmark behind the README's Performance section: kamgraph against its peers, by portfolio size.

    tests/bench/run.sh [--sizes 10,100,1000] [--work DIR] [--kamgraph BIN] [--bench BIN]
                       [--betweenness-sizes 10,100] [--igraph-betweenness-sizes 10,100]
                       [--nx-sources 50]

For each size N (accounts) it generates the portfolio (generate_portfolio.py, seed 1) and
measures, as whole processes under /usr/bin/time -v (wall time and peak RSS):
  import        `kamgraph import DIR` into a fresh database, against sqlite3's own
                `.import` of the same three CSVs into a fresh database (medians of 3
                runs of each, alternated; no validation,
                no indexes: the floor for getting the rows into SQLite), and against
                sqlite3 copying those rows into a fresh database with kamgraph's schema
                and settings (one INSERT ... SELECT per table, in one transaction: the
                floor for storing them the way kamgraph does, without reading any CSV)
  analyze one   `kamgraph analyze ACCOUNT` of the biggest account (median of 5 runs)
  analyze all   `kamgraph analyze --all`
  audit         `kamgraph audit`
  render one    `kamgraph render ACCOUNT -o map.svg` of the same account (median of 3)
and in process (kamgraph_bench, Google Benchmark; peers.py for igraph and NetworkX) the
whole-portfolio metrics: connected components, articulation points, bridges, PageRank and
exact betweenness (the latter only at --betweenness-sizes, since it is quadratic).

It prints one table per size with each ratio, and writes everything it measured to
WORK/results-SIZES.json. Nothing is timed more than the runs above; the machine's load is
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
    """Runs cmd under /usr/bin/time -v; returns ({seconds, cpu_seconds, rss_mib}, stdout).
    cpu_seconds is user + system time: on a shared machine the wall time also counts the
    time spent waiting for a core, the CPU time does not."""
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, **kw)
    seconds = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-3000:]}")
    def field(name):
        m = re.search(re.escape(name) + r": ([\d.]+)", p.stderr)
        return float(m.group(1)) if m else float("nan")
    return {"seconds": seconds,
            "cpu_seconds": field("User time (seconds)") + field("System time (seconds)"),
            "rss_mib": field("Maximum resident set size (kbytes)") / 1024}, p.stdout


def medians(runs):
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs),
            "rss_mib": max(r["rss_mib"] for r in runs), "runs": len(runs)}


def median_run(cmd, times):
    return medians([run(cmd)[0] for _ in range(times)])


def alternated_imports(kg, data, work, rounds=3):
    """`kamgraph import` and sqlite3's `.import`, each into a fresh database, one after the
    other `rounds` times: medians of each, so that the ratio compares runs taken in the same
    minutes of a shared host (one run of each spread by 10-20% from one minute to the
    next). The last kamgraph database stays for the analyses."""
    ours, theirs = [], []
    for _ in range(rounds):
        for name in ("kam.db", "sqlite.db"):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(os.path.join(work, name + suffix)):
                    os.remove(os.path.join(work, name + suffix))
        ours.append(run(kg + ["import", data])[0])
        theirs.append(sqlite_import(data, os.path.join(work, "sqlite.db"))[0])
    return medians(ours), medians(theirs)


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


def schema_floor(kam_db, sqlite_db, db):
    """sqlite3 copying the rows that sqlite_import() loaded into a fresh database with
    kamgraph's schema (taken from kam_db), foreign keys, CHECKs, indexes, page size, WAL and
    synchronous mode: what SQLite itself needs to store the rows as kamgraph does. Empty
    CSV fields become NULL or kamgraph's defaults; symmetric relationships are turned to
    canonical order, as the schema requires."""
    schema = subprocess.run(["sqlite3", kam_db, ".schema"], capture_output=True, text=True,
                            check=True).stdout
    statements = [s.strip() for s in schema.split(";\n") if s.strip()]
    statements = [s for s in statements if not s.startswith("CREATE TABLE sqlite_")]
    page_size = subprocess.run(["sqlite3", kam_db, "PRAGMA page_size;"], capture_output=True,
                               text=True, check=True).stdout.strip()
    subprocess.run(["sqlite3", db], input=f"PRAGMA page_size = {page_size};\n"
                   + ";\n".join(statements) + ";\n", text=True, check=True)
    swap = "type IN ('knows', 'works_with', 'conflicts') AND source > target"
    script = f"""
PRAGMA foreign_keys = ON;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA cache_size = -65536;
ATTACH '{sqlite_db}' AS csv;
BEGIN;
INSERT INTO accounts SELECT id, name, NULLIF(segment, ''), NULLIF(revenue, ''),
  NULLIF(potential, ''), NULLIF(margin, ''), NULLIF(attractiveness, ''),
  NULLIF(supplier_strength, '') FROM csv.accounts;
INSERT INTO people SELECT id, name, org, kind, role, COALESCE(NULLIF(power, ''), 0.5),
  COALESCE(NULLIF(attitude, ''), 'neutral'), NULLIF(title, ''), NULLIF(department, ''),
  NULLIF(reports_to, '') FROM csv.people;
INSERT INTO relationships SELECT
  CASE WHEN {swap} THEN target ELSE source END,
  CASE WHEN {swap} THEN source ELSE target END,
  type, strength, NULLIF(last_contact, ''), NULLIF(mode, '') FROM csv.relationships;
COMMIT;
"""
    return run(["sqlite3", db], input=script)


def whole_process(args, n, data, work):
    kg = [args.kamgraph, "-q", "--db", os.path.join(work, "kam.db")]
    for f in ("kam.db", "sqlite.db", "schema.db"):
        if os.path.exists(os.path.join(work, f)):
            os.remove(os.path.join(work, f))
    out = {}
    out["import"], out["sqlite3_import"] = alternated_imports(kg, data, work)
    out["sqlite3_schema"] = schema_floor(os.path.join(work, "kam.db"),
                                         os.path.join(work, "sqlite.db"),
                                         os.path.join(work, "schema.db"))[0]
    account = biggest_account(data)
    out["account"] = account
    out["analyze_one"] = median_run(kg + ["analyze", account, "--as-of", AS_OF], 5)
    out["analyze_all"] = run(kg + ["analyze", "--all", "--as-of", AS_OF])[0]
    out["audit"] = run(kg + ["audit", "--as-of", AS_OF])[0]
    out["render_one"] = median_run(kg + ["render", account, "-o", os.path.join(work, "map.svg")],
                                   3)
    return out


def in_process(args, n, data, work, account):
    metrics = "Components|ArticulationPoints|Bridges|PageRank|AccountData|AnalyzeAccount"
    if n in args.betweenness_sizes:
        metrics += "|Betweenness"
    _, stdout = run([args.bench, data, os.path.join(work, "kam.db"), account,
                        f"--benchmark_filter=^({metrics})", "--benchmark_format=json"])
    ours = {}
    for b in json.loads(stdout)["benchmarks"]:
        unit = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        counters = {k: v for k, v in b.items()
                    if k in ("components", "articulation_points", "bridges", "max", "sum",
                             "people")}
        # cpu_seconds is the calling thread's: all of the work on one thread, not on two.
        ours[b["name"].split("/iterations")[0].split("/real_time")[0]] = {
            "seconds": b["real_time"] * unit, "cpu_seconds": b["cpu_time"] * unit, **counters}
    peers_cmd = ["/usr/bin/python3", os.path.join(HERE, "peers.py"), data,
                 "--nx-sources", str(args.nx_sources)]
    which = [lib for lib, sizes in (("igraph", args.igraph_betweenness_sizes),
                                    ("networkx", args.betweenness_sizes)) if n in sizes]
    if which:
        peers_cmd += ["--betweenness", ",".join(which)]
    _, stdout = run(peers_cmd)
    peers = json.loads(stdout)
    if n in args.igraph_betweenness_from:
        # igraph's betweenness measured by a separate peers.py run on the same files (it
        # takes minutes at 1,000 accounts; the caller may run it beforehand or alongside).
        path = args.igraph_betweenness_from[n]
        while not os.path.exists(path) or os.path.getsize(path) == 0:  # still running
            time.sleep(10)
        time.sleep(1)  # let it finish writing
        with open(path) as f:
            separate = json.load(f)
        if (separate["vertices"], separate["links"]) != (peers["vertices"], peers["links"]):
            sys.exit(f"{args.igraph_betweenness_from[n]} is not the {n}-account graph")
        peers["igraph"]["betweenness"] = dict(separate["igraph"]["betweenness"],
                                              measured_separately=True)
    return ours, peers


def ratio(a, b):
    return f"{a / b:7.2f}x" if a and b else "      -"


def print_size(n, r):
    """Ratios are peer / kamgraph (above 1: kamgraph is faster), on CPU time for the
    single-threaded rows; for 2 threads, the peer's CPU time against our wall time (the
    peer's best case: it is never charged for waiting for a core, we are)."""
    p, ours, peers = r["process"], r["ours"], r["peers"]
    print(f"\n== {n} accounts: {peers['vertices']} people, {peers['links']} links "
          f"in the whole-portfolio graph; load average {r['load']} ==")
    print(f"{'whole process':18} {'wall s':>9} {'CPU s':>9} {'peak MiB':>9}")
    for key in ("import", "sqlite3_import", "sqlite3_schema", "analyze_one", "analyze_all",
                "audit", "render_one"):
        print(f"{key:18} {p[key]['seconds']:9.3f} {p[key]['cpu_seconds']:9.3f} "
              f"{p[key]['rss_mib']:9.1f}")
    print(f"import / sqlite3 .import: wall {ratio(p['import']['seconds'], p['sqlite3_import']['seconds'])}"
          f", CPU {ratio(p['import']['cpu_seconds'], p['sqlite3_import']['cpu_seconds'])}")
    print(f"sqlite3 into kamgraph's schema / sqlite3 .import: wall "
          f"{ratio(p['sqlite3_schema']['seconds'], p['sqlite3_import']['seconds'])}"
          f", CPU {ratio(p['sqlite3_schema']['cpu_seconds'], p['sqlite3_import']['cpu_seconds'])}")
    print(f"\n{'in process':22} {'ours wall':>10} {'ours CPU':>10} {'igraph CPU':>10} "
          f"{'nx CPU':>10} {'igraph/us':>9} {'nx/us':>9}  found (ours / igraph / networkx)")
    rows = [("components", "Components"), ("articulation_points", "ArticulationPoints"),
            ("bridges", "Bridges"), ("pagerank", "PageRank/1"), ("pagerank", "PageRank/2"),
            ("pagerank_precise", "PageRank/2"), ("betweenness", "Betweenness/1"),
            ("betweenness", "Betweenness/2")]
    nan = float("nan")
    for key, name in rows:
        if name not in ours:
            continue
        ig = peers["igraph"].get(key, {})
        nx = peers["networkx"].get(key, {})
        if key == "pagerank_precise" and not nx:
            continue
        wall, cpu = ours[name]["seconds"], ours[name]["cpu_seconds"]
        two = name.endswith("/2")
        mine = wall if two else cpu
        found = key if key in ("components", "articulation_points", "bridges") else "max"
        label = {"Betweenness/1": "betweenness 1 thread",
                 "Betweenness/2": "betweenness 2 threads",
                 "PageRank/1": "pagerank 1 thread",
                 "PageRank/2": "pagerank 2 threads"}.get(name, key)
        if key == "pagerank_precise":
            label = "pagerank, nx to 1e-12"
        note = f" (NetworkX: {nx['sampled_sources']} sources, extrapolated)" \
            if "sampled_sources" in nx else ""
        print(f"{label:22} {wall:10.4f} {cpu if not two else nan:10.4f} "
              f"{ig.get('cpu_seconds', nan):10.4f} {nx.get('cpu_seconds', nan):10.4f} "
              f"{ratio(ig.get('cpu_seconds'), mine)} {ratio(nx.get('cpu_seconds'), mine)}  "
              f"{ours[name].get(found):.6g} / {ig.get('found', nan):.6g} / "
              f"{nx.get('found', nan):.6g}{note}")
    for name in ("AccountData", "AnalyzeAccount"):
        if name in ours:
            print(f"{name:22} {ours[name]['seconds']:10.4f} {ours[name]['cpu_seconds']:10.4f}")


def sizes(text):
    return [int(x) for x in text.split(",") if x]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=sizes, default=[10, 100, 1000])
    parser.add_argument("--betweenness-sizes", type=sizes, default=[10, 100])
    parser.add_argument("--igraph-betweenness-sizes", type=sizes, default=[10, 100])
    parser.add_argument("--nx-sources", type=int, default=50)
    parser.add_argument("--igraph-betweenness-from", default={},
                        type=lambda t: {int(k): v for k, v in
                                        (item.split("=", 1) for item in t.split(",") if item)},
                        help="N=FILE,...: take igraph's betweenness at N accounts from a "
                             "peers.py --betweenness igraph run's JSON")
    parser.add_argument("--work", default=os.path.join(ROOT, "build", "bench-data"))
    parser.add_argument("--kamgraph", default=os.path.join(ROOT, "build", "bench", "kamgraph"))
    parser.add_argument("--bench", default=os.path.join(ROOT, "build", "bench", "kamgraph_bench"))
    args = parser.parse_args()
    for tool in (args.kamgraph, args.bench):
        if not os.access(tool, os.X_OK):
            sys.exit(f"{tool} not found: build it first (see the README, section Performance)")
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
        name = "results-" + "-".join(str(s) for s in args.sizes) + ".json"
        with open(os.path.join(args.work, name), "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
