kamgraph import samples/portfolio >/dev/null
kamgraph analyze --all --as-of 2026-11-23
