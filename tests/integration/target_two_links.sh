#!/bin/bash
# One serve process on two interfaces (a receive ring each, one loop): e2.1
# is exported on both, e2.2 on t1 only, and t1 runs jumbo frames. Two
# clients, each in its own namespace behind its own link, write and read at
# the same time: every byte lands where it should, e2.2 is invisible on t0's
# segment, each link gets the sectors per frame of its own MTU, and status
# counts the frames of each interface. Then t0 goes down for a while: the
# target says so, does not spin (the kernel's ENETDOWN on the socket would
# make poll return at once until read), keeps serving t1, and serves t0
# again once it is back up.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need cmp

NT=$(t_netns t); NA=$(t_netns a); NB=$(t_netns b)
T_NETNS+=("$NT" "$NA" "$NB")
t_veth "$NT" t0 "$NA" c0 1500
t_veth "$NT" t1 "$NB" c0 9000
t_image "$T_TMP/one.img" 16
t_image "$T_TMP/two.img" 8
cp "$T_TMP/one.img" "$T_TMP/one.want"
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = t0, t1
[e2.1]
path = $T_TMP/one.img
[e2.2]
path = $T_TMP/two.img
interfaces = t1
CONF
s_serve serve --no-guard -c "$T_TMP/exports.conf"
on() { local ns=$1; shift; ip netns exec "$ns" "$AOEBOOT" "$@"; }

# What each segment sees.
t_wait_for 10 on "$NA" discover --no-identify -t 300 --want e2.1 -i c0 || t_fail "e2.1 not found on t0's segment"
t_wait_for 10 on "$NB" discover --no-identify -t 300 --want e2.2 -i c0 || t_fail "e2.2 not found on t1's segment"
if on "$NA" discover --no-identify -t 500 --want e2.2 -i c0 >/dev/null 2>&1; then
    t_fail "e2.2 answered on t0, where it is not exported"
fi
on "$NA" discover -i c0 -t 500 --json --want e2.1 > "$T_TMP/a.json" || t_fail "discover e2.1 on a"
on "$NB" discover -i c0 -t 500 --json --want e2.1 > "$T_TMP/b.json" || t_fail "discover e2.1 on b"
grep -q '"max_sectors": 2\b' "$T_TMP/a.json" || t_fail "MTU 1500 link: want 2 sectors per frame: $(cat "$T_TMP/a.json")"
grep -q '"max_sectors": 17\b' "$T_TMP/b.json" || t_fail "MTU 9000 link: want 17 sectors per frame: $(cat "$T_TMP/b.json")"

# Both links busy at once: A writes 1-3 MiB of e2.1, B writes 9-11 MiB of
# e2.1 and reads all of e2.2, A reads the untouched 12-16 MiB.
head -c $((2 << 20)) /dev/urandom > "$T_TMP/a.src"
head -c $((2 << 20)) /dev/urandom > "$T_TMP/b.src"
dd if="$T_TMP/a.src" of="$T_TMP/one.want" bs=1M seek=1 conv=notrunc status=none
dd if="$T_TMP/b.src" of="$T_TMP/one.want" bs=1M seek=9 conv=notrunc status=none
pids=()
on "$NA" write e2.1 "$T_TMP/a.src" -i c0 --offset 1M 2>"$T_TMP/aw.err" & pids+=($!)
on "$NA" read e2.1 -i c0 --offset 12M --length 4M -o "$T_TMP/a.tail" 2>"$T_TMP/ar.err" & pids+=($!)
on "$NB" write e2.1 "$T_TMP/b.src" -i c0 --offset 9M 2>"$T_TMP/bw.err" & pids+=($!)
on "$NB" read e2.2 -i c0 -o "$T_TMP/b.two" 2>"$T_TMP/br.err" & pids+=($!)
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || t_fail "client job $i failed: $(cat "$T_TMP"/aw.err "$T_TMP"/ar.err "$T_TMP"/bw.err "$T_TMP"/br.err)"
done
cmp "$T_TMP/one.img" "$T_TMP/one.want" >/dev/null || t_fail "e2.1's file is not what the two clients wrote"
cmp "$T_TMP/b.two" "$T_TMP/two.img" >/dev/null || t_fail "e2.2 read over t1 differs from its file"
cmp "$T_TMP/a.tail" <(tail -c +$(( (12 << 20) + 1 )) "$T_TMP/one.want") >/dev/null || t_fail "e2.1 read over t0 differs"
# And crosswise: what A wrote, read back over B's link.
on "$NB" read e2.1 -i c0 --offset 1M --length 2M -o "$T_TMP/b.cross" || t_fail "cross read failed"
cmp "$T_TMP/b.cross" "$T_TMP/a.src" >/dev/null || t_fail "A's write read back over t1 differs"

s_status > "$T_TMP/status" || t_fail "aoeboot status failed"
cat "$T_TMP/status" >&2
for i in t0 t1; do
    n=$(sed -n "s/^interface $i frames=\([0-9]*\) ring-drops=[0-9]*$/\1/p" "$T_TMP/status")
    [ "${n:-0}" -gt 1000 ] || t_fail "status: interface $i counts ${n:-no} frames"
done
t_log "two links, one process: concurrent writes and reads right on both, e2.2 only on t1"

ticks() { awk '{print $14 + $15}' "/proc/$S_PID/stat"; }
ip -n "$NT" link set t0 down
t_wait_for 5 grep -q "t0: Network is down" "$T_TMP/serve.log" || t_fail "no word of t0 going down: $(cat "$T_TMP/serve.log")"
c0=$(ticks)
sleep 2
c1=$(ticks)
[ $((c1 - c0)) -lt 50 ] || t_fail "with t0 down the target used $((c1 - c0)) ticks of CPU in 2 s (spinning?)"
on "$NB" read e2.2 -i c0 --length 1M -o "$T_TMP/b.down" || t_fail "t1 stopped serving while t0 was down"
cmp "$T_TMP/b.down" "$T_TMP/two.img" -n $((1 << 20)) >/dev/null || t_fail "e2.2 read while t0 was down differs"
ip -n "$NT" link set t0 up
on "$NA" read e2.1 -i c0 --length 1M -o "$T_TMP/a.up" || t_fail "t0 not served again after it came back up"
cmp "$T_TMP/a.up" "$T_TMP/one.want" -n $((1 << 20)) >/dev/null || t_fail "e2.1 read after t0 came back differs"
t_log "t0 down: $((c1 - c0)) CPU ticks in 2 s, t1 served meanwhile, t0 served again once up"

# A reload puts e2.2 on t0 too while B reads it over t1: it is served on
# both, and on t0 through a socket of its own (its worker restarts with one
# for each interface), without an error on B's side.
steered() { s_status | grep -A1 "^$1 " | sed -n 's/.*steered=\([0-9]*\).*/\1/p'; }
on "$NB" read e2.2 -i c0 -o "$T_TMP/b.reload" 2>"$T_TMP/b.reload.err" & R=$!
sed -i 's/^interfaces = t1$/interfaces = t1, t0/' "$T_TMP/exports.conf"
kill -HUP "$S_PID"
t_wait_for 5 grep -q "reloaded" "$T_TMP/serve.log" || t_fail "no reload: $(tail -3 "$T_TMP/serve.log")"
wait $R || t_fail "B's read of e2.2 failed across the reload: $(cat "$T_TMP/b.reload.err")"
cmp "$T_TMP/b.reload" "$T_TMP/two.img" >/dev/null || t_fail "e2.2 read across the reload differs"
before=$(steered e2.2)
on "$NA" read e2.2 -i c0 --length 2M -o "$T_TMP/a.two" || t_fail "e2.2 not served on t0 after the reload"
cmp "$T_TMP/a.two" "$T_TMP/two.img" -n $((2 << 20)) >/dev/null || t_fail "e2.2 read over t0 differs"
after=$(steered e2.2)
# 2 MiB at 2 sectors per frame: 2048 reads, all of them steered.
[ $((after - before)) -ge 2048 ] || t_fail "e2.2's reads over t0 were not steered to its own socket ($before -> $after)"
t_log "reload added t0 to e2.2: served there through its own socket, B's read across the reload intact"
