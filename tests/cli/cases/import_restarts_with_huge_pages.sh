# An import starts itself again, once, with malloc on huge pages where the kernel gives
# them, keeping the user's own glibc tunables. Seen from outside: the environment of the
# process (same pid) while it waits to read its input, a FIFO.
mkdir in && mkfifo in/people.csv
GLIBC_TUNABLES=glibc.malloc.perturb=0 "$KAMGRAPH_BIN" import in/people.csv &
pid=$!
if grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  want="GLIBC_TUNABLES=glibc.malloc.perturb=0 glibc.malloc.hugetlb=1"
else
  want="GLIBC_TUNABLES=glibc.malloc.perturb=0"
fi
# glibc splits the tunables in place at start-up, a NUL for each ':', so the value reads
# as several entries of the environment.
for _ in $(seq 200); do
  seen=$(tr '\0' ' ' </proc/$pid/environ | grep -o 'GLIBC_TUNABLES=[^ ]*\( glibc\.[^ ]*\)*')
  [[ "$seen" == "$want" ]] && break
  sleep 0.05
done
[[ "$seen" == "$want" ]] && echo "environment as expected" || echo "environment: $seen, expected $want"
printf 'id,name,org,kind\nc1,Chiara Rossi,internal,internal\n' >in/people.csv
wait $pid
echo "exit $?"
