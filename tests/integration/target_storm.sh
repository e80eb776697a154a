#!/bin/bash
# A storm of malformed frames at a live target (every malformed case of the
# codec, random garbage, truncated frames, a broadcast write), then the
# target still serves correct data and has not written anything.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3

s_pair
t_image "$T_TMP/a.img" 4
sum_before=$(sha256sum < "$T_TMP/a.img")
s_serve serve t0 e2.1 "$T_TMP/a.img"
s_py storm c0 2 1 4 >&2 || t_fail "storm sender failed"
kill -0 "$S_PID" || t_fail "target died during the storm"
for lba in 0 1 77 4095 8190; do
    got=$(s_py read c0 2 1 $lba 2) || t_fail "read at $lba after the storm"
    [ "$got" = "$(s_sha "$T_TMP/a.img" $lba 2)" ] || t_fail "wrong data at $lba after the storm"
done
[ "$(sha256sum < "$T_TMP/a.img")" = "$sum_before" ] || t_fail "the storm changed the image (a malformed or broadcast write was applied)"
s_py check c0 2 1 >/dev/null || t_fail "protocol checks after the storm"
s_status >&2
t_log "storm survived, data intact"
