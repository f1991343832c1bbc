# A plan over time, as a KAM lives it: plan the hospital, record what the team did by hand
# (done, assigned, dropped, a note), take a snapshot; a month later Elena Costa has met the
# CFO (re-import with a strong, recent tie), the plan is re-run: the CFO action closes by
# itself, the hand-made changes stay; a second snapshot, and the trend between the two.
kamgraph import graphs/hospital.dot >/dev/null
kamgraph plan asst_valpadana --as-of 2026-11-23 --format json 2>&1 >/dev/null
kamgraph action done asst_valpadana:os_tech_dir --note "technical workshop on 2 Dec" --as-of 2026-12-03
kamgraph action assign asst_valpadana:os_med_dir int_clin_ricci --as-of 2026-11-24
kamgraph action drop asst_valpadana:few_supporters --note "not this quarter" --as-of 2026-11-25
echo "== an action that does not exist"
kamgraph action done asst_valpadana:os_nobody 2>&1; echo "exit $?"
kamgraph -q snapshot --as-of 2026-11-23 >/dev/null

echo "== a month later: Elena Costa met the CFO"
sed 's/int_fin_costa -- os_cfo \[type="knows" strength="0.3" last_contact="2025-12-11"/int_fin_costa -- os_cfo [type="knows" strength="0.8" last_contact="2026-12-15"/' \
  graphs/hospital.dot >hospital.dot
grep -c 'strength="0.8" last_contact="2026-12-15"' hospital.dot
kamgraph -q import hospital.dot
kamgraph plan asst_valpadana --as-of 2026-12-20 --format json 2>&1 >/dev/null
kamgraph action list asst_valpadana --status all --as-of 2026-12-20
echo "== why the done ones are done (their notes)"
kamgraph action list asst_valpadana --status done --format json --as-of 2026-12-20 | grep '"notes"'
kamgraph -q snapshot --as-of 2026-12-20 >/dev/null
echo "== trend"
kamgraph trend asst_valpadana
