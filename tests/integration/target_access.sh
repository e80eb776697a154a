#!/bin/bash
# Access control with two initiators on a bridge: an allow list hides an
# export from everyone else; a read-only export refuses writes; a
# reservation refuses other initiators' I/O with error 6 and a mask list
# hides the export from others, and both survive a restart (state dir).
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need aoeping python3

NT=$(t_netns t); NC=$(t_netns c); ND=$(t_netns d)
T_NETNS+=("$NT" "$NC" "$ND")  # t_netns ran in a subshell: register for cleanup
t_veth "$NT" t0 "$NC" c0
t_veth "$NT" t1 "$ND" d0
ip -n "$NT" link add br0 type bridge
ip -n "$NT" link set t0 master br0
ip -n "$NT" link set t1 master br0
ip -n "$NT" link set br0 up
CMAC=$(ip netns exec "$NC" cat /sys/class/net/c0/address)
DMAC=$(ip netns exec "$ND" cat /sys/class/net/d0/address)
for i in 0 1 2; do t_image "$T_TMP/$i.img" 2; done
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = br0
[e1.0]
path = $T_TMP/0.img
allow = $CMAC
[e1.1]
path = $T_TMP/1.img
read-only = yes
[e1.2]
path = $T_TMP/2.img
CONF
start() { s_serve "serve$1" -c "$T_TMP/exports.conf"; }
start 1
d_py() { ip netns exec "$ND" python3 "$TC" "$@"; }
c_ping() { ip netns exec "$NC" aoeping -s 2 "$@" c0 >/dev/null 2>&1; }
d_ping() { ip netns exec "$ND" aoeping -s 2 "$@" d0 >/dev/null 2>&1; }

# Allow list.
c_ping 1 0 || t_fail "allowed initiator got no answer from e1.0"
if d_ping 1 0; then t_fail "initiator outside the allow list was answered"; fi
s_status | grep -A1 '^e1.0' | grep -q 'denied=[1-9]' || t_fail "denied frames not counted"

# Read-only.
before=$(sha256sum < "$T_TMP/1.img")
if s_py write c0 1 1 5 1 seed 2>/dev/null; then t_fail "write to a read-only export was acknowledged"; fi
[ "$(sha256sum < "$T_TMP/1.img")" = "$before" ] || t_fail "read-only image changed"
s_py read c0 1 1 5 1 >/dev/null || t_fail "read from the read-only export"

# Reservation: C reserves e1.2; D's reads fail with error 6; survives restart.
[ "$(s_py reserve c0 1 2 set "$CMAC")" = "$CMAC" ] || t_fail "reserve set"
rc=0; d_py read d0 1 2 0 1 2>/dev/null || rc=$?
[ $rc = 3 ] || t_fail "read by a non-holder while reserved: exit $rc, want AoE error (3)"
rc=0; d_py reserve d0 1 2 set "$DMAC" >/dev/null 2>&1 || rc=$?
[ $rc = 3 ] || t_fail "reserve set by a non-holder should get error 6"
s_py read c0 1 2 0 1 >/dev/null || t_fail "holder cannot read its reserved export"
kill "$S_PID"; wait "$S_PID" 2>/dev/null || true
start 2
rc=0; d_py read d0 1 2 0 1 2>/dev/null || rc=$?
[ $rc = 3 ] || t_fail "reservation lost across a restart"
s_status | grep -q '^e1.2 .*reserved=1' || t_fail "status does not show the reservation"
[ -z "$(d_py reserve d0 1 2 force)" ] || t_fail "force release"
d_py read d0 1 2 0 1 >/dev/null || t_fail "read after release"

# Mask list: C masks e1.2 to itself; D sees nothing; survives restart.
[ "$(s_py mask c0 1 2 add "$CMAC")" = "$CMAC" ] || t_fail "mask add"
if d_ping 1 2; then t_fail "masked-out initiator was answered"; fi
kill "$S_PID"; wait "$S_PID" 2>/dev/null || true
start 3
if d_ping 1 2; then t_fail "mask list lost across a restart"; fi
c_ping 1 2 || t_fail "masked-in initiator got no answer"
[ -z "$(s_py mask c0 1 2 del "$CMAC")" ] || t_fail "mask delete"
d_ping 1 2 || t_fail "empty mask list still hides the export"
t_log "allow list, read-only, reserve and mask list OK"
