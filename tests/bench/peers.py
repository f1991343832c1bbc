#!/usr/bin/python3
"""Time the whole-portfolio metrics with python-igraph and NetworkX, for comparison.

    /usr/bin/python3 tests/bench/peers.py DATA_DIR [--betweenness igraph,networkx]
                                         [--nx-sources K] [--json]

Builds exactly the graph tests/bench/whole_graph.cpp builds from the same CSVs: every
person sorted by id and numbered from 0; one undirected link per pair joined by any
relationship except `conflicts`, with the strongest strength; betweenness with length
1/strength, unnormalised (igraph's count of unordered pairs); PageRank with damping 0.85,
weight = strength (scripts/reference_metrics.py's conventions). NetworkX's PageRank runs
twice: with its defaults, and to kamgraph's precision (an L1 change below 1e-12).

Each metric is timed once (time.perf_counter, graph construction excluded) and reported
with what it found (components, articulation points, bridges, max and sum of betweenness,
max PageRank), so that run.sh can check the libraries agree before comparing times.

Betweenness is slow at scale; --betweenness says which libraries run it (default: none).
NetworkX's betweenness is run with K sampled sources (--nx-sources, seed 1) when K < n;
its time is then extrapolated to all n sources (time * n / K) and marked "sampled" (the
work per source is about the same for every source of a connected graph, so this is a
fair estimate of a full run, not a measurement of one).

(/usr/bin/python3: the Debian packages python3-igraph and python3-networkx install into
the system Python.)
"""

import argparse
import csv
import json
import os
import sys
import time

import igraph
import networkx as nx


def load(data_dir):
    with open(os.path.join(data_dir, "people.csv"), newline="", encoding="utf-8") as f:
        ids = sorted(row["id"] for row in csv.DictReader(f))
    index = {pid: i for i, pid in enumerate(ids)}
    strongest = {}
    with open(os.path.join(data_dir, "relationships.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["type"] == "conflicts":
                continue
            u, v = index[row["source"]], index[row["target"]]
            key = (u, v) if u < v else (v, u)
            s = float(row["strength"] or 0.5)
            if s > strongest.get(key, 0.0):
                strongest[key] = s
    links = sorted(strongest.items())
    return len(ids), links


CPU = {}  # CPU["last"]: the CPU seconds of the last timed() call


def timed(fn):
    """Wall seconds and the value; the CPU seconds go to CPU["last"]. On a shared machine
    the wall time includes waiting for a core; the CPU time of these single-threaded calls
    does not, and is the fairer comparison."""
    cpu = time.process_time()
    start = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - start
    CPU["last"] = time.process_time() - cpu
    return seconds, value


def entry(seconds, found, **more):
    return {"seconds": seconds, "cpu_seconds": CPU["last"], "found": found, **more}


def run_igraph(n, links, betweenness):
    g = igraph.Graph(n=n, edges=[e for e, _ in links])
    strength = [s for _, s in links]
    length = [1.0 / s for s in strength]
    out = {}
    t, c = timed(lambda: g.connected_components())
    out["components"] = entry(t, len(c))
    t, aps = timed(lambda: g.articulation_points())
    out["articulation_points"] = entry(t, len(aps))
    t, br = timed(lambda: g.bridges())
    out["bridges"] = entry(t, len(br))
    t, pr = timed(lambda: g.pagerank(weights=strength, damping=0.85))
    out["pagerank"] = entry(t, max(pr))
    if betweenness:
        t, b = timed(lambda: g.betweenness(weights=length))
        out["betweenness"] = entry(t, max(b), sum=sum(b))
    return out


def run_networkx(n, links, betweenness, sources):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from((u, v, {"strength": s, "length": 1.0 / s}) for (u, v), s in links)
    out = {}
    t, c = timed(lambda: nx.number_connected_components(g))
    out["components"] = entry(t, c)
    t, aps = timed(lambda: list(nx.articulation_points(g)))
    out["articulation_points"] = entry(t, len(aps))
    t, br = timed(lambda: list(nx.bridges(g)))
    out["bridges"] = entry(t, len(br))
    t, pr = timed(lambda: nx.pagerank(g, alpha=0.85, weight="strength"))
    out["pagerank"] = entry(t, max(pr.values()))
    # NetworkX stops when the L1 change of a step is below n * tol (tol = 1e-6 by
    # default: 0.38 at 10,000 accounts, where its largest value comes out 11% low);
    # kamgraph stops below 1e-12. Here NetworkX is asked for kamgraph's precision.
    t, pr = timed(lambda: nx.pagerank(g, alpha=0.85, weight="strength", tol=1e-12 / n,
                                      max_iter=10000))
    out["pagerank_precise"] = entry(t, max(pr.values()))
    if betweenness:
        k = sources if 0 < sources < n else None
        t, b = timed(lambda: nx.betweenness_centrality(g, k=k, normalized=False,
                                                       weight="length", seed=1))
        result = entry(t, max(b.values()), sum=sum(b.values()))
        if k is not None:
            # Extrapolated to all n sources; measured_* are what the k sources took.
            result.update(sampled_sources=k, measured_seconds=t, seconds=t * n / k,
                          measured_cpu_seconds=CPU["last"], cpu_seconds=CPU["last"] * n / k)
        out["betweenness"] = result
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir")
    parser.add_argument("--betweenness", default="",
                        help="comma-separated: igraph, networkx (default: neither)")
    parser.add_argument("--nx-sources", type=int, default=0,
                        help="sample NetworkX's betweenness with K sources (0: all)")
    args = parser.parse_args()
    which = {w for w in args.betweenness.split(",") if w}
    if which - {"igraph", "networkx"}:
        parser.error("--betweenness takes igraph and/or networkx")

    n, links = load(args.data_dir)
    print(f"whole-portfolio graph: {n} people, {len(links)} links", file=sys.stderr)
    result = {
        "vertices": n,
        "links": len(links),
        "igraph_version": igraph.__version__,
        "networkx_version": nx.__version__,
        "igraph": run_igraph(n, links, "igraph" in which),
        "networkx": run_networkx(n, links, "networkx" in which, args.nx_sources),
    }
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
