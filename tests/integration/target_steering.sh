#!/bin/bash
# Per-export receive sockets: the kernel steers a disk-backed export's READ,
# WRITE and FLUSH to a socket of its own (a PACKET_FANOUT group per
# interface), where the export's worker answers them. Shown here:
# - with several exports configured, each takes its I/O through its own
#   socket (status `steered`), memory-backed ones too (so that the work is
#   spread over the cores, not done by the one receive thread), data right;
# - the request checks still hold on that path (allow list, read-only);
# - a burst larger than an export's own ring is dropped in part, counted in
#   its `drops`, and every write acknowledged is in the file;
# - a reload that drops one export and adds another hands the parked socket
#   to the new export: its requests are steered, and nothing of the old one
#   is answered from it;
# - an export given a new backing file at the same address serves the new
#   file's data.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3

s_pair
for n in a b c d e; do t_image "$T_TMP/$n.img" 2; done
CMAC=$(ip netns exec "$NC" cat /sys/class/net/c0/address)
conf=$T_TMP/exports.conf
cat > "$conf" <<CONF
[defaults]
interfaces = t0
[e5.1]
path = $T_TMP/a.img
[e5.2]
path = $T_TMP/b.img
read-only = yes
[e5.3]
path = null:16M
[e5.5]
path = $T_TMP/e.img
sync = always
buffers = 8
CONF
s_serve serve -c "$conf"
grep -q "every request passes the one receive thread" "$T_TMP/serve.log" && t_skip "no PACKET_FANOUT on this kernel"

steered() { s_status | grep -A1 "^$1 " | sed -n 's/.*steered=\([0-9]*\).*/\1/p'; }
verify() { ip netns exec "$NC" "$AOEBOOT" verify "$1" -i c0 --yes > "$T_TMP/verify-$1.out" 2>&1 ||
           t_fail "verify $1: $(cat "$T_TMP/verify-$1.out")"; }

# Writes and reads of e5.1 go through its own socket; the pattern is on disk.
verify e5.1
[ "$(steered e5.1)" -gt 1000 ] || t_fail "e5.1: $(steered e5.1) frames steered, want its I/O"
ip netns exec "$NC" "$AOEBOOT" read e5.3 -i c0 --length 4M -o /dev/null 2> "$T_TMP/read.err" ||
    t_fail "read of e5.3: $(cat "$T_TMP/read.err")"
[ "$(steered e5.3)" -gt 1000 ] || t_fail "e5.3 (in memory, one of several exports): $(steered e5.3) frames steered, want its reads"
s_py write c0 5 1 100 2 seed1 || t_fail "write to e5.1"
[ "$(s_py read c0 5 1 100 2)" = "$(s_sha "$T_TMP/a.img" 100 2)" ] || t_fail "e5.1 read back differs from the file"

# Read-only on the steered path: the write is refused, the file unchanged.
before=$(sha256sum < "$T_TMP/b.img")
s_py write c0 5 2 10 1 seed2 2>/dev/null && t_fail "a write to read-only e5.2 was acknowledged"
[ "$(sha256sum < "$T_TMP/b.img")" = "$before" ] || t_fail "read-only e5.2 changed"
[ "$(s_py read c0 5 2 10 1)" = "$(s_sha "$T_TMP/b.img" 10 1)" ] || t_fail "e5.2 read differs"
[ "$(steered e5.2)" -ge 2 ] || t_fail "e5.2's write and read were not steered"

# 1000 writes at once to e5.5 while the target is stopped: the kernel fills
# its ring (21 slots: twice its 8 buffers, at least 16, rounded up to whole
# 64 KiB blocks of 7 jumbo slots) and drops the rest. Counted as its drops;
# the 21 are stored and answered once it runs again.
TMAC=$(ip netns exec "$NT" cat /sys/class/net/t0/address)
kill -STOP "$S_PID"
s_py burst c0 5 5 1000 "$T_TMP/burst.log" "$TMAC" > "$T_TMP/burst.out" & B=$!
sleep 1
kill -CONT "$S_PID"
wait $B || t_fail "burst to e5.5"
acked=$(cat "$T_TMP/burst.out")
drops=$(s_status | grep -A1 "^e5.5 " | sed -n 's/.*drops=\([0-9]*\).*/\1/p')
t_log "burst of 1000 writes to stopped e5.5: $acked acknowledged, $drops dropped"
[ "$acked" = 21 ] && [ "$drops" = 979 ] || t_fail "burst: $acked acknowledged and $drops dropped, want 21 and 979"
python3 "$TC" verify "$T_TMP/e.img" "$T_TMP/burst.log" >&2 || t_fail "an acknowledged write of the burst is missing"

# Reload: e5.1 goes, e5.4 comes (it takes e5.1's parked socket), e5.2 is
# writable now but allows only another MAC.
cat > "$conf" <<CONF
[defaults]
interfaces = t0
[e5.2]
path = $T_TMP/b.img
allow = 52:54:00:00:00:99
[e5.3]
path = null:16M
[e5.4]
path = $T_TMP/d.img
CONF
kill -HUP "$S_PID"
t_wait_for 5 grep -q "reloaded" "$T_TMP/serve.log" || t_fail "no reload: $(tail -3 "$T_TMP/serve.log")"
verify e5.4
[ "$(steered e5.4)" -gt 1000 ] || t_fail "e5.4: $(steered e5.4) frames steered after taking a parked socket"
s_py read c0 5 1 0 1 2>/dev/null && t_fail "e5.1 still answers after it was removed"
# The allow list holds on the steered path: no answer to us, no change.
before=$(sha256sum < "$T_TMP/b.img")
s_py write c0 5 2 10 1 seed3 2>/dev/null && t_fail "e5.2 answered a MAC not on its allow list"
[ "$(sha256sum < "$T_TMP/b.img")" = "$before" ] || t_fail "e5.2 stored a write from a MAC not allowed"
denied=$(s_status | grep -A1 "^e5.2 " | sed -n 's/.*denied=\([0-9]*\).*/\1/p')
[ "$denied" -gt 0 ] || t_fail "e5.2 counted no denied request"

# A new backing file at the same address: e5.4's reads come from c.img now.
sed -i "s|$T_TMP/d.img|$T_TMP/c.img|; s|allow = 52:54:00:00:00:99|allow = $CMAC|" "$conf"
kill -HUP "$S_PID"
t_wait_for 5 sh -c "[ \$(grep -c reloaded '$T_TMP/serve.log') -ge 2 ]" || t_fail "second reload"
[ "$(s_py read c0 5 4 7 2)" = "$(s_sha "$T_TMP/c.img" 7 2)" ] || t_fail "e5.4 reads do not come from its new file"
s_py write c0 5 2 11 1 seed4 || t_fail "e5.2 refused its allowed, now writable initiator"
[ "$(s_py read c0 5 2 11 1)" = "$(s_sha "$T_TMP/b.img" 11 1)" ] || t_fail "e5.2 read back differs"
t_log "$(s_status)"
