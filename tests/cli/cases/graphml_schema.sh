# The GraphML export validates against the GraphML schema (tests/data/graphml/schema, kept
# offline), for a whole portfolio, one account, and text that needs escaping.
schema=tests/data/graphml/schema/graphml.xsd
kamgraph import --from salesforce --as-of 2025-06-30 samples/salesforce >/dev/null
kamgraph import samples/portfolio >/dev/null
kamgraph import tests/data/csv/good/acme >/dev/null
kamgraph export --format graphml -o all.graphml
kamgraph export 0015g00000Kz5JD --format graphml -o kessler.graphml
kamgraph export acme --format graphml >acme.graphml
for f in all.graphml kessler.graphml acme.graphml; do xmllint --noout --schema "$schema" "$f" 2>&1; done
# The schema is strict enough to catch a broken file.
sed 's/attr.type="double"/attr.type="real"/' acme.graphml >broken.graphml
xmllint --noout --schema "$schema" broken.graphml 2>&1 | head -n 1
# Edges by type, and which of them are directed: influences and reports_to only.
grep -A1 '<edge ' all.graphml | grep -o 'key="type">[a-z_]*<' | sort | uniq -c
grep -A1 'directed="true"' all.graphml | grep -o 'key="type">[a-z_]*<' | sort | uniq -c
