# A Salesforce data export as Salesforce writes it (samples/salesforce), imported as of a
# fixed day: the accounts, Kessler Pharma's buying centre and our team, and the strengths
# derived from the activities (the README, "Importing from a CRM, and GraphML" works the first ones out by hand).
kamgraph import --from salesforce --as-of 2025-06-30 samples/salesforce
kamgraph accounts
kamgraph people 0015g00000Kz5JD
kamgraph export --format csv -o out 2>/dev/null
grep -E '^(source|0035g00000zmKkl|0035g00000YB4n1|0035g00000XFhJI|0035g00000Uf3fv),' out/relationships.csv
# Marlow Finch: the account executive who knew them has left (an inactive user).
kamgraph people 0015g00000zPBNo
