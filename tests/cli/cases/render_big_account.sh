# A 2,500-person account: the whole map is refused at once (before any analysis or
# layout) with the limit and the way out; a filtered map and an ego map of it are drawn.
mkdir big
{
  echo "id,name,org,kind,role,power,department,reports_to"
  echo "kam,Kim Keyes,internal,internal,,,Sales,"
  echo "ceo,Carla Chief,bigco,dmu,decider,0.95,Board,"
  for i in $(seq 1 2498); do
    echo "p$i,Person $i,bigco,dmu,user,0.$((i % 10)),Dept $((i % 40)),ceo"
  done
} >big/people.csv
{
  echo "source,target,type,strength,last_contact"
  echo "kam,ceo,knows,0.6,2026-11-01"
  for i in $(seq 1 2498 | awk 'NR % 50 == 1'); do echo "kam,p$i,knows,0.7,2026-10-01"; done
} >big/relationships.csv
kamgraph import big >/dev/null
kamgraph render bigco -o all.svg --as-of 2026-11-23 2>&1; echo "exit $?"
kamgraph render bigco -o top.svg --as-of 2026-11-23 --min-power 0.9 --roles decider,user 2>&1
echo "exit $?; $(grep -c 'class="node"' top.svg) people drawn"
kamgraph -q render bigco -o - --format dot --as-of 2026-11-23 --around ceo --depth 1 --department 'dept 7' | grep -o 'layout="[a-z]*"\|[0-9]* people shown'; echo "exit ${PIPESTATUS[0]}"
