# Every bad input: a clear message naming file, line and field on stderr, exit 3 (4 for a
# path that does not exist), and the database byte-for-byte unchanged.
kamgraph import graphs/hospital.dot >/dev/null
before=$(sha256sum kam.db | cut -c1-64)
for dir in tests/data/csv/bad/*/ tests/data/dot/syntax_error.dot tests/data/dot/empty.dot no/such/dir; do
  echo "== $dir"
  kamgraph import "$dir" 2>&1
  echo "exit $?"
  [ "$(sha256sum kam.db | cut -c1-64)" = "$before" ] && echo "database unchanged" || echo "DATABASE CHANGED"
  ls kam.db-wal kam.db-shm 2>/dev/null || true
done
