# Names, titles, departments, ids and the account name hold `<script>`, `"`, `\N`, `\n`,
# `\\`, `{`, `|`, `&amp;` (tests/data/render/escaping). The DOT escapes them; the SVG shows
# them as written: as text (XML-escaped), never as an element, and \N is never replaced.
kamgraph import tests/data/render/escaping >/dev/null
echo "== DOT"
kamgraph render acme --format dot -o - --as-of 2026-11-23
kamgraph render acme -o map.svg --as-of 2026-11-23 2>/dev/null
echo "== SVG: <script elements: $(grep -c '<script' map.svg)"
echo "== SVG text, as written in the file"
grep -o '<text[^>]*>[^<]*</text>' map.svg | sed -e 's/<text[^>]*>//' -e 's/<\/text>$//'
echo "== SVG tooltips"
grep -o 'xlink:title="[^"]*"' map.svg | sort -u
