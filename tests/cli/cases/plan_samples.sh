# The plan of each account in graphs/ is committed under samples/plans/ (Markdown and JSON);
# this test regenerates them and fails on any difference. Planning again on the same data
# changes nothing: every action is reported unchanged and the JSON is the same bytes.
for f in graphs/*.dot; do kamgraph import "$f" >/dev/null; done
for a in asst_valpadana aurora_supermercati brennero_meccanica; do
  kamgraph -q plan "$a" --as-of 2026-11-23 --format md >"$a.md"
  kamgraph -q plan "$a" --as-of 2026-11-23 --format json >"$a.json"
  diff -u "samples/plans/$a.md" "$a.md" && echo "$a: matches samples/plans/$a.md"
  diff -u "samples/plans/$a.json" "$a.json" && echo "$a: matches samples/plans/$a.json"
  kamgraph plan "$a" --as-of 2026-11-23 --format json 2>&1 >again.json | sed 's/^/  /'
  cmp "$a.json" again.json && echo "  planning again: same JSON"
done
