#!/bin/bash
# `syslog = yes` (and --syslog): messages go to syslog, not stderr. Runs in a
# private mount namespace whose /dev/log is a socket of this test, so the
# host's syslog is not touched.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need unshare python3

s_pair
t_image "$T_TMP/a.img" 1
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = t0
syslog = yes
[e8.1]
path = $T_TMP/a.img
CONF
cat > "$T_TMP/run.sh" <<RUN
set -e
mount -t tmpfs none /dev
python3 - /dev/log "$T_TMP/syslog.out" <<'PY' &
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
s.settimeout(8)
with open(sys.argv[2], "w") as out:
    end = time.time() + 8
    while time.time() < end:
        try:
            m = s.recv(2000).decode(errors="replace")
        except socket.timeout:
            break
        out.write(m + "\n"); out.flush()
        if "exiting" in m:
            break
PY
L=\$!
for i in \$(seq 1 50); do [ -S /dev/log ] && break; sleep 0.1; done
ip netns exec "$NT" "$AOEBOOT" serve -c "$T_TMP/exports.conf" -S "$T_TMP/ctl" --state-dir "$T_TMP/st" 2> "$T_TMP/stderr.out" &
S=\$!
sleep 1.5
kill -TERM \$S; wait \$S
wait \$L
RUN
timeout 20 unshare -m bash "$T_TMP/run.sh" || t_fail "syslog run failed"
grep -q "aoeboot.*e8.1: serving" "$T_TMP/syslog.out" || t_fail "no 'serving' message in syslog: $(cat "$T_TMP/syslog.out")"
grep -q "exiting" "$T_TMP/syslog.out" || t_fail "no exit message in syslog"
[ ! -s "$T_TMP/stderr.out" ] || t_fail "messages still on stderr: $(cat "$T_TMP/stderr.out")"
t_log "syslog OK"
