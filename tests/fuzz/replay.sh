#!/usr/bin/env bash
# CTest's fuzz.<target>.replay: the seed corpus and every saved regression input of one
# fuzz target, run once each through the target's properties (replay_main.cpp).
# Usage: tests/fuzz/replay.sh REPLAY_BINARY SOURCE_DIR TARGET
set -euo pipefail
bin=$1 src=$2 target=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$src/tests/fuzz/seed_corpus.sh" "$src" "$target" "$work/seeds"
inputs=("$work/seeds")
[[ -d "$src/tests/fuzz/regressions/$target" ]] && inputs+=("$src/tests/fuzz/regressions/$target")
"$bin" "${inputs[@]}" 2>"$work/log" || { tail -n 40 "$work/log"; exit 1; }
