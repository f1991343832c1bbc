# Every view of every account in graphs/, as the DOT that kamgraph lays out, is committed
# under samples/maps/ACCOUNT/VIEW.dot; this test regenerates them and fails on any
# difference. (The ego view is drawn around each account's decider, two steps out.)
for f in graphs/*.dot; do kamgraph import "$f" >/dev/null; done
for pair in asst_valpadana:os_dg aurora_supermercati:ar_ceo brennero_meccanica:bm_ceo; do
  a=${pair%%:*} centre=${pair#*:}
  for v in stakeholders orgchart influence coverage ego; do
    extra=()
    [[ $v == ego ]] && extra=(--around "$centre" --depth 2)
    kamgraph render "$a" --format dot -o - --as-of 2026-11-23 --view "$v" "${extra[@]}" >"$a.$v.dot"
    diff -u "samples/maps/$a/$v.dot" "$a.$v.dot" && echo "$a $v: matches samples/maps/$a/$v.dot"
  done
done
