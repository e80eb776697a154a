#!/bin/bash
# Duplicate address guard: vblade already serves e5.1 on the segment, so
# aoeboot serve refuses e5.1 with a clear message; other addresses are
# served; multipath = yes allows it on purpose.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need vblade python3

s_pair
t_image "$T_TMP/v.img" 1
t_image "$T_TMP/a.img" 1
t_bg "$NC" vblade vblade 5 1 c0 "$T_TMP/v.img"
sleep 0.5
# Single export answered by another MAC: refused, and nothing left: exit 1.
rc=0; ip netns exec "$NT" "$AOEBOOT" serve -S "$T_TMP/ctl" --state-dir "$T_TMP/st" t0 e5.1 "$T_TMP/a.img" 2> "$T_TMP/dup.err" || rc=$?
cat "$T_TMP/dup.err" >&2
[ $rc = 1 ] || t_fail "serve of a duplicate address: exit $rc, want 1"
VMAC=$(ip netns exec "$NC" cat /sys/class/net/c0/address)
grep -q "e5.1: another target ($VMAC) already answers for e5.1 on t0; refusing" "$T_TMP/dup.err" || t_fail "no clear duplicate message"

# Several exports: only the duplicate is refused.
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = t0
[e5.1]
path = $T_TMP/a.img
[e5.2]
path = $T_TMP/a.img
CONF
s_serve serve -c "$T_TMP/exports.conf"
grep -q "refusing" "$T_TMP/serve.log" || t_fail "duplicate not refused in config mode"
s_status | grep -q '^e5.2 ' || t_fail "e5.2 not served"
if s_status | grep -q '^e5.1 '; then t_fail "e5.1 served despite vblade"; fi
kill "$S_PID"; wait "$S_PID" 2>/dev/null || true

# Intentional multipath.
printf 'multipath = yes\n' >> "$T_TMP/exports.conf"
sed -i 's/^\[e5.2\]/[e5.3]/' "$T_TMP/exports.conf"
printf '[e5.2]\npath = %s\n' "$T_TMP/a.img" >> "$T_TMP/exports.conf"
sed -i '0,/^\[e5.1\]/s//[e5.1]\nmultipath = yes/' "$T_TMP/exports.conf"
s_serve serve2 -c "$T_TMP/exports.conf"
s_status | grep -q '^e5.1 ' || t_fail "multipath = yes did not allow e5.1"
t_log "duplicate guard OK"
