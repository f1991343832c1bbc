#!/usr/bin/python3
"""Markdown tables for the README's "Performance" section from run.py's results-*.json files.

    /usr/bin/python3 tests/bench/table.py build/bench-data/results-*.json

Later files win where two measured the same size.
"""

import json
import sys

NAN = float("nan")


def fmt(x, digits=3):
    if x is None or x != x:
        return "-"
    return f"{x:.{digits}f}"


def ratio(a, b):
    return f"{a / b:.1f}x" if a and b and a == a and b == b else "-"


def main():
    sizes = {}
    for path in sys.argv[1:]:
        with open(path) as f:
            for n, r in json.load(f)["sizes"].items():
                sizes[int(n)] = r
    order = sorted(sizes)

    print("Whole processes: wall seconds / CPU seconds / peak MiB.\n")
    print("| accounts | people | graph links | load avg | " +
          " | ".join(["import", "sqlite3 .import", "import / sqlite3 (CPU)", "analyze one",
                      "analyze --all", "audit", "render one"]) + " |")
    print("|" + "---|" * 11)
    for n in order:
        p, peers = sizes[n]["process"], sizes[n]["peers"]

        def cell(key):
            e = p[key]
            return f"{fmt(e['seconds'], 2)} / {fmt(e['cpu_seconds'], 2)} / {fmt(e['rss_mib'], 0)}"
        print(f"| {n:,} | {peers['vertices']:,} | {peers['links']:,} | {sizes[n]['load']} | "
              f"{cell('import')} | {cell('sqlite3_import')} | "
              f"{ratio(p['import']['cpu_seconds'], p['sqlite3_import']['cpu_seconds'])} | "
              f"{cell('analyze_one')} | {cell('analyze_all')} | {cell('audit')} | "
              f"{cell('render_one')} |")

    print("\nWhole-portfolio metrics in process: CPU seconds (ours on 2 threads: wall); "
          "ratio = peer / kamgraph.\n")
    print("| accounts | metric | kamgraph | igraph | NetworkX | igraph / kamgraph | "
          "NetworkX / kamgraph | found: kamgraph / igraph / NetworkX |")
    print("|" + "---|" * 8)
    rows = [("components", "Components"), ("articulation_points", "ArticulationPoints"),
            ("bridges", "Bridges"), ("pagerank", "PageRank"),
            ("betweenness", "Betweenness/1"), ("betweenness", "Betweenness/2")]
    for n in order:
        ours, peers = sizes[n]["ours"], sizes[n]["peers"]
        for key, name in rows:
            if name not in ours:
                continue
            ig, nx = peers["igraph"].get(key, {}), peers["networkx"].get(key, {})
            mine = ours[name]["seconds"] if name == "Betweenness/2" else ours[name]["cpu_seconds"]
            label = {"Betweenness/1": "betweenness, 1 thread",
                     "Betweenness/2": "betweenness, 2 threads (wall)"}.get(name, key.replace("_", " "))
            found = key if key in ("components", "articulation_points", "bridges") else "max"
            nx_note = f" ({nx['sampled_sources']} sources, extrapolated)" \
                if "sampled_sources" in nx else ""
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
