#!/bin/bash
# A/B of target binaries (and vblade) on one veth pair, same client, one
# target at a time, alternating, ROUNDS rounds; CPU per request from
# `perf stat -e task-clock,context-switches -p PID` (not tick-sampled).
# Env: BINS="label=binary ..." (binary "vblade" runs Debian's vblade; label
# "null" serves null:64M), SCEN (r1 w1 r16 w16: read/write, outstanding;
# rr16: random 512-byte reads),
# MTU (9000), SECS (2), ROUNDS (2), NEXP (exports configured, 1), CLIENT
# (the aoeboot that runs `bench`, default the first binary given), BENCH_IMGDIR
# (where the backing file goes, default /dev/shm).
# Prints one line per run: round label scenario IOPS, target CPU us/request,
# switches/request, and the whole machine's busy CPU us/request (client,
# target and kernel together, from /proc/stat: cost moved from the target into
# the client or a softirq shows there, not as a saving).
set -u
[ "$(id -u)" = 0 ] || { echo "target-ab: needs root (network namespaces)" >&2; exit 77; }
command -v perf >/dev/null || { echo "target-ab: perf not installed (linux-perf)" >&2; exit 77; }
SECS=${SECS:-2}; ROUNDS=${ROUNDS:-2}; MTU=${MTU:-9000}; NEXP=${NEXP:-1}
BINS=${BINS:?set BINS=\"label=binary ...\"}; SCEN=${SCEN:-r1 w1 r16 w16}
if [ -z "${CLIENT:-}" ]; then
    for spec in $BINS; do [ "${spec#*=}" != vblade ] && { CLIENT=${spec#*=}; break; }; done
fi
[ -x "${CLIENT:-}" ] || { echo "target-ab: set CLIENT to an aoeboot binary" >&2; exit 1; }
. "$(dirname "$0")/lib.sh"
bench_link ba 64 "$MTU"
blk=$(( (MTU - 36) / 512 * 512 ))  # one frame per request

start() {  # LABEL BINARY: sets TP
    if [ "$2" = vblade ]; then
        ip netns exec $NT vblade 1 1 t0 "$IMG" >"$TMP/target.log" 2>&1 &
    else
        local path=$IMG; [ "$1" = null ] && path=null:64M
        { printf '[defaults]\ninterfaces = t0\nguard-wait = 0\n'
          for s in $(seq "$NEXP"); do printf '[e1.%d]\npath = %s\n' "$s" "$path"; done; } > "$TMP/exports.conf"
        ip netns exec $NT "$2" serve --no-guard -c "$TMP/exports.conf" -S "$TMP/ctl" --state-dir "$TMP/state" \
            >"$TMP/target.log" 2>&1 &
    fi
    TP=$!
    for _ in $(seq 50); do
        ip netns exec $NC "$CLIENT" bench e1.1 -i c0 --seconds 1 --timeout 2 --json >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "target-ab: $1 did not come up" >&2; cat "$TMP/target.log" >&2; exit 1
}
field() { sed -n "s/.*\"$1\": \([0-9.]*\).*/\1/p"; }
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }  # user nice system irq softirq, ticks

for r in $(seq "$ROUNDS"); do
    for spec in $BINS; do
        label=${spec%%=*}; bin=${spec#*=}
        start "$label" "$bin"
        for sc in $SCEN; do
            case $sc in
                r1) a="--read --outstanding 1";; w1) a="--write --outstanding 1";;
                r16) a="--read --outstanding 16";; w16) a="--write --outstanding 16";;
                rr16) a="--read --random --outstanding 16";;
                *) echo "target-ab: unknown scenario $sc" >&2; exit 1;;
            esac
            perf stat -x, -e task-clock,context-switches -p "$TP" -o "$TMP/stat" 2>/dev/null & pp=$!
            sleep 0.05
            b0=$(busy)
            # shellcheck disable=SC2086
            b=$blk; [ "$sc" = rr16 ] && b=512
            json=$(ip netns exec $NC "$CLIENT" bench e1.1 -i c0 --seconds "$SECS" --json --yes --block $b $a)
            b1=$(busy)
            kill -INT $pp; wait $pp
            awk -F, -v r="$r" -v l="$label" -v s="$sc" -v i="$(echo "$json" | field iops)" \
                -v n="$(echo "$json" | field replies)" -v rt="$(echo "$json" | field retransmits)" \
                -v b=$((b1 - b0)) -v hz="$(getconf CLK_TCK)" '
                /task-clock/ {t = $1} /context-switches/ {c = $1}
                END {if (n > 0) printf "r%d %-6s %-4s %9.0f IOPS  %6.2f us/req  %5.2f cs/req  %6.2f sys-us/req rt=%s\n", r, l, s, i, t * 1000 / n, c / n, b * 1e6 / hz / n, rt}' "$TMP/stat"
        done
        kill "$TP"; wait "$TP" 2>/dev/null
    done
done
