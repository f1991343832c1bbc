# An import that replaces more accounts than fit on a screen names the first ten and
# counts the rest; one of 50 accounts (the most listed in full) names them all.
mkdir -p fifty sixty
for dir in fifty sixty; do
  echo "id,name,org" >"$dir/people.csv"
  echo "source,target,type" >"$dir/relationships.csv"
done
for i in $(seq -w 1 60); do
  echo "p$i,Person $i,acc$i" >>sixty/people.csv
  if [ "$i" -le 50 ]; then echo "p$i,Person $i,acc$i" >>fifty/people.csv; fi
done
kamgraph --db fifty.db import fifty
kamgraph --db sixty.db import sixty
kamgraph --db sixty.db accounts | tail -n 2
