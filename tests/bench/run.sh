#!/bin/sh
# The benchmark of the README's Performance section: builds the release binary and the
# in-process benchmark kamgraph_bench if needed, then runs tests/bench/run.py (its --help
# lists the options; they pass through).
#   tests/bench/run.sh --sizes 10,100,1000
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/bench
"$root/scripts/install-deps" --bench
if [ ! -x "$build/kamgraph" ] || [ ! -x "$build/kamgraph_bench" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DKAMGRAPH_WERROR=ON \
    -DKAMGRAPH_BUILD_TESTS=OFF -DKAMGRAPH_BUILD_BENCH=ON
  cmake --build "$build" -j2 --target kamgraph kamgraph_bench
fi
# /usr/bin/python3: igraph and NetworkX are Debian packages of the system Python.
exec /usr/bin/python3 "$root/tests/bench/run.py" "$@"
