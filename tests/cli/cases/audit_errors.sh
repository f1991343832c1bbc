# Bad options and unknown people: a clear message and a meaningful exit code each.
kamgraph audit --as-of 2026-11-23 2>&1; echo "exit $?"
kamgraph import samples/portfolio >/dev/null
kamgraph audit --segment strategc 2>&1; echo "exit $?"
kamgraph audit --sort size 2>&1; echo "exit $?"
kamgraph audit --abc 95,80 2>&1; echo "exit $?"
kamgraph audit --abc 80 2>&1; echo "exit $?"
kamgraph audit --matrix-cut 0.6,1.5 2>&1; echo "exit $?"
kamgraph audit --margin-cuts 0.1,0.2,0.3 2>&1; echo "exit $?"
kamgraph audit --contribution-split 1e6,x 2>&1; echo "exit $?"
kamgraph audit --format pdf 2>&1; echo "exit $?"
kamgraph audit --as-of 2026-11-23 --owner int_nobody 2>&1; echo "exit $?"
kamgraph audit --as-of 2026-11-23 --owner ad_ceo 2>&1; echo "exit $?"
kamgraph audit --as-of 2026-11-23 -f html -o no_such_dir/portfolio.html 2>&1; echo "exit $?"
