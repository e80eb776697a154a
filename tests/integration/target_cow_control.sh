#!/bin/bash
# A layered export's edges: the cap (an ATA error and a log line, nothing
# stored), the control socket's `layers` and `layer-reset` through
# `aoeboot layer status|reset`, `aoeboot status` unchanged, Query Config,
# mask list and reservation changes refused, and a full layer directory
# (a small tmpfs) failing writes with a log line while reads go on.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3
FULL=$T_TMP/full WB=$T_TMP/wb
trap 'rc=$?; umount "$FULL" "$WB" 2>/dev/null; t_cleanup "$rc"' EXIT

s_pair
CMAC=$(ip netns exec "$NC" cat /sys/class/net/c0/address)
t_image "$T_TMP/base.img" 2
mkdir "$T_TMP/layers" "$FULL"
mount -t tmpfs -o size=64k tmpfs "$FULL" || t_skip "cannot mount a small tmpfs"
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = t0
[e1.0]
base = $T_TMP/base.img
layer-dir = $T_TMP/layers
layer-cap = 8K
config = shared
[e1.1]
base = $T_TMP/base.img
layer-dir = $FULL
[e1.2]
base = $T_TMP/base.img
layer-dir = $T_TMP/layers
layers = fresh
[e1.3]
path = $T_TMP/plain.img
CONF
t_image "$T_TMP/plain.img" 1
s_serve serve -c "$T_TMP/exports.conf"
lay() { "$AOEBOOT" layer -S "$T_TMP/ctl" "$@"; }

# Cap: two chunks, the third is refused and not stored.
s_py write c0 1 0 0 2 a >/dev/null || t_fail "write to chunk 0"
s_py write c0 1 0 8 2 b >/dev/null || t_fail "write to chunk 1"
s_py write c0 1 0 1 1 c >/dev/null || t_fail "a rewrite inside the cap was refused"
rc=0; s_py write c0 1 0 16 2 d 2>/dev/null || rc=$?
[ $rc != 0 ] || t_fail "a write past layer-cap was acknowledged"
grep -q "at its cap" "$T_TMP/serve.log" || t_fail "no log line for the cap: $(cat "$T_TMP/serve.log")"
[ "$(s_py read c0 1 0 16 2)" = "$(s_sha "$T_TMP/base.img" 16 2)" ] || t_fail "the refused write changed the view"

# The control socket.
lay status > "$T_TMP/layers.txt" || t_fail "layer status: $(cat "$T_TMP/layers.txt")"
grep -q "^e1.0 *$CMAC .* ok" "$T_TMP/layers.txt" || t_fail "layer status lacks the client: $(cat "$T_TMP/layers.txt")"
s_status | grep -q "e1.0" || t_fail "aoeboot status no longer shows the exports"
lay reset e1.0 "$CMAC" | grep -q "^reset" || t_fail "layer reset"
[ "$(s_py read c0 1 0 0 2)" = "$(s_sha "$T_TMP/base.img" 0 2)" ] || t_fail "after a reset the client does not read the base"
[ ! -e "$T_TMP/layers/e1.0-${CMAC//:/}.layer" ] || t_fail "the reset left the layer file"
lay reset e1.0 "$CMAC" | grep -q "nothing to reset" || t_fail "a second reset did not say there was nothing"
rc=0; lay reset e9.9 "$CMAC" >/dev/null || rc=$?
[ $rc = 1 ] || t_fail "reset of an unknown export: exit $rc, want 1"

# Shared state one client must not change for all.
rc=0; s_py cfgset c0 1 0 mine 2>/dev/null || rc=$?
[ $rc = 3 ] || t_fail "Query Config set was not refused (exit $rc)"
rc=0; s_py mask c0 1 0 add "$CMAC" >/dev/null 2>&1 || rc=$?
[ $rc != 0 ] || t_fail "a mask list edit was accepted"
rc=0; s_py reserve c0 1 0 set "$CMAC" >/dev/null 2>&1 || rc=$?
[ $rc = 3 ] || t_fail "a reservation was accepted (exit $rc)"
[ "$(s_py read c0 1 0 0 1)" = "$(s_sha "$T_TMP/base.img" 0 1)" ] || t_fail "reads stopped after the refusals"

# A full layer directory: writes fail with a reason, reads go on.
first_bad=
for lba in $(seq 0 8 400); do
    s_py write c0 1 1 "$lba" 2 f >/dev/null 2>&1 || { first_bad=$lba; break; }
done
[ -n "$first_bad" ] || t_fail "51 chunks fitted in a 64 KiB tmpfs"
grep -q "file system is full" "$T_TMP/serve.log" || t_fail "no log line for the full directory: $(tail "$T_TMP/serve.log")"
[ "$(s_py read c0 1 1 0 2)" != "$(s_sha "$T_TMP/base.img" 0 2)" ] || t_fail "the first write did not land"
# The refused write's chunk went back to a hole: the base, not zeros.
[ "$(s_py read c0 1 1 "$first_bad" 2)" = "$(s_sha "$T_TMP/base.img" "$first_bad" 2)" ] ||
    t_fail "the chunk of a write refused for lack of space does not read as the base"
# The vendor reset (what aoeboot root sends at boot): fresh layers only,
# and only the sender's own.
s_py write c0 1 2 0 2 z >/dev/null || t_fail "write to the fresh export"
[ "$(s_py layerreset c0 1 2)" = 0 ] || t_fail "the client could not reset its fresh layer"
[ "$(s_py read c0 1 2 0 2)" = "$(s_sha "$T_TMP/base.img" 0 2)" ] || t_fail "after its reset the client does not read the base"
[ "$(s_py layerreset c0 1 2)" = 1 ] || t_fail "a second reset did not answer 'nothing to reset'"
s_py write c0 1 0 0 2 y >/dev/null || t_fail "write to the persistent export"
[ "$(s_py layerreset c0 1 0)" = 2 ] || t_fail "a persistent layer was not kept"
[ "$(s_py read c0 1 0 0 2)" != "$(s_sha "$T_TMP/base.img" 0 2)" ] || t_fail "the persistent layer was lost"
[ "$(s_py layerreset c0 1 3)" = 4 ] || t_fail "a plain export did not answer 'not layered'"
# The same through aoeboot's own initiator code (what aoeboot root runs).
c_layer() { ip netns exec "$NC" "$AOEBOOT" layer fresh c0 "$1"; }
s_py write c0 1 2 0 2 x >/dev/null || t_fail "write to the fresh export"
[ "$(c_layer e1.2)" = "0 reset" ] || t_fail "aoeboot layer fresh e1.2: $(c_layer e1.2)"
[ "$(s_py read c0 1 2 0 2)" = "$(s_sha "$T_TMP/base.img" 0 2)" ] || t_fail "after aoeboot layer fresh the view is not the base"
[ "$(c_layer e1.0)" = "2 persistent: kept" ] || t_fail "aoeboot layer fresh e1.0: $(c_layer e1.0)"
[ "$(c_layer e1.3)" = "4 not a layered export" ] || t_fail "aoeboot layer fresh e1.3: $(c_layer e1.3)"

# Layers on ext4 mounted data=writeback are refused at startup: a power cut
# could leave an allocated chunk pointing at stale blocks.
mkdir "$WB"
truncate -s 16M "$T_TMP/wb.img" && mkfs.ext4 -q -F "$T_TMP/wb.img" ||
    t_fail "mkfs.ext4 for the data=writeback check"
mount -o loop,data=writeback "$T_TMP/wb.img" "$WB" || t_skip "cannot loop-mount ext4 data=writeback"
printf '[e1.4]\nbase = %s\nlayer-dir = %s\ninterfaces = lo\n' "$T_TMP/base.img" "$WB" > "$T_TMP/wb.conf"
rc=0; timeout 5 "$AOEBOOT" serve -c "$T_TMP/wb.conf" -S "$T_TMP/wb.ctl" 2> "$T_TMP/wb.log" || rc=$?
[ $rc = 1 ] && grep -q "data=writeback.*mount it data=ordered" "$T_TMP/wb.log" ||
    t_fail "layers on ext4 data=writeback: exit $rc, $(cat "$T_TMP/wb.log")"

t_log "cap, control socket, refusals, a full directory and data=writeback behave"
