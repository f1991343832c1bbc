# HubSpot's contact export (samples/hubspot): companies, contacts with their buying roles,
# owners as our team, and strengths from how often each contact was contacted.
kamgraph import --from hubspot --as-of 2025-06-30 samples/hubspot
kamgraph accounts
kamgraph people hs-company-8001
kamgraph export --format csv -o out 2>/dev/null
cat out/relationships.csv
