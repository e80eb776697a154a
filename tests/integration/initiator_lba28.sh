#!/bin/bash
# A disk without LBA48 (IDENTIFY says so; tests/fixtures/aoe_lba28_target.py
# serves it): the engine must pick the 28-bit READ/WRITE/FLUSH CACHE commands
# by itself. The fixture counts every command and flags any 48-bit one.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need python3 cmp

i_pair 1500
img=$T_TMP/disk.img
t_image "$img" 4
t_bg "$NT" lba28 python3 "$ROOT/tests/fixtures/aoe_lba28_target.py" t0 2 8 "$img"
tpid=$T_LAST_PID
t_wait_for 10 grep -q ready "$T_TMP/lba28.log" || t_fail "the LBA28 fixture did not start"
i_wait_target e2.8

json=$(i_client discover -i c0 -t 300 --want e2.8 --json)
echo "$json" >&2
echo "$json" | grep -q '"lba48": false' || t_fail "discover does not report lba48 false"
echo "$json" | grep -q '"bytes": 4194304' || t_fail "discover reports the wrong size"

i_client read e2.8 -i c0 -v -o "$T_TMP/read.bin" 2>"$T_TMP/read.err"
grep -q 'LBA28 only (using 28-bit commands)' "$T_TMP/read.err" || t_fail "engine did not select 28-bit commands"
i_same "$T_TMP/read.bin" "$img"
i_client verify e2.8 -i c0 --yes --length 2M | tee "$T_TMP/v.out" >&2
grep -q ': OK' "$T_TMP/v.out" || t_fail "verify over LBA28 failed"
head -c 100000 /dev/urandom > "$T_TMP/src.bin"
i_client write e2.8 "$T_TMP/src.bin" -i c0 --offset 3M 2>"$T_TMP/w.err" || t_fail "write failed: $(cat "$T_TMP/w.err")"
grep -q 'FLUSH' "$T_TMP/w.err" && t_fail "FLUSH CACHE (0xE7) should have been accepted: $(cat "$T_TMP/w.err")"
i_same "$T_TMP/src.bin" "$img" 100000 3145728

kill "$tpid"; wait "$tpid" 2>/dev/null || true
counts=$(grep '^counts' "$T_TMP/lba28.log")
t_log "target saw: $counts"
echo "$counts" | grep -q 'VIOLATION' && t_fail "48-bit commands reached an LBA28-only disk: $counts"
echo "$counts" | grep -q '0x20=' || t_fail "no READ (0x20) seen"
echo "$counts" | grep -q '0x30=' || t_fail "no WRITE (0x30) seen"
echo "$counts" | grep -q '0xe7=' || t_fail "no FLUSH CACHE (0xE7) seen"
