#!/usr/bin/env bash
# The browser tests of `kamgraph brief` and `kamgraph audit -f html`: makes the briefs of
# the three sample graphs and of an account whose people's names are attacks, and the audits
# of the sample portfolio and of that account, then opens them in Debian's headless Chromium
# (brief.test.mjs, audit.test.mjs; playwright-core from npm; no browser is ever downloaded).
#   tests/browser/run.sh KAMGRAPH_BINARY SOURCE_DIR WORK_DIR
# It never skips: without Chromium, Node.js or npm it fails and says how to install them.
set -euo pipefail
bin=$1 src=$2 work=$3
here="$src/tests/browser"
chromium=${KAMGRAPH_CHROMIUM:-/usr/bin/chromium}

missing=()
[[ -x "$chromium" ]] || missing+=("Chromium ($chromium)")
command -v node >/dev/null || missing+=("Node.js (node)")
command -v npm >/dev/null || missing+=("npm")
if ((${#missing[@]} > 0)); then
  echo "FAIL: the browser test needs ${missing[*]}: run scripts/install-deps --browser" >&2
  exit 1
fi

mkdir -p "$work"
# playwright-core and pngjs, exactly as locked, installed once per lock file. playwright-core
# has no install script and downloads nothing; scripts are off all the same.
if ! cmp -s "$here/package-lock.json" "$work/node_modules/.kamgraph-package-lock.json"; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund \
     --loglevel=error)
  cp "$here/package-lock.json" "$work/node_modules/.kamgraph-package-lock.json"
fi
cp "$here/brief.test.mjs" "$work/"

db="$work/kam.db"
rm -f "$db" "$work/portfolio.db" "$work/escape.db" "$work"/*.html "$work"/*.png "$work"/*.pdf
for g in manufacturer hospital retailer; do
  "$bin" --db "$db" -q import "$src/graphs/$g.dot" >/dev/null
done
"$bin" --db "$db" -q import "$here/escape" >/dev/null
for account in brennero_meccanica asst_valpadana aurora_supermercati escape_test; do
  "$bin" --db "$db" -q brief "$account" --as-of 2026-11-23 -o "$work/$account.html"
done

# The portfolio audit (issue 5): the sample portfolio, and the escape account on its own.
"$bin" --db "$work/portfolio.db" -q import "$src/samples/portfolio" >/dev/null
"$bin" --db "$work/portfolio.db" -q audit --as-of 2026-11-23 -f html -o "$work/audit.html"
"$bin" --db "$work/escape.db" -q import "$here/escape" >/dev/null
"$bin" --db "$work/escape.db" -q audit --as-of 2026-11-23 -f html -o "$work/audit_escape.html"
cp "$here/audit.test.mjs" "$work/"
cd "$work"
status=0
node brief.test.mjs "$work" "$chromium" || status=1
node audit.test.mjs "$work" "$chromium" || status=1
exit $status
