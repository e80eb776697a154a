#!/bin/bash
# Target speed with a client faster than the target: aoeboot serve against
# Debian's vblade 25 on one veth pair, both driven by tests/bench/aoeload.c
# (an independent C initiator: one thread, sendmmsg/recvmmsg batches of 64,
# Q frames outstanding; it shares no code with aoeboot). Runs alternate
# between the targets, RUNS per row (default 3), the median counts. CPU per
# request is the target's utime+stime (/proc/PID/stat) over the run divided
# by the requests answered; the client's own CPU per request is printed too,
# to show it is the faster side. Prints a table with both ratios per row.
# Env: AOEBOOT, BENCH_SECONDS (2), BENCH_RUNS (3), BENCH_ROWS (see below),
# BENCH_OUT (also write the table there).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD:-build}
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$ROOT/$BUILD_DIR;; esac
AOEBOOT=${AOEBOOT:-$BUILD_DIR/aoeboot}
SECS=${BENCH_SECONDS:-2}
RUNS=${BENCH_RUNS:-3}
ROWS=${BENCH_ROWS:-"read:1500:16 write:1500:16 randread:1500:16 read:9000:16 write:9000:16"}
[ "$(id -u)" = 0 ] || { echo "fast-client: needs root (network namespaces)" >&2; exit 77; }
command -v vblade >/dev/null || { echo "fast-client: vblade not installed (scripts/deps.sh)" >&2; exit 77; }
[ -x "$AOEBOOT" ] || { echo "fast-client: $AOEBOOT not built" >&2; exit 1; }
. "$ROOT/tests/bench/lib.sh"
bench_link fc 64
LOAD=$TMP/aoeload
gcc -O2 -Wall -o "$LOAD" "$ROOT/tests/bench/aoeload.c"
SECTORS=$(( 64 << 11 ))

start() {  # KIND: sets TP
    if [ "$1" = vblade ]; then
        ip netns exec $NT vblade 1 1 t0 "$IMG" >"$TMP/target.log" 2>&1 &
    else
        printf '[defaults]\ninterfaces = t0\nguard-wait = 0\n[e1.1]\npath = %s\n' "$IMG" > "$TMP/exports.conf"
        ip netns exec $NT "$AOEBOOT" serve --no-guard -c "$TMP/exports.conf" -S "$TMP/ctl" \
            --state-dir "$TMP/state" >"$TMP/target.log" 2>&1 &
    fi
    TP=$!
    PIDS+=($TP)
    for _ in $(seq 50); do
        ip netns exec $NC "$LOAD" -i c0 -t e1.1 -s 0.05 -S $SECTORS >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "fast-client: $1 did not come up" >&2; cat "$TMP/target.log" >&2; exit 1
}
stop() { kill "$TP" 2>/dev/null || true; wait "$TP" 2>/dev/null || true; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
field() { sed -n "s/.*\"$1\": \([0-9.]*\).*/\1/p"; }
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
HZ=$(getconf CLK_TCK)

# run KIND MODE BYTES Q: one run; prints "iops target-us/req client-us/req".
run() {
    local t0 c0 out t1 c1 n
    t0=$(ticks "$TP")
    ip netns exec $NC "$LOAD" -i c0 -t e1.1 -m "$2" -b "$3" -q "$4" -s "$SECS" -S $SECTORS \
        > "$TMP/run.json" 2>"$TMP/run.err" & local lp=$!
    sleep 0.02; c0=$(ticks $lp 2>/dev/null || echo 0)
    # The client's ticks are read just before it exits: poll until its drain.
    c1=$c0
    while kill -0 $lp 2>/dev/null; do c1=$(ticks $lp 2>/dev/null || echo "$c1"); sleep 0.05; done
    wait $lp || { echo "fast-client: aoeload failed: $(cat "$TMP/run.err")" >&2; exit 1; }
    t1=$(ticks "$TP")
    n=$(field replies < "$TMP/run.json")
    awk -v i="$(field iops < "$TMP/run.json")" -v n="$n" -v t=$((t1 - t0)) -v c=$((c1 - c0)) -v hz="$HZ" \
        'BEGIN {printf "%.0f %.3f %.3f\n", i, t * 1e6 / hz / n, c * 1e6 / hz / n}'
}

header="| row (aoeload, median of $RUNS) | vblade IOPS | aoeboot IOPS | IOPS ab/vb | vblade us/req | aoeboot us/req | CPU ab/vb | client us/req |"
rule="|---|---:|---:|---:|---:|---:|---:|---:|"
lines=()
for row in $ROWS; do
    IFS=: read -r mode mtu q <<<"$row"
    ip -n $NT link set t0 mtu "$mtu"; ip -n $NC link set c0 mtu "$mtu"
    bytes=$(( (mtu - 36) / 512 * 512 )); [ "$mode" = randread ] && bytes=512
    : > "$TMP/vblade.res"; : > "$TMP/aoeboot.res"
    for r in $(seq "$RUNS"); do
        for kind in vblade aoeboot; do
            start $kind
            run $kind "$mode" "$bytes" "$q" >> "$TMP/$kind.res"
            stop
        done
    done
    vi=$(cut -d' ' -f1 "$TMP/vblade.res" | median); ai=$(cut -d' ' -f1 "$TMP/aoeboot.res" | median)
    vc=$(cut -d' ' -f2 "$TMP/vblade.res" | median); ac=$(cut -d' ' -f2 "$TMP/aoeboot.res" | median)
    cc=$(cut -d' ' -f3 "$TMP/vblade.res" "$TMP/aoeboot.res" | median)
    lines+=("$(awk -v m="$mode" -v mtu="$mtu" -v q="$q" -v b="$bytes" -v vi="$vi" -v ai="$ai" -v vc="$vc" -v ac="$ac" -v cc="$cc" \
        'BEGIN {printf "| %s %d B, MTU %d, q%d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |", m, b, mtu, q, vi, ai, ai / vi, vc, ac, ac / vc, cc}')")
    echo "${lines[-1]}" >&2
done
{ echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; ${SECS} s per run"
  echo "$header"; echo "$rule"; printf '%s\n' "${lines[@]}"; } | tee ${BENCH_OUT:+"$BENCH_OUT"}
