# The analysis of each account in graphs/ is committed under samples/analysis/ (Markdown and
# JSON); this test regenerates them and fails on any difference.
for f in graphs/*.dot; do kamgraph import "$f" >/dev/null; done
for a in asst_valpadana aurora_supermercati brennero_meccanica; do
  kamgraph analyze "$a" --as-of 2026-11-23 --format md >"$a.md"
  kamgraph analyze "$a" --as-of 2026-11-23 --format json >"$a.json"
  diff -u "samples/analysis/$a.md" "$a.md" && echo "$a: matches samples/analysis/$a.md"
  diff -u "samples/analysis/$a.json" "$a.json" && echo "$a: matches samples/analysis/$a.json"
done
