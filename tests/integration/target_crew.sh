#!/bin/bash
# Exports in memory share threads: with several tmpfs exports, each has a
# socket of its own, served by one crew thread per core rather than a thread
# per export. Shown here, with six exports (so each crew serves several):
# - whole-export reads of all six at once, each byte right, and every
#   export's I/O went through its own socket (steered);
# - a reload that removes two exports and adds two others while reads of
#   the kept ones go on: the kept reads finish with the right data, the new
#   exports serve their files, the removed ones no longer answer;
# - the target then exits on SIGTERM within 5 s (every crew lets go of its
#   exports' workers).
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need cmp
[ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] || t_skip "/dev/shm is not tmpfs"
D=/dev/shm/aoeboot-$TEST_NAME-$$
mkdir -p "$D"
trap 'rc=$?; rm -rf "$D"; t_cleanup "$rc"' EXIT
i_pair
for i in 1 2 3 4 5 6 7 8; do head -c $((4 << 20)) /dev/urandom > "$D/$i.img"; done
conf() { printf '[defaults]\ninterfaces = t0\n'; for i in "$@"; do printf '[e6.%d]\npath = %s/%d.img\n' "$i" "$D" "$i"; done; }
conf 1 2 3 4 5 6 > "$T_TMP/exports.conf"
t_bg "$NT" serve "$AOEBOOT" serve --no-guard -c "$T_TMP/exports.conf" -S "$T_TMP/ctl" --state-dir "$T_TMP/state"
pid=$T_LAST_PID
i_wait_target e6.6
grep -q "every request passes the one receive thread" "$T_TMP/serve.log" && t_skip "no PACKET_FANOUT on this kernel"
steered() { "$AOEBOOT" status -S "$T_TMP/ctl" | grep -A1 "^$1 " | sed -n 's/.*steered=\([0-9]*\).*/\1/p'; }
reads() {  # reads each of the given exports whole, all at once
    local i p=()
    for i in "$@"; do i_client read e6.$i -i c0 -o "$T_TMP/r$i.bin" 2> "$T_TMP/r$i.err" & p+=($!); done
    for i in "${!p[@]}"; do wait "${p[$i]}" || t_fail "read of e6.${*:$((i + 1)):1}: $(cat "$T_TMP/r${*:$((i + 1)):1}.err")"; done
    for i in "$@"; do i_same "$T_TMP/r$i.bin" "$D/$i.img"; done
}
reads 1 2 3 4 5 6
for i in 1 2 3 4 5 6; do
    [ "$(steered e6.$i)" -gt 1000 ] || t_fail "e6.$i: $(steered e6.$i) frames through its own socket, want its reads"
done
# Threads: the receive thread and one crew per core, not one per export.
threads=$(ls /proc/$pid/task | wc -l)
[ "$threads" -le $(( $(nproc) + 2 )) ] || t_fail "$threads threads for 6 exports in memory on $(nproc) cores"

# Reload under load: e6.5 and e6.6 go, e6.7 and e6.8 come.
conf 1 2 3 4 7 8 > "$T_TMP/exports.conf"
for i in 1 2 3 4; do i_client read e6.$i -i c0 -o "$T_TMP/k$i.bin" 2> "$T_TMP/k$i.err" & K[$i]=$!; done
sleep 0.1
kill -HUP "$pid"
t_wait_for 5 grep -q "reloaded" "$T_TMP/serve.log" || t_fail "no reload: $(tail -3 "$T_TMP/serve.log")"
for i in 1 2 3 4; do
    wait "${K[$i]}" || t_fail "a read of kept e6.$i across the reload failed: $(cat "$T_TMP/k$i.err")"
    i_same "$T_TMP/k$i.bin" "$D/$i.img"
done
i_wait_target e6.8
reads 7 8 1
for i in 5 6; do
    i_client read e6.$i -i c0 --length 4K --timeout 2 -o /dev/null 2>/dev/null && t_fail "removed e6.$i still answers"
done

t0=$(date +%s%N)
kill -TERM "$pid"
for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && t_fail "aoeboot serve did not exit within 5 s of SIGTERM"
wait "$pid" || t_fail "aoeboot serve exited with $? on SIGTERM"
t_log "six exports in memory on shared threads, a reload under load, exit in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
