# The brief of each account in graphs/ is committed under samples/briefs/; this test
# regenerates them (after planning, as scripts/refresh-samples does, so that the briefs
# list the plan's next actions) and fails on any difference. Same input, same bytes.
for f in graphs/*.dot; do kamgraph import "$f" >/dev/null; done
for a in asst_valpadana aurora_supermercati brennero_meccanica; do
  kamgraph -q plan "$a" --as-of 2026-11-23 >/dev/null
  kamgraph -q brief "$a" --as-of 2026-11-23 -o "$a.html"
  cmp "samples/briefs/$a.html" "$a.html" && echo "$a: matches samples/briefs/$a.html"
done
kamgraph -q brief brennero_meccanica --as-of 2026-11-23 -o - | cmp - brennero_meccanica.html &&
  echo "brennero_meccanica: -o - writes the same page to stdout"
