# The coverage matrix of each account in graphs/: the terminal table, and one account in
# every other format.
for f in graphs/*.dot; do kamgraph import "$f" >/dev/null; done
for a in asst_valpadana aurora_supermercati brennero_meccanica; do
  kamgraph matrix "$a" --as-of 2026-11-23
  echo
done
kamgraph matrix aurora_supermercati --as-of 2026-11-23 --format csv
echo
kamgraph matrix aurora_supermercati --as-of 2026-11-23 --format md
echo
kamgraph matrix brennero_meccanica --as-of 2026-11-23 --format json
