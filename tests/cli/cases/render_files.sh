# The format follows the -o file's extension (or --format); the same database and options
# give the same bytes every time, in every format.
kamgraph import graphs/hospital.dot >/dev/null
for ext in svg png pdf dot gv; do
  kamgraph render asst_valpadana -o "a.$ext" --as-of 2026-11-23
  kamgraph -q render asst_valpadana -o "b.$ext" --as-of 2026-11-23
  cmp -s "a.$ext" "b.$ext" && echo "$ext: the same bytes twice"
done
echo "svg: $(grep -c '^<svg' a.svg) <svg> element, $(grep -c '</svg>' a.svg) </svg>"
echo "png: $(head -c 4 a.png | tail -c 3) signature"
echo "pdf: $(head -c 5 a.pdf) header, creation date $(grep -a -o 'CreationDate ([^)]*)' a.pdf)"
echo "dot: $(head -n 1 a.dot)"
cmp -s a.dot a.gv && echo "gv: same as dot"
kamgraph -q render asst_valpadana -o map.bin --format svg --as-of 2026-11-23
cmp -s map.bin a.svg && echo "--format svg over the extension: same as a.svg"
