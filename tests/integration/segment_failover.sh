#!/bin/bash
# A segment of many targets: 4 targets (one `aoeboot serve` each, in its own
# namespace) x 8 exports, 16 initiators (aoeboot's), all on one bridge.
# - One initiator discovers all 32 exports within a 50 ms listen.
# - Initiator i writes and verifies its own export in a loop (target i%4+1,
#   slot i/4+1); target 1 is killed -9 mid-I/O and its standby (same
#   shelf.slots and files, another MAC) started 1 s later: no verify fails
#   on any initiator, the stall of each (its slowest pass over its fastest)
#   is printed.
# - The old target 1 started again while the standby serves is refused by
#   the duplicate address guard (a real conflict) and the standby keeps
#   serving.
. "$(dirname "$0")/../lib.sh"

SW=$(t_netns sw)
ip -n "$SW" link add br0 type bridge
ip -n "$SW" link set br0 up
port() {  # NS IFNAME PORT: NS's IFNAME on the bridge
    t_veth "$SW" "$3" "$1" "$2"
    ip -n "$SW" link set "$3" master br0
}
declare -a TNS CNS
for k in 1 2 3 4; do
    TNS[$k]=$(t_netns t$k)
    port "${TNS[$k]}" e0 pt$k
    { printf '[defaults]\ninterfaces = e0\n'
      for s in $(seq 1 8); do
          truncate -s 4M "$T_TMP/d$k.$s.img"
          printf '[e%d.%d]\npath = %s\n' "$k" "$s" "$T_TMP/d$k.$s.img"
      done; } > "$T_TMP/t$k.conf"
done
SB=$(t_netns sb)   # target 1's standby
port "$SB" e0 psb
for i in $(seq 0 15); do
    CNS[$i]=$(t_netns c$i)
    port "${CNS[$i]}" c0 pc$i
done

serve() {  # NS NAME CONF: starts a target; SERVED = its pid
    t_bg "$1" "serve-$2" "$AOEBOOT" serve -c "$3" -S "$T_TMP/ctl-$2" --state-dir "$T_TMP/state-$2"
    SERVED=$T_LAST_PID
}
declare -a TPID
for k in 1 2 3 4; do serve "${TNS[$k]}" t$k "$T_TMP/t$k.conf"; TPID[$k]=$SERVED; done
for k in 1 2 3 4; do
    t_wait_for 10 grep -q "e$k.8: serving" "$T_TMP/serve-t$k.log" || t_fail "target $k did not start: $(cat "$T_TMP/serve-t$k.log")"
done

# Discovery: every export answers within one 50 ms listen (best of 3 tries,
# the machine is shared).
best=0
for _ in 1 2 3; do
    n=$(ip netns exec "${CNS[0]}" "$AOEBOOT" discover -i c0 -t 50 --no-identify 2>/dev/null | grep -cE '^e[0-9]+\.[0-9]+ ' || true)
    [ "$n" -gt "$best" ] && best=$n
done
t_log "discovery from one initiator, 50 ms listen: $best of 32 exports"
[ "$best" = 32 ] || t_fail "one 50 ms discovery found $best of 32 exports"

# Each initiator: verify 1 MiB of its export, 40 passes at most, for 8 s;
# one line per pass: status and milliseconds.
declare -a CPID
for i in $(seq 0 15); do
    addr=e$((i % 4 + 1)).$((i / 4 + 1))
    ip netns exec "${CNS[$i]}" bash -c '
        end=$(( $(date +%s) + 8 ))
        for p in $(seq 1 40); do
            [ "$(date +%s)" -lt $end ] || break
            t0=$(date +%s%N)
            if "$0" verify "$1" -i c0 --length 1M --yes --timeout 30 >/dev/null 2>>"$2.err"; then s=ok; else s=FAIL; fi
            echo "$s $(( ($(date +%s%N) - t0) / 1000000 ))"
        done' "$AOEBOOT" "$addr" "$T_TMP/c$i" > "$T_TMP/c$i.passes" &
    CPID[$i]=$!
    T_PIDS+=("${CPID[$i]}")
done
sleep 2
kill -9 "${TPID[1]}"; wait "${TPID[1]}" 2>/dev/null || true
t_log "target 1 killed mid-I/O"
sleep 1
serve "$SB" standby "$T_TMP/t1.conf"
t_wait_for 10 grep -q "e1.8: serving" "$T_TMP/serve-standby.log" || t_fail "the standby did not start: $(cat "$T_TMP/serve-standby.log")"
for i in $(seq 0 15); do
    # Bounded: 8 s of passes plus one pass of at most 30 s.
    t_wait_for 45 bash -c "! kill -0 ${CPID[$i]} 2>/dev/null" || t_fail "initiator $i did not finish"
    wait "${CPID[$i]}" 2>/dev/null || true
done

fails=0 line=""
for i in $(seq 0 15); do
    f=$(grep -c FAIL "$T_TMP/c$i.passes" || true)
    p=$(grep -c . "$T_TMP/c$i.passes" || true)
    [ "$p" -ge 2 ] || t_fail "initiator $i made $p passes: $(cat "$T_TMP/c$i.err" 2>/dev/null)"
    fails=$((fails + f))
    # The stall: the slowest pass over the fastest.
    st=$(awk '{ if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 } END { printf "%.2f", (max - min) / 1000 }' "$T_TMP/c$i.passes")
    line+=" e$((i % 4 + 1)).$((i / 4 + 1)):${st}s"
done
t_log "stall per initiator (slowest pass minus fastest):$line"
[ "$fails" = 0 ] || { cat "$T_TMP"/c*.err >&2; t_fail "$fails verify passes failed"; }
for i in 0 4 8 12; do
    grep -q . "$T_TMP/c$i.passes" || t_fail "initiator $i (on target 1) made no pass"
done

# The old target 1 comes back while its standby serves: a real conflict.
ip netns exec "${TNS[1]}" timeout 20 "$AOEBOOT" serve -c "$T_TMP/t1.conf" -S "$T_TMP/ctl-again" \
    --state-dir "$T_TMP/state-again" > "$T_TMP/again.log" 2>&1 && t_fail "the old target 1 started while its standby serves"
grep -q "already answers for e1.1" "$T_TMP/again.log" || t_fail "the guard did not name the conflict: $(cat "$T_TMP/again.log")"
ip netns exec "${CNS[0]}" "$AOEBOOT" verify e1.1 -i c0 --length 256K --yes > /dev/null 2>&1 ||
    t_fail "the standby stopped serving e1.1 after the refused start"
t_log "ok: 32 exports found in 50 ms, no failed I/O on 16 initiators across the failover, the conflict refused"
