# A stakeholder whose name is an attack: in the brief it is text, never markup; the page
# has no script, no event handler and nothing that could fetch (the browser test opens it).
mkdir evil
printf 'id,name,segment\nacme,"Acme <b>&</b> ""Co""",star\n' >evil/accounts.csv
printf '%s\n' 'id,name,org,kind,role,power,attitude,title,department' \
  'boss,"<script>alert(1)</script> ""\N"" {x}",acme,dmu,decider,0.9,neutral,"CEO <img src=x onerror=alert(2)>",Board' \
  'buyer,Bea,acme,dmu,buyer,0.5,supporter,Buyer,Purchasing' \
  'kam,Kim,internal,internal,,,,KAM,Sales' >evil/people.csv
printf '%s\n' 'source,target,type,strength,last_contact' 'kam,buyer,knows,0.9,2026-11-01' \
  'kam,boss,knows,0.3,2026-01-01' 'buyer,boss,influences,0.7,' >evil/relationships.csv
kamgraph import evil >/dev/null
kamgraph brief acme --as-of 2026-11-23 --no-map -o brief.html 2>&1; echo "exit $?"
echo "script tags: $(grep -ci '<script' brief.html)"
# Tags only: in the text, `<` is always escaped, so a raw `<` opens real markup.
echo "event handlers: $(grep -ciE '<[^>]*\son[a-z]+=' brief.html)"
echo "fetching markup: $(grep -ciE '<(img|link|iframe|object|embed|image|use)[ />]|<[^>]*\s(src|href)="[^#]|url\(' brief.html)"
name='&lt;script&gt;alert(1)&lt;/script&gt; &quot;\N&quot; {x}'
echo "the name as text: $(grep -oF "<span class=\"who\">$name</span>" brief.html | wc -l)"
echo "the name in a tooltip: $(grep -cF "title=\"Kim – $name: 0.16 (recorded 0.30, last contact 2026-01-01, stale)\"" brief.html)"
echo "the title as text: $(grep -c 'CEO &lt;img src=x onerror=alert(2)&gt;' brief.html)"
grep -o '<h1>.*</h1>' brief.html
grep -o '<p class="empty">[^<]*</p>' brief.html
echo "actions naming the decider: $(sed -n '/id="actions"/,/<\/section>/p' brief.html | grep -cF "<span class=\"who\">$name</span>")"
