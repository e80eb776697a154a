#!/bin/bash
# vblade compatibility (the binary called through a symlink named vblade,
# vblade 25's options), and daemon behaviour: systemd readiness over
# $NOTIFY_SOCKET, SIGHUP (a lost terminal) does not kill the quick form.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need aoeping python3

s_pair
t_image "$T_TMP/a.img" 4
ln -s "$AOEBOOT" "$T_TMP/vblade"
CMAC=$(ip netns exec "$NC" cat /sys/class/net/c0/address)
"$T_TMP/vblade" -h | grep -q "shelf slot netif filename" || t_fail "vblade usage"
rc=0; "$T_TMP/vblade" 1 2 >/dev/null 2>&1 || rc=$?
[ $rc = 2 ] || t_fail "vblade with missing arguments: exit $rc"

# -r read-only, -o/-l a slice of 1 MiB starting at 64 KiB, -m allow list, -b buffers.
t_bg "$NT" vblade "$T_TMP/vblade" -r -b 8 -m "$CMAC,02:00:00:00:00:09" -o 65536 -l 1M 4 2 t0 "$T_TMP/a.img"
VB=$T_LAST_PID
t_wait_for 5 grep -q serving "$T_TMP/vblade.log" || t_fail "vblade alias did not start"
grep -q "pid [0-9]*: e4.2" "$T_TMP/vblade.log" || t_fail "vblade start line"
out=$(s_py check c0 4 2 2>&1) || t_fail "protocol checks: $out"
echo "$out" | grep -q "bufcnt=8 " || t_fail "-b 8 not advertised: $out"
echo "$out" | grep -q "identify capacity 2048$" || t_fail "-l 1M not 2048 sectors: $out"
[ "$(s_py read c0 4 2 0 1)" = "$(s_sha "$T_TMP/a.img" 128 1)" ] || t_fail "-o 65536: sector 0 is not byte 65536 of the file"
if s_py write c0 4 2 0 1 x 2>/dev/null; then t_fail "-r: write acknowledged"; fi
ip netns exec "$NC" aoeping -s 2 4 2 c0 >/dev/null || t_fail "aoeping against the vblade alias"
kill "$VB"; wait "$VB" 2>/dev/null || true

# -s: every write synced; -m excludes us.
t_bg "$NT" vblade2 "$T_TMP/vblade" -s -m 02:00:00:00:00:09 4 3 t0 "$T_TMP/a.img"
t_wait_for 5 grep -q "serving.*sync always" "$T_TMP/vblade2.log" || t_fail "-s did not select sync always"
if ip netns exec "$NC" aoeping -s 1 4 3 c0 >/dev/null 2>&1; then t_fail "-m did not exclude us"; fi
kill "$T_LAST_PID"

# systemd notify and SIGHUP on the quick form.
python3 - "$T_TMP/notify" > "$T_TMP/notify.out" <<'PY' &
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
s.settimeout(10)
end = time.time() + 10
seen = []
while time.time() < end and "STOPPING=1" not in seen:
    try:
        seen.append(s.recv(200).decode())
        print(seen[-1], flush=True)
    except socket.timeout:
        break
PY
N=$!
t_wait_for 5 test -S "$T_TMP/notify" || t_fail "notify listener"
ip netns exec "$NT" env NOTIFY_SOCKET="$T_TMP/notify" "$AOEBOOT" serve -S "$T_TMP/ctl" --state-dir "$T_TMP/st" t0 e4.4 "$T_TMP/a.img" 2> "$T_TMP/q.log" &
Q=$!
T_PIDS+=("$Q")
t_wait_for 5 grep -q "READY=1" "$T_TMP/notify.out" || t_fail "no READY=1 on NOTIFY_SOCKET"
kill -HUP "$Q"; sleep 0.3; kill -HUP "$Q"; sleep 0.3
kill -0 "$Q" || t_fail "SIGHUP killed the quick form"
s_py read c0 4 4 0 1 >/dev/null || t_fail "not serving after SIGHUP"
kill -TERM "$Q"; wait "$Q" || t_fail "SIGTERM exit status"
wait "$N"
grep -q "RELOADING=1" "$T_TMP/notify.out" && grep -q "STOPPING=1" "$T_TMP/notify.out" || t_fail "notify states: $(cat "$T_TMP/notify.out")"
t_log "vblade alias and daemon behaviour OK"
