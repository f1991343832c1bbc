#!/usr/bin/env bash
# Writes the seed corpus of one fuzz target into OUT_DIR from the data the project keeps:
#   csv: every directory of samples/ and tests/data/csv/ holding people.csv, as one input
#        "people.csv <FF> relationships.csv <FF> accounts.csv" (fuzz_common.hpp);
#   dot: graphs/*.dot and tests/data/dot/*.dot;
#   salesforce: every directory under samples/ and tests/data/ with "salesforce" in its
#        path holding Account.csv, as one input of its files (fuzz_salesforce.cpp's order).
# Usage: tests/fuzz/seed_corpus.sh SOURCE_DIR TARGET OUT_DIR
set -euo pipefail
src=$1 target=$2 out=$3
mkdir -p "$out"

seed_name() { # a stable, unique file name for a seed: its path relative to the source tree
  local rel=${1#"$src"/}
  echo "${rel//\//_}"
}

case "$target" in
  csv)
    while IFS= read -r -d '' people; do
      dir=$(dirname "$people")
      {
        cat "$people"
        for f in relationships.csv accounts.csv; do
          printf '\f'
          # Spreadsheets elsewhere save Relationships.csv: any letter case.
          find "$dir" -maxdepth 1 -iname "$f" -exec cat {} +
        done
      } >"$out/$(seed_name "$dir")"
    done < <(find "$src/samples" "$src/tests/data/csv" -iname people.csv -print0 | sort -z)
    ;;
  dot)
    while IFS= read -r -d '' f; do
      cp "$f" "$out/$(seed_name "$f")"
    done < <(find "$src/graphs" "$src/tests/data/dot" -name '*.dot' -print0 | sort -z)
    ;;
  salesforce)
    # The order of fuzz_salesforce.cpp's kFiles.
    files=(Account.csv Contact.csv User.csv AccountTeamMember.csv Opportunity.csv
           OpportunityContactRole.csv AccountContactRelation.csv Task.csv Event.csv)
    while IFS= read -r -d '' account; do
      dir=$(dirname "$account")
      {
        first=1
        for f in "${files[@]}"; do
          ((first)) || printf '\f'
          first=0
          if [[ -f "$dir/$f" ]]; then cat "$dir/$f"; fi
        done
      } >"$out/$(seed_name "$dir")"
    done < <(find "$src/samples" "$src/tests/data" -path '*salesforce*' -name Account.csv \
               -print0 2>/dev/null | sort -z)
    ;;
  *)
    echo "seed_corpus.sh: unknown target '$target'" >&2
    exit 2
    ;;
esac
