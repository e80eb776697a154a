#!/bin/bash
# Operations: SIGHUP reloads while the initiator does I/O (no error on its
# side), a bad config on reload is refused with file:line and the old one
# keeps serving, a bad config at start refuses to start, SIGTERM drains and
# exits 0, and `aoeboot status` shows the counters.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3

s_pair
t_image "$T_TMP/a.img" 16
t_image "$T_TMP/b.img" 1
conf=$T_TMP/exports.conf
write_conf() {
    cat > "$conf" <<CONF
[defaults]
interfaces = t0
sync = $1
[e6.1]
path = $T_TMP/a.img
config = $2
CONF
    [ "$3" = with-b ] && printf '[e6.2]\npath = %s\n' "$T_TMP/b.img" >> "$conf"
    return 0
}
# A bad config at start: refused with file:line.
printf '[defaults]\ninterfaces = t0\n[e6.1]\npath = %s\nsync = sometimes\n' "$T_TMP/a.img" > "$conf"
rc=0; ip netns exec "$NT" "$AOEBOOT" serve -c "$conf" -S "$T_TMP/ctl" 2> "$T_TMP/bad.err" || rc=$?
[ $rc = 1 ] || t_fail "bad config: exit $rc, want 1"
grep -q "exports.conf:5: sync wants none, flush or always" "$T_TMP/bad.err" || t_fail "bad config message: $(cat "$T_TMP/bad.err")"
"$AOEBOOT" serve -t -c "$conf" >/dev/null 2>&1 && t_fail "serve -t accepted a bad config"

write_conf flush one no
"$AOEBOOT" serve -t -c "$conf" >/dev/null || t_fail "serve -t refused a good config"
s_serve serve -c "$conf"

# The initiator verifies the disk (writes, reads back) while we reload.
ip netns exec "$NC" "$AOEBOOT" verify e6.1 -i c0 --yes > "$T_TMP/verify.out" 2>&1 &
V=$!
for i in $(seq 1 12); do
    case $((i % 3)) in
        0) write_conf flush "r$i" with-b;;
        1) write_conf always "r$i" no;;
        2) write_conf none "r$i" with-b;;
    esac
    kill -HUP "$S_PID"
    sleep 0.25
done
wait $V || t_fail "initiator saw an error during reloads: $(cat "$T_TMP/verify.out")"
grep -q ': OK' "$T_TMP/verify.out" || t_fail "verify did not report OK: $(cat "$T_TMP/verify.out")"
kill -0 "$S_PID" || t_fail "serve died on SIGHUP"
# A SIGHUP while a reload waits for the duplicate guard starts it over with
# the newest file, so fewer reloads complete than were asked for.
[ "$(grep -c 'reloaded' "$T_TMP/serve.log")" -ge 3 ] || t_fail "reloads not logged"

# The last good config (i=12: flush, r12, with e6.2) is live.
write_conf flush final with-b
kill -HUP "$S_PID"
t_wait_for 5 sh -c "'$AOEBOOT' status -S '$T_TMP/ctl' | grep -q '^e6.2 '" || t_fail "reload did not add e6.2"
[ "$(ip netns exec "$NC" aoecfg -t 1 6 1 c0)" = final ] || t_fail "reload did not set the new config string"

# A bad reload keeps the running config.
printf '[defaults]\ninterfaces = t0\n[e6.1]\npath = %s\nbogus = 1\n' "$T_TMP/a.img" > "$conf"
kill -HUP "$S_PID"
t_wait_for 5 grep -q "reload failed.*exports.conf:5: unknown key 'bogus'" "$T_TMP/serve.log" || t_fail "bad reload not reported with file:line"
s_status | grep -q '^e6.2 ' || t_fail "bad reload dropped e6.2"
s_py read c0 6 2 0 1 >/dev/null || t_fail "e6.2 not served after a bad reload"

s_status > "$T_TMP/status"
cat "$T_TMP/status" >&2
grep -A1 '^e6.1' "$T_TMP/status" | grep -q 'writes=[1-9].*bytes-written=[1-9]' || t_fail "status lacks write counters"

# While a reload's duplicate guard listens (8 s here, so that three client
# start-ups fit even on a loaded machine) for a new export, the running
# exports keep answering.
write_conf flush final with-b
sed -i 's/^\[defaults\]$/[defaults]\nguard-wait = 8000/' "$conf"
printf '[e6.3]\npath = %s\n' "$T_TMP/b.img" >> "$conf"
kill -HUP "$S_PID"
sleep 0.3
start=$(date +%s%N)
for i in 1 2 3; do s_py read c0 6 1 $i 1 >/dev/null || t_fail "e6.1 not answered while the guard listens"; done
[ $(( ($(date +%s%N) - start) / 1000000 )) -lt 6000 ] || t_fail "reads stalled while the guard listened"
if s_status | grep -q '^e6.3 '; then t_fail "e6.3 served before the guard's time was up"; fi
t_wait_for 12 sh -c "'$AOEBOOT' status -S '$T_TMP/ctl' | grep -q '^e6.3 '" || t_fail "e6.3 not added after the guard"

# SIGTERM: drain and exit 0; the control socket is gone.
kill -TERM "$S_PID"
rc=0; wait "$S_PID" || rc=$?
[ $rc = 0 ] || t_fail "SIGTERM exit status $rc"
[ ! -e "$T_TMP/ctl" ] || t_fail "control socket left behind"
t_log "reload under I/O, bad reload, SIGTERM OK"
