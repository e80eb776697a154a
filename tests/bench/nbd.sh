#!/bin/bash
# NBD bridge overhead: the same AoE export (aoeboot serve on a /dev/shm file,
# veth pair at MTU 9000) read directly with `aoeboot read` and through
# `aoeboot nbd-server` by nbdcopy on a UNIX socket (the same NBD session code
# the kernel bridge uses; the host has no nbd.ko, so the kernel path itself
# is measured only in the VM tests). Reads and writes; prints MB/s and the
# ratio NBD/direct (goal: NBD at least 0.85 of direct).
# nbdcopy runs as one connection with 1 MiB requests: one stream, like
# `aoeboot read`/`write` and like the kernel nbd driver (its largest requests
# are about that size). On 2 shared cores the client, the server, the AoE
# engine and the target compete for CPU: run it on a quiet machine.
# Env: AOEBOOT, BENCH_MB (default 256), BENCH_RUNS (best of, default 3),
# BENCH_OUT (file the table is also written to), NBDCOPY_ARGS (replace the
# nbdcopy options), NBD_SERVER_ARGS (extra nbd-server options).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
AOEBOOT=${AOEBOOT:-$ROOT/${BUILD:-build}/aoeboot}
MB=${BENCH_MB:-256}
RUNS=${BENCH_RUNS:-3}
OUT=${BENCH_OUT:-$(dirname "$AOEBOOT")/bench-nbd.txt}
[ "$(id -u)" = 0 ] || { echo "bench-nbd: needs root (network namespaces)" >&2; exit 77; }
command -v nbdcopy >/dev/null || { echo "bench-nbd: nbdcopy not installed (scripts/deps.sh)" >&2; exit 77; }
[ -x "$AOEBOOT" ] || { echo "bench-nbd: $AOEBOOT not built" >&2; exit 1; }

. "$ROOT/tests/bench/lib.sh"
bench_link bn "$MB" 9000
ip netns exec $NT "$AOEBOOT" serve --no-guard -S "$TMP/ctl" --state-dir "$TMP/state" t0 9.1 "$IMG" \
    >"$TMP/serve.log" 2>&1 &
PIDS+=($!); disown
for _ in $(seq 100); do
    ip netns exec $NC "$AOEBOOT" discover --no-identify -t 300 --want e9.1 -i c0 >/dev/null 2>&1 && break
    sleep 0.1
done
sock=$TMP/nbd.sock
ip netns exec $NC "$AOEBOOT" nbd-server e9.1 -i c0 ${NBD_SERVER_ARGS:-} --listen "unix:$sock" >"$TMP/nbd.log" 2>&1 &
PIDS+=($!); disown
for _ in $(seq 100); do [ -S "$sock" ] && break; sleep 0.1; done
[ -S "$sock" ] || { echo "bench-nbd: nbd-server did not start: $(cat "$TMP/nbd.log")" >&2; exit 1; }
uri="nbd+unix:///?socket=$sock"
head -c $((MB << 20)) /dev/urandom > "$TMP/src"

# Runs are interleaved (direct, NBD, direct, NBD, ...) and the best of each
# kept, so load from elsewhere on the machine hits both sides alike.
once() {  # once CMD...: microseconds
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>>"$TMP/err.log" || { echo "bench-nbd: $* failed" >&2; exit 1; }
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000 ))
}
direct_r=999999999 nbd_r=999999999 direct_w=999999999 nbd_w=999999999
mbps() { echo "scale=1; $MB * 1048576 / $1" | bc; }
min() { [ "$1" -lt "$2" ] && echo "$1" || echo "$2"; }
for _ in $(seq "$RUNS"); do
    direct_r=$(min "$(once ip netns exec $NC "$AOEBOOT" read e9.1 -i c0 -o /dev/null)" $direct_r)
    nbd_r=$(min "$(once nbdcopy ${NBDCOPY_ARGS:---connections=1 --request-size=1048576} "$uri" null:)" $nbd_r)
    # aoeboot write flushes at the end, so nbdcopy does too.
    direct_w=$(min "$(once ip netns exec $NC "$AOEBOOT" write e9.1 "$TMP/src" -i c0)" $direct_w)
    nbd_w=$(min "$(once nbdcopy ${NBDCOPY_ARGS:---connections=1 --request-size=1048576} --flush "$TMP/src" "$uri")" $nbd_w)
done
cmp -s "$TMP/src" "$IMG" || { echo "bench-nbd: data on the target differs after the NBD write" >&2; exit 1; }

{
    printf 'NBD bridge vs direct aoeboot, %d MiB, MTU 9000 veth, best of %d\n' "$MB" "$RUNS"
    printf '%-8s %12s %12s %10s\n' op direct_MB/s nbd_MB/s nbd/direct
    printf '%-8s %12s %12s %10s\n' read "$(mbps $direct_r)" "$(mbps $nbd_r)" "$(echo "scale=2; $direct_r / $nbd_r" | bc)"
    printf '%-8s %12s %12s %10s\n' write "$(mbps $direct_w)" "$(mbps $nbd_w)" "$(echo "scale=2; $direct_w / $nbd_w" | bc)"
} | tee "$OUT"
