#!/bin/bash
# A backing file on tmpfs is mapped and read replies are sent straight from
# the mapping (header from the receive buffer, data from the file's pages):
# whole-disk reads match the file's region (with an offset, so a wrong base
# shows), single-sector reads too, writes land and read back, at MTU 1500 and
# 9000; writes are stored through the mapping and the file's mtime follows;
# cutting the file short under the target makes reads and writes past the new
# end fail at once with an ATA error (not a timeout), and the target stays up.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need cmp
[ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] || t_skip "/dev/shm is not tmpfs"
IMG=/dev/shm/aoeboot-$TEST_NAME-$$.img
trap 'rc=$?; rm -f "$IMG"; t_cleanup "$rc"' EXIT
OFF=12288
mtime_recent() { [ "$(stat -c %Y "$IMG")" -gt $(( $(date +%s) - 60 )) ]; }

for mtu in 1500 9000; do
    i_pair $mtu $mtu
    head -c $(( OFF + (8 << 20) + 4096 )) /dev/urandom > "$IMG"
    printf '[e5.1]\npath = %s\ninterfaces = t0\noffset = %d\nlength = 8M\n' "$IMG" $OFF > "$T_TMP/exports.conf"
    t_bg "$NT" "serve-$mtu" "$AOEBOOT" serve --no-guard -c "$T_TMP/exports.conf" -S "$T_TMP/ctl-$mtu" \
        --state-dir "$T_TMP/state-$mtu"
    pid=$T_LAST_PID
    i_wait_target e5.1
    grep -q "mapped: reads and writes in memory" "$T_TMP/serve-$mtu.log" || t_fail "tmpfs backing not mapped: $(cat "$T_TMP/serve-$mtu.log")"

    i_client read e5.1 -i c0 -o "$T_TMP/all.bin"
    i_same "$T_TMP/all.bin" "$IMG" $(( 8 << 20 )) $OFF
    i_client read e5.1 -i c0 --max-sectors 1 --offset 1M --length 64K -o "$T_TMP/one.bin"
    i_same "$T_TMP/one.bin" "$IMG" 65536 $(( OFF + (1 << 20) ))

    # Writes are stored through the mapping, which leaves the mtime alone;
    # the target sets it within about a second (backups go by mtime).
    touch -d '2001-01-01' "$IMG"
    head -c 555008 /dev/urandom > "$T_TMP/src.bin"
    i_client write e5.1 "$T_TMP/src.bin" -i c0 --offset 2M 2>"$T_TMP/write.err" || t_fail "write failed: $(cat "$T_TMP/write.err")"
    i_same "$T_TMP/src.bin" "$IMG" 555008 $(( OFF + (2 << 20) ))
    i_client read e5.1 -i c0 --offset 2M --length 555008 -o "$T_TMP/back.bin"
    i_same "$T_TMP/back.bin" "$T_TMP/src.bin"
    t_wait_for 5 mtime_recent || t_fail "the image's mtime was not updated after writes: $(stat -c %y "$IMG")"

    # Cut the file to 4 MiB of the export: reads there still work, a read past
    # it gets an ATA error reply well before the initiator's timeout (the
    # send from the mapping faults; the target answers ABRT instead), and the
    # target stays up and counts the errors.
    truncate -s $(( OFF + (4 << 20) )) "$IMG"
    i_client read e5.1 -i c0 --length 1M -o "$T_TMP/head.bin"
    i_same "$T_TMP/head.bin" "$IMG" $(( 1 << 20 )) $OFF
    t0=$(date +%s%N)
    if i_client read e5.1 -i c0 --offset 6M --length 64K --timeout 20 -o "$T_TMP/past.bin" 2>"$T_TMP/past.err"; then
        t_fail "a read past the cut succeeded ($(stat -c %s "$T_TMP/past.bin") bytes)"
    fi
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    grep -q "ATA error on read" "$T_TMP/past.err" || t_fail "read past the cut: no ATA error: $(cat "$T_TMP/past.err")"
    [ "$ms" -lt 10000 ] || t_fail "read past the cut took $ms ms (timed out rather than answered?)"
    grep -q "read at sector .* backing file is shorter" "$T_TMP/serve-$mtu.log" || t_fail "target did not log the short file"
    t_log "MTU $mtu: read past the cut answered with an ATA error in $ms ms"
    # A write there: the store through the mapping faults (SIGBUS, caught);
    # an ATA error, the target stays up, and the file does not grow.
    head -c 65536 /dev/urandom > "$T_TMP/past-src.bin"
    if i_client write e5.1 "$T_TMP/past-src.bin" -i c0 --offset 6M --timeout 20 2>"$T_TMP/wpast.err"; then
        t_fail "a write past the cut was acknowledged"
    fi
    grep -q "ATA error on write" "$T_TMP/wpast.err" || t_fail "write past the cut: no ATA error: $(cat "$T_TMP/wpast.err")"
    grep -q "write at sector .* backing file is shorter" "$T_TMP/serve-$mtu.log" || t_fail "target did not log the failed write"
    kill -0 "$pid" 2>/dev/null || t_fail "target died on a write past the end of its mapped file"
    [ "$(stat -c %s "$IMG")" = $(( OFF + (4 << 20) )) ] || t_fail "the file changed size: $(stat -c %s "$IMG")"
    # Writes inside the cut still land.
    i_client write e5.1 "$T_TMP/past-src.bin" -i c0 --offset 1M 2>"$T_TMP/write2.err" || t_fail "write failed: $(cat "$T_TMP/write2.err")"
    i_same "$T_TMP/past-src.bin" "$IMG" 65536 $(( OFF + (1 << 20) ))
    t_log "MTU $mtu: write past the cut answered with an ATA error"
    kill -0 "$pid" 2>/dev/null || t_fail "target died after its file was cut short"
    i_client read e5.1 -i c0 --length 1M -o "$T_TMP/head2.bin"
    i_same "$T_TMP/head2.bin" "$IMG" $(( 1 << 20 )) $OFF
    t_log "MTU $mtu: tmpfs-mapped reads OK"
    kill "$pid"
    wait "$pid" 2>/dev/null
done
