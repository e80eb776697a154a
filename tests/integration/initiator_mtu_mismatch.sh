#!/bin/bash
# Jumbo frames on both ends but something in between that silently drops
# frames above 1514 bytes (a switch left at MTU 1500; simulated with an eBPF
# ingress filter on both ends). The target advertises 17 sectors per frame;
# such frames vanish while small Query Config replies still pass. The
# initiator must halve its frame size until frames get through and finish
# the read and the write instead of retrying until it gives up.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade cmp

i_pair 9000
i_drop_big "$NC" c0 1514
i_drop_big "$NT" t0 1514
img=$T_TMP/disk.img
t_image "$img" 8
i_vblade "$NT" t0 3 3 "$img"
i_wait_target e3.3
i_client discover -i c0 -t 300 --json | grep -q '"max_sectors": 17' || t_fail "target does not advertise 17 sectors"

s=$(date +%s%N)
i_client read e3.3 -i c0 --timeout 20 -v -o "$T_TMP/read.bin" 2>"$T_TMP/read.err" || { cat "$T_TMP/read.err" >&2; t_fail "read failed across the MTU mismatch"; }
ms=$(( ($(date +%s%N) - s) / 1000000 ))
cat "$T_TMP/read.err" >&2
i_same "$T_TMP/read.bin" "$img"
grep -q ' 2 sectors/frame' "$T_TMP/read.err" || t_fail "frame size did not come down to 2 sectors"
t_log "read 8 MiB through a 1500-byte hop with jumbo ends: ${ms} ms"

head -c 2M /dev/urandom > "$T_TMP/src.bin"
i_client write e3.3 "$T_TMP/src.bin" -i c0 --timeout 20 2>"$T_TMP/write.err" || { cat "$T_TMP/write.err" >&2; t_fail "write failed across the MTU mismatch"; }
i_same "$T_TMP/src.bin" "$img" 2097152
t_log "write 2 MiB: OK"
