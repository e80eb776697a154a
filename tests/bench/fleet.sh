#!/bin/bash
# Many clients at once: N clients, each on its own export, all on one bridge
# in the target's namespace; aoeboot serve (one process, N exports) against
# Debian's vblade (N processes, one export each, as sites run it). The
# clients are the sessions of one tests/bench/aoeload.c process (one
# interface and MAC each, Q frames outstanding each, served in turn by its
# one thread, so no client is favoured by the scheduler and the slowest
# over the fastest measures the target). Prints per target the aggregate
# IOPS, the slowest client over the fastest, the target's CPU per request
# and the client's; then the ratios. Alternating runs, RUNS per row
# (default 3), medians.
# Env: AOEBOOT, BENCH_SECONDS (3), BENCH_RUNS (3), FLEET_ROWS ("8:1500 54:1500
# 8:9000 54:9000": clients:MTU), FLEET_Q (8), BENCH_IMGDIR (files on a disk
# filesystem instead of /dev/shm), BENCH_OUT.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD:-build}
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$ROOT/$BUILD_DIR;; esac
AOEBOOT=${AOEBOOT:-$BUILD_DIR/aoeboot}
SECS=${BENCH_SECONDS:-3}
RUNS=${BENCH_RUNS:-3}
ROWS=${FLEET_ROWS:-"8:1500 54:1500 8:9000 54:9000"}
Q=${FLEET_Q:-8}
[ "$(id -u)" = 0 ] || { echo "fleet: needs root (network namespaces)" >&2; exit 77; }
command -v vblade >/dev/null || { echo "fleet: vblade not installed (scripts/deps.sh)" >&2; exit 77; }
[ -x "$AOEBOOT" ] || { echo "fleet: $AOEBOOT not built" >&2; exit 1; }
. "$ROOT/tests/bench/lib.sh"
bench_link fl 1    # namespaces, scratch dir, cleanup; the pair itself is unused
ip -n $NT link del t0
LOAD=$TMP/aoeload
gcc -O2 -Wall -o "$LOAD" "$ROOT/tests/bench/aoeload.c"
MB=8 SECTORS=$(( 8 << 11 )) MAXN=0
for row in $ROWS; do n=${row%%:*}; [ "$n" -gt $MAXN ] && MAXN=$n; done
ip -n $NT link add br0 type bridge
ip -n $NT link set br0 up
DIR=${BENCH_IMGDIR:-/dev/shm}
for i in $(seq $MAXN); do
    ip link add p$i netns $NT type veth peer name c$i netns $NC
    ip -n $NT link set p$i master br0 up
    ip -n $NC link set c$i up
    head -c $((MB << 20)) /dev/urandom > "$DIR/aoeboot-fleet-$ID-$i.img"
done
trap 'bench_cleanup; rm -f "$DIR"/aoeboot-fleet-$ID-*.img' EXIT
set_mtu() {
    ip -n $NT link set br0 mtu "$1"
    for i in $(seq $MAXN); do ip -n $NT link set p$i mtu "$1"; ip -n $NC link set c$i mtu "$1"; done
}
TPS=()
start() {  # KIND N
    TPS=()
    if [ "$1" = vblade ]; then
        for i in $(seq "$2"); do
            ip netns exec $NT vblade 1 "$i" br0 "$DIR/aoeboot-fleet-$ID-$i.img" >"$TMP/vblade-$i.log" 2>&1 &
            TPS+=($!)
        done
    else
        { printf '[defaults]\ninterfaces = br0\nguard-wait = 0\n'
          for i in $(seq "$2"); do printf '[e1.%d]\npath = %s\n' "$i" "$DIR/aoeboot-fleet-$ID-$i.img"; done
        } > "$TMP/exports.conf"
        ip netns exec $NT "$AOEBOOT" serve --no-guard -c "$TMP/exports.conf" -S "$TMP/ctl" \
            --state-dir "$TMP/state" >"$TMP/serve.log" 2>&1 &
        TPS+=($!)
    fi
    PIDS+=("${TPS[@]}")
    for i in 1 "$2"; do
        local up=0
        for _ in $(seq 50); do
            ip netns exec $NC "$LOAD" -i c$i -t e1.$i -s 0.05 -S $SECTORS >/dev/null 2>&1 && { up=1; break; }
            sleep 0.1
        done
        [ $up = 1 ] || { echo "fleet: $1 e1.$i did not come up" >&2; cat "$TMP"/*.log >&2; exit 1; }
    done
}
stop() { kill "${TPS[@]}" 2>/dev/null || true; for p in "${TPS[@]}"; do wait "$p" 2>/dev/null || true; done; }
ticks() { local s=0 p; for p in "${TPS[@]}"; do s=$((s + $(awk '{print $14 + $15}' /proc/$p/stat))); done; echo $s; }
field() { sed -n "s/.*\"$1\": \([0-9.]*\).*/\1/p"; }
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
HZ=$(getconf CLK_TCK)

run() {  # N BYTES: prints "aggregate-iops slowest/fastest target-us/req client-us/req"
    local n=$1 t0 t1 c0 c1 lp i args=()
    for i in $(seq "$n"); do args+=(-i c$i -t e1.$i); done
    t0=$(ticks)
    ip netns exec $NC "$LOAD" "${args[@]}" -m read -b "$2" -q $Q -s "$SECS" -S $SECTORS \
        > "$TMP/run.json" 2>"$TMP/run.err" & lp=$!
    sleep 0.02; c0=$(awk '{print $14 + $15}' /proc/$lp/stat 2>/dev/null || echo 0); c1=$c0
    while kill -0 $lp 2>/dev/null; do c1=$(awk '{print $14 + $15}' /proc/$lp/stat 2>/dev/null || echo "$c1"); sleep 0.05; done
    wait $lp || { echo "fleet: aoeload failed: $(cat "$TMP/run.err")" >&2; exit 1; }
    t1=$(ticks)
    sed -n 's/.*"sessions": \[\(.*\)\].*/\1/p' "$TMP/run.json" | tr ',' '\n' |
        awk -v t=$((t1 - t0)) -v c=$((c1 - c0)) -v hz="$HZ" -v r="$(field replies < "$TMP/run.json")" \
            '{s += $1; if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1}
            END {printf "%.0f %.3f %.3f %.3f\n", s, (hi > 0) ? lo / hi : 0, t * 1e6 / hz / r, c * 1e6 / hz / r}'
}

lines=()
for row in $ROWS; do
    n=${row%%:*} mtu=${row#*:}
    set_mtu "$mtu"
    bytes=$(( (mtu - 36) / 512 * 512 ))
    : > "$TMP/vblade.res"; : > "$TMP/aoeboot.res"
    for r in $(seq "$RUNS"); do
        for kind in vblade aoeboot; do
            start $kind "$n"; run "$n" "$bytes" >> "$TMP/$kind.res"; stop
        done
    done
    col() { cut -d' ' -f"$2" "$TMP/$1.res" | median; }
    lines+=("$(awk -v n="$n" -v mtu="$mtu" -v q=$Q -v vi="$(col vblade 1)" -v ai="$(col aoeboot 1)" \
        -v vf="$(col vblade 2)" -v af="$(col aoeboot 2)" -v vc="$(col vblade 3)" -v ac="$(col aoeboot 3)" \
        -v cc="$(cut -d' ' -f4 "$TMP/vblade.res" "$TMP/aoeboot.res" | median)" \
        'BEGIN {printf "| %d clients, MTU %d, q%d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |", n, mtu, q, vi, ai, ai / vi, vf, af, vc, ac, ac / vc, cc}')")
    echo "${lines[-1]}" >&2
done
{ echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; ${SECS} s per run; files in $DIR"
  echo "| row (seq reads, median of $RUNS) | vblade aggregate IOPS | aoeboot aggregate IOPS | ab/vb | vblade slowest/fastest | aoeboot slowest/fastest | vblade us/req | aoeboot us/req | CPU ab/vb | client us/req |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${lines[@]}"; } | tee ${BENCH_OUT:+"$BENCH_OUT"}
