# The audit of samples/portfolio as of 2026-11-23 is committed under samples/audit/ (Markdown,
# JSON and HTML); this test regenerates it and fails on any difference.
kamgraph import samples/portfolio >/dev/null
kamgraph audit --as-of 2026-11-23 --format md >portfolio.md
kamgraph audit --as-of 2026-11-23 --format json >portfolio.json
kamgraph -q audit --as-of 2026-11-23 --format html -o portfolio.html
for f in portfolio.md portfolio.json portfolio.html; do
  diff -u "samples/audit/$f" "$f" && echo "$f: matches samples/audit/$f"
done
