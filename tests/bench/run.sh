#!/bin/bash
# make bench: aoeboot serve against Debian's vblade 25 on the same veth pair,
# driven by the same client (`aoeboot bench`, the project's userspace
# initiator), with a no-disk-I/O responder (`aoeboot serve` on a null:
# backing) for the ceiling of link plus client. Backing file prefilled on
# /dev/shm. Prints a table with ratios and each target's CPU time per request.
# The machine is shared (2 cores, other jobs): every scenario runs
# BENCH_ROUNDS times, interleaved between the targets, and the best run
# counts (with its own CPU figure).
# Env: AOEBOOT (binary), BENCH_SECONDS (per run, default 3), BENCH_ROUNDS
# (default 2), BENCH_OUT (file the table is also written to), BENCH_IMGDIR
# (where the backing file goes instead of /dev/shm, e.g. a disk filesystem).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD:-build}
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$ROOT/$BUILD_DIR;; esac  # make passes BUILD
AOEBOOT=${AOEBOOT:-$BUILD_DIR/aoeboot}
SECS=${BENCH_SECONDS:-3}
ROUNDS=${BENCH_ROUNDS:-2}
OUT=${BENCH_OUT:-$(dirname "$AOEBOOT")/bench.txt}
[ "$(id -u)" = 0 ] || { echo "bench: needs root (network namespaces)" >&2; exit 77; }
command -v vblade >/dev/null || { echo "bench: vblade not installed (scripts/deps.sh)" >&2; exit 77; }
[ -x "$AOEBOOT" ] || { echo "bench: $AOEBOOT not built" >&2; exit 1; }

. "$ROOT/tests/bench/lib.sh"
bench_link bb 64

set_mtu() { ip -n $NT link set t0 mtu "$1"; ip -n $NC link set c0 mtu "$1"; }

# start KIND [EXPORTS]: starts the target(s); TPIDS = their pids.
start() {
    local kind=$1 n=${2:-1}
    TPIDS=()
    case $kind in
        vblade)
            for s in $(seq 1 "$n"); do
                ip netns exec $NT vblade 1 "$s" t0 "$IMG" >"$TMP/vblade-$s.log" 2>&1 &
                TPIDS+=($!)
            done;;
        aoeboot|null)
            local path=$IMG; [ $kind = null ] && path=null:64M
            { echo "[defaults]"; echo "interfaces = t0"; echo "guard-wait = 0"
              for s in $(seq 1 "$n"); do printf '[e1.%d]\npath = %s\n' "$s" "$path"; done; } > "$TMP/exports.conf"
            ip netns exec $NT "$AOEBOOT" serve --no-guard -c "$TMP/exports.conf" -S "$TMP/ctl" \
                --state-dir "$TMP/state" >"$TMP/serve.log" 2>&1 &
            TPIDS+=($!);;
    esac
    PIDS+=("${TPIDS[@]}")
    # Until the client sees e1.1 (bounded).
    for _ in $(seq 1 50); do
        ip netns exec $NC "$AOEBOOT" bench e1.1 -i c0 --seconds 1 --timeout 2 --json >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "bench: $kind did not come up" >&2; cat "$TMP"/*.log >&2; exit 1
}
stop() { kill "${TPIDS[@]}" 2>/dev/null || true; for p in "${TPIDS[@]}"; do wait "$p" 2>/dev/null || true; done; }

ticks() { awk '{s += $14 + $15} END {print s}' $(for p in "${TPIDS[@]}"; do echo /proc/$p/stat; done); }
field() { sed -n "s/.*\"$1\": \([0-9.]*\).*/\1/p"; }

# run KEY ARGS...: one client run; stores IOPS, MB/s and CPU us/request.
declare -A IOPS MBS CPU
run() {
    local key=$1; shift
    local t0 t1 json frames
    t0=$(ticks)
    json=$(ip netns exec $NC "$AOEBOOT" bench e1.1 -i c0 --seconds "$SECS" --json --yes "$@")
    t1=$(ticks)
    frames=$(echo "$json" | field replies)
    local iops cpu
    iops=$(echo "$json" | field iops)
    cpu=$(awk -v d=$((t1 - t0)) -v f="$frames" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", (f > 0) ? d * 1e6 / hz / f : 0}')
    echo "  $key: $iops IOPS, $(echo "$json" | field mb_per_s) MB/s, $(echo "$json" | field retransmits) retransmits, $cpu us CPU/request" >&2
    if awk -v a="$iops" -v b="${IOPS[$key]:-0}" 'BEGIN {exit !(a > b)}'; then
        IOPS[$key]=$iops
        MBS[$key]=$(echo "$json" | field mb_per_s)
        CPU[$key]=$cpu
    fi
}

SCEN=()
for round in $(seq 1 "$ROUNDS"); do
for mtu in 1500 9000; do
    set_mtu $mtu
    blk=$(( (mtu - 36) / 512 * 512 ))  # one frame per request: outstanding = frames in flight
    for kind in vblade aoeboot null; do
        echo "round $round, MTU $mtu, $kind:" >&2
        start $kind
        for q in 1 16; do
            run "$kind/seq-read-$mtu-q$q" --read --block $blk --outstanding $q
            run "$kind/seq-write-$mtu-q$q" --write --block $blk --outstanding $q
        done
        [ $mtu = 1500 ] && run "$kind/rand-read-512-q16" --read --random --block 512 --outstanding 16
        stop
    done
done
# One export's throughput while 32 are configured (vblade: 32 processes).
set_mtu 1500
for kind in vblade aoeboot; do
    echo "round $round, MTU 1500, $kind with 32 exports:" >&2
    start $kind 32
    run "$kind/32x-seq-read-1500-q16" --read --block 1024 --outstanding 16
    stop
done
done
for s in seq-read-1500-q1 seq-write-1500-q1 seq-read-1500-q16 seq-write-1500-q16 \
         seq-read-9000-q1 seq-write-9000-q1 seq-read-9000-q16 seq-write-9000-q16 rand-read-512-q16; do
    SCEN+=("$s")
done


ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}'; }
{
    echo "aoeboot serve vs vblade 25, client: aoeboot bench, veth, backing file in ${BENCH_IMGDIR:-/dev/shm}, best of $ROUNDS runs of ${SECS} s"
    echo "IOPS = requests/s (one frame each); CPU = target utime+stime per request (us)"
    echo "cpu ab/vb: aoeboot's CPU per request over vblade's; cpu-null: the no-I/O responder's, the cost of"
    echo "receiving a request and sending its reply on this link with no disk work at all"
    printf '%-22s %10s %10s %10s %8s %8s %7s %7s %7s %9s\n' scenario vblade aoeboot no-I/O ab/vb ab/null \
        cpu-vb cpu-ab cpu-null 'cpu ab/vb'
    for s in "${SCEN[@]}"; do
        printf '%-22s %10s %10s %10s %8s %8s %7s %7s %7s %9s\n' "$s" "${IOPS[vblade/$s]}" "${IOPS[aoeboot/$s]}" \
            "${IOPS[null/$s]}" "$(ratio "${IOPS[aoeboot/$s]}" "${IOPS[vblade/$s]}")" \
            "$(ratio "${IOPS[aoeboot/$s]}" "${IOPS[null/$s]}")" "${CPU[vblade/$s]}" "${CPU[aoeboot/$s]}" \
            "${CPU[null/$s]}" "$(ratio "${CPU[aoeboot/$s]}" "${CPU[vblade/$s]}")"
    done
    echo
    echo "One export's seq read (MTU 1500, 16 outstanding) with 32 exports configured, kept share of its 1-export rate:"
    for kind in vblade aoeboot; do
        printf '  %-8s %10s IOPS of %10s = %s\n' $kind "${IOPS[$kind/32x-seq-read-1500-q16]}" \
            "${IOPS[$kind/seq-read-1500-q16]}" "$(ratio "${IOPS[$kind/32x-seq-read-1500-q16]}" "${IOPS[$kind/seq-read-1500-q16]}")"
    done
} | tee "$OUT"

# A client faster than the target (tests/bench/aoeload.c, shares no code with
# aoeboot), one export per row; then N clients at once, each on its own export.
echo
AOEBOOT=$AOEBOOT "$ROOT/tests/bench/fast-client.sh" || echo "bench: fast-client.sh failed" >&2
echo
AOEBOOT=$AOEBOOT "$ROOT/tests/bench/fleet.sh" || echo "bench: fleet.sh failed" >&2
# A lab on one image: per-client layers of one base against full copies,
# and a recorded boot replayed by many clients at once.
echo
AOEBOOT=$AOEBOOT "$ROOT/tests/bench/lab.sh" || echo "bench: lab.sh failed" >&2

# The NBD bridge against direct reads and writes on the same link (issue: at
# most 15% slower), on the host through nbd-server and in a VM through nbd.ko.
echo
AOEBOOT=$AOEBOOT "$ROOT/tests/bench/nbd.sh" || echo "bench: nbd.sh failed" >&2
AOEBOOT=$AOEBOOT "$ROOT/tests/bench/nbd-vm.sh" || echo "bench: nbd-vm.sh failed" >&2
