#!/bin/bash
# One serve process with 315 exports on one interface (a full shelf of 255
# slots and 60 of a second shelf): every one is reachable, and the kernel
# filter drops requests for addresses it does not serve (another target's
# slot in a served shelf, another shelf) before they wake the target, which
# the interface's frame counter in `aoeboot status` shows.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3

s_pair
{
    printf '[defaults]\ninterfaces = t0\nguard-wait = 0\n'
    for s in $(seq 0 254); do printf '[e1.%d]\npath = null:1M\n' "$s"; done
    for s in $(seq 0 59); do printf '[e2.%d]\npath = null:1M\n' "$s"; done
} > "$T_TMP/exports.conf"
s_serve serve --no-guard -c "$T_TMP/exports.conf"
t_wait_for 10 sh -c "[ \$(grep -c serving '$T_TMP/serve.log') -ge 315 ]" ||
    t_fail "not all 315 exports started: $(grep -c serving "$T_TMP/serve.log")"

zero=$(head -c 512 /dev/zero | sha256sum | cut -d' ' -f1)
for a in "1 0" "1 1" "1 128" "1 254" "2 0" "2 59"; do
    got=$(s_py read c0 $a 0 1) || t_fail "e${a/ /.}: no answer (filtered out?)"
    [ "$got" = "$zero" ] || t_fail "e${a/ /.}: wrong data"
done

frames() { s_status | sed -n 's/^interface t0 frames=\([0-9]*\).*/\1/p'; }
f0=$(frames)
[ -n "$f0" ] || t_fail "no frame counter in status: $(s_status)"
s_py flood c0 2 100 200   # a slot nobody here serves, in a served shelf
s_py flood c0 3 1 200     # a shelf nobody here serves
sleep 0.5
f1=$(frames)
[ $(( f1 - f0 )) -lt 20 ] || t_fail "$(( f1 - f0 )) of 400 frames for other targets reached the target"
s_py flood c0 2 59 100    # a served one: counted
t_wait_for 5 sh -c "[ \$(\"$AOEBOOT\" status -S '$T_TMP/ctl' | sed -n 's/^interface t0 frames=\([0-9]*\).*/\1/p') -ge $(( f1 + 100 )) ]" ||
    t_fail "frames to a served export were not counted: $(( $(frames) - f1 )) of 100"
t_log "315 exports reachable; $(( f1 - f0 )) of 400 frames for other addresses reached the target"
