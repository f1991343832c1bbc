# Export to GraphML and import the file into a new database: the same accounts, people and
# relationships (compared as CSV exports of both databases).
kamgraph import --from salesforce --as-of 2025-06-30 samples/salesforce >/dev/null
kamgraph import samples/portfolio >/dev/null
kamgraph export --format graphml -o portfolio.graphml
kamgraph export --format csv -o original 2>/dev/null
kamgraph --db copy.db import portfolio.graphml
kamgraph --db copy.db export --format csv -o copy 2>/dev/null
diff -r original copy && echo "GraphML round trip: identical"
# One account's graph, imported on its own.
kamgraph export 0015g00000cpJpv --format graphml -o aurora.graphml
kamgraph --db aurora.db import aurora.graphml
kamgraph --db aurora.db people 0015g00000cpJpv
# A broken file: nothing imported.
head -c 2000 portfolio.graphml >cut.graphml
kamgraph --db cut.db import cut.graphml 2>&1; echo "exit $?"
