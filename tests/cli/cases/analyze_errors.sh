# Unknown account, unknown --without id, an account with no people, no database: a clear
# message and a meaningful exit code each.
kamgraph analyze asst_valpadana 2>&1; echo "exit $?"
kamgraph import graphs/hospital.dot >/dev/null
kamgraph analyze asst_valpadna 2>&1; echo "exit $?"
kamgraph analyze asst_valpadana --without nobody_here --as-of 2026-11-23 2>&1; echo "exit $?"
kamgraph analyze asst_valpadana --as-of 2026-02-30 2>&1; echo "exit $?"
kamgraph analyze 2>&1; echo "exit $?"
mkdir only_accounts
printf 'id,name,segment\nnewco,New Co S.r.l.,star\n' >only_accounts/accounts.csv
kamgraph import only_accounts >/dev/null
kamgraph analyze newco --as-of 2026-11-23 2>&1; echo "exit $?"
