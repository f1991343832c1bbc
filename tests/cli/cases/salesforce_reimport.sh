# The next export of the same org: Anna Kessler has a new title, Petra Klein has left
# (her contact is gone), and a new meeting with Anna is logged. Re-importing it replaces
# Kessler's people and relationships; the ids are Salesforce's, so everything else is the
# same records as before, and a third import of the same export changes nothing.
kamgraph import --from salesforce --as-of 2025-06-30 samples/salesforce >/dev/null
kamgraph export --format csv -o before 2>/dev/null
cp -r samples/salesforce newer
sed -i 's/"Chief Executive Officer","Executive Board"/"Chief Executive Officer and Chair","Executive Board"/' newer/Contact.csv
sed -i '/"Petra","Ms\."/d' newer/Contact.csv
grep -v '0035g00000VB2RB' newer/Task.csv >newer/Task.tmp && mv newer/Task.tmp newer/Task.csv
grep -v '0035g00000VB2RB' newer/AccountContactRelation.csv >newer/acr.tmp && mv newer/acr.tmp newer/AccountContactRelation.csv
echo '"00U5g00000Nw1AbEAJ","0035g00000zmKklAAE","0015g00000Kz5JDAAZ","Steering committee","Customer site","false","2025-06-26T09:00:00.000Z","2025-06-26","90","","0055g00000t7wWqAAI","Meeting","false","false","2025-06-20T08:00:00.000Z"' >>newer/Event.csv
kamgraph import --from salesforce --as-of 2025-06-30 newer
kamgraph export --format csv -o after 2>/dev/null
diff before/people.csv after/people.csv
diff before/relationships.csv after/relationships.csv
kamgraph import --from salesforce --as-of 2025-06-30 newer >/dev/null
kamgraph export --format csv -o again 2>/dev/null
diff -r after again && echo "the same export again: no change"
