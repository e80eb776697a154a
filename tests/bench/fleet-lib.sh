# Sourced by fleet.sh and lab.sh: N clients on one bridge in the target's
# namespace, each the session of one tests/bench/aoeload.c process (its own
# veth, so its own MAC), and the targets they are measured against.
#   fleet_setup MAXN              bridge br0 in $NT, veths p$i (bridge) / c$i
#                                 (client); builds $LOAD; sets HZ
#   fleet_mtu MTU                 every link of the fleet
#   fleet_start KIND N            starts the target(s) for N clients; TPS = pids
#     vblade   N vblade processes, e1.$i on FLEET_FILES[i]
#     aoeboot  one aoeboot serve, N exports e1.$i on FLEET_FILES[i]
#     layers   one aoeboot serve, one export e1.1: base FLEET_BASE, a layer
#              per client in FLEET_LAYERS
#   fleet_stop                    stops them
#   fleet_ticks                   CPU ticks the target(s) used so far
#   fleet_targets KIND N          the -i/-t arguments for aoeload
#   fleet_run KIND N AOELOAD-ARGS...  one run; prints "aggregate-iops
#                                 slowest/fastest target-us/req client-us/req"
#                                 and leaves aoeload's JSON in $TMP/run.json
# Needs bench_link (lib.sh) first, and FLEET_FILES (array, 1-based) set
# before fleet_start aoeboot|vblade.
fleet_setup() {
    local i
    FLEET_MAXN=$1
    ip -n "$NT" link del t0
    LOAD=$TMP/aoeload
    gcc -O2 -Wall -o "$LOAD" "$ROOT/tests/bench/aoeload.c"
    ip -n "$NT" link add br0 type bridge
    ip -n "$NT" link set br0 up
    for i in $(seq "$FLEET_MAXN"); do
        ip link add p$i netns "$NT" type veth peer name c$i netns "$NC"
        ip -n "$NT" link set p$i master br0 up
        ip -n "$NC" link set c$i up
    done
    HZ=$(getconf CLK_TCK)
}

fleet_mtu() {
    local i
    ip -n "$NT" link set br0 mtu "$1"
    for i in $(seq "$FLEET_MAXN"); do ip -n "$NT" link set p$i mtu "$1"; ip -n "$NC" link set c$i mtu "$1"; done
}

fleet_targets() {  # KIND N
    local i
    for i in $(seq "$2"); do
        if [ "$1" = layers ]; then printf -- '-i c%d -t e1.1 ' "$i"; else printf -- '-i c%d -t e1.%d ' "$i" "$i"; fi
    done
}

fleet_start() {  # KIND N
    local kind=$1 n=$2 i
    TPS=()
    case $kind in
        vblade)
            for i in $(seq "$n"); do
                ip netns exec "$NT" vblade 1 "$i" br0 "${FLEET_FILES[$i]}" >"$TMP/vblade-$i.log" 2>&1 &
                TPS+=($!)
            done;;
        aoeboot|layers)
            { printf '[defaults]\ninterfaces = br0\nguard-wait = 0\n'
              if [ "$kind" = layers ]; then
                  printf '[e1.1]\nbase = %s\nlayer-dir = %s\n' "$FLEET_BASE" "$FLEET_LAYERS"
              else
                  for i in $(seq "$n"); do printf '[e1.%d]\npath = %s\n' "$i" "${FLEET_FILES[$i]}"; done
              fi
            } > "$TMP/exports.conf"
            ip netns exec "$NT" "$AOEBOOT" serve --no-guard -c "$TMP/exports.conf" -S "$TMP/ctl" \
                --state-dir "$TMP/state" >"$TMP/serve.log" 2>&1 &
            TPS+=($!);;
        *) echo "fleet_start: unknown kind $kind" >&2; exit 1;;
    esac
    PIDS+=("${TPS[@]}")
    # Up when the first and the last client's target answers a short read.
    for i in 1 "$n"; do
        local up=0 t=e1.$i
        [ "$kind" = layers ] && t=e1.1
        for _ in $(seq 50); do
            ip netns exec "$NC" "$LOAD" -i c$i -t $t -s 0.05 -S 2048 >/dev/null 2>&1 && { up=1; break; }
            sleep 0.1
        done
        [ $up = 1 ] || { echo "fleet: $kind $t did not come up" >&2; cat "$TMP"/*.log >&2; exit 1; }
    done
}

fleet_stop() {
    local p
    kill "${TPS[@]}" 2>/dev/null || true
    for p in "${TPS[@]}"; do wait "$p" 2>/dev/null || true; done
}

fleet_ticks() {
    local s=0 p
    for p in "${TPS[@]}"; do s=$((s + $(awk '{print $14 + $15}' /proc/$p/stat))); done
    echo $s
}

fleet_run() {  # KIND N AOELOAD-ARGS...
    local kind=$1 n=$2 t0 t1 c0 c1 lp
    shift 2
    t0=$(fleet_ticks)
    # shellcheck disable=SC2046
    ip netns exec "$NC" "$LOAD" $(fleet_targets "$kind" "$n") "$@" > "$TMP/run.json" 2>"$TMP/run.err" & lp=$!
    sleep 0.02; c0=$(awk '{print $14 + $15}' /proc/$lp/stat 2>/dev/null || echo 0); c1=$c0
    while kill -0 $lp 2>/dev/null; do c1=$(awk '{print $14 + $15}' /proc/$lp/stat 2>/dev/null || echo "$c1"); sleep 0.05; done
    wait $lp || { echo "fleet: aoeload failed: $(cat "$TMP/run.err")" >&2; exit 1; }
    t1=$(fleet_ticks)
    [ -z "${FLEET_VERBOSE:-}" ] || echo "$kind $n: $(sed -n 's/.*"sessions": \[\([^]]*\)\].*/\1/p' "$TMP/run.json")" >&2
    sed -n 's/.*"sessions": \[\([^]]*\)\].*/\1/p' "$TMP/run.json" | tr ',' '\n' |
        awk -v t=$((t1 - t0)) -v c=$((c1 - c0)) -v hz="$HZ" -v r="$(fleet_field replies < "$TMP/run.json")" \
            '{s += $1; if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1}
            END {printf "%.0f %.3f %.3f %.3f\n", s, (hi > 0) ? lo / hi : 0, t * 1e6 / hz / r, c * 1e6 / hz / r}'
}

fleet_field() { sed -n "s/.*\"$1\": \([0-9.]*\).*/\1/p"; }
fleet_median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
