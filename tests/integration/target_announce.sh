#!/bin/bash
# Announcements: a target that starts serving an export sends an unsolicited
# Query Config reply at about 0, 0.5, 1, 2 and 4 s (60 bytes, tag bit 31
# clear, its real shelf.slot), broadcast; again when its interface comes
# back up; and with an allow list by unicast to each allowed MAC only.
# Captured by tcpdump on the client's end of the link.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need tcpdump python3

s_pair
t_image "$T_TMP/a.img" 1
TMAC=$(ip netns exec "$NT" cat /sys/class/net/t0/address)

# capture NAME SECONDS: records the target's AoE frames on c0 meanwhile.
cap_start() {
    t_bg "$NC" "tcpdump-$1" tcpdump -i c0 -U -w "$T_TMP/$1.pcap" ether proto 0x88a2 and ether src "$TMAC"
    CAP_PID=$T_LAST_PID
    t_wait_for 5 grep -q "listening" "$T_TMP/tcpdump-$1.log" || t_fail "tcpdump did not start"
}
cap_stop() { sleep 0.3; kill "$CAP_PID"; wait "$CAP_PID" 2>/dev/null || true; }
# Prints one line per Query Config reply: time (s, from the first), dst, length, shelf.slot, tag.
replies() {
    python3 - "$T_TMP/$1.pcap" <<'PY'
import struct, sys
d = open(sys.argv[1], 'rb').read()
off, t0 = 24, None
while off + 16 <= len(d):
    sec, usec, incl, orig = struct.unpack('<IIII', d[off:off + 16])
    f = d[off + 16:off + 16 + incl]; off += 16 + incl
    if len(f) < 24 or not f[14] & 0x08 or f[19] != 1:
        continue  # not a Query Config reply (the guard's probes are requests)
    t = sec + usec / 1e6
    t0 = t if t0 is None else t0
    dst = ':'.join('%02x' % b for b in f[0:6])
    major, minor, tag = struct.unpack('>HB', f[16:19]) + struct.unpack('>I', f[20:24])
    print('%.2f %s %d e%d.%d %08x' % (t - t0, dst, orig, major, minor, tag))
PY
}

# 1. Start: five broadcast copies over four seconds.
cap_start start
s_serve serve t0 e7.3 "$T_TMP/a.img"
sleep 5
cap_stop
replies start > "$T_TMP/start.txt"; cat "$T_TMP/start.txt" >&2
[ "$(wc -l < "$T_TMP/start.txt")" = 5 ] || t_fail "want 5 announcements at start, got $(wc -l < "$T_TMP/start.txt")"
awk '$2 != "ff:ff:ff:ff:ff:ff" || $3 != 60 || $4 != "e7.3" || $5 != "00000000" { exit 1 }' "$T_TMP/start.txt" ||
    t_fail "an announcement is not a 60-byte broadcast for e7.3 with tag 0"
# Spacing 0.5, 0.5, 1, 2 s (0.3 s slack for a loaded machine).
awk 'NR > 1 { g = $1 - p; split("0.5 0.5 1 2", want, " "); w = want[NR - 1]
      if (g < w - 0.3 || g > w + 0.3) { print "gap " NR - 1 ": " g " s, want " w; bad = 1 } } { p = $1 }
     END { exit bad }' "$T_TMP/start.txt" >&2 || t_fail "announcements not at 0, 0.5, 1, 2, 4 s"

# 2. The interface comes back up: announced again.
cap_start relink
ip -n "$NT" link set t0 down; sleep 1.5; ip -n "$NT" link set t0 up
sleep 3
cap_stop
n=$(replies relink | wc -l)
[ "$n" -ge 3 ] || t_fail "after the link came back: $n announcements, want at least 3"
grep -q "t0 is up: announcing its exports" "$T_TMP/serve.log" || t_fail "no log line for the link coming up"
kill "$S_PID"; wait "$S_PID" 2>/dev/null || true

# 3. An allow list: unicast to each allowed MAC, never broadcast.
cat > "$T_TMP/acl.conf" <<CONF
[defaults]
interfaces = t0
[e7.4]
path = $T_TMP/a.img
allow = 52:54:00:00:00:0a, 52:54:00:00:00:0b
CONF
cap_start acl
s_serve serve-acl -c "$T_TMP/acl.conf"
sleep 1.5
cap_stop
replies acl > "$T_TMP/acl.txt"; cat "$T_TMP/acl.txt" >&2
grep -q ff:ff:ff:ff:ff:ff "$T_TMP/acl.txt" && t_fail "an export with an allow list was announced by broadcast"
for m in 52:54:00:00:00:0a 52:54:00:00:00:0b; do
    [ "$(grep -c " $m 60 e7.4 " "$T_TMP/acl.txt")" -ge 2 ] || t_fail "no unicast announcements to $m"
done
t_log "ok: 5 broadcast copies at start, again on link up, unicast under an allow list"
