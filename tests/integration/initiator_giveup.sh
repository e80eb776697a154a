#!/bin/bash
# Bounded failure: no target at all -> a clear error within the discovery
# bound; a target that dies for good mid-read -> the read fails after the
# --timeout bound, naming the device and what was last heard, and exits 1.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/initiator-lib.sh"
t_need vblade

i_pair 1500
s=$(date +%s%N)
if i_client read e1.1 -i c0 -o /dev/null 2>"$T_TMP/none.err"; then t_fail "read of an absent target succeeded"; fi
ms=$(( ($(date +%s%N) - s) / 1000000 ))
cat "$T_TMP/none.err" >&2
grep -q 'e1.1 did not answer a Query Config' "$T_TMP/none.err" || t_fail "unclear error for an absent target"
[ $ms -lt 6000 ] || t_fail "absent target took $ms ms to report"

t_image "$T_TMP/disk.img" 64
i_vblade "$NT" t0 1 1 "$T_TMP/disk.img"
i_wait_target e1.1
i_client read e1.1 -i c0 --max-outstanding 2 --timeout 2 -o /dev/null 2>"$T_TMP/dead.err" &
rpid=$!
sleep 0.3
kill -0 $rpid 2>/dev/null || t_fail "read ended before the target was killed"
kill "$I_TARGET_PID"
s=$(date +%s%N)
if wait $rpid; then t_fail "read succeeded although the target died"; fi
ms=$(( ($(date +%s%N) - s) / 1000000 ))
cat "$T_TMP/dead.err" >&2
grep -q 'e1.1: no answer to a read' "$T_TMP/dead.err" || t_fail "error does not name the device and request"
grep -q 'last heard: an ATA reply from' "$T_TMP/dead.err" || t_fail "error does not say what was last heard"
[ $ms -ge 1500 ] && [ $ms -lt 8000 ] || t_fail "gave up after $ms ms with --timeout 2"
t_log "target gone: read gave up after $ms ms (bound 2 s)"
