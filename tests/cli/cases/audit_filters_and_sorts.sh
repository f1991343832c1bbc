# Filters choose the rows; classes and shares stay the whole portfolio's.
kamgraph import samples/portfolio >/dev/null
echo "== strategic and status, weakest coverage first (CSV)"
kamgraph audit --as-of 2026-11-23 --segment strategic --segment status --sort coverage -f csv
echo "== opportunity accounts whose segment came from the matrix"
kamgraph audit --as-of 2026-11-23 --segment Opportunity -f json |
  grep -E '"(account|segment|segment_derived|abc|policy_met)":'
echo "== where Rossi or Nowak hold a thread, by status"
kamgraph audit --as-of 2026-11-23 --owner int_kam_rossi --owner int_kam_nowak --sort status -f md |
  sed -n '/^## Key-person risk/,/^## Why/p'
echo "== no account lacks a segment here"
kamgraph audit --as-of 2026-11-23 --segment none -f csv
echo "== other cut-offs: ABC 50/90, matrix 0.5/0.5, fixed contribution split and margin cuts"
kamgraph audit --as-of 2026-11-23 --abc 50,90 --matrix-cut 0.5,0.5 \
  --contribution-split 1000000,2000000 --margin-cuts 0.2,0.15,0.12 -f json |
  sed -n '/"segmentation"/,/"accounts": \[/p'
echo "== an account with no people yet, written to a file"
mkdir newco
printf 'id,name,segment,revenue\nnewco,"New Co, S.r.l.",star,5000000\n' >newco/accounts.csv
kamgraph import newco >/dev/null
kamgraph audit --as-of 2026-11-23 --sort status -f csv -o audit.csv && tail -n 2 audit.csv
