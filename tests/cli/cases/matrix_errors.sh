# No database, no account named, an unknown account, a bad date, a bad format: a clear
# message and a meaningful exit code each.
kamgraph matrix asst_valpadana 2>&1; echo "exit $?"
kamgraph import graphs/hospital.dot >/dev/null
kamgraph matrix 2>&1 | head -n 1; echo "exit ${PIPESTATUS[0]}"
kamgraph matrix asst_valpadna 2>&1; echo "exit $?"
kamgraph matrix asst_valpadana --as-of 2026-02-30 2>&1; echo "exit $?"
kamgraph matrix asst_valpadana --format xlsx 2>&1 | head -n 1; echo "exit ${PIPESTATUS[0]}"
