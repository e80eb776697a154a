#!/bin/bash
# The initiator against our own target (aoeboot serve): discover, read, write
# (with a FLUSH the target honours), verify with LBA48 and forced LBA28
# commands, at MTU 1500 and 9000.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need cmp

for mtu in 1500 9000; do
    i_pair $mtu $mtu
    img=$T_TMP/disk-$mtu.img
    t_image "$img" 16
    i_serve "$NT" t0 4.2 "$img"
    i_wait_target e4.2

    out=$(i_client discover -i c0 -t 500)
    echo "$out" >&2
    echo "$out" | grep -q '^e4.2 .*16.0 MiB.*c0' || t_fail "discover table lacks e4.2 16 MiB on c0"
    json=$(i_client discover -i c0 -t 300 --json --want e4.2)
    sect=$(echo "$json" | sed -n 's/.*"paths": \[.*"max_sectors": \([0-9]*\)}.*/\1/p' | head -1)
    want_sect=$(( (mtu - 36) / 512 ))
    [ "$sect" = "$want_sect" ] || t_fail "MTU $mtu: expected max sectors $want_sect, got '$sect'"

    i_client read e4.2 -i c0 -o "$T_TMP/all.bin"
    i_same "$T_TMP/all.bin" "$img"

    head -c 777777 /dev/urandom > "$T_TMP/src.bin"
    i_client write e4.2 "$T_TMP/src.bin" -i c0 --offset 3M 2>"$T_TMP/write.err" || t_fail "write failed: $(cat "$T_TMP/write.err")"
    if grep -q "FLUSH" "$T_TMP/write.err"; then t_fail "serve should honour FLUSH: $(cat "$T_TMP/write.err")"; fi
    i_same "$T_TMP/src.bin" "$img" 777777 3145728

    i_client verify e4.2 -i c0 --yes --length 8M | tee "$T_TMP/v48.out" >&2
    grep -q ': OK' "$T_TMP/v48.out" || t_fail "verify (LBA48) failed"
    i_client verify e4.2 -i c0 --yes --lba28 --offset 8M --length 8M | tee "$T_TMP/v28.out" >&2
    grep -q ': OK' "$T_TMP/v28.out" || t_fail "verify (LBA28) failed"
    i_client read e4.2 -i c0 -o "$T_TMP/after.bin"
    i_same "$T_TMP/after.bin" "$img"
    t_log "MTU $mtu: serve interop OK"
    kill "$I_TARGET_PID"
done
