# Every file in graphs/ imports, and `people ACCOUNT --format json` lists every person with
# the model's fields.
for f in graphs/*.dot; do kamgraph import "$f"; done
for a in asst_valpadana aurora_supermercati brennero_meccanica; do
  kamgraph people "$a" --format json
done
