#!/bin/bash
# aoetools (aoeping, aoecfg) against aoeboot serve: config read, test,
# prefix, set, force set; IDENTIFY (-I); SMART as aoeping -S probes it; and
# the protocol details aoetools do not reach (errors per spec, padding,
# broadcast answered with the real shelf.slot).
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need aoeping aoecfg python3

s_pair
t_image "$T_TMP/a.img" 8
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = t0
[e3.4]
path = $T_TMP/a.img
config = ws1-root
CONF
s_serve serve -c "$T_TMP/exports.conf"
ping() { ip netns exec "$NC" aoeping -s 3 "$@" 3 4 c0; }
cfg() { ip netns exec "$NC" aoecfg -t 1 "$@" 3 4 c0; }

ping >/dev/null || t_fail "aoeping got no answer"
ping -I > "$T_TMP/ident" || t_fail "aoeping -I failed"
grep -q "serial_number: AOEBOOT-e3.4" "$T_TMP/ident" || t_fail "identify: $(cat "$T_TMP/ident")"
grep -q "model: aoeboot" "$T_TMP/ident" || t_fail "identify model"

ping -S read_data > "$T_TMP/smart" || t_fail "SMART read_data failed"
grep -q "SMART data:" "$T_TMP/smart" || t_fail "SMART read_data printed no data"
ping -S return_status > "$T_TMP/smart" || t_fail "SMART return_status failed"
grep -q "LBA Mid: 0x4f" "$T_TMP/smart" && grep -q "LBA High: 0xc2" "$T_TMP/smart" || t_fail "SMART status registers: $(cat "$T_TMP/smart")"
ping -S offline_immediate >/dev/null || t_fail "SMART offline_immediate failed"
ping -S disable >/dev/null || t_fail "SMART disable failed"
if ping -S return_status >/dev/null 2>&1; then t_fail "SMART return_status answered while SMART is disabled"; fi
ping -S enable >/dev/null || t_fail "SMART enable failed"
ping -S return_status >/dev/null || t_fail "SMART return_status after enable failed"
if ping -S read_log:1 >/dev/null 2>&1; then t_fail "read_log should be aborted (no logs kept)"; fi

[ "$(cfg -c read)" = "ws1-root" ] || t_fail "aoecfg read: '$(cfg -c read)'"
[ "$(cfg -c test -s ws1-root)" = "ws1-root" ] || t_fail "aoecfg test (match) got no answer"
[ -z "$(cfg -c test -s ws1)" ] || t_fail "aoecfg test (no exact match) was answered"
[ "$(cfg -c prefix -s ws1)" = "ws1-root" ] || t_fail "aoecfg prefix got no answer"
[ -z "$(cfg -c prefix -s ws2)" ] || t_fail "aoecfg prefix (no match) was answered"
out=$(cfg -c set -s other)
[ "$out" != "other" ] || t_fail "aoecfg set replaced a present config string"
[ "$(cfg -c read)" = "ws1-root" ] || t_fail "config string changed by a refused set"
[ "$(cfg -c fset -s other)" = "other" ] || t_fail "aoecfg fset"
[ "$(cfg -c read)" = "other" ] || t_fail "aoecfg read after fset"
[ "$(cfg -c fset -s '')" = "" ] || true
[ "$(cfg -c set -s third)" = "third" ] || t_fail "aoecfg set on an empty string"
# Broadcast query: answered with the real shelf.slot (aoecfg prints one answer).
ip netns exec "$NC" aoecfg -t 1 c0 | grep -q third || t_fail "broadcast aoecfg got no answer"

s_py check c0 3 4 || t_fail "protocol checks"
s_status > "$T_TMP/status" || t_fail "aoeboot status failed"
grep -q "^e3.4 " "$T_TMP/status" || t_fail "status lacks e3.4"
req=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' "$T_TMP/status")
[ "${req:-0}" -gt 20 ] || t_fail "status counts $req requests"
# The interface line: the kernel's count of frames passed to the socket
# covers at least every request the export counted.
frames=$(sed -n 's/^interface t0 frames=\([0-9]*\) ring-drops=[0-9]*$/\1/p' "$T_TMP/status")
[ "${frames:-0}" -ge "$req" ] || t_fail "status: interface t0 counts ${frames:-no} frames for $req requests"
cat "$T_TMP/status" >&2
# A flood while the target is stopped: the kernel fills the 256-slot receive
# ring and drops the rest; status shows the drops, and the target goes on.
kill -STOP "$S_PID"
s_py flood c0 3 4 600
kill -CONT "$S_PID"
t_wait_for 5 sh -c "'$AOEBOOT' status -S '$T_TMP/ctl' | grep -q '^interface t0 .*ring-drops=[1-9]'" ||
    t_fail "no ring drops counted after a flood into a stopped target: $(s_status)"
drops=$(s_status | sed -n 's/^interface t0 .*ring-drops=\([0-9]*\)$/\1/p')
[ "$drops" -ge 300 ] || t_fail "600 frames into a stopped target with a 256-slot ring: only $drops dropped"
ping >/dev/null || t_fail "no answer after the flood"
t_log "flood into a stopped target: $drops of 600 dropped at the ring, then served again"
t_log "aoetools against serve OK"
