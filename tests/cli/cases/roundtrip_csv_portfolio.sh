# CSV -> import -> export -> import -> export: the same database both times.
kamgraph import samples/portfolio
kamgraph export --format csv -o first
kamgraph --db second.db import first
kamgraph --db second.db export --format csv -o again
diff -r first again && echo "CSV exports identical"
kamgraph export --format json >a.json
kamgraph --db second.db export --format json >b.json
cmp a.json b.json && echo "databases equal"
