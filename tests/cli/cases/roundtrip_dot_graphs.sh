# DOT -> import -> export -> import: each account's data is the same in both databases,
# and a second DOT export is byte-identical to the first.
for f in graphs/*.dot; do
  a=$(basename "$f" .dot)
  kamgraph --db one.db import "$f" >/dev/null
  acct=$(kamgraph --db one.db accounts --format csv | tail -n +2 | cut -d, -f1 | while read -r id; do grep -q "\"$id\"" "$f" && echo "$id"; done | head -n 1)
  kamgraph --db one.db export "$acct" --format dot -o "$a.1.dot"
  kamgraph --db two.db import "$a.1.dot" >/dev/null
  kamgraph --db two.db export "$acct" --format dot -o "$a.2.dot"
  cmp "$a.1.dot" "$a.2.dot" && echo "$acct: DOT export re-imports to identical DOT"
  kamgraph --db one.db export "$acct" --format json >"$a.1.json"
  kamgraph --db two.db export "$acct" --format json >"$a.2.json"
  cmp "$a.1.json" "$a.2.json" && echo "$acct: same account data in both databases"
done
