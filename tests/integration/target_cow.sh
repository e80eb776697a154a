#!/bin/bash
# Per-client copy-on-write views (issue 15): 16 client namespaces on one
# bridge write their own patterns to the same e1.0 at once and read them
# back; the base is unchanged byte for byte; each client's exported view
# holds exactly its writes over the base; a client that never wrote reads
# the base; persistent layers survive a restart of aoeboot serve; a layer
# made on another base is refused with a reason while the others work.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3
N=${COW_CLIENTS:-16}

NT=$(t_netns t); T_NETNS+=("$NT")
ip -n "$NT" link add br0 type bridge
ip -n "$NT" link set br0 up
NS=()
for i in $(seq 0 $((N - 1))); do
    ns=$(t_netns "c$i"); T_NETNS+=("$ns"); NS+=("$ns")
    ip link add "t$i" netns "$NT" type veth peer name c0 netns "$ns"
    ip -n "$NT" link set "t$i" master br0 up
    ip -n "$ns" link set c0 up
done
mac_of() { ip netns exec "${NS[$1]}" cat /sys/class/net/c0/address; }
c_py() { local i=$1; shift; ip netns exec "${NS[$i]}" python3 "$TC" "$@"; }

t_image "$T_TMP/base.img" 4
chmod 0444 "$T_TMP/base.img"
BASE_SHA=$(sha256sum < "$T_TMP/base.img")
mkdir "$T_TMP/layers"
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = br0
[e1.0]
base = $T_TMP/base.img
layer-dir = $T_TMP/layers
layers = persistent
CONF
"$AOEBOOT" serve -t -c "$T_TMP/exports.conf" >/dev/null || t_fail "serve -t refused the layered config"
s_serve serve1 -c "$T_TMP/exports.conf"

# All clients at once: writes (each retried until acknowledged), then a read
# of every written sector over AoE.
for i in $(seq 0 $((N - 1))); do
    ( c_py "$i" writes c0 1 0 60 "$T_TMP/log.$i" && c_py "$i" readback c0 1 0 "$T_TMP/log.$i" ) \
        > "$T_TMP/client$i.log" 2>&1 &
    P[$i]=$!
done
for i in $(seq 0 $((N - 1))); do
    wait "${P[$i]}" || t_fail "client $i: $(cat "$T_TMP/client$i.log")"
done
t_log "$N clients wrote 60 writes each and read their own data back"
[ "$(sha256sum < "$T_TMP/base.img")" = "$BASE_SHA" ] || t_fail "the base changed"
[ "$(ls "$T_TMP/layers" | wc -l)" = "$N" ] || t_fail "want $N layer files: $(ls "$T_TMP/layers")"
"$AOEBOOT" layer -c "$T_TMP/exports.conf" list e1.0 > "$T_TMP/list.txt" || t_fail "layer list failed"
grep -q "$(mac_of 3)" "$T_TMP/list.txt" || t_fail "layer list lacks client 3: $(cat "$T_TMP/list.txt")"

# A client that never wrote reads the base (here: a fresh MAC on client 0's link).
want=$(s_sha "$T_TMP/base.img" 100 2)
ip -n "${NS[0]}" link set c0 down
ip -n "${NS[0]}" link set c0 address 02:00:00:00:77:01
ip -n "${NS[0]}" link set c0 up
got=$(c_py 0 read c0 1 0 100 2) || t_fail "read by a new client"
[ "$got" = "$want" ] || t_fail "a client that never wrote does not read the base"

# Restart (persistent layers): each client's view, exported, is its writes
# over the base, and the server reads it back the same.
kill "$S_PID"; wait "$S_PID" 2>/dev/null || true
for i in $(seq 0 $((N - 1))); do
    [ "$i" = 0 ] && continue  # its MAC was changed above
    m=$(mac_of "$i")
    "$AOEBOOT" layer -c "$T_TMP/exports.conf" export e1.0 "$m" "$T_TMP/view.$i" >/dev/null ||
        t_fail "layer export of client $i"
    python3 "$TC" viewcheck "$T_TMP/base.img" "$T_TMP/view.$i" "$T_TMP/log.$i" >&2 ||
        t_fail "client $i's exported view is not exactly its writes over the base"
    rm -f "$T_TMP/view.$i"
done
s_serve serve2 -c "$T_TMP/exports.conf"
for i in 1 7 $((N - 1)); do
    c_py "$i" readback c0 1 0 "$T_TMP/log.$i" >&2 || t_fail "client $i lost its writes over a restart"
done
t_log "persistent layers survived a restart; exported views are exact"

# A layer made on another base: refused with a reason (and the way out);
# every other client keeps working.
kill "$S_PID"; wait "$S_PID" 2>/dev/null || true
chmod 0644 "$T_TMP/base.img"
printf 'changed' | dd of="$T_TMP/base.img" bs=1 seek=0 conv=notrunc status=none
cp "$T_TMP/base.img" "$T_TMP/base2.img"
sed -i "s|base = .*|base = $T_TMP/base2.img|" "$T_TMP/exports.conf"
s_serve serve3 -c "$T_TMP/exports.conf"
rc=0; c_py 2 read c0 1 0 10 1 >/dev/null 2>&1 || rc=$?
[ $rc != 0 ] || t_fail "a layer made on the old base was read over the new one"
grep -q "layer of $(mac_of 2) refused: the layer was made on another base" "$T_TMP/serve3.log" ||
    t_fail "no log line naming the refused layer: $(cat "$T_TMP/serve3.log")"
grep -q "aoeboot layer reset" "$T_TMP/serve3.log" || t_fail "the log line does not say what to do"
c_py 0 writes c0 1 0 5 "$T_TMP/log.new" >&2 || t_fail "a new client cannot write while another's layer is refused"
c_py 0 readback c0 1 0 "$T_TMP/log.new" >&2 || t_fail "a new client's readback"
t_log "a layer on another base is refused with a reason; other clients work"
