#!/usr/bin/python3
"""Markdown tables for the README's "Performance" section from run.py's results-*.json files.

    /usr/bin/python3 tests/bench/table.py build/bench-data/results-*.json

Later files win where two measured the same thing. A size's process figures come from
the last file that has the size; a metric that only an earlier file measured at that size
(exact betweenness, which takes long) is kept, and its row is marked with * and the file
it came from.
"""

import json
import os
import sys

NAN = float("nan")


def fmt(x, digits=3):
    if x is None or x != x:
        return "-"
    return f"{x:.{digits}f}"


def ratio(a, b):
    return f"{a / b:.1f}x" if a and b and a == a and b == b else "-"


def ratios(ours, theirs):
    """Wall-time ratio, CPU-time ratio: an import on two cores can be nearer in the one."""
    return (f"{ratio(ours.get('seconds'), theirs.get('seconds'))}, "
            f"{ratio(ours.get('cpu_seconds'), theirs.get('cpu_seconds'))}")


def main():
    sizes = {}
    source = {}  # (size, benchmark name) -> the file its figures came from
    process_from = {}  # size -> the file its process figures came from
    for path in sys.argv[1:]:
        with open(path) as f:
            for n, r in json.load(f)["sizes"].items():
                n = int(n)
                merged = sizes.setdefault(n, {"ours": {}, "peers": {"igraph": {}, "networkx": {}}})
                for name in r.get("ours", {}):
                    source[(n, name)] = os.path.basename(path)
                merged["ours"].update(r.get("ours", {}))
                for key, value in r.get("peers", {}).items():
                    if key in ("igraph", "networkx"):
                        merged["peers"][key].update(value)
                    else:
                        merged["peers"][key] = value
                if "process" in r:
                    merged["process"], merged["load"] = r["process"], r["load"]
                    process_from[n] = os.path.basename(path)
    # The single-threaded PageRank of earlier runs is not the one now measured on 1 and 2
    # threads.
    for n, r in sizes.items():
        if "PageRank/1" in r["ours"]:
            r["ours"].pop("PageRank", None)
    earlier = {k: v for k, v in source.items() if v != process_from.get(k[0])}
    order = sorted(sizes)

    print("Whole processes: wall seconds / CPU seconds / peak MiB.\n")
    print("| accounts | people | graph links | load avg | " +
          " | ".join(["import", "sqlite3 .import", "import / sqlite3 (wall, CPU)",
                      "sqlite3 into kamgraph's schema", "schema / .import (wall, CPU)",
                      "analyze one", "analyze --all", "audit", "render one"]) + " |")
    print("|" + "---|" * 13)
    for n in order:
        p, peers = sizes[n]["process"], sizes[n]["peers"]

        def cell(key):
            e = p.get(key, {"seconds": NAN, "cpu_seconds": NAN, "rss_mib": NAN})
            return f"{fmt(e['seconds'], 2)} / {fmt(e['cpu_seconds'], 2)} / {fmt(e['rss_mib'], 0)}"
        print(f"| {n:,} | {peers['vertices']:,} | {peers['links']:,} | {sizes[n]['load']} | "
              f"{cell('import')} | {cell('sqlite3_import')} | "
              f"{ratios(p.get('import', {}), p['sqlite3_import'])} | "
              f"{cell('sqlite3_schema')} | "
              f"{ratios(p.get('sqlite3_schema', {}), p['sqlite3_import'])} | "
              f"{cell('analyze_one')} | {cell('analyze_all')} | {cell('audit')} | "
              f"{cell('render_one')} |")

    print("\nWhole-portfolio metrics in process: CPU seconds (ours on 2 threads: wall); "
          "ratio = peer / kamgraph.\n")
    print("| accounts | metric | kamgraph | igraph | NetworkX | igraph / kamgraph | "
          "NetworkX / kamgraph | found: kamgraph / igraph / NetworkX |")
    print("|" + "---|" * 8)
    rows = [("components", "Components"), ("articulation_points", "ArticulationPoints"),
            ("bridges", "Bridges"), ("pagerank", "PageRank"), ("pagerank", "PageRank/1"),
            ("pagerank", "PageRank/2"), ("pagerank_precise", "PageRank/2"),
            ("betweenness", "Betweenness/1"), ("betweenness", "Betweenness/2")]
    for n in order:
        ours, peers = sizes[n]["ours"], sizes[n]["peers"]
        for key, name in rows:
            if name not in ours:
                continue
            ig, nx = peers["igraph"].get(key, {}), peers["networkx"].get(key, {})
            if key == "pagerank_precise" and not nx:
                continue  # a run from before NetworkX was also asked for 1e-12
            mine = ours[name]["seconds"] if name.endswith("/2") else ours[name]["cpu_seconds"]
            label = {"Betweenness/1": "betweenness, 1 thread",
                     "Betweenness/2": "betweenness, 2 threads (wall)",
                     "PageRank/1": "pagerank, 1 thread",
                     "PageRank/2": "pagerank, 2 threads (wall)"}.get(name, key.replace("_", " "))
            if key == "pagerank_precise":
                label = "pagerank, 2 threads (wall); NetworkX to kamgraph's L1 1e-12"
            found = key if key in ("components", "articulation_points", "bridges") else "max"
            nx_note = f" ({nx['sampled_sources']} sources, extrapolated)" \
                if "sampled_sources" in nx else ""
            if (n, name) in earlier:
                label += f" *{earlier[(n, name)]}"
            print(f"| {n:,} | {label} | {fmt(mine, 4)} | {fmt(ig.get('cpu_seconds'), 4)} | "
                  f"{fmt(nx.get('cpu_seconds'), 4)}{nx_note} | {ratio(ig.get('cpu_seconds'), mine)} | "
                  f"{ratio(nx.get('cpu_seconds'), mine)} | {ours[name].get(found, NAN):.6g} / "
                  f"{ig.get('found', NAN):.6g} / {nx.get('found', NAN):.6g} |")

    print("\nOne account of the portfolio in process (the biggest), CPU milliseconds.\n")
    print("| accounts | account | people in its graph | load (Store::account_data) | "
          "analyze_account |")
    print("|---|---|---|---|---|")
    for n in order:
        ours = sizes[n]["ours"]
        if "AccountData" in ours:
            print(f"| {n:,} | {sizes[n]['process']['account']} | "
                  f"{ours['AccountData'].get('people', NAN):.0f} | "
                  f"{fmt(ours['AccountData']['cpu_seconds'] * 1000, 2)} | "
                  f"{fmt(ours['AnalyzeAccount']['cpu_seconds'] * 1000, 2)} |")


if __name__ == "__main__":
    main()
