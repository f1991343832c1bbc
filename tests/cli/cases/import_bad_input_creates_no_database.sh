# A failed import into a database that does not exist yet creates none.
kamgraph import tests/data/csv/bad/several_errors 2>/dev/null
echo "exit $?"
ls kam.db 2>/dev/null || echo "no kam.db created"
