# Every subcommand answers --help with a usage line, and exits 0.
kamgraph --help | head -n 1
for cmd in $(kamgraph --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && /^  [a-z]/ {print $1}'); do
  if kamgraph "$cmd" --help >help.txt; then
    echo "$cmd: $(grep -c -i 'usage' help.txt) usage line(s)"
  else
    echo "$cmd: --help failed"
  fi
done
