#!/bin/bash
# Client speed: `aoeboot bench` against a target that does no disk I/O
# (aoeboot serve with a null:SIZE backing) shows how many frames per second
# the initiator itself can drive; the same against vblade on a file for
# comparison. Prints the numbers; fails if the client cannot sustain
# 10000 frames/s (a floor far below what it does, to catch regressions that
# serialise the window) or if bench reports an error.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade

secs=${BENCH_SECONDS:-3}
for mtu in 1500 9000; do
    i_pair $mtu $mtu
    i_serve "$NT" t0 8.1 null:4G
    i_wait_target e8.1
    out=$(i_client bench e8.1 -i c0 --seconds "$secs" --outstanding 8 --json) || t_fail "bench against null serve failed"
    t_log "MTU $mtu, null serve: $out"
    fps=$(echo "$out" | sed -n 's/.*"frames_per_s": \([0-9]*\).*/\1/p')
    [ "${fps:-0}" -ge 10000 ] || t_fail "only ${fps:-0} frames/s against a null target"
    out=$(i_client bench e8.1 -i c0 --seconds "$secs" --random --outstanding 32 --json) || t_fail "random bench failed"
    t_log "MTU $mtu, null serve, random 4K: $out"
    kill "$I_TARGET_PID"

    t_image "$T_TMP/disk$mtu.img" 64
    i_vblade "$NT" t0 8 2 "$T_TMP/disk$mtu.img"
    i_wait_target e8.2
    out=$(i_client bench e8.2 -i c0 --seconds "$secs" --outstanding 8 --json) || t_fail "bench against vblade failed"
    t_log "MTU $mtu, vblade file: $out"
    kill "$I_TARGET_PID"
done
