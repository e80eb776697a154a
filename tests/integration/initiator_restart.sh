#!/bin/bash
# The target is killed and restarted in the middle of a transfer: the read
# and the write both complete without error, and the data is right.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade cmp

i_pair 1500
img=$T_TMP/disk.img
t_image "$img" 64
i_vblade "$NT" t0 2 3 "$img"
i_wait_target e2.3

# A window of 2 keeps the transfer long enough to be interrupted.
slow=(-i c0 --max-outstanding 2 --timeout 30)

restart_during() {  # restart_during PID: kill vblade while PID runs, restart it 1 s later
    sleep 0.3
    kill -0 "$1" 2>/dev/null || t_fail "the transfer ended before the target was killed (too fast to test)"
    kill "$I_TARGET_PID"; wait "$I_TARGET_PID" 2>/dev/null || true
    t_log "target killed"
    sleep 1
    i_vblade "$NT" t0 2 3 "$img"
    t_log "target restarted"
}

start=$(date +%s%N)
i_client read e2.3 "${slow[@]}" -v -o "$T_TMP/read.bin" 2>"$T_TMP/read.err" &
rpid=$!
restart_during $rpid
wait $rpid || t_fail "read failed across the restart: $(cat "$T_TMP/read.err")"
t_log "read 64 MiB across a restart in $(( ($(date +%s%N) - start) / 1000000 )) ms: $(grep '^frames' "$T_TMP/read.err")"
i_same "$T_TMP/read.bin" "$img"

head -c 48M /dev/urandom > "$T_TMP/src.bin"
i_client write e2.3 "$T_TMP/src.bin" "${slow[@]}" -v 2>"$T_TMP/write.err" &
wpid=$!
restart_during $wpid
wait $wpid || t_fail "write failed across the restart: $(cat "$T_TMP/write.err")"
t_log "write 48 MiB across a restart: $(grep '^frames' "$T_TMP/write.err")"
i_same "$T_TMP/src.bin" "$img" 50331648
