#!/bin/bash
# Failover: two vblade processes on two hosts (namespaces) export the same
# backing file as the same shelf.slot (the DRBD-style setup); the client
# reaches them over two links. discover marks the device as answered by two
# MACs; one target is killed in the middle of a read and of a write; both
# complete, the dead path is reported, and the switch is bounded (the cost
# is about 50 ms on a quiet machine; the bound is 5 s because the baseline
# and the failover run are timed apart and a loaded machine slows one more
# than the other: it catches a read that waits for a dead path's long
# timeouts, not a slow second).
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade cmp

NC=$(t_netns c); NA=$(t_netns a); NB=$(t_netns b)
t_veth "$NC" c0 "$NA" a0
t_veth "$NC" c1 "$NB" b0
img=$T_TMP/disk.img
t_image "$img" 64
i_vblade "$NA" a0 6 1 "$img"; pa=$I_TARGET_PID
i_vblade "$NB" b0 6 1 "$img"; pb=$I_TARGET_PID
i_wait_target e6.1 c0 c1
t_wait_for 5 bash -c "ip netns exec $NC $AOEBOOT discover -i c0 -i c1 -t 300 --no-identify | grep -q '2 MACs'" \
    || t_fail "discover does not mark e6.1 as answered by 2 MACs"
i_client discover -i c0 -i c1 -t 300 >&2

both=(-i c0 -i c1 --max-outstanding 2 --timeout 30 -v)
# Baseline with both paths up, for the failover cost.
start=$(date +%s%N)
i_client read e6.1 "${both[@]}" -o "$T_TMP/base.bin" 2>/dev/null
base_ms=$(( ($(date +%s%N) - start) / 1000000 ))

start=$(date +%s%N)
i_client read e6.1 "${both[@]}" -o "$T_TMP/read.bin" 2>"$T_TMP/read.err" &
rpid=$!
sleep 0.3
kill -0 $rpid 2>/dev/null || t_fail "the read ended before the kill (too fast to test)"
kill "$pa"; killed=$(date +%s%N); t_log "target A killed"
wait $rpid || t_fail "read failed after losing a path: $(cat "$T_TMP/read.err")"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
after=$(( ($(date +%s%N) - killed) / 1000000 ))
cat "$T_TMP/read.err" >&2
i_same "$T_TMP/read.bin" "$img"
# Frames that time out on A move to B at once; A itself is declared dead
# after 1 s without an answer (only visible if the read lasted that long).
if [ $after -gt 1500 ]; then
    grep -q 'c0 -> .*: dead' "$T_TMP/read.err" || t_fail "the killed path is not reported dead ${after} ms after the kill"
fi
grep -q 'c1 -> .*: alive' "$T_TMP/read.err" || t_fail "the surviving path is not alive"
t_log "read 64 MiB with a path killed: ${ms} ms (both paths: ${base_ms} ms; failover cost $(( ms - base_ms )) ms)"
[ $(( ms - base_ms )) -lt 5000 ] || t_fail "failover cost $(( ms - base_ms )) ms (limit 5000)"

# Now A comes back and B dies during a write.
i_vblade "$NA" a0 6 1 "$img"; pa=$I_TARGET_PID
i_wait_target e6.1 c0
head -c 48M /dev/urandom > "$T_TMP/src.bin"
i_client write e6.1 "$T_TMP/src.bin" "${both[@]}" 2>"$T_TMP/write.err" &
wpid=$!
sleep 0.3
kill -0 $wpid 2>/dev/null || t_fail "the write ended before the kill (too fast to test)"
kill "$pb"; t_log "target B killed"
wait $wpid || t_fail "write failed after losing a path: $(cat "$T_TMP/write.err")"
i_same "$T_TMP/src.bin" "$img" 50331648
t_log "write 48 MiB with a path killed: OK"

# B was not there when the read started (so discovery found only A); B comes
# up, then A dies: the engine must learn B from its probes on c1 and finish.
i_client read e6.1 "${both[@]}" -o "$T_TMP/late.bin" 2>"$T_TMP/late.err" &
rpid=$!
sleep 0.2
i_vblade "$NB" b0 6 1 "$img"; pb=$I_TARGET_PID
sleep 0.3
kill -0 $rpid 2>/dev/null || t_fail "the read ended before the kill (too fast to test)"
kill "$pa"; t_log "target A killed (B started after the read began)"
wait $rpid || t_fail "read failed although B came up: $(cat "$T_TMP/late.err")"
i_same "$T_TMP/late.bin" "$img"
grep -q 'c1 -> .*: alive' "$T_TMP/late.err" || t_fail "the late path via c1 was not used"
t_log "read 64 MiB moved to a target that appeared mid-transfer: OK"
