#!/usr/bin/env bash
# Runs one golden CLI case: tests/cli/cases/NAME.sh, a short bash script whose `kamgraph`
# calls run the binary under test, in a fresh temporary directory (so ./kam.db is new) in
# which graphs/, samples/ and tests/data/ of the source tree are linked, so that paths in
# messages are short and the same on every machine.
#   stdout of the whole case   must equal expected/NAME.out
#   stderr                     must equal expected/NAME.err, or be empty when there is none
#   exit status of the case    must equal expected/NAME.exit, or 0 when there is none
# UPDATE_GOLDEN=1 rewrites the expected files instead (inspect them before committing).
set -u
bin=$1 src=$2 name=$3
case_file="$src/tests/cli/cases/$name.sh"
expected="$src/tests/cli/expected/$name"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tests"
ln -s "$src/graphs" "$work/graphs"
ln -s "$src/samples" "$work/samples"
ln -s "$src/tests/data" "$work/tests/data"
cd "$work" || exit 2

# Fixed environment: no database from the caller, no colour, a fixed locale.
unset KAMGRAPH_DB
export LC_ALL=C.UTF-8 TZ=UTC KAMGRAPH_BIN="$bin"
bash -c 'kamgraph() { "$KAMGRAPH_BIN" "$@"; }; export -f kamgraph; source "$0"' "$case_file" \
  >"$work/.out" 2>"$work/.err"
status=$?

if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
  cp "$work/.out" "$expected.out"
  if [[ -s "$work/.err" ]]; then cp "$work/.err" "$expected.err"; else rm -f "$expected.err"; fi
  if [[ $status -ne 0 ]]; then echo "$status" >"$expected.exit"; else rm -f "$expected.exit"; fi
  echo "updated $name"
  exit 0
fi

fail=0
want_status=0
[[ -f "$expected.exit" ]] && want_status=$(cat "$expected.exit")
if [[ "$status" != "$want_status" ]]; then
  echo "FAIL $name: exit status $status, expected $want_status"
  fail=1
fi
if ! diff -u "$expected.out" "$work/.out" >"$work/.diff" 2>&1; then
  echo "FAIL $name: stdout differs from expected/$name.out:"
  head -n 60 "$work/.diff"
  fail=1
fi
if [[ -f "$expected.err" ]]; then
  if ! diff -u "$expected.err" "$work/.err" >"$work/.diff" 2>&1; then
    echo "FAIL $name: stderr differs from expected/$name.err:"
    head -n 40 "$work/.diff"
    fail=1
  fi
elif [[ -s "$work/.err" ]]; then
  echo "FAIL $name: unexpected stderr:"
  head -n 20 "$work/.err"
  fail=1
fi
exit $fail
