#!/bin/bash
# kill -9 of aoeboot serve under per-client copy-on-write writes, in a loop:
# after each kill, every write a client saw acknowledged is in its view
# (exported from the layer file over the base), every sector it never wrote
# is the base's (a chunk's base fill never reads as zeros or garbage), the
# base is unchanged, and the restarted server goes on from there.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3
N=4 ROUNDS=${COW_ROUNDS:-3}

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

t_image "$T_TMP/base.img" 8
BASE_SHA=$(sha256sum < "$T_TMP/base.img")
mkdir "$T_TMP/layers"
# sync = none: acknowledged writes sit in the page cache, which a kill -9 of
# the process does not lose; the audit proves the layer's map agrees.
cat > "$T_TMP/exports.conf" <<CONF
[defaults]
interfaces = br0
[e2.2]
base = $T_TMP/base.img
layer-dir = $T_TMP/layers
sync = none
CONF
for round in $(seq 1 "$ROUNDS"); do
    s_serve "serve$round" -c "$T_TMP/exports.conf"
    for i in $(seq 0 $((N - 1))); do
        ip netns exec "${NS[$i]}" python3 "$TC" writer c0 2 2 4 "$T_TMP/acked.$i" "$T_TMP/intent.$i" &
        W[$i]=$!
    done
    sleep 2
    kill -9 "$S_PID"
    for i in $(seq 0 $((N - 1))); do wait "${W[$i]}" || t_fail "round $round: writer $i saw a failed write"; done
    total=0
    for i in $(seq 0 $((N - 1))); do
        n=$(wc -l < "$T_TMP/acked.$i"); total=$((total + n))
        rm -f "$T_TMP/view"
        "$AOEBOOT" layer -c "$T_TMP/exports.conf" export e2.2 "$(mac_of "$i")" "$T_TMP/view" >/dev/null ||
            t_fail "round $round: layer export of client $i"
        python3 "$TC" audit "$T_TMP/view" "$T_TMP/acked.$i" "$T_TMP/intent.$i" "$T_TMP/base.img" >&2 ||
            t_fail "round $round: client $i's view lost an acknowledged write or shows what it never wrote"
    done
    [ "$total" -gt $((100 * round)) ] || t_fail "only $total writes acknowledged by round $round: the test proves nothing"
    [ "$(sha256sum < "$T_TMP/base.img")" = "$BASE_SHA" ] || t_fail "round $round: the base changed"
    t_log "round $round: $total acknowledged writes so far, all in their clients' views after kill -9"
done
