# Importing the same data twice leaves the same database.
kamgraph import samples/portfolio >/dev/null
for f in graphs/*.dot; do kamgraph import "$f" >/dev/null; done
kamgraph export --format json >first.json
kamgraph import samples/portfolio
for f in graphs/*.dot; do kamgraph import "$f"; done
kamgraph export --format json >second.json
cmp first.json second.json && echo "same database after the second import"
