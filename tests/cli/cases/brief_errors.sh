# No database, an unknown account, an output that cannot be written, a bad date: a clear
# message and a meaningful exit code each, and no file left behind.
kamgraph brief asst_valpadana -o brief.html 2>&1; echo "exit $?"
kamgraph import graphs/hospital.dot >/dev/null
kamgraph brief asst_valpadna -o brief.html 2>&1; echo "exit $?"
kamgraph brief asst_valpadana --as-of 2026-11-23 --no-map -o no_such_dir/brief.html 2>&1; echo "exit $?"
kamgraph brief asst_valpadana --as-of 2026-13-01 -o brief.html 2>&1; echo "exit $?"
kamgraph brief 2>&1 | head -n 1; echo "exit ${PIPESTATUS[0]}"
ls brief.html 2>&1 | sed 's/^ls: //'
kamgraph brief asst_valpadana --as-of 2026-11-23 --no-map -o brief.html; echo "exit $?"
