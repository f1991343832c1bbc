# The sample portfolio's audit in the terminal: greco is the only direct link to the
# deciders of four accounts (48.7% of revenue); ABC 6 / 9 / 15; four segments from the matrix.
kamgraph import samples/portfolio >/dev/null
kamgraph audit --as-of 2026-11-23
