# Re-importing a newer Salesforce export keeps the plan: the Kessler account is planned and
# the team records what it did by hand; the next export (Petra Klein has left, a new
# steering-committee meeting with Anna Kessler) is imported and the account re-planned.
# The hand-made changes stay, Petra's action is dropped because she left, nothing doubles.
kamgraph import --from salesforce --as-of 2025-06-30 samples/salesforce >/dev/null
kamgraph -q plan 0015g00000Kz5JD --as-of 2025-06-30 >/dev/null
kamgraph -q action done 0015g00000Kz5JD:no_coach --note "Priya Nair coaches us" --as-of 2025-06-30
kamgraph -q action assign 0015g00000Kz5JD:0035g000007AqYv 0055g00000t7wWq --as-of 2025-06-30
cp -r samples/salesforce newer
sed -i '/"Petra","Ms\."/d' newer/Contact.csv
grep -v '0035g00000VB2RB' newer/Task.csv >newer/Task.tmp && mv newer/Task.tmp newer/Task.csv
grep -v '0035g00000VB2RB' newer/AccountContactRelation.csv >newer/acr.tmp && mv newer/acr.tmp newer/AccountContactRelation.csv
echo '"00U5g00000Nw1AbEAJ","0035g00000zmKklAAE","0015g00000Kz5JDAAZ","Steering committee","Customer site","false","2025-06-26T09:00:00.000Z","2025-06-26","90","","0055g00000t7wWqAAI","Meeting","false","false","2025-06-20T08:00:00.000Z"' >>newer/Event.csv
kamgraph import --from salesforce --as-of 2025-07-01 newer >/dev/null
kamgraph plan 0015g00000Kz5JD --as-of 2025-07-01 --format json 2>&1 >/dev/null
kamgraph action list 0015g00000Kz5JD --status all --as-of 2025-07-01
kamgraph action list 0015g00000Kz5JD --status all --format json --as-of 2025-07-01 | grep -c '"id"'
