# Strongest introduction paths across the whole database, and what happens when there is none.
for f in graphs/*.dot; do kamgraph import "$f" >/dev/null; done
kamgraph path --to os_dg --as-of 2026-11-23
kamgraph path --to os_dg --as-of 2026-11-23 --format json
kamgraph path int_kam_rossi bm_ceo --as-of 2026-11-23
kamgraph path --to-account aurora_supermercati --as-of 2026-11-23 --format json
kamgraph path int_kam_rossi nobody 2>&1; echo "exit $?"
kamgraph path --to os_commission_chair 2>&1; echo "exit $?"
kamgraph path 2>&1; echo "exit $?"
