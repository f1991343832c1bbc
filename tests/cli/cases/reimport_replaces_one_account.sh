# A newer version of one account replaces that account's people and relationships and
# nothing else: every other account's data, and our shared team, are untouched.
kamgraph import samples/portfolio >/dev/null
accounts=$(kamgraph accounts --format csv | tail -n +2 | cut -d, -f1)
for a in $accounts; do kamgraph export "$a" --format json >"before.$a.json"; done
mkdir newer
# The newer acciaierie_dolomiti file: its buyer has left, and nothing else changed.
head -n 1 samples/portfolio/people.csv >newer/people.csv
grep '^ad_' samples/portfolio/people.csv | grep -v '^ad_buyer,' >>newer/people.csv
head -n 1 samples/portfolio/relationships.csv >newer/relationships.csv
grep -E '(^|,)ad_' samples/portfolio/relationships.csv | grep -v 'ad_buyer' >>newer/relationships.csv
kamgraph import newer
for a in $accounts; do
  kamgraph export "$a" --format json >"after.$a.json"
  cmp -s "before.$a.json" "after.$a.json" || echo "changed: $a"
done
kamgraph show ad_buyer 2>&1
echo "exit $?"
