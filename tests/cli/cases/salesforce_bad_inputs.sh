# Bad Salesforce exports (tests/data/salesforce): every problem by file, line and column,
# exit status 3, and nothing written: no database is created.
for c in missing_file missing_column dangling_id bad_date duplicate_rows bad_id; do
  kamgraph import --from salesforce --as-of 2025-06-30 "tests/data/salesforce/$c" 2>&1
  echo "exit $?"
done
ls kam.db 2>/dev/null || echo "no database was created"
# The good base case imports; --as-of must be a real day and goes with --from.
kamgraph import --from salesforce --as-of 2025-06-30 tests/data/salesforce/good
kamgraph import --from salesforce --as-of 2025-06-31 tests/data/salesforce/good 2>&1; echo "exit $?"
kamgraph import --as-of 2025-06-30 tests/data/salesforce/good 2>&1; echo "exit $?"
kamgraph import --from salesforce tests/data/salesforce/nowhere 2>&1; echo "exit $?"
