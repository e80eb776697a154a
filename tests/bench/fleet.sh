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
. "$ROOT/tests/bench/fleet-lib.sh"
bench_link fl 1    # namespaces, scratch dir, cleanup; the pair itself is unused
MB=8 SECTORS=$(( 8 << 11 )) MAXN=0
for row in $ROWS; do n=${row%%:*}; [ "$n" -gt $MAXN ] && MAXN=$n; done
fleet_setup $MAXN
DIR=${BENCH_IMGDIR:-/dev/shm}
FLEET_FILES=()
for i in $(seq $MAXN); do
    FLEET_FILES[$i]=$DIR/aoeboot-fleet-$ID-$i.img
    head -c $((MB << 20)) /dev/urandom > "${FLEET_FILES[$i]}"
done
trap 'bench_cleanup; rm -f "$DIR"/aoeboot-fleet-$ID-*.img' EXIT

lines=()
for row in $ROWS; do
    n=${row%%:*} mtu=${row#*:}
    fleet_mtu "$mtu"
    bytes=$(( (mtu - 36) / 512 * 512 ))
    : > "$TMP/vblade.res"; : > "$TMP/aoeboot.res"
    for r in $(seq "$RUNS"); do
        for kind in vblade aoeboot; do
            fleet_start $kind "$n"
            fleet_run $kind "$n" -m read -b "$bytes" -q $Q -s "$SECS" -S $SECTORS >> "$TMP/$kind.res"
            fleet_stop
        done
    done
    col() { cut -d' ' -f"$2" "$TMP/$1.res" | fleet_median; }
    lines+=("$(awk -v n="$n" -v mtu="$mtu" -v q=$Q -v vi="$(col vblade 1)" -v ai="$(col aoeboot 1)" \
        -v vf="$(col vblade 2)" -v af="$(col aoeboot 2)" -v vc="$(col vblade 3)" -v ac="$(col aoeboot 3)" \
        -v cc="$(cut -d' ' -f4 "$TMP/vblade.res" "$TMP/aoeboot.res" | fleet_median)" \
        'BEGIN {printf "| %d clients, MTU %d, q%d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |", n, mtu, q, vi, ai, ai / vi, vf, af, vc, ac, ac / vc, cc}')")
    echo "${lines[-1]}" >&2
done
{ echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; ${SECS} s per run; files in $DIR"
  echo "| row (seq reads, median of $RUNS) | vblade aggregate IOPS | aoeboot aggregate IOPS | ab/vb | vblade slowest/fastest | aoeboot slowest/fastest | vblade us/req | aoeboot us/req | CPU ab/vb | client us/req |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${lines[@]}"; } | tee ${BENCH_OUT:+"$BENCH_OUT"}
