#!/bin/bash
# The initiator against Debian's vblade (a real, independent AoE target):
# discover (table, JSON, --want), read, write, verify; LBA48 and forced LBA28
# commands; MTU 1500 and 9000. vblade's replies are short (unpadded): accepted.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade cmp

for mtu in 1500 9000; do
    i_pair $mtu $mtu
    img=$T_TMP/disk-$mtu.img
    t_image "$img" 16
    i_vblade "$NT" t0 3 7 "$img"
    i_wait_target e3.7

    # Discovery: the table, JSON and --want.
    out=$(i_client discover -i c0 -t 500)
    echo "$out" >&2
    echo "$out" | grep -q '^e3.7 .*16.0 MiB.*c0' || t_fail "discover table lacks e3.7 16 MiB on c0"
    json=$(i_client discover -i c0 -t 300 --json)
    echo "$json" | grep -q '"device": "e3.7"' || t_fail "discover --json lacks e3.7"
    sect=$(echo "$json" | sed -n 's/.*"max_sectors": \([0-9]*\)}.*/\1/p' | head -1)
    want_sect=$(( (mtu - 36) / 512 ))
    [ "$sect" = "$want_sect" ] || t_fail "MTU $mtu: expected max sectors $want_sect from vblade, got '$sect'"
    i_client discover -i c0 -t 300 --want e3.7 --no-identify >/dev/null || t_fail "--want e3.7 not found"
    if i_client discover -i c0 -t 300 --want e3.8 --no-identify >/dev/null 2>&1; then
        t_fail "--want e3.8 (absent) reported found"
    fi

    # Read the whole disk, then a range.
    i_client read e3.7 -i c0 -o "$T_TMP/all.bin"
    i_same "$T_TMP/all.bin" "$img"
    i_client read e3.7 -i c0 --offset 1M --length 512K > "$T_TMP/part.bin"
    i_same "$T_TMP/part.bin" "$img" 524288 1048576

    # Write a file that does not end on a sector boundary at an offset.
    head -c 1000123 /dev/urandom > "$T_TMP/src.bin"
    i_client write e3.7 "$T_TMP/src.bin" -i c0 --offset 2M 2>"$T_TMP/write.err"
    grep -q "does not implement FLUSH" "$T_TMP/write.err" || t_fail "vblade's FLUSH abort not reported"
    i_same "$T_TMP/src.bin" "$img" 1000123 2097152

    # verify refuses a disk with data, passes with --yes (LBA48, then LBA28).
    if i_client verify e3.7 -i c0 --length 1M 2>"$T_TMP/refuse.err"; then t_fail "verify overwrote data without --yes"; fi
    grep -q "not empty" "$T_TMP/refuse.err" || t_fail "verify refusal does not say why"
    i_client verify e3.7 -i c0 --yes --length 8M | tee "$T_TMP/verify48.out" >&2
    grep -q ': OK' "$T_TMP/verify48.out" || t_fail "verify (LBA48) failed"
    i_client verify e3.7 -i c0 --yes --lba28 --offset 8M --length 8M | tee "$T_TMP/verify28.out" >&2
    grep -q ': OK' "$T_TMP/verify28.out" || t_fail "verify (LBA28) failed"
    # What verify wrote is in the file: read it back through vblade and compare.
    i_client read e3.7 -i c0 --lba28 -o "$T_TMP/after.bin"
    i_same "$T_TMP/after.bin" "$img"
    t_log "MTU $mtu: discover/read/write/verify (LBA48 and LBA28) OK"
    kill "$I_TARGET_PID"
done
