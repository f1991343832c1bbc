#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build/fuzz and fuzzes each for a
# bounded time, starting from the seed corpus (seed_corpus.sh) plus whatever earlier runs
# in the same build directory found. A crash, leak, timeout or broken property fails the
# run and leaves the input in build/fuzz/artifacts/<target>/; to keep it as a regression
# test, fix the bug and copy the input to tests/fuzz/regressions/<target>/ (CTest's
# fuzz.<target>.replay runs it on every build from then on).
#
# Usage: tests/fuzz/run.sh [--seconds N] [--timeout N] [--jobs N] [TARGET...]
#   --seconds N   fuzzing time per target (default 30; scripts/check uses
#                 $KAMGRAPH_FUZZ_SECONDS, 0 skips fuzzing)
#   --timeout N   seconds one input may take before it counts as a hang (default 10; it is
#                 wall-clock time, so give more on a machine shared with other work)
#   --jobs N      build parallelism (default 2)
#   --no-build    use the targets already built (several runs of this script at once)
#   TARGET        csv, dot, salesforce (default: every target that is built)
# Environment: KAMGRAPH_FUZZ_BUILD (default build/fuzz), CC/CXX (default clang/clang++,
# else clang-14/clang++-14).
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
seconds=30
timeout=10
jobs=2
build_first=1
targets=()
while (($#)); do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --no-build) build_first=0; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [[ "$seconds" == 0 ]]; then
  echo "fuzz: skipped (0 seconds)" >&2
  exit 0
fi

# Debian's clang-14 package installs clang-14 (the clang package adds plain clang).
cc=${CC:-$(command -v clang || command -v clang-14 || echo clang)}
cxx=${CXX:-$(command -v clang++ || command -v clang++-14 || echo clang++)}
if ! command -v "$cxx" >/dev/null ||
   ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
     "$cxx" -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
  echo "fuzz: $cxx with libFuzzer is needed (Debian 12: apt-get install clang-14" \
       "libclang-rt-14-dev; scripts/install-deps installs them)" >&2
  exit 1
fi

build=${KAMGRAPH_FUZZ_BUILD:-$src/build/fuzz}
if ((build_first)); then
  CC=$cc CXX=$cxx cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKAMGRAPH_FUZZ=ON -DKAMGRAPH_WERROR=ON >/dev/null
fi
# The same list as tests.cmake: the Salesforce target once its importer exists.
available=(csv dot)
if [[ -f "$src/include/kamgraph/import/salesforce.hpp" && -f "$src/tests/fuzz/fuzz_salesforce.cpp" ]]; then
  available+=(salesforce)
fi
((${#targets[@]})) || targets=("${available[@]}")
if ((build_first)); then
  cmake --build "$build" -j"$jobs" --target "${targets[@]/#/kamgraph_fuzz_}"
fi

status=0
for t in "${targets[@]}"; do
  corpus=$build/corpus/$t artifacts=$build/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  bash "$src/tests/fuzz/seed_corpus.sh" "$src" "$t" "$corpus"
  dict=()
  [[ -f "$src/tests/fuzz/$t.dict" ]] && dict=(-dict="$src/tests/fuzz/$t.dict")
  echo "== fuzz $t: ${seconds}s ==" >&2
  # -timeout: one input taking longer is a hang; -rss_limit_mb: the memory a run may use;
  # -max_len: the largest seed (the sample portfolio) and some room to grow.
  if ! "$build/tests/kamgraph_fuzz_$t" "$corpus" "${dict[@]}" -max_total_time="$seconds" \
       -timeout="$timeout" -rss_limit_mb=2048 -max_len=131072 -print_final_stats=1 \
       -artifact_prefix="$artifacts/" 2>"$build/fuzz-$t.log"; then
    status=1
    echo "fuzz $t FAILED; the input is in $artifacts/; the log's end:" >&2
    tail -n 40 "$build/fuzz-$t.log" >&2
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)|cov: ' \
      "$build/fuzz-$t.log" | tail -n 4 >&2
  fi
done
exit $status
