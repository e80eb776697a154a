#!/bin/bash
# A lab on one image (issue 15): N clients at once, each on its own
# copy-on-write layer of one base (`aoeboot serve`, one export, base =),
# against the same N clients each on a full copy of its own (aoeboot serve
# with N exports, and Debian's vblade with N processes, as sites run it).
# Same bridge, same client for all three: the sessions of one
# tests/bench/aoeload.c process (fleet-lib.sh).
#
# 1. Throughput rows: sequential reads (of what the client never wrote: from
#    the base) and sequential writes (a fresh layer each run, so each chunk's
#    first write copies the rest of it from the base), files on /dev/shm.
#    Aggregate IOPS, layers over copies, slowest client over fastest.
# 2. Boot storm: record-boot.sh records the ATA requests of a real diskless
#    boot of the demo root in a VM; then N clients replay it at once from cold
#    page caches, files on a disk file system (BENCH_DISKDIR, default
#    /var/tmp). Time until the last client is done, the slowest over the
#    fastest, and the file server's memory for it: the page cache its backing
#    files hold afterwards (fincore) plus the target processes' RSS.
# Alternating runs, LAB_RUNS per row (default 3), medians.
# Env: AOEBOOT, BENCH_SECONDS (3), LAB_RUNS (3), LAB_ROWS ("1 8 32 54"),
# LAB_STORM ("8 54"), LAB_Q (8), BENCH_DISKDIR, BENCH_OUT.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${BUILD:-build}
case $BUILD_DIR in /*) ;; *) BUILD_DIR=$ROOT/$BUILD_DIR;; esac
export AOEBOOT=${AOEBOOT:-$BUILD_DIR/aoeboot}
SECS=${BENCH_SECONDS:-3}
RUNS=${LAB_RUNS:-3}
ROWS=${LAB_ROWS:-"1 8 32 54"}
STORM=${LAB_STORM:-"8 54"}
Q=${LAB_Q:-8}
[ "$(id -u)" = 0 ] || { echo "lab: needs root (network namespaces)" >&2; exit 77; }
command -v vblade >/dev/null || { echo "lab: vblade not installed (scripts/deps.sh)" >&2; exit 77; }
command -v fincore >/dev/null || { echo "lab: fincore (util-linux) not installed" >&2; exit 77; }
[ -x "$AOEBOOT" ] || { echo "lab: $AOEBOOT not built" >&2; exit 1; }
. "$ROOT/tests/bench/lib.sh"
. "$ROOT/tests/bench/fleet-lib.sh"
bench_link lb 1
MAXN=0
for n in $ROWS $STORM; do [ "$n" -gt $MAXN ] && MAXN=$n; done
fleet_setup $MAXN
fleet_mtu 1500
SHM=/dev/shm/aoeboot-lab-$ID DISK=${BENCH_DISKDIR:-/var/tmp}/aoeboot-lab-$ID
mkdir -p "$SHM" "$DISK"
trap 'bench_cleanup; rm -rf "$SHM" "$DISK"' EXIT
KINDS="vblade aoeboot layers"
NAME_vblade="vblade, N copies" NAME_aoeboot="aoeboot, N copies" NAME_layers="aoeboot, 1 base + N layers"

# lab_files DIR BASE N: the copies (one per client) and an empty layer dir.
lab_files() {
    local dir=$1 i
    FLEET_BASE=$2 FLEET_LAYERS=$dir/layers FLEET_FILES=()
    rm -rf "$FLEET_LAYERS"; mkdir -p "$FLEET_LAYERS"
    for i in $(seq "$3"); do
        FLEET_FILES[$i]=$dir/copy-$i.img
        [ -f "${FLEET_FILES[$i]}" ] || { cp "$2" "${FLEET_FILES[$i]}"; chmod 0644 "${FLEET_FILES[$i]}"; }
    done
}
# The backing files KIND uses for N clients.
lab_backing() {
    if [ "$1" = layers ]; then echo "$FLEET_BASE"; find "$FLEET_LAYERS" -type f
    else printf '%s\n' "${FLEET_FILES[@]:1:$2}"; fi
}

# --- 1. throughput ---------------------------------------------------------
MB=8 SECTORS=$(( 8 << 11 ))
head -c $((MB << 20)) /dev/urandom > "$SHM/base.img"
lab_files "$SHM" "$SHM/base.img" $MAXN
lines=()
for n in $ROWS; do
    for mode in read write; do
        for k in $KINDS; do : > "$TMP/$k.res"; done
        for r in $(seq "$RUNS"); do
            for k in $KINDS; do
                rm -rf "$FLEET_LAYERS"/*
                fleet_start $k "$n"
                fleet_run $k "$n" -m $mode -b 1024 -q $Q -s "$SECS" -S $SECTORS >> "$TMP/$k.res"
                fleet_stop
            done
        done
        col() { cut -d' ' -f"$2" "$TMP/$1.res" | fleet_median; }
        lines+=("$(awk -v n="$n" -v m="$mode" -v q=$Q -v vi="$(col vblade 1)" -v ai="$(col aoeboot 1)" \
            -v li="$(col layers 1)" -v vf="$(col vblade 2)" -v af="$(col aoeboot 2)" -v lf="$(col layers 2)" \
            'BEGIN {printf "| %d clients, seq %s, 1 KiB, q%d | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |",
                    n, m, q, vi, ai, li, li / ai, li / vi, vf, af, lf}')")
        echo "${lines[-1]}" >&2
    done
done
rm -rf "$SHM"

# --- 2. boot storm ---------------------------------------------------------
REC=$TMP/rec
"$ROOT/tests/bench/record-boot.sh" "$REC" >&2 || { echo "lab: recording the boot failed" >&2; exit 1; }
reqs=$(grep -vc '^#' "$REC/boot.trace")
read_mb=$(awk '$1 == "R" {s += $3} END {printf "%.1f", s / 2048}' "$REC/boot.trace")
cp "$REC/root.img" "$DISK/base.img"
chmod 0444 "$DISK/base.img"
IMG_SECTORS=$(( $(stat -c %s "$DISK/base.img") / 512 ))
# Cold start: every backing file written out and dropped from the page cache.
uncache() { local f; while read -r f; do sync "$f"; dd if="$f" iflag=nocache count=0 status=none; done; }
rss_kb() { local s=0 p; for p in "${TPS[@]}"; do s=$((s + $(awk '/^VmRSS/ {print $2}' /proc/$p/status))); done; echo $s; }
storm=()
for n in $STORM; do
    lab_files "$DISK" "$DISK/base.img" "$n"
    for k in $KINDS; do : > "$TMP/$k.storm"; done
    for r in $(seq "$RUNS"); do
        for k in $KINDS; do
            rm -rf "$FLEET_LAYERS"/*
            fleet_start $k "$n"
            # After the start: its probe reads warmed some pages.
            printf '%s\n' "${FLEET_FILES[@]:1:$n}" "$DISK/base.img" | uncache
            # shellcheck disable=SC2046
            ip netns exec "$NC" "$LOAD" $(fleet_targets $k "$n") -r "$REC/boot.trace" -q $Q -s 120 \
                -S $IMG_SECTORS > "$TMP/storm.json" 2>"$TMP/storm.err" ||
                { echo "lab: storm replay ($k, $n) failed: $(cat "$TMP/storm.err")" >&2; exit 1; }
            cache=$(lab_backing $k "$n" | xargs fincore -b -n -o RES | awk '{s += $1} END {print s + 0}')
            rss=$(rss_kb)
            fleet_stop
            sed -n 's/.*"done_ms": \[\([^]]*\)\].*/\1/p' "$TMP/storm.json" | tr ',' '\n' |
                awk -v cache=$cache -v rss=$rss '{if (NR == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1}
                    END {printf "%.0f %.3f %.1f %.1f\n", hi, lo / hi, cache / 1048576, rss / 1024}' >> "$TMP/$k.storm"
        done
    done
    col() { cut -d' ' -f"$2" "$TMP/$1.storm" | fleet_median; }
    storm+=("$(awk -v n="$n" -v vt="$(col vblade 1)" -v at="$(col aoeboot 1)" -v lt="$(col layers 1)" \
        -v vf="$(col vblade 2)" -v af="$(col aoeboot 2)" -v lf="$(col layers 2)" \
        -v vm="$(col vblade 3)" -v am="$(col aoeboot 3)" -v lm="$(col layers 3)" \
        -v vr="$(col vblade 4)" -v ar="$(col aoeboot 4)" -v lr="$(col layers 4)" \
        'BEGIN {printf "| %d clients | %d | %d | %d | %.2f | %.2f / %.2f / %.2f | %.1f + %.1f | %.1f + %.1f | %.1f + %.1f |",
                n, vt, at, lt, lt / at, vf, af, lf, vm, vr, am, ar, lm, lr}')")
    echo "${storm[-1]}" >&2
done

{ echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; client: aoeload (one process, one session per client)"
  echo
  echo "Throughput: ${SECS} s per run, median of $RUNS, MTU 1500, 8 MiB image on /dev/shm (copies: cp of the base)"
  echo "| row | vblade copies IOPS | aoeboot copies IOPS | aoeboot layers IOPS | layers/copies | layers/vblade | vblade slowest/fastest | aoeboot copies slowest/fastest | layers slowest/fastest |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${lines[@]}"
  echo
  echo "Boot storm: a recorded boot of the demo root ($reqs requests, $read_mb MiB read), replayed by N clients at once, q$Q,"
  echo "cold page cache, files in ${BENCH_DISKDIR:-/var/tmp}; median of $RUNS. Memory (MiB): page cache the backing files hold after the storm + the target processes' RSS."
  echo "| clients | vblade copies: last done ms | aoeboot copies ms | aoeboot layers ms | layers/copies time | slowest/fastest vb / ab / layers | vblade cache + RSS | aoeboot copies cache + RSS | layers cache + RSS |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${storm[@]}"; } | tee ${BENCH_OUT:+"$BENCH_OUT"}
