#!/usr/bin/python3
"""Reference values for kamgraph's graph metrics (tests/data/reference/*.json).

The C++ code in src/analysis/ is an independent implementation; these files are what its
reference tests compare against. Nothing here runs at test time: run this script by hand
after changing it, and check its output in.

    apt-get install -y python3-igraph python3-networkx
    /usr/bin/python3 scripts/reference_metrics.py        # writes tests/data/reference/

(/usr/bin/python3 because the Debian packages install into the system Python.)

Graphs (vertices are 0..n-1; for the Florentine families the names sorted, as kamgraph
numbers people in sorted-id order):
  kite             Krackhardt's kite, 10 vertices, 18 links of strength 1.
  karate           Zachary's karate club, 34 vertices, 78 links of strength 1.
  karate_weighted  the same links with strength = Zachary's interaction count (1..7),
                   taken from networkx.karate_club_graph()'s 'weight' attribute.
  florentine       Padgett's Florentine families, marriage network, 15 families.
  directed_pagerank  a small seeded directed graph with dangling vertices (PageRank only).

Definitions the C++ code follows and the references are computed with:
  betweenness   Brandes (2001) over the undirected graph, edge length = 1/strength,
                normalised by 2/((n-1)(n-2)) as NetworkX does for undirected graphs.
  pagerank      damping 0.85, each undirected link is two arcs of weight = strength,
                dangling mass spread uniformly, uniform personalisation.
  articulation points, bridges: of the simple graph.

Which value is the reference:
  betweenness   python-igraph's Graph.betweenness(weights=lengths). igraph compares path
                lengths with a relative tolerance (igraph_cmp_epsilon, eps = 1e-10), so
                lengths that are equal in exact arithmetic count as ties. The script also
                computes betweenness with exact rational arithmetic (fractions.Fraction) and
                fails unless igraph agrees with it to 1e-12.
                NetworkX's betweenness_centrality compares float sums exactly. On the
                weighted karate club it therefore misses tied shortest paths: its
                unnormalised values are off by up to 1.0 (vertex 2: +1.0, vertex 1: +0.75,
                vertices 0, 27, 31, 32, 33: +-0.5, vertex 13: -0.25). The file records
                NetworkX's values and the differences under "networkx_betweenness".
  pagerank      python-igraph's Graph.pagerank (PRPACK); NetworkX's pagerank (power
                iteration, tol 1e-15) is recorded as a cross-check.
  articulation points, bridges: python-igraph; the script fails unless NetworkX agrees.
"""

import json
import os
import random
import sys
from fractions import Fraction
import heapq

import igraph
import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "reference")
IGRAPH = f"python-igraph {igraph.__version__}"
NETWORKX = f"networkx {nx.__version__}"
DAMPING = 0.85


def normalisation(n):
    """NetworkX's factor for undirected graphs, applied to igraph's unordered-pair count."""
    return 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0


def exact_betweenness(n, links):
    """Brandes (2001) with exact rational lengths 1/strength: the definition, no tolerance.

    Strengths are converted with Fraction(str(s)), i.e. the decimal the data states
    (interaction counts are integers), so ties are ties by construction.
    """
    adj = [dict() for _ in range(n)]
    for u, v, s in links:
        length = 1 / Fraction(str(s))
        if v not in adj[u] or length < adj[u][v]:
            adj[u][v] = adj[v][u] = length
    cb = [Fraction(0)] * n
    for s in range(n):
        dist = [None] * n
        sigma = [0] * n
        preds = [[] for _ in range(n)]
        dist[s], sigma[s] = Fraction(0), 1
        done = [False] * n
        order = []
        heap = [(Fraction(0), s)]
        while heap:
            d, u = heapq.heappop(heap)
            if done[u] or d != dist[u]:
                continue
            done[u] = True
            order.append(u)
            for v, length in adj[u].items():
                nd = d + length
                if dist[v] is None or nd < dist[v]:
                    dist[v], sigma[v], preds[v] = nd, sigma[u], [u]
                    heapq.heappush(heap, (nd, v))
                elif nd == dist[v]:
                    sigma[v] += sigma[u]
                    preds[v].append(u)
        delta = [Fraction(0)] * n
        for w in reversed(order):
            for v in preds[w]:
                delta[v] += Fraction(sigma[v], sigma[w]) * (1 + delta[w])
            if w != s:
                cb[w] += delta[w]
    return [float(x / 2) for x in cb]  # each unordered pair was counted from both ends


def undirected_reference(name, description, n, links, names=None, provenance=None):
    links = sorted((min(u, v), max(u, v), s) for u, v, s in links)
    lengths = [1.0 / s for _, _, s in links]
    strengths = [float(s) for _, _, s in links]

    g = igraph.Graph(n=n, edges=[(u, v) for u, v, _ in links])
    scale = normalisation(n)
    bet_ig = [b * scale for b in g.betweenness(weights=lengths)]
    pr_ig = g.pagerank(weights=strengths, damping=DAMPING)
    ap_ig = sorted(g.articulation_points())
    br_ig = sorted((min(g.es[e].tuple), max(g.es[e].tuple)) for e in g.bridges())

    exact = [b * scale for b in exact_betweenness(n, links)]
    worst_exact = max(abs(a - b) for a, b in zip(bet_ig, exact))
    if worst_exact > 1e-12:
        sys.exit(f"{name}: igraph betweenness differs from exact arithmetic by {worst_exact}")

    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u, v, s in links:
        G.add_edge(u, v, strength=float(s), length=1.0 / s)
    bet_nx = nx.betweenness_centrality(G, weight="length", normalized=True)
    pr_nx = nx.pagerank(G, alpha=DAMPING, weight="strength", tol=1e-15, max_iter=100000)
    ap_nx = sorted(nx.articulation_points(G))
    br_nx = sorted((min(u, v), max(u, v)) for u, v in nx.bridges(G))
    if ap_nx != ap_ig or br_nx != br_ig:
        sys.exit(f"{name}: igraph and networkx disagree on articulation points or bridges")

    bet_diff = {str(v): {"networkx": bet_nx[v], "igraph": bet_ig[v],
                         "difference_normalised": bet_nx[v] - bet_ig[v],
                         "difference_unnormalised": (bet_nx[v] - bet_ig[v]) / scale}
                for v in range(n) if abs(bet_nx[v] - bet_ig[v]) > 1e-12}
    pr_worst = max(abs(pr_nx[v] - pr_ig[v]) for v in range(n))

    doc = {
        "graph": name,
        "description": description,
        "provenance": provenance or {},
        "generated_by": f"scripts/reference_metrics.py with {IGRAPH}, {NETWORKX}, "
                        f"Python {sys.version.split()[0]}",
        "n": n,
        "names": names,
        "links": [[u, v, s] for u, v, s in links],
        "betweenness": {
            "definition": "Brandes 2001, undirected, length = 1/strength, "
                          "normalised by 2/((n-1)(n-2))",
            "source": f"{IGRAPH} Graph.betweenness(weights=[1/strength]) * 2/((n-1)(n-2))",
            "checked": "equal to exact rational Brandes (fractions.Fraction) within "
                       f"{worst_exact:.3g}",
            "values": bet_ig,
        },
        "networkx_betweenness": {
            "source": f"{NETWORKX} betweenness_centrality(weight='length', normalized=True)",
            "note": "NetworkX compares float path lengths exactly; where it differs from "
                    "igraph and the exact rational count it misses tied shortest paths."
                    if bet_diff else "agrees with igraph to 1e-12",
            "values": [bet_nx[v] for v in range(n)],
            "differences": bet_diff,
        },
        "pagerank": {
            "definition": "damping 0.85, each link = two arcs of weight strength, "
                          "dangling mass uniform, uniform personalisation",
            "source": f"{IGRAPH} Graph.pagerank(weights=strength, damping=0.85) (PRPACK)",
            "checked": f"{NETWORKX} pagerank(alpha=0.85, weight='strength', tol=1e-15) "
                       f"agrees within {pr_worst:.3g}",
            "values": pr_ig,
        },
        "articulation_points": {
            "source": f"{IGRAPH} Graph.articulation_points(); {NETWORKX} "
                      "articulation_points() agrees",
            "values": ap_ig,
        },
        "bridges": {
            "source": f"{IGRAPH} Graph.bridges(); {NETWORKX} bridges() agrees",
            "values": [list(b) for b in br_ig],
        },
    }
    write(name, doc)
    if bet_diff:
        worst = max(abs(d["difference_unnormalised"]) for d in bet_diff.values())
        print(f"  {name}: NetworkX betweenness differs from igraph/exact at "
              f"{len(bet_diff)} vertices, by up to {worst:.6g} unnormalised")


def directed_reference():
    """A seeded directed graph with dangling vertices and unequal weights, PageRank only."""
    rng = random.Random(20240607)
    n = 12
    arcs = {}
    for u in range(n):
        if u in (3, 7, 11):  # dangling: no out-arcs
            continue
        for v in rng.sample([x for x in range(n) if x != u], rng.randint(1, 3)):
            arcs[(u, v)] = float(rng.choice([0.25, 0.5, 1.0, 2.0, 3.0]))
    arcs = sorted((u, v, w) for (u, v), w in arcs.items())
    g = igraph.Graph(n=n, edges=[(u, v) for u, v, _ in arcs], directed=True)
    pr_ig = g.pagerank(weights=[w for _, _, w in arcs], damping=DAMPING, directed=True)
    D = nx.DiGraph()
    D.add_nodes_from(range(n))
    D.add_weighted_edges_from(arcs)
    pr_nx = nx.pagerank(D, alpha=DAMPING, weight="weight", tol=1e-15, max_iter=100000)
    pr_worst = max(abs(pr_nx[v] - pr_ig[v]) for v in range(n))
    write("directed_pagerank", {
        "graph": "directed_pagerank",
        "description": "12 vertices, arcs drawn with random.Random(20240607); vertices 3, 7 "
                       "and 11 are dangling (no out-arcs)",
        "generated_by": f"scripts/reference_metrics.py with {IGRAPH}, {NETWORKX}, "
                        f"Python {sys.version.split()[0]}",
        "n": n,
        "arcs": [[u, v, w] for u, v, w in arcs],
        "pagerank": {
            "definition": "damping 0.85, weighted out-arcs, dangling mass uniform, "
                          "uniform personalisation",
            "source": f"{IGRAPH} Graph.pagerank(weights=weight, damping=0.85, "
                      "directed=True) (PRPACK)",
            "checked": f"{NETWORKX} pagerank(alpha=0.85, weight='weight', tol=1e-15) "
                       f"agrees within {pr_worst:.3g}",
            "values": pr_ig,
        },
    })


def write(name, doc):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"{name}.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(to_json(doc) + "\n")
    print(f"wrote {os.path.relpath(path)}")


def to_json(value, indent=""):
    """JSON with one line per link or value list, so that diffs stay readable.

    Floats go through json.dumps, i.e. repr(): the shortest string that reads back to the
    same double (at most 17 significant digits), so nothing is lost.
    """
    inner = indent + " "
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {to_json(v, inner)}" for k, v in value.items()
                 if v is not None]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}" if items else "{}"
    if isinstance(value, (list, tuple)):
        if all(not isinstance(x, (list, tuple, dict)) for x in value):
            return json.dumps(list(value))
        return "[\n" + ",\n".join(inner + to_json(x, inner) for x in value) + "\n" + indent + "]"
    return json.dumps(value)


def same_edges(a, b):
    return sorted(tuple(sorted(e)) for e in a) == sorted(tuple(sorted(e)) for e in b)


def main():
    print(f"{IGRAPH}, {NETWORKX}")

    kite = nx.krackhardt_kite_graph()
    if not same_edges(kite.edges(), igraph.Graph.Famous("Krackhardt_Kite").get_edgelist()):
        sys.exit("networkx and igraph disagree on Krackhardt's kite")
    undirected_reference(
        "kite", "Krackhardt's kite (Krackhardt 1990), unweighted: every strength 1",
        kite.number_of_nodes(), [(u, v, 1) for u, v in kite.edges()],
        provenance={"edges": f"{NETWORKX} krackhardt_kite_graph(), equal to {IGRAPH} "
                             "Graph.Famous('Krackhardt_Kite')"})

    karate = nx.karate_club_graph()
    if not same_edges(karate.edges(), igraph.Graph.Famous("Zachary").get_edgelist()):
        sys.exit("networkx and igraph disagree on Zachary's karate club")
    undirected_reference(
        "karate", "Zachary's karate club (Zachary 1977), unweighted: every strength 1",
        karate.number_of_nodes(), [(u, v, 1) for u, v in karate.edges()],
        provenance={"edges": f"{IGRAPH} Graph.Famous('Zachary'), equal to {NETWORKX} "
                             "karate_club_graph()"})
    undirected_reference(
        "karate_weighted",
        "Zachary's karate club with strength = the interaction count (1..7) of Zachary's "
        "weighted matrix; length = 1/strength",
        karate.number_of_nodes(), [(u, v, d["weight"]) for u, v, d in karate.edges(data=True)],
        provenance={"edges": f"{NETWORKX} karate_club_graph(), 'weight' edge attribute"})

    flo = nx.florentine_families_graph()
    names = sorted(flo.nodes())
    index = {name: i for i, name in enumerate(names)}
    undirected_reference(
        "florentine", "Padgett's Florentine families, marriage network (Breiger & Pattison "
        "1986); vertices are the family names in sorted order; every strength 1",
        len(names), [(index[a], index[b], 1) for a, b in flo.edges()], names=names,
        provenance={"edges": f"{NETWORKX} florentine_families_graph()"})

    directed_reference()


if __name__ == "__main__":
    main()
